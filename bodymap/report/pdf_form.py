"""A drawing part written once into a PDF and shown wherever it recurs (a form XObject).

The progress report prints two small body figures per visit: for 100 visits the same
silhouette and muscle outlines were drawn 200 times as vectors, most of the report's drawing
time and of the file (issue 14). A ``ReusedGroup`` holds such a part; the PDF renderer writes
it once per document as a named form and places it with one ``Do`` operator each time after.
Other renderers draw the group's shapes as usual.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import DirectDraw, Drawing, Group


class ReusedGroup(DirectDraw):  # type: ignore[misc]  # ReportLab is untyped
    """``group`` (in its own units, inside ``bounds``), written to the PDF once under ``name``.

    ``name`` must identify the content: two parts with the same name print the same.
    """

    def __init__(self, name: str, group: Group, bounds: tuple[float, float, float, float]) -> None:
        super().__init__()
        self.name = name
        self.group = group
        self.bounds = bounds

    def getBounds(self) -> tuple[float, float, float, float]:  # noqa: N802 (ReportLab API)
        """The part's extent, in the units of the group it sits in."""
        return self.bounds

    def drawDirectly(self, renderer: Any) -> None:  # noqa: N802 (ReportLab API)
        """Place the form (written now if this document has not got it yet)."""
        canvas = getattr(renderer, "_canvas", None)
        if not isinstance(renderer, renderPDF._PDFRenderer) or canvas is None:
            renderer.drawNode(self.group)
            return
        if not canvas._doc.hasForm(self.name):
            x0, y0, x1, y1 = self.bounds
            canvas.beginForm(self.name, x0, y0, x1, y1)
            drawing = Drawing(x1 - x0, y1 - y0)
            drawing.add(self.group)
            # A renderer of its own (the form starts from a fresh graphics state); it replaces
            # the canvas's note of the drawing being rendered, which the outer one needs back.
            outer = canvas.__dict__.get("_drawing")
            try:
                renderPDF.draw(drawing, canvas, 0, 0, showBoundary=False)
            finally:
                canvas.__dict__["_drawing"] = outer
            canvas.endForm()
        canvas.doForm(self.name)
