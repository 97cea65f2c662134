"""InspectorDock: the details of the selected marker or zone, every field an undoable edit."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDockWidget,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bodymap.model import (
    Activity,
    Depth,
    PainQuality,
    PainZone,
    Side,
    TriggerPoint,
)
from bodymap.ui.canvas import side_override
from bodymap.ui.canvas.constants import CM2_PER_UNIT2, SITE_SNAP_DISTANCE, intensity_color
from bodymap.ui.canvas.editor import ChartEditor, EditNotSavedError, EditRefusedError
from bodymap.ui.canvas.form_widgets import (
    CARRY_LABELS,
    KIND_LABELS,
    TWITCH_LABELS,
    NotesEdit,
    choice_combo,
    compact_combo,
    select_data,
    signals_blocked,
)
from bodymap.ui.i18n import number, term, translate
from bodymap.ui.jump_slider import JumpSlider
from bodymap.ui.select_on_focus import install_select_on_focus
from bodymap.ui.theme import contrast_ratio, set_role


class InspectorDock(QDockWidget):
    """Shows and edits the selected trigger point or zone.

    Args:
        editor: turns field changes into undo commands.
        parent: the main window.
    """

    def __init__(self, editor: ChartEditor, parent: QWidget | None = None) -> None:
        super().__init__(translate("InspectorDock", "Inspector"), parent)
        self.setObjectName("InspectorDock")
        install_select_on_focus()
        self.editor = editor
        self.atlas = editor.atlas
        self.model = editor.model
        self._point_id: int | None = None
        self._zone_id: int | None = None
        #: Asks before a Side contradicting the drawn half is stored (tests answer it).
        self.confirm_side: side_override.Confirm = side_override.ask_with_message_box(self)
        self._stack = QStackedWidget()
        self._stack.addWidget(self._build_empty_page())
        self._stack.addWidget(self._build_point_page())
        self._stack.addWidget(self._build_zone_page())
        self.setWidget(self._stack)
        self.setMinimumWidth(280)
        for signal in (self.model.point_changed, self.model.point_moved, self.model.zone_changed):
            signal.connect(self._on_model_changed)
        self.model.point_removed.connect(self._on_removed)
        self.model.zone_removed.connect(self._on_removed)
        self.model.chart_reset.connect(self._on_reset)

    # -- pages ---------------------------------------------------------------------------------
    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        text = QLabel(
            translate(
                "InspectorDock",
                "<b>Nothing selected</b><p>Click a marker or a zone to see and edit its "
                "details.</p>"
                "<p><b>T</b> trigger point · <b>B</b> brush · <b>L</b> outline · <b>E</b> eraser · "
                "<b>K</b> link · <b>V</b> select</p>",
            )
        )
        text.setWordWrap(True)
        text.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(text)
        layout.addStretch(1)
        return page

    def _build_point_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        self._point_title = QLabel()
        set_role(self._point_title, "title")
        self._point_title.setWordWrap(True)
        outer.addWidget(self._point_title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)  # labels such as "Twitch response" must not touch fields
        self._muscle = compact_combo(QComboBox())
        self._muscle.setEditable(True)
        self._muscle.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for muscle in sorted(self.atlas.muscles.values(), key=lambda m: m.name):
            self._muscle.addItem(muscle.name, muscle.id)
        completer = QCompleter(self._muscle.model(), self._muscle)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._muscle.setCompleter(completer)
        self._muscle.activated.connect(
            lambda _i: self._set_point_muscle(self._muscle.currentData())
        )
        form.addRow(translate("InspectorDock", "&Muscle"), self._muscle)
        self._alternatives = QLabel()
        self._alternatives.setWordWrap(True)
        self._alternatives.linkActivated.connect(self._set_point_muscle)
        form.addRow(translate("InspectorDock", "Also here"), self._alternatives)
        self._side = choice_combo({s: s.value.capitalize() for s in Side})
        self._side.activated.connect(lambda _i: self._set_side(self._side.currentData()))
        form.addRow(translate("InspectorDock", "&Side"), self._side)
        self._side_note = QLabel()
        self._side_note.setWordWrap(True)
        set_role(self._side_note, "warning")
        self._side_note.setAccessibleName(translate("InspectorDock", "side override"))
        form.addRow("", self._side_note)
        self._activity = choice_combo({Activity.ACTIVE: "Active", Activity.LATENT: "Latent"})
        self._activity.activated.connect(
            lambda _i: self._edit_point(activity=self._activity.currentData())
        )
        form.addRow(translate("InspectorDock", "Stat&us"), self._activity)
        self._twitch = choice_combo(TWITCH_LABELS)
        self._twitch.activated.connect(
            lambda _i: self._edit_point(twitch=self._twitch.currentData())
        )
        form.addRow(translate("InspectorDock", "T&witch"), self._twitch)
        self._tenderness = QSpinBox()
        self._tenderness.setRange(-1, 10)
        self._tenderness.setSpecialValueText(translate("InspectorDock", "not rated"))
        self._tenderness.setSuffix(" / 10")
        self._tenderness.editingFinished.connect(self._commit_tenderness)
        form.addRow(translate("InspectorDock", "Te&nderness"), self._tenderness)
        self._familiar = QCheckBox(translate("InspectorDock", "Reproduces the familiar pain"))
        self._familiar.toggled.connect(lambda on: self._edit_point(familiar_pain=on))
        form.addRow("", self._familiar)
        self._point_carry = choice_combo(CARRY_LABELS)
        self._point_carry.activated.connect(
            lambda _i: self._edit_point(carry=self._point_carry.currentData())
        )
        form.addRow(translate("InspectorDock", "Since &last visit"), self._point_carry)
        site_box = QWidget()
        site_row = QHBoxLayout(site_box)
        site_row.setContentsMargins(0, 0, 0, 0)
        self._site_label = QLabel()
        self._site_label.setWordWrap(True)
        self._snap = QPushButton(translate("InspectorDock", "Snap"))
        self._snap.setToolTip(
            translate("InspectorDock", "Move the marker onto the catalogue site (S)")
        )
        self._snap.clicked.connect(self.snap_selected)
        site_row.addWidget(self._site_label, 1)
        site_row.addWidget(self._snap)
        form.addRow(translate("InspectorDock", "Catalogue site"), site_box)
        self._point_notes = NotesEdit()
        self._point_notes.installEventFilter(self)
        form.addRow(translate("InspectorDock", "N&otes"), self._point_notes)
        outer.addLayout(form)
        outer.addStretch(1)
        return page

    def _build_zone_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        self._zone_title = QLabel()
        set_role(self._zone_title, "title")
        self._zone_title.setWordWrap(True)
        outer.addWidget(self._zone_title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)  # labels such as "Twitch response" must not touch fields
        self._kind = choice_combo(KIND_LABELS)
        self._kind.activated.connect(lambda _i: self._edit_zone(kind=self._kind.currentData()))
        form.addRow(translate("InspectorDock", "&Kind"), self._kind)
        intensity_box = QWidget()
        intensity_row = QHBoxLayout(intensity_box)
        intensity_row.setContentsMargins(0, 0, 0, 0)
        self._intensity = JumpSlider(Qt.Orientation.Horizontal)
        self._intensity.setRange(0, 10)
        self._intensity.setPageStep(1)
        self._intensity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._intensity.setTickInterval(1)
        self._intensity_value = QLabel()
        self._intensity_value.setMinimumWidth(44)
        self._intensity_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._intensity.valueChanged.connect(self._intensity_moved)
        self._intensity.sliderReleased.connect(self._commit_intensity)
        intensity_row.addWidget(self._intensity, 1)
        intensity_row.addWidget(self._intensity_value)
        form.addRow(translate("InspectorDock", "Intensit&y"), intensity_box)
        intensity_label = form.labelForField(intensity_box)
        if isinstance(intensity_label, QLabel):
            intensity_label.setBuddy(self._intensity)
        self._quality = choice_combo({None: "—", **{q: q.value.capitalize() for q in PainQuality}})
        self._quality.activated.connect(
            lambda _i: self._edit_zone(quality=self._quality.currentData())
        )
        form.addRow(translate("InspectorDock", "&Quality"), self._quality)
        self._depth = choice_combo({Depth.SUPERFICIAL: "Superficial", Depth.DEEP: "Deep"})
        self._depth.activated.connect(lambda _i: self._edit_zone(depth=self._depth.currentData()))
        form.addRow(translate("InspectorDock", "&Depth"), self._depth)
        self._source = compact_combo(QComboBox())
        self._source.activated.connect(lambda _i: self._link(self._source.currentData()))
        form.addRow(translate("InspectorDock", "&Referred from"), self._source)
        self._zone_carry = choice_combo(CARRY_LABELS)
        self._zone_carry.activated.connect(
            lambda _i: self._edit_zone(carry=self._zone_carry.currentData())
        )
        form.addRow(translate("InspectorDock", "Since &last visit"), self._zone_carry)
        self._zone_notes = NotesEdit()
        self._zone_notes.installEventFilter(self)
        form.addRow(translate("InspectorDock", "N&otes"), self._zone_notes)
        outer.addLayout(form)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setForegroundRole(QPalette.ColorRole.Mid)
        outer.addWidget(line)
        outer.addStretch(1)
        return page

    # -- showing -------------------------------------------------------------------------------
    def show_selection(self, point_id: int | None, zone_id: int | None) -> None:
        """Show the given mark (a point wins over a zone), or the empty page."""
        self._point_id = point_id if point_id in self.model.points else None
        self._zone_id = zone_id if self._point_id is None and zone_id in self.model.zones else None
        if self._point_id is not None:
            self._show_point(self.model.point(self._point_id))
            self._stack.setCurrentIndex(1)
        elif self._zone_id is not None:
            self._show_zone(self.model.zone(self._zone_id))
            self._stack.setCurrentIndex(2)
        else:
            self._stack.setCurrentIndex(0)
        editable = not self.model.read_only
        for index in (1, 2):
            page = self._stack.widget(index)
            assert page is not None
            for child in page.findChildren(QWidget):
                if not isinstance(child, QLabel) or child is self._alternatives:
                    child.setEnabled(editable)

    def _show_point(self, point: TriggerPoint) -> None:
        with signals_blocked(
            self._muscle,
            self._side,
            self._activity,
            self._twitch,
            self._tenderness,
            self._familiar,
            self._point_carry,
            self._point_notes,
        ):
            self._fill_point(point)

    def _fill_point(self, point: TriggerPoint) -> None:
        name = self.atlas.muscle_name(point.muscle)
        self._point_title.setText(f"#{point.number}  {name} ({term(point.side.value)})")
        select_data(self._muscle, point.muscle)
        select_data(self._side, point.side)
        note = side_override.override_note(point, side_override.drawn_side(self.atlas, point))
        self._side_note.setText(note)
        self._side_note.setVisible(bool(note))
        select_data(self._activity, point.activity)
        select_data(self._twitch, point.twitch)
        self._tenderness.setValue(-1 if point.tenderness is None else point.tenderness)
        self._familiar.setChecked(point.familiar_pain)
        select_data(self._point_carry, point.carry)
        if self._point_notes.toPlainText() != point.notes:
            self._point_notes.setPlainText(point.notes)
        hit = self.atlas.hit(point.view, point.x, point.y)
        # Other muscles only: the point's own muscle is never its own alternative, whatever
        # its side or how many layers of it lie under the point.
        others = list({m.muscle: m for m in hit.muscles if m.muscle != point.muscle}.values())
        self._alternatives.setText(
            ", ".join(f'<a href="{m.muscle}">{m.name}</a> ({m.layer.value})' for m in others)
            or "<i>no other charted muscle</i>"
        )
        site = self.atlas.nearest_site(point.view, point.x, point.y, SITE_SNAP_DISTANCE)
        if point.site and point.site in self.atlas.sites:
            self._site_label.setText(self.atlas.sites[point.site].name)
            self._snap.setEnabled(False)
        elif site is not None:
            self._site_label.setText(
                translate("InspectorDock", "Near: {name}").format(name=site.name)
            )
            self._snap.setEnabled(not self.model.read_only)
        else:
            self._site_label.setText(translate("InspectorDock", "<i>none nearby</i>"))
            self._snap.setEnabled(False)

    def _show_zone(self, zone: PainZone) -> None:
        with signals_blocked(
            self._kind,
            self._intensity,
            self._quality,
            self._depth,
            self._source,
            self._zone_carry,
            self._zone_notes,
        ):
            self._fill_zone(zone)

    def _fill_zone(self, zone: PainZone) -> None:
        self._zone_title.setText(
            translate("InspectorDock", "Pain zone · {view} · {area} cm²").format(
                view=term(zone.view.value), area=number(zone.area * CM2_PER_UNIT2)
            )
        )
        select_data(self._kind, zone.kind)
        self._intensity.setValue(zone.intensity)
        self._paint_intensity(zone.intensity)
        select_data(self._quality, zone.quality)
        select_data(self._depth, zone.depth)
        self._source.clear()
        self._source.addItem(translate("InspectorDock", "— not linked —"), None)
        for point in sorted(self.model.points.values(), key=lambda p: p.number):
            label = (
                f"#{point.number} {self.atlas.muscle_name(point.muscle)} ({term(point.side.value)})"
            )
            self._source.addItem(label, point.id)
        select_data(self._source, zone.source_point_id)
        select_data(self._zone_carry, zone.carry)
        if self._zone_notes.toPlainText() != zone.notes:
            self._zone_notes.setPlainText(zone.notes)

    def _paint_intensity(self, value: int) -> None:
        color = intensity_color(value)
        white, black = QColor("#ffffff"), QColor("#000000")
        ink = "white" if contrast_ratio(color, white) > contrast_ratio(color, black) else "black"
        self._intensity_value.setText(f"{value} / 10")
        self._intensity_value.setStyleSheet(
            f"background: {color.name()}; color: {ink}; border-radius: 4px; padding: 2px 4px;"
        )

    def _on_reset(self) -> None:
        self.show_selection(None, None)

    def _on_model_changed(self, mark_id: int) -> None:
        self.show_selection(self._point_id, self._zone_id)

    def _on_removed(self, mark_id: int) -> None:
        self.show_selection(self._point_id, self._zone_id)

    # -- editing -------------------------------------------------------------------------------
    def _run(self, action: Any) -> None:
        try:
            action()
        except EditRefusedError as exc:
            if not isinstance(exc, EditNotSavedError):  # else its reason is already shown
                self.model.report_failure(str(exc))
            self.show_selection(self._point_id, self._zone_id)

    def _edit_point(self, **changes: Any) -> None:
        if self._point_id is None:
            return
        old = self.model.point(self._point_id)
        new = replace(old, **changes)
        field = next(iter(changes)).replace("_", " ")
        self._run(
            lambda: self.editor.update_point(
                new,
                translate("InspectorDock", "Set {field} of #{number}").format(
                    field=field, number=old.number
                ),
            )
        )

    def _set_side(self, side: object) -> None:
        """A Side against the drawn half is stored only when confirmed, as an override."""
        if self._point_id is None or side not in {s.value for s in Side}:
            return
        side = Side(side)  # the combo hands the enum back as its string value
        point = self.model.point(self._point_id)
        drawn = side_override.drawn_side(self.atlas, point)
        if drawn is not None and side_override.contradicts(drawn, side):
            name = self.atlas.muscle_name(point.muscle)
            text = side_override.question(point, drawn, side, name)
            if not self.confirm_side(translate("InspectorDock", "Side against the drawing"), text):
                self.show_selection(self._point_id, self._zone_id)  # back to the stored side
                return
            self._edit_point(side=side, side_override=True)
        else:
            self._edit_point(side=side, side_override=False)

    def _set_point_muscle(self, muscle_id: object) -> None:
        if self._point_id is None or not isinstance(muscle_id, str):
            return
        point = self.model.point(self._point_id)
        hit = self.atlas.hit(point.view, point.x, point.y)
        side = next((m.side for m in hit.muscles if m.muscle == muscle_id), point.side)
        self._edit_point(muscle=muscle_id, side=side, side_override=False)

    def _commit_tenderness(self) -> None:
        value = self._tenderness.value()
        self._edit_point(tenderness=None if value < 0 else value)

    def snap_selected(self) -> None:
        """Snap the selected marker onto the nearest catalogue site."""
        if self._point_id is None:
            return
        point = self.model.point(self._point_id)
        site = self.atlas.nearest_site(point.view, point.x, point.y, SITE_SNAP_DISTANCE)
        if site is not None:
            point_id = self._point_id
            self._run(lambda: self.editor.snap_point(point_id, site))

    def _edit_zone(self, **changes: Any) -> None:
        if self._zone_id is None:
            return
        old = self.model.zone(self._zone_id)
        new = replace(old, **changes)
        field = next(iter(changes)).replace("_", " ")
        self._run(
            lambda: self.editor.update_zone(
                new, translate("InspectorDock", "Set zone {field}").format(field=field)
            )
        )

    def _intensity_moved(self, value: int) -> None:
        self._paint_intensity(value)
        if not self._intensity.isSliderDown():
            self._commit_intensity()  # keyboard or click on the groove: one step each

    def _commit_intensity(self) -> None:
        self._edit_zone(intensity=self._intensity.value())

    def _link(self, point_id: object) -> None:
        if self._zone_id is None:
            return
        zone_id = self._zone_id
        self._run(
            lambda: self.editor.link(point_id if isinstance(point_id, int) else None, zone_id)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Commit notes when the notes box loses focus."""
        if event.type() == QEvent.Type.FocusOut:
            if watched is self._point_notes:
                self._edit_point(notes=self._point_notes.toPlainText())
            elif watched is self._zone_notes:
                self._edit_zone(notes=self._zone_notes.toPlainText())
        return super().eventFilter(watched, event)
