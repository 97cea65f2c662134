"""The main window's actions and menus, with shortcuts shown in menus and tooltips."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model.views import ALL_VIEWS_MODE, layout_views, view_spec
from bodymap.ui.canvas.tools import ToolKind
from bodymap.ui.i18n import term, translate
from bodymap.ui.icons import make_icon

#: Tool labels and single-key shortcuts (keys a clinician can hit with the other hand).
TOOL_INFO: dict[ToolKind, tuple[str, str, str]] = {
    ToolKind.SELECT: (
        QT_TRANSLATE_NOOP("Terms", "&Select / move"),
        "V",
        QT_TRANSLATE_NOOP("Terms", "Select a mark; drag a marker to move it"),
    ),
    ToolKind.TRIGGER_POINT: (
        QT_TRANSLATE_NOOP("Terms", "&Trigger point"),
        "T",
        QT_TRANSLATE_NOOP("Terms", "Click on the body to place a trigger point"),
    ),
    ToolKind.BRUSH: (
        QT_TRANSLATE_NOOP("Terms", "&Brush"),
        "B",
        QT_TRANSLATE_NOOP("Terms", "Paint a pain zone freehand ([ and ] change the width)"),
    ),
    ToolKind.LASSO: (
        QT_TRANSLATE_NOOP("Terms", "&Outline"),
        "L",
        QT_TRANSLATE_NOOP("Terms", "Draw around a pain area to make a zone"),
    ),
    ToolKind.ERASER: (
        QT_TRANSLATE_NOOP("Terms", "&Eraser"),
        "E",
        QT_TRANSLATE_NOOP("Terms", "Rub out part of a pain zone"),
    ),
    ToolKind.LINK: (
        QT_TRANSLATE_NOOP("Terms", "Referral &link"),
        "K",
        QT_TRANSLATE_NOOP("Terms", "Drag from a trigger point to the zone it refers to"),
    ),
}


def _action(
    window: QMainWindow,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    plain = text.replace("&", "").rstrip("…")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tooltip = f"{tip or plain} ({keys})" if keys else (tip or plain)
    action.setToolTip(tooltip)
    action.setStatusTip(tip or plain)
    return action


@dataclass
class WindowActions:
    """Every action of the main window, built once and shared by menus and toolbars."""

    new_patient: QAction
    edit_patient: QAction
    archive_patient: QAction
    show_archived: QAction
    clinicians: QAction
    preferences: QAction
    new_visit: QAction
    new_visit_from_previous: QAction
    audit_trail: QAction
    export_note: QAction
    export_report: QAction
    export_archive: QAction
    import_archive: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    delete: QAction
    snap: QAction
    #: View mode ("both", then each view's stored name) -> its checkable action.
    view_modes: dict[str, QAction]
    zoom_in: QAction
    zoom_out: QAction
    zoom_fit: QAction
    ghost: QAction
    legend: QAction
    hide_referral: QAction
    tools: dict[ToolKind, QAction]
    brush_wider: QAction
    brush_narrower: QAction
    about: QAction


#: Redo answers both conventions (Ctrl+Y, and Ctrl+Shift+Z that Linux and macOS use).
REDO_KEYS = ("Ctrl+Y", "Ctrl+Shift+Z")


def build_actions(window: QMainWindow, undo_group: QUndoGroup) -> WindowActions:
    """Create the actions; undo/redo follow the front tab's stack and name its edit."""
    undo = undo_group.createUndoAction(window, translate("Actions", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = undo_group.createRedoAction(window, translate("Actions", "&Redo"))
    redo.setShortcuts([QKeySequence(keys) for keys in REDO_KEYS])
    views = QActionGroup(window)
    view_modes: dict[str, QAction] = {}
    # Ctrl+digit: the plain digits 0-9 set a zone's pain intensity on the chart.
    entries = [
        (
            ALL_VIEWS_MODE,
            translate("Actions", "&Both views"),
            "Ctrl+1",
            translate("Actions", "Both"),
        )
    ]
    specs = [view_spec(view) for view in layout_views()]
    entries += [
        (spec.key.value, term(spec.menu_text), spec.shortcut, term(spec.title)) for spec in specs
    ]
    for mode, text, key, short in entries:
        action = _action(window, text, key)
        action.setCheckable(True)
        action.setIconText(short)
        views.addAction(action)
        view_modes[mode] = action
    tool_group = QActionGroup(window)
    tools = {}
    for kind, (text, key, tip) in TOOL_INFO.items():
        action = _action(window, term(text), key, term(tip))
        action.setCheckable(True)
        action.setData(kind.value)
        tool_group.addAction(action)
        tools[kind] = action
    ghost = _action(
        window,
        translate("Actions", "&Ghost of previous visit"),
        "G",
        translate("Actions", "Show the previous visit faintly"),
    )
    ghost.setCheckable(True)
    legend = _action(
        window,
        translate("Actions", "&Legend"),
        "Ctrl+Shift+L",
        translate("Actions", "Show the legend on the map"),
    )
    legend.setCheckable(True)
    show_archived = _action(
        window,
        translate("Actions", "&Show archived patients"),
        tip=translate("Actions", "List archived patients too, greyed"),
    )
    show_archived.setCheckable(True)
    preferences = _action(
        window,
        translate("Actions", "Pre&ferences…"),
        "Ctrl+,",
        translate("Actions", "Clinic name and who is charting"),
    )
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    built = WindowActions(
        new_patient=_action(window, translate("Actions", "New &patient…"), "Ctrl+Shift+N"),
        edit_patient=_action(
            window,
            translate("Actions", "&Edit patient…"),
            "Ctrl+E",
            translate("Actions", "Edit the selected patient's details"),
        ),
        archive_patient=_action(
            window,
            translate("Actions", "&Archive patient…"),
            tip=translate("Actions", "Hide the patient from the list (never deleted)"),
        ),
        show_archived=show_archived,
        clinicians=_action(
            window,
            translate("Actions", "&Clinicians…"),
            tip=translate("Actions", "Add or edit clinicians and choose who is charting"),
        ),
        preferences=preferences,
        new_visit=_action(
            window,
            translate("Actions", "New &visit…"),
            QKeySequence.StandardKey.New,
            translate("Actions", "Start a visit for the patient"),
        ),
        new_visit_from_previous=_action(
            window,
            translate("Actions", "New visit from p&revious…"),
            "Ctrl+Alt+N",
            translate("Actions", "Start a visit with the previous visit's marks carried forward"),
        ),
        audit_trail=_action(
            window,
            translate("Actions", "Visit &audit trail…"),
            tip=translate("Actions", "Every recorded change to this visit: who and when"),
        ),
        export_note=_action(
            window,
            translate("Actions", "&Export note…"),
            "Ctrl+Shift+P",  # Ctrl+P is File › Print…
            translate("Actions", "Export this visit as a PDF note"),
        ),
        export_report=_action(
            window,
            translate("Actions", "Export progress &report…"),
            "Ctrl+Shift+E",
            translate("Actions", "Export the patient's progress over visits as a PDF"),
        ),
        export_archive=_action(
            window,
            translate("Actions", "Export &archive…"),
            tip=translate(
                "Actions",
                "Write patients with every visit, record and audit trail to a JSON archive",
            ),
        ),
        import_archive=_action(
            window,
            translate("Actions", "&Import archive…"),
            tip=translate("Actions", "Add the records of a BodyMap archive, all or nothing"),
        ),
        quit=_action(window, translate("Actions", "&Quit"), QKeySequence.StandardKey.Quit),
        undo=undo,
        redo=redo,
        delete=_action(
            window,
            translate("Actions", "&Delete"),
            QKeySequence.StandardKey.Delete,
            translate("Actions", "Delete the selected mark"),
        ),
        snap=_action(
            window,
            translate("Actions", "Snap to catalogue &site"),
            "S",
            translate("Actions", "Move the marker onto the nearby site"),
        ),
        view_modes=view_modes,
        zoom_in=_action(window, translate("Actions", "Zoom &in"), QKeySequence.StandardKey.ZoomIn),
        zoom_out=_action(
            window, translate("Actions", "Zoom &out"), QKeySequence.StandardKey.ZoomOut
        ),
        zoom_fit=_action(window, translate("Actions", "Fit to &window"), "Ctrl+0"),
        ghost=ghost,
        legend=legend,
        hide_referral=_action(
            window,
            translate("Actions", "Hide &referral pattern"),
            "Ctrl+Shift+H",
            translate("Actions", "Remove the catalogue referral overlay from the map"),
        ),
        tools=tools,
        brush_wider=_action(window, translate("Actions", "Wider brush"), "]"),
        brush_narrower=_action(window, translate("Actions", "Narrower brush"), "["),
        about=_action(window, translate("Actions", "&About BodyMap")),
    )
    redraw_icons(built)
    return built


def redraw_icons(actions: WindowActions) -> None:
    """(Re)paint the tool, zoom and undo icons in the current theme's ink."""
    for kind, action in actions.tools.items():
        action.setIcon(make_icon(kind.value))
    for name in ("zoom_in", "zoom_out", "zoom_fit", "undo", "redo"):
        getattr(actions, name).setIcon(make_icon(name))


def window_key_actions(actions: WindowActions) -> list[QAction]:
    """Single-key actions that work anywhere in the window except while typing in a text field.

    A text field claims printable keys first (Qt's shortcut override), so typing "t" in the
    search box types a "t"; in the patient list or on a button it picks the tool.
    """
    return [*actions.tools.values(), actions.ghost, actions.brush_wider, actions.brush_narrower]


def chart_shortcut_actions(actions: WindowActions) -> list[QAction]:
    """Actions that act on the chart's marks or view: only while the chart has the focus.

    Delete on the Record tab must never remove a mark from the hidden chart.
    """
    return [
        *actions.view_modes.values(),
        actions.snap,
        actions.delete,
    ]


def populate_menus(menu_bar: QMenuBar, actions: WindowActions) -> QMenu:
    """Fill File, Edit, View, Patient, Visit, Tools and Help; return View (docks go there)."""
    file_menu = menu_bar.addMenu(translate("Actions", "&File"))
    file_menu.addActions([actions.new_patient, actions.new_visit])
    file_menu.addSeparator()
    file_menu.addActions([actions.export_note, actions.export_report])
    file_menu.addSeparator()
    file_menu.addActions([actions.export_archive, actions.import_archive])
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = menu_bar.addMenu(translate("Actions", "&Edit"))
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.delete, actions.snap])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.preferences)
    view_menu = menu_bar.addMenu(translate("Actions", "&View"))
    view_menu.addActions(list(actions.view_modes.values()))
    view_menu.addSeparator()
    view_menu.addActions([actions.zoom_in, actions.zoom_out, actions.zoom_fit])
    view_menu.addSeparator()
    view_menu.addActions([actions.ghost, actions.legend, actions.hide_referral])
    view_menu.addSeparator()
    patient_menu = menu_bar.addMenu(translate("Actions", "&Patient"))
    patient_menu.addActions([actions.new_patient, actions.edit_patient, actions.archive_patient])
    patient_menu.addSeparator()
    patient_menu.addAction(actions.show_archived)
    patient_menu.addSeparator()
    patient_menu.addAction(actions.clinicians)
    visit_menu = menu_bar.addMenu(translate("Actions", "V&isit"))
    visit_menu.addActions([actions.new_visit, actions.new_visit_from_previous])
    visit_menu.addSeparator()
    visit_menu.addAction(actions.audit_trail)
    tools_menu = menu_bar.addMenu(translate("Actions", "&Tools"))
    tools_menu.addActions(list(actions.tools.values()))
    tools_menu.addSeparator()
    tools_menu.addActions([actions.brush_wider, actions.brush_narrower])
    help_menu = menu_bar.addMenu(translate("Actions", "&Help"))
    help_menu.addAction(actions.about)
    return view_menu
