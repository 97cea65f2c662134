"""Integrity in the window: the red banner, the background check and Tools › Verify records.

The check is ``bodymap.storage.verify.verify_records``, the same one ``bodymap verify`` runs. It
runs on a QThreadPool worker with its own short read transaction, so the window never waits
for it; the result comes back to the GUI thread through a queued signal.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from bodymap.errors import BodyMapError
from bodymap.model.verification import VerifyReport
from bodymap.storage.verify import verify_records
from bodymap.ui.i18n import translate

if TYPE_CHECKING:
    from bodymap.storage import ChartRepository

#: Style roles (bodymap/ui/theme.py) of the chart's banner and of the record view's banner when
#: the open visit fails its check.
TAMPERED_BANNER = "alarm-bar"
TAMPERED_LABEL_STYLE = "alarm-box"


def tampered_banner_text(problems: Sequence[str]) -> str:
    """Rich text for the banner over a visit that no longer matches its signature."""
    listed = "<br>".join(escape(p) for p in problems[:3])
    more = f"<br>… and {len(problems) - 3} more" if len(problems) > 3 else ""
    return (
        "<b>⚠ INTEGRITY CHECK FAILED</b> — this is not the note as it was signed. "
        "Editing, signing and export are locked.<br>"
        f"<span style='font-size: 11px;'>{listed}{more}</span>"
    )


class _Relay(QObject):
    """Carries a worker's result to the GUI thread (signals cross threads queued)."""

    finished = Signal(int, object)


class _CheckJob(QRunnable):
    def __init__(self, repo: ChartRepository, visit_ids: list[int] | None, token: int) -> None:
        super().__init__()
        self._repo, self._visit_ids, self._token = repo, visit_ids, token
        self.relay = _Relay()

    def run(self) -> None:
        try:
            result: VerifyReport | str = verify_records(self._repo, self._visit_ids)
        except BodyMapError as error:
            result = str(error)
        # the window may have closed while the check ran: its relay is gone, nobody waits
        with contextlib.suppress(RuntimeError):
            self.relay.finished.emit(self._token, result)


class IntegrityChecker(QObject):
    """Runs verify checks off the GUI thread; the newest request's result wins.

    Signals:
        checked: (request token, VerifyReport or an error message).
    """

    checked = Signal(int, object)

    def __init__(self, repo: ChartRepository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._token = 0
        self._jobs: dict[int, _CheckJob] = {}

    @property
    def latest(self) -> int:
        """The token of the newest request."""
        return self._token

    def start(self, visit_ids: list[int] | None) -> int:
        """Check ``visit_ids`` (None: every visit) and the audit chain; return the token."""
        self._token += 1
        job = _CheckJob(self._repo, visit_ids, self._token)
        job.setAutoDelete(False)
        job.relay.finished.connect(self._done)
        self._jobs[self._token] = job
        self._pool.start(job)
        return self._token

    def _done(self, token: int, result: object) -> None:
        self._jobs.pop(token, None)
        self.checked.emit(token, result)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running checks (closing the window, tests)."""
        return self._pool.waitForDone(msecs)


def show_verify_result(parent: QWidget, result: VerifyReport | str) -> None:
    """Tools › Verify records: the summary line, and every problem when there are any."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("Integrity", "Verify records"))
    if isinstance(result, str):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(
            translate("Integrity", "The check could not run: {result}").format(result=result)
        )
    elif result.ok:
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            translate("Integrity", "<b>All records verified.</b><br>{escape}").format(
                escape=escape(result.summary())
            )
        )
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        problems = result.problems
        shown = "<br>".join(escape(p) for p in problems[:8])
        more = f"<br>… and {len(problems) - 8} more (see details)" if len(problems) > 8 else ""
        box.setText(
            translate(
                "Integrity", "<b>INTEGRITY CHECK FAILED</b><br>{escape}<br><br>{shown}{more}"
            ).format(escape=escape(result.summary()), shown=shown, more=more)
        )
        box.setDetailedText("\n".join(problems))
    box.setObjectName("VerifyResult")
    box.open()
