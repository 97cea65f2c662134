"""The canvas tools by kind: select/move, trigger point, brush, lasso, eraser and referral link.

Point tools live in point_tools, zone tools in zone_tools and what they share in tool_base; this
module names them all, so callers import tools from one place.
"""

from __future__ import annotations

from bodymap.ui.canvas.point_tools import LinkTool, SelectTool, TriggerPointTool
from bodymap.ui.canvas.tool_base import Tool, ToolContext, ToolEvent, ToolKind
from bodymap.ui.canvas.zone_tools import BrushTool, EraserTool, LassoTool, StrokeTool

__all__ = [
    "TOOL_CLASSES",
    "BrushTool",
    "EraserTool",
    "LassoTool",
    "LinkTool",
    "SelectTool",
    "StrokeTool",
    "Tool",
    "ToolContext",
    "ToolEvent",
    "ToolKind",
    "TriggerPointTool",
]

TOOL_CLASSES: dict[ToolKind, type[Tool]] = {
    ToolKind.SELECT: SelectTool,
    ToolKind.TRIGGER_POINT: TriggerPointTool,
    ToolKind.BRUSH: BrushTool,
    ToolKind.LASSO: LassoTool,
    ToolKind.ERASER: EraserTool,
    ToolKind.LINK: LinkTool,
}
