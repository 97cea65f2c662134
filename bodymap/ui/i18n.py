"""The window's language: Qt translators for the chosen language, its locale and direction.

Every user-visible string in ``bodymap.ui`` goes through :func:`translate` with a context
(the class, or the module for free functions); ``pyside6-lupdate`` collects them into
``bodymap/i18n/bodymap_<lang>.ts`` (see docs/translating.md).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTime, QTranslator
from PySide6.QtWidgets import QApplication

from bodymap.i18n import catalogue_path, current_language

#: Qt's own translation (standard buttons, dialogs), then BodyMap's.
_installed: list[QTranslator] = []


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``source`` in the window's language (``%n`` replaced by ``n`` when given)."""
    return QCoreApplication.translate(context, source, disambiguation, n)


def install_language(app: QApplication, language: str | None = None) -> str:
    """Load the translators, default locale and layout direction for ``language``.

    ``language`` defaults to :func:`bodymap.i18n.current_language` (``--lang``, LANGUAGE, LANG).
    A language without a BodyMap catalogue still gets its number and date formats and its
    text direction; the words stay English. Returns the language installed.
    """
    language = language or current_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(language)
    QLocale.setDefault(locale)
    qt_translator = QTranslator(app)
    if qt_translator.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    path = catalogue_path(language, compiled=True)
    if path is not None:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    right_to_left = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    )
    return language


def locale() -> QLocale:
    """The locale numbers and dates are shown in (the chosen language's)."""
    return QLocale()


def term(text: str) -> str:
    """A label marked ``QT_TRANSLATE_NOOP("Terms", …)`` in a constant, in the window's language."""
    return QCoreApplication.translate("Terms", text)


def number(value: float, decimals: int = 0) -> str:
    """``value`` with ``decimals`` places in the window's locale ("3,50" in German)."""
    return QLocale().toString(float(value), "f", decimals)


#: Date patterns (QLocale syntax: month and weekday names come from the locale) per language;
#: other languages use their locale's own short format.
DATE_PATTERNS: dict[str, dict[str, str]] = {
    "en": {
        "date": "dd MMM yyyy",
        "day": "ddd dd MMM yyyy",
        "short": "dd MMM",
        "birth": "yyyy-MM-dd",
    },
    "de": {
        "date": "d. MMM yyyy",
        "day": "ddd, d. MMM yyyy",
        "short": "d. MMM",
        "birth": "dd.MM.yyyy",
    },
}


def _locale() -> QLocale:
    """The window's locale; Qt's bare "C" locale (no language installed) reads as English."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale("en_US")
    return current


def _pattern(kind: str) -> str:
    language = _locale().name().split("_", 1)[0]
    patterns = DATE_PATTERNS.get(language)
    if patterns is None:
        # Birth dates stay unambiguous (ISO) where BodyMap has no pattern of its own.
        return (
            "yyyy-MM-dd"
            if kind == "birth"
            else _locale().dateFormat(QLocale.FormatType.ShortFormat)
        )
    return patterns[kind]


def date_text(value: date, kind: str = "date") -> str:
    """A date in the window's language, "02 Dec 2026" or "2. Dez. 2026".

    ``kind``: date, day (with the weekday), short (no year), birth (numeric: ISO in English).
    """
    return _locale().toString(QDate(value.year, value.month, value.day), _pattern(kind))


def datetime_text(value: datetime, kind: str = "date") -> str:
    """A date and time: "02 Dec 2026, 14:05" ("2. Dez. 2026, 14:05")."""
    time = _locale().toString(QTime(value.hour, value.minute), "HH:mm")
    return f"{date_text(value.date(), kind)}, {time}"
