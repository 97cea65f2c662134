"""Enumerations of the clinical vocabulary; values are the stable strings stored and exported."""

from __future__ import annotations

from enum import StrEnum


class View(StrEnum):
    """A drawing of the body: front or back."""

    ANTERIOR = "anterior"
    POSTERIOR = "posterior"


class Side(StrEnum):
    """The patient's side (never the viewer's)."""

    LEFT = "left"
    RIGHT = "right"
    MIDLINE = "midline"


class Sex(StrEnum):
    """Sex recorded for the patient."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class VisitStatus(StrEnum):
    """Whether a visit can still be edited."""

    DRAFT = "draft"
    SIGNED = "signed"


class Activity(StrEnum):
    """An active trigger point causes spontaneous pain; a latent one only on pressure."""

    ACTIVE = "active"
    LATENT = "latent"


class TwitchResponse(StrEnum):
    """Local twitch response seen on palpation or needling."""

    NOT_TESTED = "not_tested"
    NONE = "none"
    FEW = "few"
    MANY = "many"


class CarryStatus(StrEnum):
    """How a mark relates to the previous visit's marks."""

    NEW = "new"
    PERSISTING = "persisting"
    RESOLVED = "resolved"


class ZoneKind(StrEnum):
    """Referred pain from a linked trigger point, or an area the patient reports as painful."""

    REFERRED = "referred"
    PATIENT_REPORTED = "patient_reported"


class PainQuality(StrEnum):
    """How the pain feels, in the patient's words."""

    ACHING = "aching"
    BURNING = "burning"
    TINGLING = "tingling"
    NUMBNESS = "numbness"
    SHARP = "sharp"
    THROBBING = "throbbing"
    STABBING = "stabbing"
    DULL = "dull"


class Depth(StrEnum):
    """Where the pain is felt."""

    SUPERFICIAL = "superficial"
    DEEP = "deep"


class MeasureTiming(StrEnum):
    """When in the visit a measure was taken."""

    PRE = "pre"
    POST = "post"
    NONE = "none"


class Instrument(StrEnum):
    """Outcome instruments (domain.md section 2)."""

    NPRS = "nprs"
    VAS = "vas"
    PPT = "ppt"
    ROM = "rom"
    PSFS = "psfs"
    NDI = "ndi"
    ODI = "odi"
