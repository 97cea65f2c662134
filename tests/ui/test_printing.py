"""File › Print… prints the session note through the system print dialog (issue 18, item 5)."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from bodymap.model import Visit
from bodymap.report.exporting import session_note_pdf
from bodymap.ui import printing
from bodymap.ui.main_window import MainWindow

#: Low enough to keep the test quick, high enough for the text to be real marks.
TEST_DPI = 96


def _pdf_printer(target: Path) -> QPrinter:
    printer = printing.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setResolution(TEST_DPI)
    return printer


def _inked_fraction(path: Path, page: int) -> float:
    """Share of pixels that are not white on ``page`` of the PDF at ``path``."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        bitmap = document[page].render(scale=0.5, grayscale=True)
        pixels = bytes(bitmap.buffer)
        return sum(1 for value in pixels if value < 200) / len(pixels)
    finally:
        document.close()


def test_print_puts_every_page_of_the_note_on_paper(
    main_window: Callable[..., MainWindow], visit: Visit, tmp_path: Path
) -> None:
    window = main_window()
    assert visit.id is not None
    note = session_note_pdf(window.repo, window.atlas, visit.id)
    expected = len(pypdf.PdfReader(BytesIO(note)).pages)
    target = tmp_path / "printed.pdf"
    pages = printing.print_session_note(
        window,
        window.repo,
        window.atlas,
        visit.id,
        clinic_name="Test clinic",
        printer=_pdf_printer(target),
    )
    assert pages == expected >= 1
    assert len(pypdf.PdfReader(str(target)).pages) == expected
    # The sheet carries the note (text and map), not an empty page.
    assert _inked_fraction(target, 0) > 0.005


def test_file_print_opens_the_print_dialog_with_ctrl_p(
    qtbot: QtBot,
    main_window: Callable[..., MainWindow],
    visit: Visit,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "from-dialog.pdf"
    asked: list[QPrinter] = []

    class ChoosePdfPrinter:
        """The system dialog, answered as a user printing to a PDF file would."""

        def __init__(self, printer: QPrinter, _parent: object) -> None:
            self.printer = printer

        def setWindowTitle(self, _title: str) -> None:  # noqa: N802 (Qt name)
            pass

        def exec(self) -> int:
            asked.append(self.printer)
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            self.printer.setResolution(TEST_DPI)
            return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(printing, "QPrintDialog", ChoosePdfPrinter)
    window = main_window()
    print_action = window.desktop.print_note
    file_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File"
    )
    assert print_action in file_menu.actions()
    assert print_action.isEnabled()
    window.activateWindow()
    window.chart_page.view.setFocus()
    qtbot.waitUntil(window.chart_page.view.hasFocus)
    qtbot.keyClick(window.chart_page.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert len(pypdf.PdfReader(str(target)).pages) >= 1
    # Export note moved off Ctrl+P to Ctrl+Shift+P, so the two never clash.
    assert window.actions_.export_note.shortcut().toString() == "Ctrl+Shift+P"


def test_cancelling_the_print_dialog_prints_nothing(
    main_window: Callable[..., MainWindow], visit: Visit, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Cancel:
        def __init__(self, *_args: object) -> None:
            pass

        def setWindowTitle(self, _title: str) -> None:  # noqa: N802 (Qt name)
            pass

        def exec(self) -> int:
            return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(printing, "QPrintDialog", Cancel)
    window = main_window()
    assert window.desktop.print_session_note() == 0


def test_print_is_greyed_without_an_open_visit(main_window: Callable[..., MainWindow]) -> None:
    window = main_window()
    assert window.chart_page.model.visit_id is None
    assert not window.desktop.print_note.isEnabled()
