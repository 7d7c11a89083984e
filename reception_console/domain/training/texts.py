"""What a virtual patient says and how a test question is worded, in the clinic's language (pl, ru, en).

A card of another language falls back to English. Every template takes only the placeholders it names.
"""

from __future__ import annotations

LANGUAGES = ("en", "pl", "ru")

PATIENT: dict[str, dict[str, str]] = {
    "en": {
        "book_age": "Hello, I'd like an appointment with a {specialty} for my {who}, {age}.",
        "price": "How much does “{service}” cost?",
        "preparation": "I'm booked for “{service}”. How should I prepare?",
        "visit_length": "How long does a visit with {specialist} take?",
        "parking": "Can I park somewhere near you?",
        "directions": "How do I get to you?",
        "opening_hours": "When are you open?",
        "knowledge": "{question}",
        "too_expensive": "Hmm, that is too expensive for me.",
        "will_think": "I'll think about it and call back.",
        "unknown": "Do you accept payment in {thing}?",
        "thing": "bitcoin",
    },
    "pl": {
        "book_age": "Dzień dobry, chciałabym zapisać {who} do specjalisty: {specialty}, {age}.",
        "price": "Ile kosztuje „{service}”?",
        "preparation": "Jestem zapisana na „{service}”. Jak się przygotować?",
        "visit_length": "Ile trwa wizyta u: {specialist}?",
        "parking": "Czy mogę gdzieś u Państwa zaparkować?",
        "directions": "Jak do Państwa dojechać?",
        "opening_hours": "W jakich godzinach Państwo pracują?",
        "knowledge": "{question}",
        "too_expensive": "Hmm, to dla mnie za drogo.",
        "will_think": "Muszę się zastanowić, oddzwonię.",
        "unknown": "Czy można u Państwa zapłacić w {thing}?",
        "thing": "bitcoinach",
    },
    "ru": {
        "book_age": "Здравствуйте, хочу записать {who} к специалисту: {specialty}, {age}.",
        "price": "Сколько стоит «{service}»?",
        "preparation": "Я записана на «{service}». Как подготовиться?",
        "visit_length": "Сколько длится приём: {specialist}?",
        "parking": "Где у вас можно припарковаться?",
        "directions": "Как до вас добраться?",
        "opening_hours": "В какие часы вы работаете?",
        "knowledge": "{question}",
        "too_expensive": "Хм, для меня это слишком дорого.",
        "will_think": "Я подумаю и перезвоню.",
        "unknown": "Можно у вас оплатить в {thing}?",
        "thing": "биткоинах",
    },
}

WHO: dict[str, dict[str, str]] = {
    "en": {"child": "child", "self": "myself", "age": "{age} old"},
    "pl": {"child": "dziecko", "self": "siebie", "age": "wiek: {age}"},
    "ru": {"child": "ребёнка", "self": "себя", "age": "возраст: {age}"},
}

NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Emily Carter", "James Walker", "Olivia Hughes", "Daniel Price", "Sophie Turner", "Henry Cole"),
    "pl": ("Anna Kwiatkowska", "Piotr Mazur", "Joanna Wójcik", "Michał Krawczyk", "Zofia Dąbrowska", "Adam Pawlak"),
    "ru": ("Анна Смирнова", "Иван Петров", "Мария Козлова", "Дмитрий Волков", "Елена Соколова", "Сергей Морозов"),
}

QUESTION: dict[str, dict[str, str]] = {
    "en": {
        "price": "What does “{subject}” cost?",
        "age_limits": "Which patients does {subject} accept?",
        "visit_length": "How long is a visit with {subject}?",
        "preparation": "How does a patient prepare for “{subject}”?",
        "parking": "What do you tell a patient about parking?",
        "directions": "How does a patient get to the clinic?",
        "opening_hours": "When is the clinic open?",
        "algorithm": "{subject}",
        "objection": "What do you say to “{subject}”?",
        "minutes": "{n} min",
        "ages_any": "all ages",
        "ages_from": "from {low}",
        "ages_up_to": "up to {high}",
        "ages_range": "{low} – {high}",
    },
    "pl": {
        "price": "Ile kosztuje „{subject}”?",
        "age_limits": "Jakich pacjentów przyjmuje {subject}?",
        "visit_length": "Ile trwa wizyta: {subject}?",
        "preparation": "Jak przygotować się do „{subject}”?",
        "parking": "Co mówimy pacjentowi o parkingu?",
        "directions": "Jak pacjent dojedzie do przychodni?",
        "opening_hours": "W jakich godzinach przychodnia jest czynna?",
        "algorithm": "{subject}",
        "objection": "Co odpowiadamy na „{subject}”?",
        "minutes": "{n} min",
        "ages_any": "w każdym wieku",
        "ages_from": "od {low}",
        "ages_up_to": "do {high}",
        "ages_range": "od {low} do {high}",
    },
    "ru": {
        "price": "Сколько стоит «{subject}»?",
        "age_limits": "Каких пациентов принимает {subject}?",
        "visit_length": "Сколько длится приём: {subject}?",
        "preparation": "Как подготовиться к «{subject}»?",
        "parking": "Что мы говорим пациенту о парковке?",
        "directions": "Как пациенту добраться до клиники?",
        "opening_hours": "Когда клиника открыта?",
        "algorithm": "{subject}",
        "objection": "Что отвечаем на «{subject}»?",
        "minutes": "{n} мин",
        "ages_any": "любого возраста",
        "ages_from": "от {low}",
        "ages_up_to": "до {high}",
        "ages_range": "от {low} до {high}",
    },
}


def language_of(language: str) -> str:
    return language if language in LANGUAGES else "en"
