"""How numbers, money, ages, times and phone numbers read on screen, in the UI language."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTimeZone

from ..domain.ages import AgeBound, AgeShape, describe_age_limits
from ..services.phones import display as display_number

CURRENCY_SYMBOLS = {"PLN": "zł", "RUB": "₽", "GBP": "£", "EUR": "€", "USD": "$", "UAH": "₴", "KZT": "₸"}


class Format(QObject):
    """The plural messages of this module (context "Format"). They are `self.tr(…, n)` calls because that is the
    form pyside6-lupdate reliably records as a plural message; a throwaway instance costs a few microseconds."""

    def years(self, n: int) -> str:
        return self.tr("%n year(s)", "", n)

    def months(self, n: int) -> str:
        return self.tr("%n month(s)", "", n)

    # "from" and "up to" take their own messages: Polish and Russian change the case after them
    # (od 2 miesięcy, до 1 года), not only the number's form
    def from_months(self, n: int) -> str:
        return self.tr("from %n month(s)", "", n)

    def up_to_years(self, n: int) -> str:
        return self.tr("up to %n year(s)", "", n)

    def up_to_months(self, n: int) -> str:
        return self.tr("up to %n month(s)", "", n)

    def year_range(self, low: int, high: int) -> str:
        return self.tr("%1–%n year(s)", "", high).replace("%1", str(low))

    def minutes(self, n: int) -> str:
        return self.tr("%n min", "", n)


def _bound(bound: AgeBound) -> str:
    return Format().years(bound.value) if bound.in_years else Format().months(bound.value)


def age_limits(age_min_months: int, age_max_months: int | None) -> str:
    """All ages · 18+ · 3–17 years · from 6 months · 6 months – 17 years · up to 3 years."""
    limits = describe_age_limits(age_min_months, age_max_months)
    low, high = limits.low, limits.high
    if limits.shape is AgeShape.ANY:
        return QCoreApplication.translate("Format", "all ages")
    if limits.shape is AgeShape.FROM and low is not None:
        return f"{low.value}+" if low.in_years else Format().from_months(low.value)
    if limits.shape is AgeShape.UP_TO and high is not None:
        return Format().up_to_years(high.value) if high.in_years else Format().up_to_months(high.value)
    assert low is not None and high is not None
    if low.in_years and high.in_years:
        return Format().year_range(low.value, high.value)
    return f"{_bound(low)} – {_bound(high)}"


# prices read the way the clinic's patients write them: 220 zł, 6 500 ₽, £65
CURRENCY_LOCALES = {"PLN": "pl_PL", "RUB": "ru_RU", "GBP": "en_GB", "USD": "en_US", "EUR": "de_DE", "UAH": "uk_UA"}


def money(amount: Decimal | None, currency: str, locale: QLocale | None = None) -> str:
    if amount is None:
        return ""
    locale = locale or (QLocale(CURRENCY_LOCALES[currency]) if currency in CURRENCY_LOCALES else QLocale())
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    decimals = 0 if amount == amount.to_integral_value() else 2
    return locale.toCurrencyString(float(amount), symbol, decimals)


def amount_for_editing(amount: Decimal, locale: QLocale | None = None) -> str:
    """An amount put into a field the user may edit: 180.50 reads 180,50 in Polish and Russian."""
    return str(amount).replace(".", (locale or QLocale()).decimalPoint())


def parse_amount(text: str) -> Decimal | None:
    """An amount as people type it: 180 · 180,50 · 180.50 · 1 200,50; empty → None.

    Raises InvalidOperation for anything that is not a finite amount.
    """
    cleaned = "".join(text.split()).replace(",", ".")
    if not cleaned:
        return None
    value = Decimal(cleaned)
    if not value.is_finite():
        raise InvalidOperation(text)
    return value


def minutes(value: int | None) -> str:
    if not value:
        return ""
    return Format().minutes(value)


def phone(number: str | None) -> str:
    return display_number(number) or QCoreApplication.translate("Format", "number withheld")


def _qdatetime(at: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(at.timestamp()), QTimeZone.systemTimeZone())


# one form of a date per language, never ambiguous: 5 Dec 2026 · 5.12.2026 · 05.12.2026 (ISO for any other)
DATE_FORMATS = {"en": "d MMM yyyy", "pl": "d.MM.yyyy", "ru": "dd.MM.yyyy"}


def date_format(locale: QLocale | None = None) -> str:
    return DATE_FORMATS.get((locale or QLocale()).name().split("_")[0], "yyyy-MM-dd")


def day(value: date | QDate, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    qdate = value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)
    return locale.toString(qdate, date_format(locale))


def date_time(at: datetime | None, locale: QLocale | None = None) -> str:
    if at is None:
        return ""
    locale = locale or QLocale()
    local = _qdatetime(at)
    return f"{day(local.date(), locale)} {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"


def clock(at: datetime | None, locale: QLocale | None = None) -> str:
    if at is None:
        return ""
    return (locale or QLocale()).toString(_qdatetime(at).time(), QLocale.FormatType.ShortFormat)


def date_time_input_format(locale: QLocale | None = None) -> str:
    """Date-and-time fields: the language's date as everywhere else, then its time (23.11.2026 10:15)."""
    locale = locale or QLocale()
    return f"{date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def duration(span: timedelta) -> str:
    seconds = max(0, int(span.total_seconds()))
    return f"{seconds // 60}:{seconds % 60:02d}"


def age(months: int) -> str:
    """A patient's age as said aloud: 60 → "5 years", 8 → "8 months", 18 → "18 months"."""
    return Format().years(months // 12) if months >= 24 and months % 12 == 0 else Format().months(months)
