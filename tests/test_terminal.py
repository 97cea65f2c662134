"""Control characters in stored text are escaped on the terminal."""

from __future__ import annotations

import io

from bodymap.terminal import EscapingStream, printable, safe_text


def test_escapes_and_controls_are_written_as_codes() -> None:
    assert safe_text("Mal\x1b[2Jlory\x00") == "Mal\\u001b[2Jlory\\u0000"
    assert safe_text("a\u202eb\x9bc") == "a\\u202eb\\u009bc"
    assert printable("x\ny") == "'x\\u000ay'"
    assert safe_text("Zoë Ñúñez-Łukasiewicz") == "Zoë Ñúñez-Łukasiewicz"


def test_the_stream_keeps_newlines_and_tabs() -> None:
    target = io.StringIO()
    stream = EscapingStream(target)
    stream.write("ID\tNAME\n1\tEve\x1b]0;title\x07\n")
    assert target.getvalue() == "ID\tNAME\n1\tEve\\u001b]0;title\\u0007\n"
