"""The visit audit trail: every recorded change to a visit, newest first, read-only."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model.audit import AuditAction, AuditEntry, stored_value
from bodymap.ui.accessibility import tab_leaves
from bodymap.ui.i18n import term, translate
from bodymap.ui.theme import set_role

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository

COLUMNS = (
    QT_TRANSLATE_NOOP("Terms", "When"),
    QT_TRANSLATE_NOOP("Terms", "Who"),
    QT_TRANSLATE_NOOP("Terms", "Action"),
    QT_TRANSLATE_NOOP("Terms", "What"),
    QT_TRANSLATE_NOOP("Terms", "Old → new"),
)
#: Longest value shown in a cell; the tooltip has the whole text.
CELL_TEXT_MAX = 70
ACTION_LABELS = {
    AuditAction.CREATE: QT_TRANSLATE_NOOP("Terms", "Added"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("Terms", "Changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("Terms", "Deleted"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("Terms", "Restored"),
    AuditAction.SIGN: QT_TRANSLATE_NOOP("Terms", "Signed"),
    AuditAction.ADDENDUM: QT_TRANSLATE_NOOP("Terms", "Addendum"),
}
#: Record keys that best say what a created or deleted record was, most telling first.
SUMMARY_KEYS = ("muscle", "instrument", "kind", "label", "text", "status")
#: Bookkeeping keys left out of a record's summary.
SKIPPED_KEYS = frozenset({"id", "deleted_at", "number"})


def record_noun(table: str) -> str:
    """A readable singular name for a table: "trigger_points" → "Trigger point"."""
    words = table.replace("_", " ")
    singular = words[:-1] if words.endswith("s") else words
    return singular[:1].upper() + singular[1:]


def value_text(text: str | None) -> str:
    """A stored JSON value as a reader sees it: strings unquoted, empty as a dash."""
    value = stored_value(text)
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def shorten(text: str, limit: int = CELL_TEXT_MAX) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def change_text(entry: AuditEntry) -> str:
    """The Old → new cell: a field's two values, or a summary of a whole record."""
    if entry.field is not None:
        return f"{value_text(entry.old)} → {value_text(entry.new)}"
    record = stored_value(entry.new if entry.new is not None else entry.old)
    if isinstance(record, dict):
        return record_summary(record)
    return value_text(entry.new if entry.new is not None else entry.old)


def record_summary(record: dict[str, object]) -> str:
    """A created or deleted record in a few words: its telling keys, else its first values."""
    parts = [str(record[key]) for key in SUMMARY_KEYS if record.get(key) not in (None, "", [])]
    if parts:
        return ", ".join(parts[:2])
    filled = [
        f"{key.replace('_', ' ')}: {value_text(json.dumps(value))}"
        for key, value in record.items()
        if key not in SKIPPED_KEYS and not key.endswith("_id") and value not in (None, "", [], {})
    ]
    return "; ".join(filled[:3]) or "empty record"


def what_text(entry: AuditEntry) -> str:
    """The What cell: the record changed and, for an update, its field."""
    record = stored_value(entry.new if entry.new is not None else entry.old)
    number = record.get("number") if isinstance(record, dict) else None
    name = f"{record_noun(entry.table)} " + (f"#{number}" if number else str(entry.record_id))
    return f"{name} · {entry.field.replace('_', ' ')}" if entry.field else name


class AuditTrailDialog(QDialog):
    """A read-only table of a visit's audit log: when, who, action, what, old → new.

    Args:
        repository: where the log and clinician names are read.
        visit_id: the visit whose changes are listed.
        title: the visit as the window names it (patient and date).
        parent: the owning window.
    """

    def __init__(
        self,
        repository: ChartRepository,
        visit_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("AuditTrailDialog", "Audit trail — {title}").format(title=title)
        )
        self.resize(980, 520)
        names = {c.id: c.display_name for c in repository.list_clinicians()}
        self.entries = list(reversed(repository.audit_log(visit_id)))  # newest first
        self.table = QTableWidget(len(self.entries), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([term(c) for c in COLUMNS])
        self.table.setAccessibleName(translate("AuditTrailDialog", "Audit trail entries"))
        tab_leaves(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        for row, entry in enumerate(self.entries):
            who = "system" if entry.who is None else names.get(entry.who, entry.actor_label)
            self._fill_row(row, entry, who)
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        count = len(self.entries)
        summary = QLabel(
            translate(
                "AuditTrailDialog",
                "{count} recorded change{value}, newest first. The log is written by the database "
                "with each change and cannot be edited.",
            ).format(count=count, value="s" if count != 1 else "")
            if count
            else translate("AuditTrailDialog", "No changes have been recorded for this visit.")
        )
        set_role(summary, "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 12)
        column.addWidget(summary)
        column.addWidget(self.table, 1)
        column.addWidget(buttons)

    def _fill_row(self, row: int, entry: AuditEntry, who: str) -> None:
        full_change = change_text(entry)
        cells = (
            (entry.when.strftime("%Y-%m-%d %H:%M:%S"), ""),
            (who, ""),
            (ACTION_LABELS.get(entry.action, str(entry.action)), ""),
            (what_text(entry), ""),
            (shorten(full_change), self._tooltip(entry)),
        )
        for col, (text, tip) in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if tip:
                item.setToolTip(tip)
            self.table.setItem(row, col, item)

    @staticmethod
    def _tooltip(entry: AuditEntry) -> str:
        if entry.field is not None:
            return f"Old: {value_text(entry.old)}\nNew: {value_text(entry.new)}"
        record = stored_value(entry.new if entry.new is not None else entry.old)
        if isinstance(record, dict):
            lines = [
                f"{key}: {shorten(value_text(json.dumps(v)), 120)}" for key, v in record.items()
            ]
            return "\n".join(lines)
        return value_text(entry.new if entry.new is not None else entry.old)
