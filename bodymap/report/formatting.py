"""How values read on paper: dates, sides, instrument scores with units, signed changes."""

from __future__ import annotations

from datetime import date, datetime

from bodymap.i18n import term
from bodymap.i18n.formats import format_day, localise_number
from bodymap.model import Activity, Instrument, Side, TwitchResponse
from bodymap.model.instruments import instrument_spec

_TWITCH: dict[TwitchResponse, str] = {
    TwitchResponse.NOT_TESTED: "Not tested",
    TwitchResponse.NONE: "None",
    TwitchResponse.FEW: "Few",
    TwitchResponse.MANY: "Many",
}

MINUS = "\u2212"
DASH = "\u2014"


def format_date(value: date | None) -> str:
    """Return an unambiguous date such as "27 Nov 2026" ("27. Nov. 2026"), or a dash."""
    if value is None:
        return DASH
    return format_day(value if not isinstance(value, datetime) else value.date())


def format_datetime(value: datetime | None) -> str:
    """Return a date with the time, e.g. "27 Nov 2026, 14:05"."""
    if value is None:
        return DASH
    return f"{format_date(value)}, {value:%H:%M}"


def side_label(side: Side | None) -> str:
    """Return the patient's side as printed ("Left", "Right", "Midline")."""
    return DASH if side is None else term(side.value.capitalize())


def activity_label(activity: Activity) -> str:
    """Return "Active" or "Latent"."""
    return term(activity.value.capitalize())


def twitch_label(twitch: TwitchResponse) -> str:
    """Return the local twitch response as printed."""
    return term(_TWITCH[twitch])


def humanize(identifier: str) -> str:
    """Turn a stored identifier such as "deep_dynamic" into "Deep dynamic"."""
    text = identifier.replace("_", " ").replace(".", ", ").strip()
    return term(text[:1].upper() + text[1:])


def number(value: float, decimals: int = 1) -> str:
    """Return a number without trailing zeros, with a true minus sign."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
    if text in ("-0", ""):
        text = "0"
    return localise_number(text).replace("-", MINUS)


def signed_number(value: float, decimals: int = 1) -> str:
    """Return a change with an explicit sign: "+1.5", "−2", "0"."""
    text = number(value, decimals)
    return text if text.startswith(MINUS) or text == "0" else f"+{text}"


def format_score(instrument: Instrument, value: float) -> str:
    """Return an instrument's score with its unit, e.g. "6/10", "13/50 (26%)", "2.4 kg/cm²"."""
    return instrument_spec(instrument).format_score(value, number)


def unit_label(instrument: Instrument) -> str:
    """Return the unit an instrument's changes are counted in."""
    return term(instrument_spec(instrument).change_unit)


def format_change(instrument: Instrument, change: float, *, with_unit: bool = True) -> str:
    """Return a signed change at the instrument's decimals, e.g. "−2 points", "+0.35 kg/cm²"."""
    spec = instrument_spec(instrument)
    text = signed_number(change, spec.change_decimals)
    return f"{text} {term(spec.change_unit)}" if with_unit else text


def age_on(birth: date | None, on: date) -> int | None:
    """Return the age in whole years on a given day, or None when the birth date is unknown."""
    if birth is None:
        return None
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
