"""A large generated database for the benchmarks, cached between runs.

1,000 clinics (pl/en/ru), 20 specialists each with varied age limits, ~15 services, 10 knowledge entries and
2 phone lines each (+4822{i:07d}), the global objection prompts and phrases of the demo scripts, three people
and a year of saved call history. The file is built in a fresh folder with fast Core bulk inserts, then moved
into `.cache/bench/` under a name that carries DATA_VERSION and the schema head, so a later `make bench` just
copies it.

    python -m bench.generate [--force]      build (or reuse) the cached file and print where it is
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

# Bump when the generated content changes; the schema head is part of the file name too.
DATA_VERSION = 1

CLINICS = 1_000
SPECIALISTS_PER_CLINIC = 20
KNOWLEDGE_PER_CLINIC = 10
SERVICES_PER_CLINIC = (13, 17)  # inclusive range, ~15 on average
LINES_PER_CLINIC = 2
HISTORY_CALLS = 50_000  # saved calls over the last year (none unsaved)
CALLER_POOL = 20_000
SEED = 20_261_122

PASSWORD = "bench-password"
PEOPLE = (  # login, display name, role
    ("justyna", "Justyna", "receptionist"),
    ("olga", "Ольга", "receptionist"),
    ("anna", "Anna Kowalska", "supervisor"),
)
RECEPTIONIST = "justyna"

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / ".cache" / "bench"


def line_number(clinic_index: int, line: int) -> str:
    """The i-th line of the generated data: +4822{i:07d}, unique, already E.164."""
    return f"+4822{clinic_index * LINES_PER_CLINIC + line:07d}"


def caller_number(n: int) -> str:
    return f"+48600{n:06d}"


@dataclass(frozen=True)
class GeneratedData:
    path: Path
    seconds: float  # how long building it took (when it was built)
    cached: bool  # True when an earlier run's file was reused
    counts: dict[str, int]
    password: str = PASSWORD
    receptionist: str = RECEPTIONIST

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"

    def copy_to(self, folder: Path, name: str = "bench.sqlite3") -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
        shutil.copyfile(self.path, target)
        return target


# --- content -----------------------------------------------------------------------------------------------

# (specialty, age_min_months, age_max_months, service names) per language; the age limits vary on purpose:
# children only, adults only, from 6 months, 3–17 years, up to 3 years, everyone.
SPECIALTIES: dict[str, list[tuple[str, int, int | None, tuple[str, ...]]]] = {
    "pl": [
        ("Pediatra", 0, 215, ("Konsultacja pediatryczna", "Wizyta patronażowa", "Bilans zdrowia dziecka")),
        ("Neurolog dziecięcy", 6, 215, ("Konsultacja neurologiczna dziecięca",)),
        ("Internista", 216, None, ("Konsultacja internistyczna", "Teleporada internistyczna")),
        ("Kardiolog", 216, None, ("Konsultacja kardiologiczna", "EKG z opisem", "Holter EKG 24 h")),
        ("Kardiolog dziecięcy", 0, 215, ("Konsultacja kardiologiczna dziecięca", "Echo serca dziecka")),
        ("Dermatolog", 0, None, ("Konsultacja dermatologiczna", "Dermatoskopia znamion")),
        ("Ginekolog", 192, None, ("Konsultacja ginekologiczna", "USG ginekologiczne", "Cytologia")),
        ("Ortopeda", 24, None, ("Konsultacja ortopedyczna", "USG stawu")),
        ("Okulista", 36, None, ("Konsultacja okulistyczna", "Dobór okularów")),
        ("Laryngolog", 0, None, ("Konsultacja laryngologiczna", "Płukanie uszu")),
        ("Psycholog dziecięcy", 36, 215, ("Konsultacja psychologiczna dziecięca",)),
        ("Alergolog", 6, None, ("Konsultacja alergologiczna", "Testy skórne punktowe")),
        ("Endokrynolog", 216, None, ("Konsultacja endokrynologiczna", "USG tarczycy")),
        ("Fizjoterapeuta", 0, None, ("Konsultacja fizjoterapeutyczna", "Terapia manualna 45 min")),
        ("Neurolog", 216, None, ("Konsultacja neurologiczna",)),
        ("Psychiatra", 216, None, ("Konsultacja psychiatryczna",)),
        ("Urolog", 216, None, ("Konsultacja urologiczna", "USG układu moczowego")),
        ("Gastroenterolog", 216, None, ("Konsultacja gastroenterologiczna", "USG jamy brzusznej")),
        ("Logopeda", 18, 215, ("Konsultacja logopedyczna", "Terapia logopedyczna")),
        ("Neonatolog", 0, 35, ("Konsultacja neonatologiczna",)),
    ],
    "en": [
        ("Paediatrician", 0, 215, ("Paediatric consultation", "Child health check")),
        ("General Practitioner", 216, None, ("GP appointment", "GP telephone consultation")),
        ("Cardiologist", 216, None, ("Cardiology consultation", "ECG with report")),
        ("Dermatologist", 0, None, ("Dermatology consultation", "Mole check")),
        ("Physiotherapist (MSK)", 192, None, ("Physiotherapy assessment", "Follow-up physiotherapy 45 min")),
        ("Paediatric Physiotherapist", 0, 191, ("Paediatric physiotherapy assessment",)),
        ("Sports Physiotherapist", 144, None, ("Sports injury assessment", "Running gait analysis")),
        ("Orthopaedic Surgeon", 24, None, ("Orthopaedic consultation",)),
        ("Ophthalmologist", 36, None, ("Eye examination",)),
        ("ENT Specialist", 0, None, ("ENT consultation", "Ear wax removal")),
        ("Child Psychologist", 36, 215, ("Child psychology consultation",)),
        ("Allergist", 6, None, ("Allergy consultation", "Skin prick testing")),
        ("Endocrinologist", 216, None, ("Endocrinology consultation",)),
        ("Gynaecologist", 192, None, ("Gynaecology consultation", "Pelvic ultrasound")),
        ("Neurologist", 216, None, ("Neurology consultation",)),
        ("Psychiatrist", 216, None, ("Psychiatry consultation",)),
        ("Urologist", 216, None, ("Urology consultation",)),
        ("Speech Therapist", 18, 215, ("Speech therapy assessment",)),
        ("Podiatrist", 0, None, ("Podiatry appointment",)),
        ("Sonographer", 0, None, ("Abdominal ultrasound",)),
    ],
    "ru": [
        ("Педиатр", 0, 215, ("Консультация педиатра", "Профилактический осмотр ребёнка")),
        ("Терапевт", 216, None, ("Консультация терапевта", "Онлайн-консультация терапевта")),
        ("Кардиолог", 216, None, ("Консультация кардиолога", "ЭКГ с расшифровкой")),
        ("Детский кардиолог", 0, 215, ("Консультация детского кардиолога",)),
        ("Дерматолог", 0, None, ("Консультация дерматолога", "Дерматоскопия")),
        ("Гинеколог", 192, None, ("Консультация гинеколога", "УЗИ органов малого таза")),
        ("Ортопед", 24, None, ("Консультация ортопеда",)),
        ("Офтальмолог", 36, None, ("Консультация офтальмолога", "Подбор очков")),
        ("ЛОР", 0, None, ("Консультация ЛОРа", "Промывание миндалин")),
        ("Детский психолог", 36, 215, ("Консультация детского психолога",)),
        ("Аллерголог", 6, None, ("Консультация аллерголога", "Кожные пробы")),
        ("Эндокринолог", 216, None, ("Консультация эндокринолога", "УЗИ щитовидной железы")),
        ("Невролог", 216, None, ("Консультация невролога",)),
        ("Детский невролог", 6, 215, ("Консультация детского невролога",)),
        ("Психиатр", 216, None, ("Консультация психиатра",)),
        ("Уролог", 216, None, ("Консультация уролога",)),
        ("Гастроэнтеролог", 216, None, ("Консультация гастроэнтеролога", "УЗИ брюшной полости")),
        ("Логопед", 18, 215, ("Занятие с логопедом",)),
        ("Неонатолог", 0, 35, ("Консультация неонатолога",)),
        ("Физиотерапевт", 0, None, ("Консультация физиотерапевта", "Массаж 30 мин")),
    ],
}


def _words(text: str) -> list[str]:
    return text.split()


FIRST_NAMES = {
    "pl": _words(
        "Katarzyna Tomasz Marek Anna Piotr Agnieszka Michał Magdalena Paweł Ewa Krzysztof Joanna Łukasz "
        "Małgorzata Grzegorz Zofia Jakub Aleksandra"
    ),
    "en": _words("Helen James Tom Priya Sarah David Emma Oliver Aisha George Lucy Mohammed Hannah Daniel Chloe Samuel"),
    "ru": _words("Анна Сергей Ольга Дмитрий Елена Алексей Мария Иван Наталья Андрей Татьяна Михаил Юлия Николай"),
}
LAST_NAMES = {
    "pl": _words(
        "Wiśniewska Zieliński Kowalczyk Nowak Wójcik Kamińska Lewandowski Dąbrowska Szymański Woźniak "
        "Kozłowska Jankowski Mazur Krawczyk Piotrowska Grabowski"
    ),
    "en": _words("Whitaker Okafor Brennan Shah Taylor Evans Hughes Patel Clarke Walker Wright Robinson Thompson Khan"),
    "ru": _words("Иванова Смирнов Кузнецова Попов Васильева Петров Соколова Михайлов Новикова Фёдоров Морозова Волков"),
}
TITLES = {"pl": ["lek.", "dr n. med.", "lek.", "mgr"], "en": ["Dr", "Dr", "", ""], "ru": ["", "врач", ""]}

CITIES = {
    "pl": ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Lublin", "Katowice", "Białystok"],
    "en": ["Manchester", "Leeds", "Bristol", "Sheffield", "Liverpool", "Nottingham", "Leicester"],
    "ru": ["Москва", "Казань", "Новосибирск", "Екатеринбург", "Самара", "Пермь"],
}
STREETS = {
    "pl": ["ul. Odyńca", "ul. Puławska", "al. Niepodległości", "ul. Grójecka", "ul. Marszałkowska", "ul. Długa"],
    "en": ["Barlow Moor Road", "High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane"],
    "ru": ["ул. Ленина", "ул. Пушкина", "пр. Мира", "ул. Гагарина", "ул. Садовая", "ул. Советская"],
}
PREFIX = {"pl": "Przychodnia", "en": "Clinic", "ru": "Клиника"}
LOCALE = {
    "pl": ("Europe/Warsaw", "PLN", "rejestracja"),
    "en": ("Europe/London", "GBP", "receptionist"),
    "ru": ("Europe/Moscow", "RUB", "администратор"),
}
GREETING = {
    "pl": "{time_of_day}, {clinic}, {receptionist}, {role}, w czym mogę pomóc?",
    "en": "{time_of_day}, {clinic}, {receptionist} speaking, how can I help?",
    "ru": "{time_of_day}, {clinic}, {role} {receptionist}, чем могу помочь?",
}
HOURS = {
    "pl": "Pon.–Pt. 7:30–20:00\nSob. 8:00–14:00\nNiedz. i święta nieczynne",
    "en": "Mon–Thu 7:30–20:30\nFri 7:30–18:00\nSat 8:30–13:00\nSun closed",
    "ru": "Пн–Пт 8:00–21:00\nСб 9:00–18:00\nВс 9:00–15:00",
}
DIRECTIONS = {
    "pl": "Tramwaje 4, 10, 18 — przystanek przy klinice, potem 3 minuty pieszo.\n"
    "Budynek z zielonym szyldem, na parterze apteka. Wejście B od podwórza bez schodów, winda.",
    "en": "Buses 23 and 86 stop right outside. Blue door between the bakery and the opticians;\n"
    "ground floor, step-free access.",
    "ru": "От метро 7 минут пешком. Вход со двора, второй подъезд, домофон «Клиника».\nЕсть пандус и лифт.",
}
PARKING = {
    "pl": "Bezpłatny parking dla pacjentów na podwórzu (12 miejsc); wjazd bramą obok apteki.",
    "en": "Two patient bays behind the clinic; otherwise the pay & display car park two minutes away.",
    "ru": "Бесплатная парковка для пациентов во дворе, 10 мест.",
}
KNOWLEDGE = {
    "pl": [
        (
            "Czy przyjmujecie na NFZ?",
            "Nie, wszystkie wizyty są prywatne. Honorujemy pakiety Medicover i LuxMed.",
            ["nfz", "pakiety"],
        ),
        ("Czy można płacić kartą?", "Tak, kartą, BLIKIEM i gotówką w rejestracji.", ["płatność"]),
        (
            "Jak przygotować się do USG jamy brzusznej?",
            "Na czczo, 6 godzin bez jedzenia; pół godziny przed badaniem wypić 1 litr niegazowanej wody.",
            ["usg", "przygotowanie"],
        ),
        (
            "Od jakiego wieku przyjmuje pediatra?",
            "Od urodzenia do ukończenia 18 lat; noworodki po wypisie ze szpitala także w domu.",
            ["pediatra", "wiek"],
        ),
        ("Czy potrzebne jest skierowanie?", "Nie, na wizyty prywatne skierowanie nie jest potrzebne.", ["skierowanie"]),
        (
            "Czy wystawiacie e-zwolnienie?",
            "Tak, lekarz wystawia e-zwolnienie podczas wizyty lub teleporady.",
            ["l4", "zwolnienie"],
        ),
        ("Jak odwołać wizytę?", "Telefonicznie lub SMS-em najpóźniej 24 godziny wcześniej.", ["odwołanie"]),
        (
            "Czy dziecko może przyjść z babcią?",
            "Tak, z pisemną zgodą rodzica (wzór w rejestracji).",
            ["dziecko", "zgoda"],
        ),
        ("Gdzie zaparkować?", "Na podwórzu kliniki, wjazd bramą obok apteki.", ["parking"]),
        (
            "Czy robicie szczepienia?",
            "Tak, po wizycie kwalifikacyjnej tego samego dnia; szczepionki na miejscu.",
            ["szczepienia", "dzieci"],
        ),
        (
            "Ile kosztuje konsultacja?",
            "Cennik jest w karcie usług; pierwsza konsultacja trwa dłużej.",
            ["cena", "konsultacja"],
        ),
        ("Czy lekarz mówi po angielsku?", "Część lekarzy tak — patrz kolumna języków w karcie.", ["język"]),
    ],
    "en": [
        ("Do you take insurance?", "Yes: Bupa, AXA Health and Vitality; self-pay otherwise.", ["insurance"]),
        ("Can I pay by card?", "Yes, card or contactless at reception.", ["payment"]),
        ("Do I need a GP referral?", "No, unless your insurer asks for one.", ["referral"]),
        (
            "How do I prepare for an abdominal ultrasound?",
            "No food for 6 hours; drink a litre of water an hour before.",
            ["ultrasound", "preparation"],
        ),
        (
            "From what age do you see children?",
            "The paediatrician sees children from birth to 17.",
            ["children", "age"],
        ),
        ("How do I cancel?", "Call or text at least 24 hours before the appointment.", ["cancel"]),
        ("Is there parking?", "Two patient bays behind the clinic.", ["parking"]),
        ("Do you offer home visits?", "Physiotherapy home visits within 5 miles, on request.", ["home visit"]),
        ("Can a grandparent bring a child?", "Yes, with written consent from a parent.", ["consent"]),
        ("How long is a first consultation?", "Usually 45 minutes.", ["consultation"]),
        ("Is the clinic step-free?", "Yes, ground floor, step-free access.", ["access"]),
        ("Do you do vaccinations?", "Travel vaccinations by appointment.", ["vaccination"]),
    ],
    "ru": [
        ("Работаете ли по ОМС?", "Нет, только платные услуги и ДМС.", ["омс", "дмс"]),
        ("Можно ли оплатить картой?", "Да, картой, по QR-коду и наличными.", ["оплата"]),
        ("Нужно ли направление?", "Нет, направление не требуется.", ["направление"]),
        ("Как подготовиться к УЗИ брюшной полости?", "Натощак, 6 часов без еды.", ["узи", "подготовка"]),
        ("С какого возраста принимает педиатр?", "С рождения до 18 лет.", ["педиатр", "возраст"]),
        ("Как отменить запись?", "Позвоните не позднее чем за сутки.", ["отмена"]),
        ("Где припарковаться?", "Во дворе клиники, бесплатно.", ["парковка"]),
        ("Делаете ли прививки?", "Да, после осмотра педиатра в тот же день.", ["прививки"]),
        ("Может ли ребёнка привести бабушка?", "Да, с письменным согласием родителя.", ["согласие"]),
        ("Выдаёте ли больничный?", "Да, электронный больничный лист.", ["больничный"]),
        ("Сколько длится первичный приём?", "Обычно 30 минут.", ["приём"]),
        ("Говорит ли врач по-английски?", "Некоторые врачи — см. языки в карточке.", ["язык"]),
    ],
}
PREPARATION = {
    "pl": ["", "", "Na czczo.", "Zabrać wcześniejsze wyniki badań.", "Pełny pęcherz — wypić 1 l wody."],
    "en": ["", "", "No food for 6 hours.", "Bring previous results.", "Wear loose clothing."],
    "ru": ["", "", "Натощак.", "Взять с собой результаты анализов.", "Удобная одежда."],
}
LANGUAGES_SPOKEN = {
    "pl": [["pl"], ["pl", "en"], ["pl", "uk"]],
    "en": [["en"], ["en", "fr"], ["en", "ur"]],
    "ru": [["ru"], ["ru", "en"], ["ru", "kk"]],
}

# fallbacks if the demo scripts cannot be read: one prompt per objection in each language
_FALLBACK_TITLES = {
    "too_expensive": "Too expensive",
    "will_think": "Will think about it",
    "location": "Too far",
    "no_suitable_time": "No suitable time",
    "wants_specific_doctor": "Wants a specific doctor",
    "wants_doctor_on_phone": "Wants the doctor on the phone",
    "other": "Other doubt",
}


def _scripts() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Global objection prompts and phrases for pl/en/ru, taken from the demo scripts (the realistic texts)."""
    prompts: list[dict[str, Any]] = []
    phrases: list[dict[str, Any]] = []
    try:
        data = json.loads((REPO / "resources" / "demo" / "scripts.json").read_text(encoding="utf-8"))
        scripts = {s["language"]: s for s in data.get("scripts", [])}
    except (OSError, ValueError, KeyError):
        scripts = {}
    for language in ("pl", "en", "ru"):
        script = scripts.get(language)
        objections = (
            script["objections"]
            if script
            else [{"objection": k, "title": t, "text": f"{t}: what to say. " * 8} for k, t in _FALLBACK_TITLES.items()]
        )
        for o in objections:
            prompts.append(
                {
                    "clinic_id": None,
                    "language": language,
                    "objection": o["objection"],
                    "title": o["title"],
                    "text": o["text"],
                }
            )
        for position, p in enumerate(script.get("phrases", []) if script else []):
            phrases.append(
                {"clinic_id": None, "language": language, "title": p["title"], "text": p["text"], "position": position}
            )
    return prompts, phrases


