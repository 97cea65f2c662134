"""PatientsDock: search and pick a patient, then one of their visits, or start a new visit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QFont, QIcon, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.model import Patient, Visit
from bodymap.ui.i18n import date_text, datetime_text, translate
from bodymap.ui.icons import make_icon

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository

_ID_ROLE = Qt.ItemDataRole.UserRole
_DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class _TwoLineDelegate(QStyledItemDelegate):
    """Draws an item as a bold title with a grey detail line under it."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Room for two lines of text."""
        height = option.fontMetrics.height()
        return QSize(200, 2 * height + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Paint the title, the detail line and the icon."""
        self.initStyleOption(option, index)
        title = option.text
        option.text = ""
        icon = QIcon(option.icon)
        option.icon = QIcon()  # painted once below, on the leading side
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(10, 6, -8, -6)
        if not icon.isNull():
            box = QRect(rect.left(), rect.top() + 4, 20, 20)
            # Right-to-left layouts put the icon on the right, the text to its left.
            icon.paint(painter, QStyle.visualRect(option.direction, option.rect, box))
            rect.setLeft(rect.left() + 28)
        rect = QStyle.visualRect(option.direction, option.rect, rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        title = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        greyed = isinstance(foreground, QBrush) and not selected  # archived patients
        title_color = foreground.color() if greyed else palette.color(text_role)
        painter.setPen(title_color)
        line = option.fontMetrics.height()
        painter.drawText(rect.adjusted(0, 0, 0, -line), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(option.font)
        detail_color = palette.color(text_role if selected else QPalette.ColorRole.PlaceholderText)
        if greyed:
            painter.setFont(_italic(option.font))
        painter.setPen(detail_color)
        detail = option.fontMetrics.elidedText(
            str(index.data(_DETAIL_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.adjusted(0, line + 2, 0, 0), Qt.AlignmentFlag.AlignLeft, detail)
        painter.restore()


class PatientList(QListWidget):
    """The patient list: keys browse it, only a click or Enter opens a patient.

    Type-ahead is off: a tool key such as ``t`` pressed here goes to the window (the tool) and
    never jumps to "Test, Timing". Arrow keys move the highlight without switching the chart;
    Enter opens the highlighted patient.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: True while a key moves the highlight: the dock keeps the open patient then.
        self.browsing = False

    def keyboardSearch(self, search: str) -> None:
        """No type-ahead: letters are tool shortcuts, never a patient switch."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys move the highlight only; Enter/Return open the highlighted patient."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None:
                self.itemActivated.emit(item)
            event.accept()
            return
        self.browsing = True
        try:
            super().keyPressEvent(event)
        finally:
            self.browsing = False


def _italic(font: QFont) -> QFont:
    italic = QFont(font)
    italic.setItalic(True)
    return italic


def patient_detail(patient: Patient) -> str:
    """Second line of a patient row: chart number and date of birth."""
    parts = []
    if patient.chart_number:
        parts.append(
            translate("PatientsDock", "Chart {number}").format(number=patient.chart_number)
        )
    if patient.date_of_birth is not None:
        born = date_text(patient.date_of_birth, "birth")
        parts.append(translate("PatientsDock", "born {date}").format(date=born))
    detail = " · ".join(parts) or translate("PatientsDock", "no chart number")
    if patient.archived:
        return translate("PatientsDock", "Archived · {detail}").format(detail=detail)
    return detail


def visit_title(visit: Visit) -> str:
    """First line of a visit row: its date and time."""
    return datetime_text(visit.started_at, "day")


class PatientsDock(QDockWidget):
    """Patient search and list, the selected patient's visits, and "New visit".

    Signals:
        patient_selected: the patient id, or None.
        visit_selected: the visit id, or None.
        new_visit_requested: True to carry the previous visit's marks forward.
        edit_patient_requested: the patient id (a double-click in the list).
    """

    patient_selected = Signal(object)
    visit_selected = Signal(object)
    new_visit_requested = Signal(bool)
    edit_patient_requested = Signal(int)

    def __init__(self, repo: ChartRepository, parent: QWidget | None = None) -> None:
        super().__init__(translate("PatientsDock", "Patients"), parent)
        self.setObjectName("PatientsDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.repo = repo
        self._show_archived = False
        #: The patient whose chart is open (a click or Enter in the list opens one).
        self._open_patient_id: int | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("PatientsDock", "Search name, chart number or birth date")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("PatientsDock", "Search patients"))
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.reload_patients)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._open_first_match)
        layout.addWidget(self.search)
        self.patient_list = PatientList()
        self.patient_list.setItemDelegate(_TwoLineDelegate(self.patient_list))
        self.patient_list.setAccessibleName(translate("PatientsDock", "Patients"))
        self.patient_list.currentItemChanged.connect(self._on_patient)
        self.patient_list.itemActivated.connect(self._on_activated)
        self.patient_list.itemClicked.connect(self._on_activated)
        self.patient_list.itemDoubleClicked.connect(self._on_patient_double_clicked)
        layout.addWidget(self.patient_list, 3)
        header = QLabel(translate("PatientsDock", "Visits"))
        header.setStyleSheet("font-weight: 600; margin-top: 6px;")
        layout.addWidget(header)
        self.visit_list = QListWidget()
        self.visit_list.setItemDelegate(_TwoLineDelegate(self.visit_list))
        self.visit_list.setAccessibleName(translate("PatientsDock", "Visits"))
        self.visit_list.currentItemChanged.connect(self._on_visit)
        layout.addWidget(self.visit_list, 2)
        self.new_visit_button = self._build_new_visit_button()
        layout.addWidget(self.new_visit_button)
        self.setWidget(body)
        self.setMinimumWidth(220)

    def _build_new_visit_button(self) -> QToolButton:
        button = QToolButton()
        button.setText(translate("PatientsDock", "New visit"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setSizePolicy(
            button.sizePolicy().horizontalPolicy().Expanding, button.sizePolicy().verticalPolicy()
        )
        button.setMinimumHeight(30)
        menu = QMenu(button)
        blank = QAction(translate("PatientsDock", "New blank visit"), menu)
        blank.triggered.connect(lambda: self.new_visit_requested.emit(False))
        carry = QAction(
            translate("PatientsDock", "New visit from previous (carry marks forward)"), menu
        )
        carry.triggered.connect(lambda: self.new_visit_requested.emit(True))
        menu.addActions([blank, carry])
        button.setMenu(menu)
        button.clicked.connect(lambda: self.new_visit_requested.emit(False))
        button.setEnabled(False)
        return button

    # -- data ----------------------------------------------------------------------------------
    @property
    def show_archived(self) -> bool:
        """Whether archived patients are listed (greyed, marked "Archived")."""
        return self._show_archived

    def set_show_archived(self, shown: bool) -> None:
        """List archived patients too, or hide them again."""
        self._show_archived = shown
        self.reload_patients()

    def current_patient(self) -> Patient | None:
        """The selected patient as stored, or None."""
        patient_id = self.current_patient_id()
        return self.repo.get_patient(patient_id) if patient_id is not None else None

    def reload_patients(self, select_id: int | None = None) -> None:
        """Refill the patient list for the current search, keeping or setting the selection."""
        keep = select_id if select_id is not None else self.current_patient_id()
        self.patient_list.blockSignals(True)
        self.patient_list.clear()
        patients = self.repo.list_patients(
            self.search.text().strip(), include_archived=self._show_archived
        )
        greyed = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for patient in patients:
            item = QListWidgetItem(patient.name)
            item.setData(_ID_ROLE, patient.id)
            if patient.archived:
                item.setForeground(greyed)
            item.setData(_DETAIL_ROLE, patient_detail(patient))
            item.setToolTip(f"{patient.name} — {patient_detail(patient)}")
            self.patient_list.addItem(item)
        self.patient_list.blockSignals(False)
        row = next(
            (
                i
                for i in range(self.patient_list.count())
                if self.patient_list.item(i).data(_ID_ROLE) == keep
            ),
            0 if self.patient_list.count() else -1,
        )
        kept = row >= 0 and self.patient_list.item(row).data(_ID_ROLE) == keep
        if not kept and keep is not None and self.search.text().strip():
            # A search that hides the open patient never switches the chart: the list just
            # shows the matches; a click or Enter opens one.
            self.patient_list.setCurrentRow(-1)
            return
        if row >= 0:
            self.patient_list.setCurrentRow(row)
        else:
            self._open_item(None)

    def reload_visits(self, select_id: int | None = None) -> None:
        """Refill the visit list of the current patient (latest visit selected by default)."""
        patient_id = self.current_patient_id()
        self.visit_list.blockSignals(True)
        self.visit_list.clear()
        visits = self.repo.list_visits(patient_id) if patient_id is not None else []
        signed_icon, draft_icon = make_icon("signed"), make_icon("draft")
        for visit in reversed(visits):  # latest first: the visit a clinician usually wants
            item = QListWidgetItem(visit_title(visit))
            item.setIcon(signed_icon if visit.is_signed else draft_icon)
            item.setData(_ID_ROLE, visit.id)
            status = (
                translate("PatientsDock", "Signed")
                if visit.is_signed
                else translate("PatientsDock", "Draft — editable")
            )
            item.setData(_DETAIL_ROLE, status)
            # A screen reader hears the status the icon and second line show.
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{visit_title(visit)}, {status}")
            self.visit_list.addItem(item)
        self.visit_list.blockSignals(False)
        self.new_visit_button.setEnabled(patient_id is not None)
        row = next(
            (
                i
                for i in range(self.visit_list.count())
                if self.visit_list.item(i).data(_ID_ROLE) == select_id
            ),
            0 if self.visit_list.count() else -1,
        )
        if row >= 0:
            self.visit_list.setCurrentRow(row)
        else:
            self.visit_selected.emit(None)

    def mark_tampered(self, visit_ids: set[int]) -> None:
        """Label visits that failed their integrity check (never "Draft — editable")."""
        for row in range(self.visit_list.count()):
            item = self.visit_list.item(row)
            if item.data(_ID_ROLE) in visit_ids:
                item.setData(_DETAIL_ROLE, translate("PatientsDock", "⚠ Integrity check failed"))

    def current_patient_id(self) -> int | None:
        """The open patient's id (the one whose chart is shown)."""
        return self._open_patient_id

    def highlighted_patient_id(self) -> int | None:
        """The patient highlighted in the list (moved by arrow keys, not yet opened)."""
        item = self.patient_list.currentItem()
        value = item.data(_ID_ROLE) if item is not None else None
        return value if isinstance(value, int) else None

    def current_visit_id(self) -> int | None:
        """The selected visit's id."""
        item = self.visit_list.currentItem()
        value = item.data(_ID_ROLE) if item is not None else None
        return value if isinstance(value, int) else None

    def select_visit(self, patient_id: int, visit_id: int) -> None:
        """Select a patient and one of their visits (clears a search that would hide them)."""
        if self.search.text():
            self.search.clear()
            self._search_timer.stop()
        self.reload_patients(select_id=patient_id)
        self.reload_visits(select_id=visit_id)

    def _on_patient(self, current: QListWidgetItem | None, _previous: object) -> None:
        if self.patient_list.browsing or current is None:
            return  # arrow keys only highlight; Enter or a click opens
        self._open_item(current)

    def _on_activated(self, item: QListWidgetItem) -> None:
        if item.data(_ID_ROLE) != self._open_patient_id:
            self._open_item(item)

    def _open_first_match(self) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.reload_patients()
        if self.patient_list.count():
            item = self.patient_list.currentItem() or self.patient_list.item(0)
            self.patient_list.setCurrentItem(item)
            self._on_activated(item)
            self.patient_list.setFocus()

    def _open_item(self, item: QListWidgetItem | None) -> None:
        value = item.data(_ID_ROLE) if item is not None else None
        patient_id = value if isinstance(value, int) else None
        self._open_patient_id = patient_id
        self.patient_selected.emit(patient_id)
        self.reload_visits()

    def _on_patient_double_clicked(self, item: QListWidgetItem) -> None:
        value = item.data(_ID_ROLE)
        if isinstance(value, int):
            self.edit_patient_requested.emit(value)

    def _on_visit(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.visit_selected.emit(self.current_visit_id())
