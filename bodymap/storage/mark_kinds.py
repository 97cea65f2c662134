"""The marks of a chart — trigger points, pain zones, outcome measures — as one descriptor each.

``ChartRepository.add_mark`` / ``update_mark`` / ``delete_mark`` / ``restore_mark`` are written
once over a :class:`MarkKind`: its table row class and the two mapping functions between the
row and the model value. A new mark kind is its table, its mapping and one row here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from bodymap.model import OutcomeMeasure, PainZone, TriggerPoint
from bodymap.storage import mapping
from bodymap.storage.tables import OutcomeMeasureRow, PainZoneRow, TriggerPointRow

#: The model value of a mark (frozen dataclass with ``id``, ``visit_id`` and ``row_version``).
Mark = TypeVar("Mark", TriggerPoint, PainZone, OutcomeMeasure)


@dataclass(frozen=True, slots=True)
class MarkKind(Generic[Mark]):
    """One kind of chart mark and how it is stored.

    Attributes:
        row: the table's row class (soft-deleted through ``deleted_at``).
        values: the model value as column values.
        from_row: a stored row back as a model value.
    """

    row: type[TriggerPointRow] | type[PainZoneRow] | type[OutcomeMeasureRow]
    values: Callable[[Mark], dict[str, Any]]
    from_row: Callable[[Any], Mark]


TRIGGER_POINTS: MarkKind[TriggerPoint] = MarkKind(
    TriggerPointRow, mapping.trigger_point_values, mapping.trigger_point_from_row
)
ZONES: MarkKind[PainZone] = MarkKind(PainZoneRow, mapping.zone_values, mapping.zone_from_row)
MEASURES: MarkKind[OutcomeMeasure] = MarkKind(
    OutcomeMeasureRow, mapping.measure_values, mapping.measure_from_row
)