def _rows(rng: random.Random, now: datetime) -> dict[str, list[dict[str, Any]]]:
    clinics: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    specialists: list[dict[str, Any]] = []
    services: list[dict[str, Any]] = []
    knowledge: list[dict[str, Any]] = []
    specialist_id = 0
    service_id = 0
    knowledge_id = 0
    for i in range(CLINICS):
        clinic_id = i + 1
        language = rng.choices(("pl", "en", "ru"), weights=(6, 2, 2))[0]
        timezone, currency, title = LOCALE[language]
        city = rng.choice(CITIES[language])
        name = f"{PREFIX[language]} {city} {i + 1:04d}"
        clinics.append(
            {
                "id": clinic_id,
                "key": f"bench-clinic-{i + 1:04d}",
                "name": name,
                "language": language,
                "timezone": timezone,
                "currency": currency,
                "average_check": Decimal(rng.randrange(120, 600, 10)),
                "address": f"{rng.choice(STREETS[language])} {rng.randint(1, 180)}, {city}",
                "directions": DIRECTIONS[language],
                "parking": PARKING[language],
                "opening_hours": HOURS[language],
                "receptionist_title": title,
                "greeting_template": GREETING[language],
                "owner_name": f"{rng.choice(FIRST_NAMES[language])} {rng.choice(LAST_NAMES[language])}",
                "owner_phone": f"+48601{i:06d}",
                "owner_email": f"owner{i}@clinic.example",
                "archived_at": None,
                "updated_at": now,
                "version": 1,
            }
        )
        labels = {
            "pl": ("Rejestracja", "Rejestracja — dzieci i USG"),
            "en": ("Reception", "Billing"),
            "ru": ("Регистратура", "Детское отделение"),
        }[language]
        for n in range(LINES_PER_CLINIC):
            lines.append(
                {
                    "id": i * LINES_PER_CLINIC + n + 1,
                    "clinic_id": clinic_id,
                    "number": line_number(i, n),
                    "label": labels[n % len(labels)],
                    "telephony_account": None,
                    "archived_at": None,
                }
            )
        # 20 specialists: every specialty of the language once (shuffled), with its age limits sometimes varied
        menu = SPECIALTIES[language][:]
        rng.shuffle(menu)
        menu = (menu * 2)[:SPECIALISTS_PER_CLINIC]
        clinic_specialists: list[tuple[int, str, tuple[str, ...]]] = []
        for position, (specialty, low, high, offered) in enumerate(menu):
            specialist_id += 1
            if rng.random() < 0.3:  # a doctor with limits of their own: from 6 months, from 3 years, up to 12
                low, high = rng.choice([(6, high), (36, high), (low, 143 if high is None else high), (0, None)])
            honorific = rng.choice(TITLES[language])
            person = f"{rng.choice(FIRST_NAMES[language])} {rng.choice(LAST_NAMES[language])}"
            specialists.append(
                {
                    "id": specialist_id,
                    "clinic_id": clinic_id,
                    "key": f"sp-{position:02d}",
                    "name": f"{honorific} {person}".strip(),
                    "specialty": specialty,
                    "age_min_months": low,
                    "age_max_months": high,
                    "visit_minutes": rng.choice((15, 20, 20, 30, 45, 60)),
                    "languages": rng.choice(LANGUAGES_SPOKEN[language]),
                    "notes": rng.choice(
                        [
                            "",
                            "",
                            "Tylko wtorki i czwartki 14:00–19:00." if language == "pl" else "Tue/Thu only.",
                            "Teleporady w piątki." if language == "pl" else "Telephone consultations on Fridays.",
                        ]
                    ),
                    "position": position,
                    "archived_at": None,
                }
            )
            clinic_specialists.append((specialist_id, specialty, offered))
        # ~15 services: most tied to a specialist, some to a specialty only
        count = rng.randint(*SERVICES_PER_CLINIC)
        offers = [(sid, specialty, svc) for sid, specialty, offered in clinic_specialists for svc in offered]
        rng.shuffle(offers)
        for position, (sid, specialty, svc) in enumerate(offers[:count]):
            service_id += 1
            by_specialty = rng.random() < 0.2
            services.append(
                {
                    "id": service_id,
                    "clinic_id": clinic_id,
                    "specialist_id": None if by_specialty else sid,
                    "specialty": specialty if by_specialty else None,
                    "name": svc,
                    "price": Decimal(rng.randrange(80, 650, 10)) + (Decimal("0.50") if rng.random() < 0.1 else 0),
                    "duration_minutes": rng.choice((None, 15, 20, 30, 45, 60)),
                    "preparation": rng.choice(PREPARATION[language]),
                    "position": position,
                    "archived_at": None,
                }
            )
        for position, (question, answer, tags) in enumerate(rng.sample(KNOWLEDGE[language], KNOWLEDGE_PER_CLINIC)):
            knowledge_id += 1
            knowledge.append(
                {
                    "id": knowledge_id,
                    "clinic_id": clinic_id,
                    "question": question,
                    "answer": answer,
                    "tags": tags,
                    "position": position,
                    "archived_at": None,
                }
            )
    return {
        "clinics": clinics,
        "phone_lines": lines,
        "specialists": specialists,
        "services": services,
        "knowledge_entries": knowledge,
    }


