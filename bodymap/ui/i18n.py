"""The window's language: Qt translators for the chosen language, its locale and direction.

Every user-visible string in ``bodymap.ui`` goes through :func:`translate` with a context
(the class, or the module for free functions); ``pyside6-lupdate`` collects them into
``bodymap/i18n/bodymap_<lang>.ts`` (see docs/translating.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
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
