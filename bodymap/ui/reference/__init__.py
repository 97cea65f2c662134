"""Referral-pattern reference and reverse-lookup suggestions as docks for the main window."""

from __future__ import annotations

from bodymap.ui.reference.panels import ReferencePanel, SuggestionsPanel

__all__ = ["ReferencePanel", "SuggestionsPanel"]
