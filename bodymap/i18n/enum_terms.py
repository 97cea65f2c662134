"""Names of the model's enumerations as shown and printed, marked for translation.

The window and the PDFs show an enumeration value through ``term(value)`` (lower case, as
in running text: "right", "active") or ``term(value.capitalize())`` (a heading or choice).
"""

from __future__ import annotations

from bodymap.i18n import QT_TRANSLATE_NOOP

ENUM_TERMS = (
    # adverse-event severity (White et al.), as printed
    QT_TRANSLATE_NOOP("Terms", "current"),  # NPRS reading
    QT_TRANSLATE_NOOP("Terms", "Pre-treatment"),  # trend lines
    QT_TRANSLATE_NOOP("Terms", "sourced"),  # catalogue evidence grades
    QT_TRANSLATE_NOOP("Terms", "secondary"),
    QT_TRANSLATE_NOOP("Terms", "unreviewed"),
    QT_TRANSLATE_NOOP("Terms", "Post-treatment"),
    QT_TRANSLATE_NOOP("Terms", "Mild"),
    QT_TRANSLATE_NOOP("Terms", "Significant"),
    QT_TRANSLATE_NOOP("Terms", "Serious"),
    QT_TRANSLATE_NOOP("Terms", "anterior"),
    QT_TRANSLATE_NOOP("Terms", "Anterior"),
    QT_TRANSLATE_NOOP("Terms", "posterior"),
    QT_TRANSLATE_NOOP("Terms", "Posterior"),
    QT_TRANSLATE_NOOP("Terms", "left"),
    QT_TRANSLATE_NOOP("Terms", "Left"),
    QT_TRANSLATE_NOOP("Terms", "right"),
    QT_TRANSLATE_NOOP("Terms", "Right"),
    QT_TRANSLATE_NOOP("Terms", "midline"),
    QT_TRANSLATE_NOOP("Terms", "Midline"),
    QT_TRANSLATE_NOOP("Terms", "draft"),
    QT_TRANSLATE_NOOP("Terms", "Draft"),
    QT_TRANSLATE_NOOP("Terms", "signed"),
    QT_TRANSLATE_NOOP("Terms", "Signed"),
    QT_TRANSLATE_NOOP("Terms", "active"),
    QT_TRANSLATE_NOOP("Terms", "Active"),
    QT_TRANSLATE_NOOP("Terms", "latent"),
    QT_TRANSLATE_NOOP("Terms", "Latent"),
    QT_TRANSLATE_NOOP("Terms", "new"),
    QT_TRANSLATE_NOOP("Terms", "New"),
    QT_TRANSLATE_NOOP("Terms", "persisting"),
    QT_TRANSLATE_NOOP("Terms", "Persisting"),
    QT_TRANSLATE_NOOP("Terms", "resolved"),
    QT_TRANSLATE_NOOP("Terms", "Resolved"),
    QT_TRANSLATE_NOOP("Terms", "referred"),
    QT_TRANSLATE_NOOP("Terms", "Referred"),
    QT_TRANSLATE_NOOP("Terms", "patient reported"),
    QT_TRANSLATE_NOOP("Terms", "Patient reported"),
    QT_TRANSLATE_NOOP("Terms", "aching"),
    QT_TRANSLATE_NOOP("Terms", "Aching"),
    QT_TRANSLATE_NOOP("Terms", "burning"),
    QT_TRANSLATE_NOOP("Terms", "Burning"),
    QT_TRANSLATE_NOOP("Terms", "tingling"),
    QT_TRANSLATE_NOOP("Terms", "Tingling"),
    QT_TRANSLATE_NOOP("Terms", "numbness"),
    QT_TRANSLATE_NOOP("Terms", "Numbness"),
    QT_TRANSLATE_NOOP("Terms", "sharp"),
    QT_TRANSLATE_NOOP("Terms", "Sharp"),
    QT_TRANSLATE_NOOP("Terms", "throbbing"),
    QT_TRANSLATE_NOOP("Terms", "Throbbing"),
    QT_TRANSLATE_NOOP("Terms", "stabbing"),
    QT_TRANSLATE_NOOP("Terms", "Stabbing"),
    QT_TRANSLATE_NOOP("Terms", "dull"),
    QT_TRANSLATE_NOOP("Terms", "Dull"),
    QT_TRANSLATE_NOOP("Terms", "superficial"),
    QT_TRANSLATE_NOOP("Terms", "Superficial"),
    QT_TRANSLATE_NOOP("Terms", "deep"),
    QT_TRANSLATE_NOOP("Terms", "Deep"),
    QT_TRANSLATE_NOOP("Terms", "pre"),
    QT_TRANSLATE_NOOP("Terms", "Pre"),
    QT_TRANSLATE_NOOP("Terms", "post"),
    QT_TRANSLATE_NOOP("Terms", "Post"),
    QT_TRANSLATE_NOOP("Terms", "none"),
    QT_TRANSLATE_NOOP("Terms", "None"),
)
