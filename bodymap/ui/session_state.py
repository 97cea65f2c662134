"""Where the clinician left off: patient, tab and Record section, restored at the next launch.

The window already keeps its geometry, docks (their sizes are the window's splitters) and the
last visit in QSettings; this adds the patient (one without visits has no last visit), the tab
in front and the Record section. Panels with a splitter of their own keep its sizes themselves
(:func:`remember_splitter`). QSettings, like the geometry: this is where the window was, not a
choice the user makes in Preferences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QSplitter

if TYPE_CHECKING:
    from bodymap.ui.main_window import MainWindow

PATIENT_KEY = "session/last_patient_id"
TAB_KEY = "session/tab"
RECORD_SECTION_KEY = "session/record_section"
SPLITTER_KEY = "splitters/{name}"


def _int(value: object) -> int | None:
    try:
        return int(str(value)) if value is not None and str(value) != "" else None
    except ValueError:
        return None


class SessionState(QObject):
    """Saves the window's place on close and puts it back after the window is built."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pending_section: int | None = None
        window.tabs.currentChanged.connect(self._apply_pending_section)

    def save(self) -> None:
        """Remember the patient, the tab in front and the Record section."""
        window = self._window
        settings = QSettings()
        patient_id = window.patients.current_patient_id()
        settings.setValue(PATIENT_KEY, "" if patient_id is None else patient_id)
        settings.setValue(TAB_KEY, window.tabs.currentIndex())
        record = window.record_tab.built
        if record is not None:
            settings.setValue(RECORD_SECTION_KEY, record.nav.currentRow())

    def restore(self) -> None:
        """Select the last patient (when no visit of theirs was reopened), tab and section."""
        window = self._window
        settings = QSettings()
        patient_id = _int(settings.value(PATIENT_KEY))
        if patient_id is not None and window.patients.current_patient_id() != patient_id:
            window.patients.reload_patients(patient_id)
        self._pending_section = _int(settings.value(RECORD_SECTION_KEY))
        tab = _int(settings.value(TAB_KEY))
        if tab is None or not 0 <= tab < window.tabs.count():
            return
        if window.tabs.widget(tab) is window.record_tab:
            window.record_tab.page()  # it is shown at launch anyway: build it now
        window.tabs.setCurrentIndex(tab)
        self._apply_pending_section()

    def _apply_pending_section(self, *_changed: object) -> None:
        """Show the remembered Record section once the Record page exists (built lazily)."""
        record = self._window.record_tab.built
        row = self._pending_section
        if record is None or row is None:
            return
        self._pending_section = None
        if 0 <= row < record.nav.count():
            record.nav.setCurrentRow(row)


class _SplitterMemory(QObject):
    """Keeps one splitter's share of space per pane, across resizes and launches.

    Shares, not pixels: the panel may be shown in a dock of another height, and each pane
    keeps its share when the dock grows or shrinks. A drag sets new shares and saves them.
    """

    def __init__(self, splitter: QSplitter, key: str) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._key = key
        self._shares = _shares(QSettings().value(key), splitter.count())
        splitter.splitterMoved.connect(self._save)
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Give each pane its share of the new size."""
        if event.type() == QEvent.Type.Resize and self._shares is not None:
            total = sum(self._splitter.sizes())
            if total > 0:
                self._splitter.setSizes([round(share * total) for share in self._shares])
        return False

    def _save(self, _position: int, _index: int) -> None:
        sizes = self._splitter.sizes()
        total = sum(sizes)
        if total > 0:
            self._shares = [size / total for size in sizes]
            QSettings().setValue(self._key, ",".join(f"{share:.4f}" for share in self._shares))


def _shares(saved: object, panes: int) -> list[float] | None:
    try:
        shares = [float(part) for part in str(saved).split(",")] if saved else []
    except ValueError:
        return None
    ok = len(shares) == panes and all(0 <= share <= 1 for share in shares)
    return shares if ok and sum(shares) > 0 else None


def remember_splitter(splitter: QSplitter, name: str) -> None:
    """Give ``splitter`` the shares saved under ``name`` and save them whenever it is dragged."""
    splitter.setObjectName(name)
    _SplitterMemory(splitter, SPLITTER_KEY.format(name=name))
