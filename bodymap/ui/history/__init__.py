"""Review across visits: timeline, side-by-side and overlay comparison, trends and heat map."""

from __future__ import annotations

from bodymap.ui.history.view import HistoryView

__all__ = ["HistoryView"]