def _history(rng: random.Random, now: datetime, people_ids: list[int], specialists_by_clinic: dict[int, list[int]]):
    """A year of saved calls: realistic table sizes for the caller-history and unsaved-calls queries."""
    outcomes = ("booked", "not_booked", "info_only", "non_target", "missed")
    weights = (45, 25, 15, 5, 10)
    reasons = ("too_expensive", "will_think", "no_suitable_time", "location", "wants_specific_doctor")
    for _ in range(HISTORY_CALLS):
        clinic_index = rng.randrange(CLINICS)
        rang_at = now - timedelta(seconds=rng.randrange(3600, 365 * 86400))
        outcome = rng.choices(outcomes, weights)[0]
        answered = None if outcome == "missed" else rang_at + timedelta(seconds=rng.randint(2, 40))
        ended = (answered or rang_at) + timedelta(seconds=rng.randint(20, 400))
        specialist = rng.choice(specialists_by_clinic[clinic_index + 1]) if outcome == "booked" else None
        yield {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "direction": "inbound",
            "source": "softphone",
            "line": line_number(clinic_index, rng.randrange(LINES_PER_CLINIC)),
            "clinic_id": clinic_index + 1,
            "caller": caller_number(rng.randrange(CALLER_POOL)),
            "caller_name": None,
            "receptionist_id": rng.choice(people_ids),
            "rang_at": rang_at,
            "answered_at": answered,
            "ended_at": ended,
            "saved_at": ended + timedelta(seconds=rng.randint(5, 90)),
            "outcome": outcome,
            "reason": rng.choice(reasons) if outcome == "not_booked" else None,
            "reason_text": "",
            "patient_name": "",
            "notes": "",
            "specialist_id": specialist,
            "service_id": None,
            "visit_at": rang_at + timedelta(days=rng.randint(1, 14)) if outcome == "booked" else None,
            "expected_value": Decimal(rng.randrange(100, 500, 10)) if outcome == "booked" else None,
            "follow_up_due": None,
            "message_to": "",
            "message_text": "",
            "callback_requested": False,
            "task_id": None,
        }


