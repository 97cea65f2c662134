"""The body views: one row per drawing of the body, read by the canvas, History, PDF and atlas.

Everything a layer needs to know about a view lives here — its titles, its viewBox, which of the
patient's sides faces the viewer's left, where it sits in the layout, which CHOIR / MBM / WPI
roll-ups it feeds, its art — so adding a view is its enum member, its row and its art/atlas data
(docs/architecture.md, "Adding a view, an instrument or a mark kind").
"""

from __future__ import annotations

from dataclasses import dataclass

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model.catalog_lists import PatientPosition
from bodymap.model.enums import Side, View

#: The coarser counts a view's CHOIR segments can roll up to (bodymap.anatomy.rollups).
ROLLUPS = frozenset({"mbm", "wpi"})
#: The view-mode key that shows every view of the layout (stored in the preferences).
ALL_VIEWS_MODE = "both"


@dataclass(frozen=True, slots=True)
class ViewSpec:
    """One drawing of the body and how every layer shows it.

    Attributes:
        key: the stored value (``View``).
        title: short caption under a map ("Front").
        long_title: heading over the canvas figure ("Front (anterior)").
        menu_text: View-menu entry, with its mnemonic ("&Front (anterior)").
        shortcut: key of the View-menu entry ("Ctrl+2").
        width, height: the viewBox of the art and atlas, in atlas units.
        left_of_viewer: the patient's side drawn on the viewer's left; None for a lateral view.
        slot: position in the layout, left to right.
        choir_block: CHOIR segment ids of this view are ``choir_block * 100 + n``; None: none.
        rollups: which of ``ROLLUPS`` (Michigan Body Map, WPI) this view's segments feed.
        art: asset name of the body art (its atlas entry must name the same file).
        position: the usual patient position for needling a muscle seen in this view.
    """

    key: View
    title: str
    long_title: str
    menu_text: str
    shortcut: str
    width: float
    height: float
    left_of_viewer: Side | None
    slot: int
    choir_block: int | None
    rollups: frozenset[str]
    art: str
    position: PatientPosition

    def __post_init__(self) -> None:
        if self.width <= 0 or self.height <= 0:
            raise ValueError(f"view {self.key.value!r}: width and height must be > 0")
        if self.left_of_viewer is Side.MIDLINE:
            raise ValueError(f"view {self.key.value!r}: left_of_viewer is left, right or None")
        if not self.rollups <= ROLLUPS:
            raise ValueError(f"view {self.key.value!r}: rollups are among {sorted(ROLLUPS)}")

    @property
    def right_of_viewer(self) -> Side | None:
        """The patient's side drawn on the viewer's right (None for a lateral view)."""
        if self.left_of_viewer is None:
            return None
        return Side.LEFT if self.left_of_viewer is Side.RIGHT else Side.RIGHT

    @property
    def side_letters(self) -> tuple[str, str] | None:
        """("R", "L")-style letters for the viewer's left and right edges, or None."""
        left, right = self.left_of_viewer, self.right_of_viewer
        if left is None or right is None:
            return None
        return left.value[0].upper(), right.value[0].upper()

    @property
    def orientation(self) -> str:
        """One line naming the view and the side on the viewer's left (atlas review pages)."""
        name = self.key.value.capitalize()
        if self.left_of_viewer is None:
            return f"{name} view"
        return f"{name} view - patient's {self.left_of_viewer.value.upper()} on the viewer's left"


_BOX = (400.0, 840.0)  # the two full-body drawings share one box; other views need not

#: Every view, by key.
VIEW_SPECS: dict[View, ViewSpec] = {
    spec.key: spec
    for spec in (
        ViewSpec(
            key=View.ANTERIOR,
            title=QT_TRANSLATE_NOOP("Terms", "Front"),
            long_title=QT_TRANSLATE_NOOP("Terms", "Front (anterior)"),
            menu_text=QT_TRANSLATE_NOOP("Terms", "&Front (anterior)"),
            shortcut="Ctrl+2",
            width=_BOX[0],
            height=_BOX[1],
            left_of_viewer=Side.RIGHT,
            slot=0,
            choir_block=1,
            rollups=ROLLUPS,
            art="atlas/anterior.svg",
            position=PatientPosition.SUPINE,
        ),
        ViewSpec(
            key=View.POSTERIOR,
            title=QT_TRANSLATE_NOOP("Terms", "Back"),
            long_title=QT_TRANSLATE_NOOP("Terms", "Back (posterior)"),
            menu_text=QT_TRANSLATE_NOOP("Terms", "B&ack (posterior)"),
            shortcut="Ctrl+3",
            width=_BOX[0],
            height=_BOX[1],
            left_of_viewer=Side.LEFT,
            slot=1,
            choir_block=2,
            rollups=ROLLUPS,
            art="atlas/posterior.svg",
            position=PatientPosition.PRONE,
        ),
    )
}


def view_spec(view: View) -> ViewSpec:
    """The row of one view."""
    return VIEW_SPECS[view]


def layout_views() -> tuple[View, ...]:
    """The views in layout order, left to right."""
    return tuple(spec.key for spec in sorted(VIEW_SPECS.values(), key=lambda s: s.slot))


def view_modes() -> tuple[str, ...]:
    """The view-mode keys: every view at once, then each view alone (layout order)."""
    return (ALL_VIEWS_MODE, *(view.value for view in layout_views()))


def views_of_mode(mode: str) -> tuple[View, ...]:
    """The views a view mode shows; an unknown mode shows them all."""
    views = layout_views()
    return tuple(v for v in views if v.value == mode) or views


def view_of_choir_segment(choir_id: int) -> ViewSpec | None:
    """The view whose CHOIR block holds segment ``choir_id`` (None: no view has it)."""
    block = choir_id // 100
    return next((s for s in VIEW_SPECS.values() if s.choir_block == block), None)
