"""PDF documents: the session note and the progress report, drawn with ReportLab. No Qt."""

from reportlab import rl_config

# ReportLab re-validates every attribute set on a graphics shape unless told otherwise (a
# debugging aid): a 100-visit report sets ~36,000 of them, half its drawing time. Our shapes
# are built from validated model values. Must be set before reportlab.graphics is imported,
# which the package's drawing modules do after this runs.
rl_config.shapeChecking = 0