def _build(path: Path) -> dict[str, int]:
    from sqlalchemy import insert, text

    from reception_console.services.passwords import hash_password
    from reception_console.storage import migrate
    from reception_console.storage.database import open_database
    from reception_console.storage.models import (
        CallRow,
        ClinicRow,
        KnowledgeRow,
        ObjectionPromptRow,
        PersonRow,
        PhoneLineRow,
        PhraseRow,
        ServiceRow,
        SpecialistRow,
    )

    rng = random.Random(SEED)
    now = datetime.now(UTC).replace(microsecond=0)
    db = open_database(f"sqlite:///{path}")
    try:
        migrate.prepare(db)
        rows = _rows(rng, now)
        prompts, phrases = _scripts()
        people = [
            {
                "id": n + 1,
                "login": login,
                "display_name": display,
                "role": role,
                "password_hash": hash_password(PASSWORD),
                "active": True,
                "created_at": now,
            }
            for n, (login, display, role) in enumerate(PEOPLE)
        ]
        specialists_by_clinic: dict[int, list[int]] = {}
        for sp in rows["specialists"]:
            specialists_by_clinic.setdefault(sp["clinic_id"], []).append(sp["id"])
        tables = (
            (ClinicRow, rows["clinics"]),
            (PhoneLineRow, rows["phone_lines"]),
            (SpecialistRow, rows["specialists"]),
            (ServiceRow, rows["services"]),
            (KnowledgeRow, rows["knowledge_entries"]),
            (ObjectionPromptRow, prompts),
            (PhraseRow, phrases),
            (PersonRow, people),
        )
        counts: dict[str, int] = {}
        with db.engine.begin() as conn:
            for model, values in tables:
                if values:
                    conn.execute(insert(model.__table__), values)  # type: ignore[arg-type]
                counts[model.__tablename__] = len(values)
            history = list(
                _history(rng, now, [p["id"] for p in people if p["role"] == "receptionist"], specialists_by_clinic)
            )
            for start in range(0, len(history), 10_000):
                conn.execute(insert(CallRow.__table__), history[start : start + 10_000])  # type: ignore[arg-type]
            counts["calls"] = len(history)
        with db.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        return counts
    finally:
        db.dispose()


