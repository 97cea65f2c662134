"""The Adverse events section: the events of a visit, or the explicit statement of none."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model import ValidationError
from bodymap.model.catalog_lists import (
    ADVERSE_EVENT_TYPES,
    SEVERITY_LABELS,
    SEVERITY_SCHEME,
    AdverseEventSeverity,
)
from bodymap.model.record import AdverseEvent
from bodymap.model.safety import allowed_severities
from bodymap.storage.errors import EditConflictError
from bodymap.ui.accessibility import tab_leaves
from bodymap.ui.conflict import ConflictBar
from bodymap.ui.i18n import term, translate
from bodymap.ui.record.forms import (
    FieldError,
    NoteEdit,
    add_labelled_row,
    error_text,
    field_with_error,
    fit_table_height,
    new_form_layout,
    selected_table_row,
)
from bodymap.ui.record.section import RecordSection, completed, muted_label
from bodymap.ui.record.versioned import others_changed, rebased
from bodymap.ui.theme import colour

COLUMNS = (
    QT_TRANSLATE_NOOP("Terms", "Event"),
    QT_TRANSLATE_NOOP("Terms", "Severity"),
    QT_TRANSLATE_NOOP("Terms", "Action taken"),
    QT_TRANSLATE_NOOP("Terms", "Time course"),
)


class AdverseEventsSection(RecordSection):
    """Adverse events: a table, an editor for the selected event and the "none" statement."""

    title = QT_TRANSLATE_NOOP("Terms", "Adverse events")
    hint = QT_TRANSLATE_NOOP(
        "Terms",
        "Record every event, or tick “No adverse events”: one of the two is needed to sign.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[AdverseEvent] = []
        self.none_check = QCheckBox(
            translate("AdverseEventsSection", "&No adverse events during or after this visit")
        )
        self.none_check.setStyleSheet("font-weight: 600;")
        self.none_check.toggled.connect(self._set_none)
        self.body.addWidget(self.none_check)
        self.add_button = QPushButton(translate("AdverseEventsSection", "&Add adverse event"))
        self.add_button.clicked.connect(self._add_event)
        self.remove_button = QPushButton(translate("AdverseEventsSection", "Re&move"))
        self.remove_button.clicked.connect(self._remove_event)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.body.addWidget(self.save_error)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([term(c) for c in COLUMNS])
        self.table.setAccessibleName(translate("AdverseEventsSection", "Adverse events"))
        tab_leaves(self.table)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.body.addWidget(self.table)
        self.editor = QWidget()
        self.type_combo = QComboBox()
        self.severity_combo = QComboBox()
        self.action_edit = QLineEdit()
        self.time_course_edit = QLineEdit()
        self.notes_edit = NoteEdit(lines=3)
        self.editor_error: FieldError
        self._build_editor()
        self.conflict_bar = ConflictBar()
        self.body.addWidget(self.conflict_bar)
        #: The save in flight: table row, the event as read, the event as edited.
        self._pending: tuple[int, AdverseEvent, AdverseEvent] | None = None
        self.body.addWidget(self.editor)
        self.body.addWidget(
            muted_label(
                translate(
                    "AdverseEventsSection",
                    "Severity follows {SEVERITY_SCHEME}; each type offers only the classes it can "
                    "have (a pneumothorax is never mild).",
                ).format(SEVERITY_SCHEME=SEVERITY_SCHEME)
            )
        )
        self.body.addStretch(1)

    def _build_editor(self) -> None:
        form = new_form_layout()
        form.setContentsMargins(0, 0, 0, 0)
        mild = [t for t in ADVERSE_EVENT_TYPES if not t.serious_kind]
        serious = [t for t in ADVERSE_EVENT_TYPES if t.serious_kind]
        for event_type in mild:
            self.type_combo.addItem(term(event_type.label), event_type.id)
        self.type_combo.insertSeparator(self.type_combo.count())
        for event_type in serious:
            self.type_combo.addItem(
                translate("AdverseEventsSection", "{label} (serious kind)").format(
                    label=event_type.label
                ),
                event_type.id,
            )
        for severity, text in SEVERITY_LABELS.items():
            self.severity_combo.addItem(term(text), severity)
        self.action_edit.setPlaceholderText(
            translate("AdverseEventsSection", "e.g. pressure applied 2 min, ice, observed 15 min")
        )
        self.time_course_edit.setPlaceholderText(
            translate("AdverseEventsSection", "e.g. resolved before leaving; 24 h")
        )
        self.notes_edit.setPlaceholderText(
            translate("AdverseEventsSection", "Details (required for “Other minor reaction”)")
        )
        add_labelled_row(
            form, translate("AdverseEventsSection", "T&ype:"), self.type_combo, self.type_combo
        )
        add_labelled_row(
            form,
            translate("AdverseEventsSection", "&Severity:"),
            self.severity_combo,
            self.severity_combo,
        )
        add_labelled_row(
            form,
            translate("AdverseEventsSection", "A&ction taken:"),
            self.action_edit,
            self.action_edit,
        )
        add_labelled_row(
            form,
            translate("AdverseEventsSection", "Time cou&rse:"),
            self.time_course_edit,
            self.time_course_edit,
        )
        holder, self.editor_error = field_with_error(self.notes_edit)
        add_labelled_row(
            form, translate("AdverseEventsSection", "N&otes:"), holder, self.notes_edit
        )
        self.editor.setLayout(form)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.severity_combo.currentIndexChanged.connect(self._save_selected)
        self.action_edit.editingFinished.connect(self._save_selected)
        self.time_course_edit.editingFinished.connect(self._save_selected)
        self.notes_edit.editing_finished.connect(self._save_selected)

    def load(self) -> None:
        """Show the stored events and the "none" statement."""
        record = self.context.records.load_record(self.context.visit_id)
        self._events = list(record.adverse_events)
        self.none_check.setChecked(record.no_adverse_events)
        self.conflict_bar.hide()
        self._fill_table(select=0)

    def _fill_table(self, select: int | None) -> None:
        self.table.setRowCount(len(self._events))
        for row, event in enumerate(self._events):
            severity = event.severity.value.capitalize()
            for column, text in enumerate(
                (event.label, severity, event.action_taken, event.time_course)
            ):
                item = QTableWidgetItem(term(text))
                if column == 1 and event.severity is not AdverseEventSeverity.MILD:
                    item.setForeground(colour("error"))
                self.table.setItem(row, column, item)
        fit_table_height(self.table, least=1, most=5)
        has_events = bool(self._events)
        self.table.setVisible(has_events)
        self.editor.setVisible(has_events)
        editable = not self.context.signed
        self.none_check.setEnabled(editable and not has_events)
        self.add_button.setEnabled(editable and not self.none_check.isChecked())
        self.remove_button.setEnabled(editable and has_events)
        if has_events and select is not None:
            self.table.selectRow(min(select, len(self._events) - 1))
            self._show_selected()

    def selected_row(self) -> int | None:
        """Index of the selected event, or None."""
        return selected_table_row(self.table)

    def _show_selected(self) -> None:
        row = self.selected_row()
        if row is None or row >= len(self._events):
            return
        event = self._events[row]
        self._loading = True
        try:
            self.type_combo.setCurrentIndex(self.type_combo.findData(event.event_type))
            self.severity_combo.setCurrentIndex(self.severity_combo.findData(event.severity))
            self._fit_severity()
            self.action_edit.setText(event.action_taken)
            self.time_course_edit.setText(event.time_course)
            self.notes_edit.set_text_quietly(event.notes)
            self.editor_error.show_message("")
        finally:
            self._loading = False

    def _fit_severity(self) -> None:
        """Offer only the classes the event type can have (a pneumothorax is never mild)."""
        event_type = self.type_combo.currentData()
        if event_type is None:
            return
        allowed = allowed_severities(event_type)
        model = self.severity_combo.model()
        assert isinstance(model, QStandardItemModel)
        for index in range(self.severity_combo.count()):
            item = model.item(index)
            item.setEnabled(self.severity_combo.itemData(index) in allowed)
        if self.severity_combo.currentData() not in allowed:
            self.severity_combo.setCurrentIndex(self.severity_combo.findData(allowed[0]))
        floor = allowed[0].value
        self.severity_combo.setToolTip(
            ""
            if floor == "mild"
            else translate(
                "AdverseEventsSection", "This kind of event is at least {floor}."
            ).format(floor=floor)
        )

    def _type_changed(self) -> None:
        if self.is_loading:
            return
        self._loading = True
        try:
            self._fit_severity()
        finally:
            self._loading = False
        self._save_selected()

    def _set_none(self, none: bool) -> None:
        records = self.context.records if self.has_visit else None
        if records is None or self.is_loading:
            return
        visit_id = self.context.visit_id
        done = self.save(completed(lambda: records.set_no_adverse_events(visit_id, none)))
        if done is None:
            self._loading = True
            self.none_check.setChecked(not none)
            self._loading = False
        else:
            self.push_change(
                translate("AdverseEventsSection", "No adverse events"),
                undo=completed(lambda: records.set_no_adverse_events(visit_id, not none)),
                redo=completed(lambda: records.set_no_adverse_events(visit_id, none)),
            )
        self._fill_table(select=None)

    def _add_event(self) -> None:
        event = AdverseEvent(visit_id=self.context.visit_id, event_type=ADVERSE_EVENT_TYPES[0].id)
        records = self.context.records
        added = self.save(lambda: records.add_adverse_event(event))
        if added is not None:
            self._events.append(added)
            self._fill_table(select=len(self._events) - 1)
            self.type_combo.setFocus()
            added_id = added.id or 0
            self.push_change(
                translate("AdverseEventsSection", "Add adverse event"),
                undo=completed(lambda: records.delete_adverse_event(added_id)),
                redo=lambda: records.restore_adverse_event(added_id),
            )

    def _save_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.is_loading:
            return
        try:
            event = AdverseEvent(
                id=self._events[row].id,
                visit_id=self.context.visit_id,
                event_type=self.type_combo.currentData(),
                severity=self.severity_combo.currentData(),
                action_taken=self.action_edit.text().strip(),
                time_course=self.time_course_edit.text().strip(),
                notes=self.notes_edit.toPlainText().strip(),
            )
        except ValidationError as error:
            self.editor_error.show_message(error_text(error))
            return
        self.editor_error.show_message("")
        self._store(row, self._events[row], event)

    def _store(self, row: int, base: AdverseEvent, mine: AdverseEvent) -> None:
        """Save only what changed from ``base`` (as read); a clash opens the conflict bar."""
        self._pending = (row, base, mine)
        records = self.context.records
        updated = self.save(lambda: records.update_adverse_event(mine, base=base))
        if updated is not None:
            self._show_stored(row, updated, refill=others_changed(base, mine, updated))
            self.push_change(
                translate("AdverseEventsSection", "Edit adverse event"),
                undo=partial(self._overwrite, base),
                redo=partial(self._overwrite, updated),
            )

    def _overwrite(self, values: AdverseEvent) -> AdverseEvent:
        """Store ``values`` over whatever the event holds now (an undo or redo)."""
        records = self.context.records
        events = records.list_adverse_events(self.context.visit_id)
        current = next(e for e in events if e.id == values.id)
        return records.update_adverse_event(values, base=current)

    def _show_stored(self, row: int, stored: AdverseEvent, refill: bool) -> None:
        """Remember ``stored``; with ``refill``, show it in the form too."""
        self._events[row] = stored
        self.table.blockSignals(True)
        self._fill_table(select=None)
        self.table.selectRow(row)
        self.table.blockSignals(False)
        if refill and self.selected_row() == row:
            self._show_selected()  # changes saved meanwhile on another workstation

    def on_conflict(self, conflict: EditConflictError[Any], target: FieldError) -> None:
        """Another workstation changed the same fields of this event: ask, in place."""
        assert self._pending is not None
        row, base, mine = self._pending
        theirs: AdverseEvent = conflict.theirs
        self.conflict_bar.show_conflict(
            conflict,
            keep_mine=lambda: self._keep_mine(row, base, mine, theirs),
            take_theirs=lambda: self._show_stored(row, theirs, refill=True),
        )

    def _keep_mine(
        self, row: int, base: AdverseEvent, mine: AdverseEvent, theirs: AdverseEvent
    ) -> None:
        try:
            merged = rebased(theirs, base, mine)  # e.g. their "other" type needs my notes
        except ValidationError as error:
            self.editor_error.show_message(error_text(error))
            return
        self._store(row, theirs, merged)

    def _remove_event(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        event = self._events[row]
        event_id = event.id or 0
        records = self.context.records
        done = self.save(completed(lambda: records.delete_adverse_event(event_id)))
        if done is not None:
            del self._events[row]
            self._fill_table(select=max(0, row - 1))
            name = event.label
            self.push_change(
                translate("AdverseEventsSection", "Remove adverse event {name}").format(name=name),
                undo=lambda: records.restore_adverse_event(event_id),
                redo=completed(lambda: records.delete_adverse_event(event_id)),
                message=translate(
                    "AdverseEventsSection", "Removed adverse event “{name}” — Ctrl+Z to undo"
                ).format(name=name),
            )
