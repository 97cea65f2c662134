"""File › Print…: the session note through the system print dialog.

The note is the same PDF that Export note writes. Its pages are rasterised at the printer's
resolution (capped, see :data:`MAX_PRINT_DPI`) and painted onto the chosen QPrinter, so what
is printed is what is exported. Qt's own PDF renderer (QtPdf, in the PySide6-Addons wheel) is
used when it is installed; otherwise PDFium through the ``pypdfium2`` package, a declared
dependency, does the same job.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from bodymap.errors import BodyMapError
from bodymap.ui.i18n import translate

if TYPE_CHECKING:
    from bodymap.anatomy.atlas import Atlas
    from bodymap.storage import ChartRepository

#: Pages are rendered at the printer's resolution, but never finer than this (memory).
MAX_PRINT_DPI = 300
#: PDF user space unit: 1/72 inch.
_POINTS_PER_INCH = 72.0


def pdf_page_images(data: bytes, dpi: int) -> Iterator[QImage]:
    """Yield every page of the PDF ``data`` as an image at ``dpi`` dots per inch."""
    try:
        from PySide6.QtPdf import QPdfDocument  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        yield from _pdfium_pages(data, dpi)
        return
    yield from _qtpdf_pages(QPdfDocument, data, dpi)


def _qtpdf_pages(document_class: type, data: bytes, dpi: int) -> Iterator[QImage]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = document_class()
    document.load(buffer)
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        scale = dpi / _POINTS_PER_INCH
        size = QSize(round(points.width() * scale), round(points.height() * scale))
        yield document.render(page, size)


def _pdfium_pages(data: bytes, dpi: int) -> Iterator[QImage]:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / _POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )
            yield image.copy()  # the bitmap's memory goes with the page
            bitmap.close()
            page.close()
    finally:
        document.close()


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint every page of the PDF ``data`` onto ``printer``, one sheet each; returns pages."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise BodyMapError(translate("Printing", "The printer could not be opened"))
    pages = 0
    try:
        for image in pdf_page_images(data, dpi):
            if pages:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            target = QRect(0, 0, area.width(), area.height())
            fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), fitted), image)
            pages += 1
    finally:
        painter.end()
    return pages


def new_printer() -> QPrinter:
    """A high-resolution printer set up for a portrait note."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDocName("BodyMap session note")
    return printer


def print_session_note(
    parent: QWidget | None,
    repo: ChartRepository,
    atlas: Atlas,
    visit_id: int,
    *,
    clinic_name: str,
    printer: QPrinter | None = None,
) -> int:
    """Ask for a printer in the system dialog and print the visit's note; returns pages printed.

    With ``printer`` given the dialog is skipped (tests print to a PDF file this way). Errors
    are shown in a message box, never raised; 0 means nothing was printed.
    """
    from bodymap.report.exporting import session_note_pdf

    if printer is None:
        printer = new_printer()
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(translate("Printing", "Print session note"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        data = session_note_pdf(repo, atlas, visit_id, clinic_name=clinic_name)
        return print_pdf(data, printer)
    except BodyMapError as exc:
        QMessageBox.warning(parent, translate("Printing", "Print session note"), str(exc))
        return 0
    finally:
        QApplication.restoreOverrideCursor()
