"""The charting canvas: body map view, scene, items, tools, undo commands and inspector."""
