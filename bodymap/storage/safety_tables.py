"""Safety statements of a visit's record kept in their own table: the bilateral-thorax reason.

The row carries ``visit_id``, so the signed-visit guard and the audit log cover it like every
other part of the record (see ``guard.py``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from bodymap.storage.tables import Base, Versioned, uuid_column


class BilateralThoraxRow(Versioned, Base):
    """Why both sides of the thorax were needled in one visit (table ``bilateral_thorax``)."""

    __tablename__ = "bilateral_thorax"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = uuid_column()
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="RESTRICT"), nullable=False, unique=True
    )
    reason: Mapped[str] = mapped_column(nullable=False)
    acknowledged_by: Mapped[int | None] = mapped_column(
        ForeignKey("clinicians.id", ondelete="RESTRICT"), nullable=True
    )
    acknowledged_at: Mapped[datetime] = mapped_column(nullable=False)
