"""The tables a visit's archived content lives in: one list for reading and writing archives."""

from __future__ import annotations

from bodymap.storage.record_tables import (
    AddendumRow,
    AdverseEventRow,
    ConsentRow,
    NeedlingRow,
    PlanRow,
    RecordFlagsRow,
    ScreeningRow,
)
from bodymap.storage.safety_tables import BilateralThoraxRow
from bodymap.storage.tables import Base, OutcomeMeasureRow, PainZoneRow, TriggerPointRow

#: A visit's content rows (each has ``visit_id``), parents before the rows that reference
#: them; addenda last, as import writes them after the visit's signature they chain to.
CONTENT_ROWS: tuple[type[Base], ...] = (
    TriggerPointRow,
    PainZoneRow,
    OutcomeMeasureRow,
    ScreeningRow,
    ConsentRow,
    NeedlingRow,
    AdverseEventRow,
    RecordFlagsRow,
    PlanRow,
    BilateralThoraxRow,
    AddendumRow,
)
