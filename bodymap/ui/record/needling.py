"""The Needling section: one procedure record per treated trigger point, with safety prompts."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bodymap.anatomy import needling_hints
from bodymap.errors import BodyMapError
from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model import Activity, TriggerPoint, ValidationError
from bodymap.model.catalog_lists import TECHNIQUE_LABELS
from bodymap.model.needling import NeedlingRecord
from bodymap.model.rules import (
    is_thorax_risk,
    needling_block_reason,
)
from bodymap.storage.errors import EditConflictError
from bodymap.ui.accessibility import tab_leaves
from bodymap.ui.conflict import ConflictBar, field_label
from bodymap.ui.i18n import term, translate
from bodymap.ui.record.forms import (
    FieldError,
    error_text,
    fit_table_height,
    section_header,
    selected_table_row,
)
from bodymap.ui.record.needling_editor import NeedlingEditor
from bodymap.ui.record.needling_safety import confirm_both_sides, safety_lines
from bodymap.ui.record.section import Prompter, RecordSection, completed, muted_label
from bodymap.ui.record.versioned import others_changed, rebased
from bodymap.ui.theme import colour, set_role

COLUMNS = (
    QT_TRANSLATE_NOOP("Terms", "Trigger point"),
    QT_TRANSLATE_NOOP("Terms", "Needle"),
    QT_TRANSLATE_NOOP("Terms", "Technique"),
    QT_TRANSLATE_NOOP("Terms", "Insertions"),
    QT_TRANSLATE_NOOP("Terms", "Twitches"),
    QT_TRANSLATE_NOOP("Terms", "In / out"),
)


class NeedlingSection(RecordSection):
    """Needling records of the visit's trigger points, each edited in the form below the table.

    Args:
        prompter: asks the clinician yes/no questions (the thorax prompts); tests pass their own.
        parent: the owning widget.
    """

    title = QT_TRANSLATE_NOOP("Terms", "Needling")
    hint = QT_TRANSLATE_NOOP(
        "Terms",
        "Pick a charted trigger point, add it, then fill in the procedure; each change is saved.",
    )

    def __init__(self, prompter: Prompter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompter = prompter or Prompter(self)
        self._records: list[NeedlingRecord] = []
        self._points: dict[int, TriggerPoint] = {}
        self.point_combo = QComboBox()
        # Sized by a few words, not by the longest title (which made the page scroll sideways);
        # a cut title shows in full in its tooltip and in the open list.
        self.point_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.point_combo.setMinimumContentsLength(18)
        self.point_combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.add_button = QPushButton(translate("NeedlingSection", "&Add needling"))
        self.add_button.clicked.connect(self.add_for_selected_point)
        self.remove_button = QPushButton(translate("NeedlingSection", "Re&move"))
        self.remove_button.clicked.connect(self._remove_selected)
        self._picker = picker = QHBoxLayout()
        label = QLabel(translate("NeedlingSection", "Tri&gger point:"))
        label.setBuddy(self.point_combo)
        picker.addWidget(label)
        picker.addWidget(self.point_combo, 1)
        picker.addWidget(self.add_button)
        picker.addWidget(self.remove_button)
        self.body.addLayout(picker)
        self.needle_all_button = QPushButton(
            translate("NeedlingSection", "Needle all active trigger points")
        )
        self.needle_all_button.setToolTip(
            translate(
                "NeedlingSection",
                "One needling record per active trigger point not yet recorded, each with the "
                "needle, position and technique suggested for its muscle — then adjust",
            )
        )
        self.needle_all_button.clicked.connect(self.needle_all_active)
        self._all_row = all_row = QHBoxLayout()
        all_row.addWidget(self.needle_all_button)
        all_row.addStretch(1)
        self.body.addLayout(all_row)
        self.body.addWidget(self.save_error)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([term(c) for c in COLUMNS])
        self.table.setAccessibleName(translate("NeedlingSection", "Needling records"))
        tab_leaves(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.body.addWidget(self.table)
        self.safety_note = QLabel()
        self.safety_note.setWordWrap(True)
        set_role(self.safety_note, "info-box")
        self.body.addWidget(self.safety_note)
        self.conflict_bar = ConflictBar()
        self.body.addWidget(self.conflict_bar)
        #: The save in flight: table row, the record as read, the record as edited.
        self._pending: tuple[int, NeedlingRecord, NeedlingRecord] | None = None
        self.editor_header = section_header(translate("NeedlingSection", "Procedure"))
        self.body.addWidget(self.editor_header)
        self.editor = NeedlingEditor()
        self.editor.edited.connect(self._save_editor)
        self.body.addWidget(self.editor)
        self.empty_note = muted_label(
            translate(
                "NeedlingSection",
                "No needling recorded. Chart trigger points on the Chart page, then add them here.",
            )
        )
        self.body.addWidget(self.empty_note)
        self.body.addStretch(1)

    def set_compact(self, compact: bool) -> None:
        """Stack the procedure form's columns on a narrow page; Add and Remove go below."""
        self.editor.set_compact(compact)
        target = self._all_row if compact else self._picker
        for index, button in enumerate((self.add_button, self.remove_button)):
            target.insertWidget(index if compact else target.count(), button)

    def load(self) -> None:
        """List the visit's trigger points and its needling records."""
        chart = self.context.chart
        self._points = {tp.id: tp for tp in chart.trigger_points if tp.id is not None}
        self.point_combo.clear()
        for point in sorted(self._points.values(), key=lambda p: p.number):
            title = self.point_title(point)
            self.point_combo.addItem(title, point.id)
            self.point_combo.setItemData(
                self.point_combo.count() - 1, title, Qt.ItemDataRole.ToolTipRole
            )
        self._records = list(self.context.records.list_needling(self.context.visit_id))
        self.conflict_bar.hide()
        self._fill_table(select=0)

    def point_title(self, point: TriggerPoint) -> str:
        """E.g. "#2 Upper trapezius, right — central (free border)"."""
        name = self.context.atlas.muscle_name(point.muscle)
        site = self.context.atlas.sites.get(point.site) if point.site else None
        where = ""
        if site is not None:
            # Site names repeat the muscle ("Upper trapezius, central"): keep only the part.
            part = site.name.removeprefix(f"{name}, ")
            where = f" — {part}"
        thorax = translate("NeedlingSection", "  ⚠ thorax") if self._is_thorax(point) else ""
        return f"#{point.number} {name}, {term(point.side.value)}{where}{thorax}"

    def _is_thorax(self, point: TriggerPoint) -> bool:
        return is_thorax_risk(point, self.context.thorax_risk)

    def _fill_table(self, select: int | None) -> None:
        self.table.setRowCount(len(self._records))
        for row, record in enumerate(self._records):
            point = self._points.get(record.trigger_point_id)
            title = self.point_title(point) if point else f"Trigger point {record.trigger_point_id}"
            cells = (
                title,
                record.needle_label,
                TECHNIQUE_LABELS[record.technique],
                str(record.insertions),
                str(record.twitch_responses),
                f"{record.needles_in} / {record.needles_out}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(term(text))
                if column == 5 and not record.counts_match:
                    item.setForeground(colour("error"))
                    item.setToolTip(
                        translate(
                            "NeedlingSection", "Needle counts differ: the visit cannot be signed"
                        )
                    )
                self.table.setItem(row, column, item)
        fit_table_height(self.table)
        has_records = bool(self._records)
        for widget in (self.table, self.editor, self.editor_header, self.safety_note):
            widget.setVisible(has_records)
        self.empty_note.setVisible(not has_records)
        self.remove_button.setEnabled(has_records and not self.context.signed)
        if has_records and select is not None:
            self.table.selectRow(min(select, len(self._records) - 1))
            self._show_selected()

    def selected_row(self) -> int | None:
        """Index of the selected needling record, or None."""
        return selected_table_row(self.table)

    def _show_selected(self) -> None:
        row = self.selected_row()
        if row is None or row >= len(self._records):
            return
        record = self._records[row]
        point = self._points.get(record.trigger_point_id)
        self.editor.show_record(record)
        self.editor.set_thorax_risk(bool(point and self._is_thorax(point)))
        self._show_safety(point)

    def _show_safety(self, point: TriggerPoint | None) -> None:
        if point is None:
            self.safety_note.setText(
                translate("NeedlingSection", "This trigger point is no longer on the chart.")
            )
            return
        thorax = self._is_thorax(point)
        lines = safety_lines(self.context.atlas, point, self._hint(point), thorax)
        if thorax:
            set_role(self.safety_note, "danger-box")
        else:
            set_role(self.safety_note, "info-box")
        self.safety_note.setText("<br>".join(lines))

    def add_for_selected_point(self) -> None:
        """Add a needling record for the trigger point chosen in the picker, after the prompts."""
        point = self._points.get(self.point_combo.currentData())
        if point is None:
            self.save_error.show_message(
                translate("NeedlingSection", "Chart a trigger point first, then pick it here.")
            )
            return
        try:
            record = self.context.records.load_record(self.context.visit_id)
        except BodyMapError as error:
            self.save_error.show_message(
                translate("NeedlingSection", "Not saved: {error}").format(error=error)
            )
            return
        blocked = needling_block_reason(record.screening)
        if blocked:
            self.save_error.show_message(blocked)
            return
        if not self._confirm_sides(point):
            return
        new = self._new_record(point)
        added = self.save(lambda: self.context.records.add_needling(new))
        if added is not None:
            self._records.append(added)
            self._fill_table(select=len(self._records) - 1)
            self._push_added([added])

    def needle_all_active(self) -> None:
        """Add a suggested record for every active trigger point that has none yet."""
        recorded = {r.trigger_point_id for r in self._records}
        points = [
            p
            for p in sorted(self._points.values(), key=lambda p: p.number)
            if p.activity is Activity.ACTIVE and p.id not in recorded
        ]
        if not points:
            self.save_error.show_message(
                translate("NeedlingSection", "Every active trigger point already has a record.")
            )
            return
        try:
            record = self.context.records.load_record(self.context.visit_id)
        except BodyMapError as error:
            self.save_error.show_message(
                translate("NeedlingSection", "Not saved: {error}").format(error=error)
            )
            return
        blocked = needling_block_reason(record.screening)
        if blocked:
            self.save_error.show_message(blocked)
            return
        thorax = [p for p in points if self._is_thorax(p)]
        if not self._confirm_sides_of(thorax):
            return
        aftercare = bool(thorax) and self.prompter.confirm(
            translate("NeedlingSection", "Needling over the thorax"),
            translate(
                "NeedlingSection",
                "{len} of these points lie over the lung. Has the patient been told the warning "
                "signs of a pneumothorax (breathlessness, chest or shoulder-blade pain on "
                "breathing, dry cough, possibly hours later) and to seek urgent care if they "
                "occur?",
            ).format(len=len(thorax)),
        )
        first = len(self._records)
        for point in points:
            new = self._suggested_record(point, aftercare and self._is_thorax(point))
            added = self.save(partial(self.context.records.add_needling, new))
            if added is None:
                break
            self._records.append(added)
        self._fill_table(select=first)
        self._push_added(self._records[first:])

    def _confirm_sides(self, point: TriggerPoint) -> bool:
        """Ask for, and record, the reason to needle both sides of the thorax in one visit."""
        if not self._is_thorax(point):
            return True
        return self._confirm_sides_of([point])

    def _confirm_sides_of(self, points: list[TriggerPoint]) -> bool:
        """The bilateral-thorax reason for adding ``points`` (thorax-risk points) at once."""
        return confirm_both_sides(self, points)

    def _new_record(self, point: TriggerPoint) -> NeedlingRecord:
        assert point.id is not None
        aftercare = False
        if self._is_thorax(point):
            aftercare = self.prompter.confirm(
                translate("NeedlingSection", "Needling over the thorax"),
                translate(
                    "NeedlingSection",
                    "This point lies over the lung. Has the patient been told the warning signs "
                    "of a "
                    "pneumothorax (breathlessness, chest or shoulder-blade pain on breathing, dry "
                    "cough, possibly hours later) and to seek urgent care if they occur?",
                ),
            )
        return self._suggested_record(point, aftercare)

    def _hint(self, point: TriggerPoint) -> needling_hints.NeedlingHint | None:
        atlas = self.context.atlas
        return needling_hints.suggest(
            atlas.sites, atlas.sites_for_muscle, point.muscle, point.side, point.site
        )

    def _suggested_record(self, point: TriggerPoint, aftercare: bool) -> NeedlingRecord:
        """A record for ``point`` as its catalogue site suggests: every needle in comes out.

        Without a catalogue suggestion the needle, position and technique are placeholders the
        safety note asks the clinician to set (a record cannot be stored without them).
        """
        return needling_hints.starting_record(
            point, self._hint(point), self.context.visit_id, aftercare=aftercare
        )

    def _save_editor(self) -> None:
        row = self.selected_row()
        if row is None or self.is_loading:
            return
        try:
            record = self.editor.build()
        except ValidationError as error:
            self.editor.show_error(error.field, error_text(error))
            return
        self.editor.show_error(None, "")
        self._store(row, self._records[row], record)

    def _store(self, row: int, base: NeedlingRecord, mine: NeedlingRecord) -> None:
        """Save only what changed from ``base`` (as read); a clash opens the conflict bar."""
        self._pending = (row, base, mine)
        records = self.context.records
        updated = self.save(lambda: records.update_needling(mine, base=base))
        if updated is not None:
            self._show_stored(row, updated, refill=others_changed(base, mine, updated))
            self.push_change(
                translate("NeedlingSection", "Edit needling {title}").format(
                    title=self._record_title(updated)
                ),
                undo=partial(self._overwrite, base),
                redo=partial(self._overwrite, updated),
            )

    def _overwrite(self, values: NeedlingRecord) -> NeedlingRecord:
        """Store ``values`` over whatever the record holds now (an undo or redo)."""
        records = self.context.records
        current = next(r for r in records.list_needling(self.context.visit_id) if r.id == values.id)
        return records.update_needling(values, base=current)

    def _show_stored(self, row: int, stored: NeedlingRecord, refill: bool) -> None:
        """Remember ``stored``; with ``refill``, show it in the form too."""
        self._records[row] = stored
        self._refresh_row(row)
        if refill and self.selected_row() == row:
            self.editor.show_record(stored)  # changes saved meanwhile on another workstation

    def on_conflict(self, conflict: EditConflictError[Any], target: FieldError) -> None:
        """Another workstation changed the same fields of this record: ask, in place."""
        assert self._pending is not None
        row, base, mine = self._pending
        theirs: NeedlingRecord = conflict.theirs
        self.conflict_bar.show_conflict(
            conflict,
            keep_mine=lambda: self._keep_mine(row, base, mine, theirs),
            take_theirs=lambda: self._show_stored(row, theirs, refill=True),
            their_text=_their_values(theirs, conflict.fields),
        )

    def _refresh_row(self, row: int) -> None:
        self.table.blockSignals(True)
        try:
            self._fill_table(select=None)
            self.table.selectRow(row)
        finally:
            self.table.blockSignals(False)

    def _remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        record = self._records[row]
        if record.id is None:
            return
        record_id = record.id
        records = self.context.records
        removed = self.save(completed(lambda: records.delete_needling(record_id)))
        if removed:
            del self._records[row]
            self._fill_table(select=max(0, row - 1))
            title = self._record_title(record)
            self.push_change(
                translate("NeedlingSection", "Remove needling {title}").format(title=title),
                undo=lambda: records.restore_needling(record_id),
                redo=completed(lambda: records.delete_needling(record_id)),
                message=translate(
                    "NeedlingSection", "Removed needling {title} — Ctrl+Z to undo"
                ).format(title=title),
            )

    def _record_title(self, record: NeedlingRecord) -> str:
        point = self._points.get(record.trigger_point_id)
        return self.point_title(point) if point else f"#{record.trigger_point_id}"

    def _push_added(self, added: list[NeedlingRecord]) -> None:
        """Adding records is undoable: undo removes them (stored, restorable), redo restores."""
        ids = [r.id for r in added if r.id is not None]
        records = self.context.records
        text = (
            translate("NeedlingSection", "Add needling {title}").format(
                title=self._record_title(added[0])
            )
            if len(ids) == 1
            else translate("NeedlingSection", "Needle all active trigger points")
        )
        self.push_change(
            text,
            undo=completed(partial(_each, records.delete_needling, ids)),
            redo=completed(partial(_each, records.restore_needling, ids)),
        )

    def _keep_mine(
        self, row: int, base: NeedlingRecord, mine: NeedlingRecord, theirs: NeedlingRecord
    ) -> None:
        try:
            merged = rebased(theirs, base, mine)  # the mix may break a rule: say which
        except ValidationError as error:
            self.editor.show_error(error.field, error_text(error))
            return
        self._store(row, theirs, merged)


def _each(write: Callable[[int], object], ids: list[int]) -> None:
    """Run ``write`` for every record id (undo or redo of adding several records)."""
    for record_id in ids:
        write(record_id)


def _their_values(theirs: NeedlingRecord, columns: tuple[str, ...]) -> str:
    """Their values of the clashing columns; stimulation settings live in ``electrical``."""
    electrical = {
        "frequency_hz": "frequency_hz",
        "pulse_width_us": "pulse_width_us",
        "intensity_ma": "intensity_ma",
        "stimulation_minutes": "minutes",
    }
    lines = []
    for column in columns:
        if column in electrical:
            value = getattr(theirs.electrical, electrical[column], None)
        else:
            value = getattr(theirs, column, None)
        shown = getattr(value, "value", value)
        lines.append(
            f"Their {field_label(column)}: {shown if shown not in (None, '') else '(empty)'}"
        )
    return "\n".join(lines)
