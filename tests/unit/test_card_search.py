from decimal import Decimal

from reception_console.domain.clinic import ClinicCard, KnowledgeEntry, Service, Specialist
from reception_console.domain.search import CardIndex, CardQuery


def card() -> ClinicCard:
    return ClinicCard(
        key="c",
        name="Test",
        language="pl",
        timezone="Europe/Warsaw",
        currency="PLN",
        address="ul. Łąkowa 1",
        opening_hours="",
        greeting_template="",
        specialists=(
            Specialist("ped", "lek. Anna Łukasik", "Pediatra", 0, 215),
            Specialist("int", "lek. Jan Nowak", "Internista", 216, None),
            Specialist("neu", "dr Piotr Żak", "Neurolog dziecięcy", 6, 215),
            Specialist("gyn", "dr Ewa Kos", "Ginekolog", 192, None),
        ),
        services=(
            Service("Konsultacja pediatryczna", Decimal("220"), "ped"),
            Service("Konsultacja internistyczna", Decimal("200"), "int"),
            Service("USG jamy brzusznej", Decimal("250"), None, "Radiolog", preparation="6 godzin na czczo"),
        ),
        knowledge=(
            KnowledgeEntry("Pacjent po operacji prosi o chirurga", "Przyjmij wiadomość", ("chirurg",)),
            KnowledgeEntry("Wyniki badań", "Wyniki odbiera się w rejestracji", ()),
        ),
    )


def visible(index: CardIndex, text: str) -> tuple[list[str], list[str], list[str]]:
    q = CardQuery.parse(text)
    c = index.card
    return (
        [s.key for i, s in enumerate(c.specialists) if index.specialist_visible(i, q)],
        [s.name for i, s in enumerate(c.services) if index.service_visible(i, q)],
        [k.question for i, k in enumerate(c.knowledge) if index.knowledge_visible(i, q)],
    )


def test_age_filter_keeps_only_specialists_who_accept_the_age() -> None:
    index = CardIndex(card())
    assert visible(index, "5 lat")[0] == ["ped", "neu"]
    assert visible(index, "8 mies")[0] == ["ped", "neu"]
    assert visible(index, "3 months")[0] == ["ped"]
    assert visible(index, "40")[0] == ["int", "gyn"]
    assert visible(index, "17 лет")[0] == ["ped", "neu", "gyn"]


def test_age_filter_hides_services_of_specialists_who_do_not_accept_it() -> None:
    services = visible(CardIndex(card()), "5 lat")[1]
    assert services == ["Konsultacja pediatryczna", "USG jamy brzusznej"]


def test_search_folds_case_and_diacritics() -> None:
    index = CardIndex(card())
    assert visible(index, "lukasik")[0] == ["ped"]
    assert visible(index, "ŻAK")[0] == ["neu"]
    assert visible(index, "czczo")[1] == ["USG jamy brzusznej"]
    assert visible(index, "chirurg")[2] == ["Pacjent po operacji prosi o chirurga"]


def test_words_and_age_combine() -> None:
    assert visible(CardIndex(card()), "neurolog 5 lat")[0] == ["neu"]
    assert visible(CardIndex(card()), "internista 5 lat")[0] == []


def test_specialist_is_found_by_the_services_they_do() -> None:
    assert visible(CardIndex(card()), "pediatryczna")[0] == ["ped"]


def test_counts() -> None:
    assert CardIndex(card()).counts(CardQuery.parse("5 lat")) == (2, 2, 2)
