"""PDF documents: the session note and the progress report, drawn with ReportLab. No Qt."""