def _cache_path() -> Path:
    from reception_console.storage.migrate import HEAD

    return CACHE / f"reception-bench-v{DATA_VERSION}-schema{HEAD}.sqlite3"


def ensure_data(*, force: bool = False, log=print) -> GeneratedData:  # type: ignore[no-untyped-def]
    """Reuse the cached file for this DATA_VERSION and schema, or build it (a fresh file in a temp folder)."""
    target = _cache_path()
    meta = target.with_suffix(".json")
    if not force and target.exists() and meta.exists():
        try:
            info = json.loads(meta.read_text())
            return GeneratedData(target, float(info["seconds"]), True, dict(info["counts"]))
        except (OSError, ValueError, KeyError):
            pass
    CACHE.mkdir(parents=True, exist_ok=True)
    log(f"generating benchmark data (v{DATA_VERSION}) …")
    folder = Path(tempfile.mkdtemp(prefix="generate-", dir=CACHE))  # same disk as the cache: os.replace works
    try:
        started = time.perf_counter()
        path = folder / "bench.sqlite3"
        counts = _build(path)
        seconds = time.perf_counter() - started
        for stale in CACHE.glob("reception-bench-*"):
            stale.unlink(missing_ok=True)
        os.replace(path, target)
        meta.write_text(json.dumps({"seconds": seconds, "counts": counts, "built": datetime.now(UTC).isoformat()}))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return GeneratedData(target, seconds, False, counts)


def describe(data: GeneratedData) -> str:
    c = data.counts
    parts = [
        f"{c.get('clinics', 0):,} clinics",
        f"{c.get('specialists', 0):,} specialists",
        f"{c.get('services', 0):,} services",
        f"{c.get('knowledge_entries', 0):,} knowledge entries",
        f"{c.get('phone_lines', 0):,} lines",
        f"{c.get('objection_prompts', 0)} global prompts",
        f"{c.get('people', 0)} people",
        f"{c.get('calls', 0):,} past calls",
    ]
    return " · ".join(parts)


def main() -> int:
    import argparse

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--force", action="store_true", help="rebuild even when a cached file exists")
    args = p.parse_args()
    data = ensure_data(force=args.force)
    how = "reused from cache" if data.cached else "generated"
    print(f"{data.path}\n{describe(data)}\n{how}; generation took {data.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
