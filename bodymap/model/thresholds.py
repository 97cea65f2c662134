"""The one table of outcome-change thresholds: what each is, its size, population and source.

Trend charts in the History tab and the progress report draw these as reference lines and say
whether a patient's change reached them. Every threshold says which KIND of figure it is:

* an MCID (minimal clinically important difference) is the smallest change patients judge
  worthwhile, found against an anchor such as a global rating of change;
* an MDC (minimal detectable change, here at 90 % confidence: MDC90) is the smallest change
  larger than measurement error. Reaching an MDC says the change is real, not that it matters.

Several instruments offer more than one threshold (NPRS: 2 points or 30 %; NDI: Young's MCID of
7.5 or the 10 points the same study advises); the first listed is the default and a user may
choose another in Preferences. Values follow domain.md section 2.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class ThresholdKind(StrEnum):
    """What a threshold measures (see the module docstring)."""

    MCID = "MCID"
    MDC = "MDC"


@dataclass(frozen=True, slots=True)
class Threshold:
    """A reference change for one instrument."""

    id: str  # stable key, stored in preferences
    instrument: str  # an Instrument value: "nprs", "ndi", ...
    kind: ThresholdKind
    label: str  # how the kind is printed, e.g. "MCID" or "MDC90"
    value: float
    relative: bool  # True: ``value`` is a percentage of the first visit's score
    unit: str  # unit of an absolute value, e.g. "points of 50"
    population: str
    citation: str

    @property
    def amount(self) -> str:
        """The size of the change in words, e.g. "2 points" or "30 %"."""
        number = f"{self.value:g}"
        return f"{number} %" if self.relative else f"{number} {self.unit}"

    @property
    def short(self) -> str:
        """A compact label for a legend, e.g. "MCID 2 points" or "MDC90 2 points"."""
        return f"{self.label} {self.amount}"

    @property
    def source(self) -> str:
        """Population and citation in one phrase, for captions and tooltips."""
        return f"{self.citation}; {self.population}"

    def step(self, first: float) -> float:
        """The size of change that reaches this threshold from a first-visit score of ``first``."""
        return abs(first) * self.value / 100.0 if self.relative else self.value


THRESHOLDS: tuple[Threshold, ...] = (
    Threshold(
        "nprs_2_points",
        "nprs",
        ThresholdKind.MCID,
        "MCID",
        2.0,
        False,
        "points",
        "adults with low back pain (1-4 weeks of physical therapy)",
        "Childs et al., Spine 2005;30(11):1331-4",
    ),
    Threshold(
        "nprs_30_percent",
        "nprs",
        ThresholdKind.MCID,
        "MCID",
        30.0,
        True,
        "points",
        "chronic pain (pooled clinical trials); about 2 points in absolute terms",
        "Farrar et al., Pain 2001;94(2):149-58",
    ),
    Threshold(
        "ndi_young_7_5",
        "ndi",
        ThresholdKind.MCID,
        "MCID",
        7.5,
        False,
        "points of 50",
        "physical-therapy patients with mechanical neck pain (MDC 10.2 in the same cohort)",
        "Young et al., Spine J 2009;9(10):802-8",
    ),
    Threshold(
        "ndi_young_10",
        "ndi",
        ThresholdKind.MCID,
        "MCID (advised)",
        10.0,
        False,
        "points of 50",
        "physical-therapy patients with mechanical neck pain: the threshold the authors advise, "
        "as their MCID (7.5) lies below the MDC (10.2)",
        "Young et al., Spine J 2009;9(10):802-8",
    ),
    Threshold(
        "odi_ostelo_10",
        "odi",
        ThresholdKind.MCID,
        "MCID",
        10.0,
        False,
        "percentage points",
        "low back pain, international consensus (MDC90 is also about 10)",
        "Ostelo et al., Spine 2008;33(1):90-4",
    ),
    Threshold(
        "odi_copay_12_8",
        "odi",
        ThresholdKind.MCID,
        "MCID",
        12.8,
        False,
        "percentage points",
        "lumbar spine surgery patients",
        "Copay et al., Spine J 2008;8(6):968-74",
    ),
    Threshold(
        "psfs_mdc90_2",
        "psfs",
        ThresholdKind.MDC,
        "MDC90",
        2.0,
        False,
        "points (average score)",
        "the original PSFS study (3 points for a single activity); not an MCID",
        "Stratford et al., Physiother Can 1995;47(4):258-63",
    ),
    Threshold(
        "psfs_mid_2_3",
        "psfs",
        ThresholdKind.MCID,
        "MCID",
        2.3,
        False,
        "points (average score)",
        "multi-region physiotherapy cohort, a medium change (1.3 small, 2.7 large)",
        "Abbott & Schmitt, JOSPT 2014;44(8):560-4",
    ),
)

THRESHOLDS_BY_ID: dict[str, Threshold] = {t.id: t for t in THRESHOLDS}


def options(instrument: str) -> tuple[Threshold, ...]:
    """The thresholds offered for an instrument, the default first; () when none is accepted.

    PPT, VAS, ROM and pain area have no single accepted threshold, so they get none rather
    than a made-up one.
    """
    return tuple(t for t in THRESHOLDS if t.instrument == instrument)


def default_for(instrument: str) -> Threshold | None:
    """The default threshold of an instrument, or None where none is accepted."""
    offered = options(instrument)
    return offered[0] if offered else None


def chosen(instrument: str, choices: Mapping[str, str] | None = None) -> Threshold | None:
    """The threshold chosen for ``instrument`` in ``choices`` (instrument -> threshold id).

    An unknown id, or one that belongs to another instrument, falls back to the default, so a
    preferences file from another version never breaks a chart.
    """
    picked = THRESHOLDS_BY_ID.get((choices or {}).get(instrument, ""))
    if picked is not None and picked.instrument == instrument:
        return picked
    return default_for(instrument)
