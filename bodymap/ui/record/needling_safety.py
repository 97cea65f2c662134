"""The safety note under the Needling table: the site's hazards and how it is usually needled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bodymap.anatomy.needling_hints import NeedlingHint
from bodymap.model import TriggerPoint
from bodymap.model.rules import bilateral_thorax_warning, thorax_sides
from bodymap.ui.i18n import translate

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas
    from bodymap.ui.record.needling import NeedlingSection


def safety_lines(
    atlas: Atlas, point: TriggerPoint, hint: NeedlingHint | None, thorax: bool
) -> list[str]:
    """The note's lines (rich text) for a record of ``point``.

    ``hint`` is the catalogue's needling for the point (None: the catalogue has none, and the
    note says the needle, position and technique are the clinician's to set).
    """
    site = atlas.sites.get(point.site) if point.site else None
    name = atlas.muscle_name(point.muscle)
    lines = []
    if site is not None:
        lines.append(
            translate("NeedlingSection", "<b>Safety — {name}:</b> {safety}").format(
                name=site.name, safety=site.safety
            )
        )
    else:
        lines.append(
            translate(
                "NeedlingSection", "<b>{name}:</b> no catalogue site chosen; check the anatomy."
            ).format(name=name)
        )
    if hint is None:
        lines.append(
            translate(
                "NeedlingSection",
                "<b>No catalogue suggestion for {name}:</b> the needle, position and technique "
                "were not suggested — set them.",
            ).format(name=name)
        )
    else:
        low, high = hint.length_range_mm
        lines.append(
            translate(
                "NeedlingSection",
                "<b>Usually:</b> {low}–{high} mm needle; {direction}. <b>At risk:</b> {at_risk}.",
            ).format(
                low=f"{low:g}", high=f"{high:g}", direction=hint.direction, at_risk=hint.at_risk
            )
        )
    if thorax:
        lines.append(
            translate(
                "NeedlingSection",
                "<b>⚠ Over the thorax:</b> pneumothorax risk. Explain the warning signs "
                "(breathlessness, chest pain, dry cough, possibly hours later) and what to do.",
            )
        )
    return lines


def confirm_both_sides(section: NeedlingSection, points: list[TriggerPoint]) -> bool:
    """Ask for, and record, the reason to needle both sides of the thorax (thorax-risk ``points``).

    True when needling may go ahead: no second side, a reason already kept, or one given now.
    """
    if not points:
        return True
    record = section.context.records.load_record(section.context.visit_id)
    needled = thorax_sides(record, section.context.chart, section.context.thorax_risk)
    warning = bilateral_thorax_warning([*needled, *points])
    if warning is None or record.bilateral_thorax is not None:
        return True
    reason = section.prompter.ask_reason(
        translate("NeedlingSection", "Both sides of the thorax"),
        translate(
            "NeedlingSection",
            "{warning}\n\nThe reason is kept with the visit, audited and printed in the note. "
            "Leave it blank to cancel.",
        ).format(warning=warning),
    )
    if reason is None:
        return False
    clinician = section.context.repository.actor
    acknowledged = section.save(
        lambda: section.context.records.acknowledge_bilateral_thorax(
            section.context.visit_id, reason, clinician
        )
    )
    return acknowledged is not None
