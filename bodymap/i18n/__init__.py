"""The interface language, chosen once per process, and a Qt-free lookup of its translations.

The window translates through Qt (``bodymap.ui.i18n`` loads the compiled ``.qm``); the PDF
layer is Qt-free by contract, so it reads the same ``bodymap_<lang>.ts`` sources here with
ElementTree. One catalogue, two readers: the note and the window never disagree.

The language comes from ``bodymap --lang``, else the ``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES`` and ``LANG`` environment variables (the first one set), else English.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

#: The language source strings are written in.
SOURCE_LANGUAGE = "en"
#: Environment variables naming the language, most specific first (as gettext reads them).
LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
#: Languages written right to left (ISO 639-1).
RIGHT_TO_LEFT = frozenset({"ar", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"})

CATALOGUE_DIR = Path(__file__).resolve().parent
_LANGUAGE_CODE = re.compile(r"^[a-zA-Z]{2,3}([_-][a-zA-Z0-9]{2,8})?$")

_current = SOURCE_LANGUAGE
_NOT_FINISHED = ("unfinished", "obsolete", "vanished")


def normalise_language(value: str) -> str | None:
    """Return ``value`` as a language code such as ``de`` or ``de_AT``, or None if it is none.

    Accepts POSIX locale names (``de_DE.UTF-8``, ``de_DE@euro``) and BCP 47 tags (``de-AT``);
    ``C`` and ``POSIX`` mean the source language.
    """
    code = value.strip().split(".", 1)[0].split("@", 1)[0]
    if code in ("C", "POSIX"):
        return SOURCE_LANGUAGE
    if not _LANGUAGE_CODE.match(code):
        return None
    language, _, region = code.replace("-", "_").partition("_")
    return f"{language.lower()}_{region.upper()}" if region else language.lower()


def choose_language(option: str | None, environ: Mapping[str, str]) -> str:
    """Return the language from ``--lang`` (``option``), else the environment, else English.

    Raises:
        ValueError: ``option`` is not a language code (the message names the allowed form).
    """
    if option is not None:
        language = normalise_language(option)
        if language is None:
            raise ValueError(
                f"--lang must be a language code such as 'de' or 'de_AT', got {option!r}"
            )
        return language
    for variable in LANGUAGE_VARIABLES:
        value = environ.get(variable, "")
        # LANGUAGE may list several languages in order of preference: the first one we have.
        candidates = [c for c in (normalise_language(v) for v in value.split(":") if v) if c]
        available = [c for c in candidates if catalogue_path(c) is not None]
        if available:
            return available[0]
        if candidates:
            return candidates[0]
    return SOURCE_LANGUAGE


def set_language(language: str) -> None:
    """Make ``language`` the process's interface language (window, screenshots and PDFs)."""
    global _current
    _current = normalise_language(language) or SOURCE_LANGUAGE


def current_language() -> str:
    """The process's interface language (``en`` until :func:`set_language` is called)."""
    return _current


def base_language(language: str) -> str:
    """``de`` for ``de_AT``."""
    return language.split("_", 1)[0]


def is_right_to_left(language: str) -> bool:
    """True when ``language`` is written right to left."""
    return base_language(language) in RIGHT_TO_LEFT


def catalogue_path(language: str, *, compiled: bool = False) -> Path | None:
    """Return the ``.ts`` (or compiled ``.qm``) catalogue for ``language``, or None.

    ``de_AT`` falls back to ``de``; English needs no catalogue.
    """
    suffix = ".qm" if compiled else ".ts"
    for code in dict.fromkeys((language, base_language(language))):
        if code == SOURCE_LANGUAGE:
            return None
        path = CATALOGUE_DIR / f"bodymap_{code}{suffix}"
        if path.is_file():
            return path
    return None


@dataclass(frozen=True)
class Catalogue:
    """Finished translations of one language: (context, source) to the translation."""

    language: str
    singular: dict[tuple[str, str], str] = field(default_factory=dict)
    plural: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def translate(self, context: str, source: str, n: int = -1) -> str:
        """Return ``source`` translated (itself when untranslated), ``%n`` replaced by ``n``."""
        if n < 0:
            return self.singular.get((context, source), source)
        forms = self.plural.get((context, source))
        if forms:
            text = forms[plural_form(self.language, n)] if len(forms) > 1 else forms[0]
        else:
            text = self.singular.get((context, source), source)
        return text.replace("%n", str(n))


def plural_form(language: str, n: int) -> int:
    """Index of the plural form for ``n`` (languages with one/other forms, as Qt numbers them)."""
    if base_language(language) in ("fr", "pt"):
        return 0 if n in (0, 1) else 1
    if base_language(language) in ("ja", "ko", "zh", "tr", "vi", "th", "id"):
        return 0
    return 0 if n == 1 else 1


def read_catalogue(path: Path, language: str) -> Catalogue:
    """Read the finished translations of a Qt Linguist ``.ts`` file."""
    catalogue = Catalogue(language)
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            if translation is None or translation.get("type") in _NOT_FINISHED:
                continue
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                if any(forms):
                    catalogue.plural[(name, source)] = forms
            elif translation.text:
                catalogue.singular[(name, source)] = translation.text
    return catalogue


@cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language`` (empty for English or a language without one)."""
    path = catalogue_path(language)
    return Catalogue(language) if path is None else read_catalogue(path, language)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``source`` in the current language; the Qt-free twin of Qt's ``translate``.

    ``pyside6-lupdate`` collects calls to any function named ``translate`` whose first two
    arguments are string literals, so report strings land in the same ``.ts`` as the window's.
    """
    del disambiguation  # kept for the same signature as Qt's (lupdate reads it)
    return catalogue(current_language()).translate(context, source, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``source`` for translation in ``context`` and return it unchanged.

    For labels in constants (catalogue lists, column titles): the constant keeps the English
    text and each reader translates it where it is shown (``term`` in the window, ``term``
    in bodymap.report), so a language chosen after import still applies.
    """
    return source


def term(text: str) -> str:
    """A catalogue label (marked with ``QT_TRANSLATE_NOOP("Terms", …)``) in the current language."""
    return translate("Terms", text)
