"""The demo's three patients and the course of treatment each one follows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bodymap.model import Instrument, PainQuality, Patient, Sex, Side


@dataclass(frozen=True, slots=True)
class DemoPoint:
    """A trigger point of a demo case; ``tag`` picks the catalogue site ("central", "tp1"...).

    ``latent_from`` and ``gone_from`` are fractions of the course (0 = first visit, 1 = last)
    from which the point is only latent, or no longer found.
    """

    muscle: str
    side: Side
    tag: str
    tenderness: int
    latent_from: float = 2.0
    gone_from: float = 2.0
    position: str = ""  # PatientPosition value for this point; default the case's
    direction: str = ""  # how the needle went in, as the catalogue's safety note asks


@dataclass(frozen=True, slots=True)
class DemoCase:
    """One demo patient and the course of their treatment."""

    patient: Patient
    visits: int
    interval_days: int
    points: tuple[DemoPoint, ...]
    quality: PainQuality
    nprs: tuple[int, int]  # pre-treatment NPRS at the first and the last visit
    ppt: tuple[float, float]  # kg/cm² at the first point's site, first and last visit
    disability: tuple[Instrument, float, float] | None  # NDI/ODI at first and last visit
    psfs: tuple[str, ...] = ()
    subjective: tuple[str, str, str] = ("", "", "")  # early, middle, late in the course
    assessment: tuple[str, str, str] = ("", "", "")
    plan: str = ""
    needle: tuple[float, float] = (0.25, 40.0)  # diameter x length in mm
    position: str = "prone"  # PatientPosition value while needled
    #: Medications as screened early, middle and late in the course: (ticked group or "",
    #: names and doses). Ibuprofen is an NSAID: "other" relevant medication, not none.
    medications: tuple[tuple[str, str], tuple[str, str], tuple[str, str]] = (
        ("", ""),
        ("", ""),
        ("", ""),
    )


_TRAPEZIUS = "Pincer grip on the free border; needle horizontal, front to back, never downward"

CASES: tuple[DemoCase, ...] = (
    DemoCase(
        patient=Patient(
            name="Zoë Ñúñez-Łukasiewicz",
            chart_number="DEMO-001",
            sex=Sex.FEMALE,
            date_of_birth=date(1987, 4, 23),
            contact="zoe.nunez@example.org · 0161 496 0731",
            notes="Graphic designer, 8-9 h a day at a screen. Tension-type headache.",
        ),
        visits=6,
        interval_days=7,
        quality=PainQuality.ACHING,
        points=(
            DemoPoint("upper_trapezius", Side.RIGHT, "central", 8, direction=_TRAPEZIUS),
            DemoPoint(
                "upper_trapezius",
                Side.LEFT,
                "central",
                6,
                latent_from=0.4,
                gone_from=0.8,
                direction=_TRAPEZIUS,
            ),
            DemoPoint(
                "suboccipitals",
                Side.RIGHT,
                "",
                7,
                latent_from=0.6,
                direction="Short needle aimed up at the occipital bone as a backstop, never "
                "toward the spinal canal",
            ),
            DemoPoint(
                "sternocleidomastoid",
                Side.RIGHT,
                "sternal",
                6,
                gone_from=0.6,
                position="supine",
                direction="Pincer grip lifting the sternal head off the carotid sheath; needle "
                "between the fingers, kept within the muscle",
            ),
        ),
        nprs=(7, 2),
        ppt=(1.6, 3.2),
        disability=(Instrument.NDI, 18, 6),
        psfs=(
            "Working at the computer for 2 hours",
            "Reading in bed",
            "Driving for more than 30 minutes",
        ),
        subjective=(
            "Daily band-like headache over the right temple and behind the eye, worse by late "
            "afternoon at the screen. Neck feels stiff turning right. Taking ibuprofen most days.",
            "Headaches now 3-4 days a week and shorter. Doing the chin tucks and upper "
            "trapezius stretch at work breaks. Some soreness for a day after needling.",
            "One mild headache this week after a long deadline day, settled with a walk. "
            "No painkillers for 10 days.",
        ),
        assessment=(
            "Tension-type headache with active trigger points in right upper trapezius, "
            "suboccipitals and sternocleidomastoid reproducing the familiar temple pain.",
            "Responding well: fewer active points, PPT rising, headache frequency halved.",
            "Near-resolved; residual latent suboccipital point. Plan discharge to home program.",
        ),
        plan="Dry needling to active points; home stretching and chin tucks; screen ergonomics.",
        needle=(0.25, 30.0),
        position="prone",
        medications=(
            ("other", "Ibuprofen 400 mg most days (NSAID)"),
            ("other", "Ibuprofen 200 mg now and then (NSAID)"),
            ("", ""),
        ),
    ),
    DemoCase(
        patient=Patient(
            name="Mehmet Öztürk-Brennan",
            chart_number="DEMO-002",
            sex=Sex.MALE,
            date_of_birth=date(1971, 11, 2),
            contact="+44 7700 900418",
            notes="Warehouse supervisor. Low back and buttock pain after lifting, 10 weeks.",
        ),
        visits=7,
        interval_days=8,
        quality=PainQuality.DULL,
        points=(
            DemoPoint(
                "quadratus_lumborum",
                Side.LEFT,
                "superficial",
                8,
                direction="Horizontal, toward the L3 transverse process, below the 12th rib",
            ),
            DemoPoint("gluteus_medius", Side.LEFT, "tp1", 7, latent_from=0.5),
            DemoPoint(
                "gluteus_minimus",
                Side.LEFT,
                "posterior",
                7,
                gone_from=0.7,
                direction="Perpendicular to the skin down to the ilium, clear of the superior "
                "gluteal vessels",
            ),
            DemoPoint("gluteus_maximus", Side.LEFT, "tp2", 5, latent_from=0.3, gone_from=0.6),
        ),
        nprs=(8, 3),
        ppt=(2.1, 4.0),
        disability=(Instrument.ODI, 46, 16),
        psfs=(
            "Lifting a box from the floor",
            "Sitting through a 1-hour meeting",
            "Putting on socks",
        ),
        subjective=(
            "Constant deep ache across the left low back into the buttock, sharper getting "
            "out of a chair or turning in bed. Sleep broken twice a night. No leg numbness.",
            "Back ache now mostly after a full shift. Sitting tolerance up to 45 minutes. "
            "Doing the hip-hinge and side-lying stretches most days.",
            "Back on full duties. Occasional stiffness in the morning that eases in minutes.",
        ),
        assessment=(
            "Mechanical low back pain with active quadratus lumborum and gluteal trigger "
            "points reproducing the buttock pain. No red flags; neuro screen clear.",
            "Improving function and pain; gluteus minimus point resolved.",
            "Good recovery; ODI in the minimal band. Continue strengthening independently.",
        ),
        plan="Dry needling QL and gluteals; hip-hinge retraining; graded lifting program.",
        needle=(0.30, 60.0),
        position="side_lying_right",
        medications=(
            ("other", "Ibuprofen 400 mg as needed (NSAID)"),
            ("other", "Ibuprofen 400 mg after a long shift (NSAID)"),
            ("", ""),
        ),
    ),
    DemoCase(
        patient=Patient(
            name="Aoife Ní Bhriain-Søndergaard",
            chart_number="DEMO-003",
            sex=Sex.FEMALE,
            date_of_birth=date(1979, 6, 30),
            contact="aoife.nb@example.net",
            notes="Violinist and teacher. Right lateral elbow pain, 4 months.",
        ),
        visits=5,
        interval_days=7,
        quality=PainQuality.SHARP,
        points=(
            DemoPoint("extensor_carpi_radialis", Side.RIGHT, "longus", 8),
            DemoPoint("brachioradialis", Side.RIGHT, "", 6, latent_from=0.5),
            DemoPoint(
                "supinator",
                Side.RIGHT,
                "",
                7,
                gone_from=0.75,
                direction="Onto the radius as a backstop, lateral to the deep radial nerve",
            ),
            DemoPoint("extensor_digitorum", Side.RIGHT, "", 5, latent_from=0.25, gone_from=0.5),
        ),
        nprs=(6, 1),
        ppt=(1.9, 3.6),
        disability=None,
        psfs=(
            "Practising the violin for 30 minutes",
            "Gripping a full kettle",
            "Carrying shopping bags",
        ),
        subjective=(
            "Sharp pain at the outside of the right elbow when gripping the bow and lifting "
            "the kettle; aching into the back of the forearm after teaching.",
            "Can practise 20 minutes before the ache starts. Grip less painful. Doing the "
            "eccentric wrist extension exercise daily.",
            "Practising 45 minutes with breaks, pain-free teaching days this week.",
        ),
        assessment=(
            "Lateral elbow pain with active forearm extensor and supinator trigger points "
            "reproducing the familiar pain; grip painful, resisted middle-finger extension +.",
            "Steady gains in grip tolerance and PPT; supinator point settled.",
            "Minimal symptoms; self-managing with loading program.",
        ),
        plan="Dry needling forearm extensors; eccentric loading; bowing technique review.",
        needle=(0.25, 30.0),
        position="supine",
    ),
)
