"""A table of measure rows (ROM readings, PPT sites): add, save, remove rows, headers shown."""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bodymap.model import OutcomeMeasure
from bodymap.ui.i18n import term
from bodymap.ui.record.forms import FieldError, clear_layout
from bodymap.ui.record.measure_store import MeasureStore


class MeasureRow(Protocol):
    """One editable row: its widgets, left to right, and the stored measure it shows."""

    measure: OutcomeMeasure | None

    def widgets(self) -> list[QWidget]:
        """The row's widgets in column order (the last one removes the row)."""
        ...


RowT = TypeVar("RowT", bound=MeasureRow)


class MeasureRowTable(QWidget, Generic[RowT]):
    """A grid of rows under bold headers, with an error line and an "Add" button.

    Subclasses build their rows and say when a row changed; this class places rows, stores
    and deletes their measures, and hides the headers while there are no rows.

    Args:
        add_text: label of the "Add" button (with its mnemonic).
    """

    #: Emitted after a row is added, so the page can hook up its keyboard handling.
    row_added = Signal()

    HEADERS: tuple[str, ...] = ()
    #: On a narrow page a row wraps onto a second line from this column (None: never wraps).
    WRAP_AT: int | None = None
    #: What one row is, for screen readers ("PPT site 2: Trial 1").
    ROW_NAME = "Row"

    def __init__(self, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: MeasureStore | None = None
        self.rows: list[RowT] = []
        self.headers: list[QLabel] = []
        self._compact = False
        self.error = FieldError()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(lambda: self.add_row(None))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.grid)
        column.addWidget(self.error)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, measure: OutcomeMeasure | None) -> RowT:
        """Append a row (empty, or showing ``measure``)."""
        raise NotImplementedError

    def _reset(self, store: MeasureStore, stretch_columns: int) -> None:
        """Empty the grid and put the headers back; the first columns take the spare width."""
        self.store = store
        clear_layout(self.grid)
        self.rows = []
        self.headers = [QLabel(f"<b>{term(text)}</b>") for text in self.HEADERS]
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for column in range(stretch_columns):
            self.grid.setColumnStretch(column, 1)
        self._lay_out()

    def set_compact(self, compact: bool) -> None:
        """Wrap each row onto two lines on a narrow page (no sideways scrolling)."""
        if compact != self._compact:
            self._compact = compact
            self._lay_out()

    def _cell(self, line: int, column: int) -> tuple[int, int]:
        """Grid cell of ``column`` on ``line`` (0 = headers, then one per row)."""
        wrap = self.WRAP_AT if self._compact else None
        if wrap is None:
            return line, column
        second = column >= wrap
        return 2 * line + int(second), column - wrap if second else column

    def _lay_out(self) -> None:
        for column, header in enumerate(self.headers):
            self.grid.addWidget(header, *self._cell(0, column))
        for number, row in enumerate(self.rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, *self._cell(number, column))

    def _place_row(self, row: RowT, focus: QWidget | None) -> None:
        """Put ``row`` under the others; ``focus`` (a new, empty row's first field) gets focus."""
        number = len(self.rows) + 1
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, *self._cell(number, column))
        self.rows.append(row)
        self._show_headers()
        self._name_rows()
        self.row_added.emit()
        if focus is not None:
            # The new widgets are shown on the next event-loop pass; focus them after that.
            QTimer.singleShot(0, focus.setFocus)

    def _store(self, row: RowT, new: OutcomeMeasure) -> None:
        """Store ``new`` in place of the row's measure; the row keeps what was stored."""
        if self.store is None:
            return
        result = self.store.put(row.measure, new, self.error)
        if result.ok:
            row.measure = result.measure

    def _remove(self, row: RowT) -> None:
        stored = row.measure
        refused = (
            self.store is not None
            and stored is not None
            and not self.store.put(stored, None, self.error).ok
        )
        if refused:
            return
        for widget in row.widgets():
            widget.hide()
            widget.deleteLater()
        self.rows.remove(row)
        self._lay_out()  # close the gap, so the next new row has a line of its own
        self._show_headers()
        self._name_rows()

    def _name_rows(self) -> None:
        """Name each cell by its row and column, as a screen reader should read it."""
        for number, row in enumerate(self.rows, start=1):
            for column, widget in enumerate(row.widgets()):
                header = self.HEADERS[column] if column < len(self.HEADERS) else ""
                if header:
                    widget.setAccessibleName(f"{self.ROW_NAME} {number}: {header}")
                elif isinstance(widget, QPushButton):  # the row's remove button
                    widget.setAccessibleName(f"Remove {self.ROW_NAME} {number}")

    def tab_stops(self) -> list[QWidget]:
        """The cells row by row, then the Add button: the table's part of the Tab order."""
        cells = [widget for row in self.rows for widget in row.widgets()]
        return [*cells, self.add_button]

    def _show_headers(self) -> None:
        for header in self.headers:
            header.setVisible(bool(self.rows))
