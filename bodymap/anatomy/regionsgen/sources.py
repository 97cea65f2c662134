"""Where each catalogue row comes from, and the evidence tag that follows from it.

domain.md §3 names the sources of every row; its tags mean:

* ``S``   – from a public source cited next to it: here a medical reference (MedLink's Travell &
  Simons figure captions, fpnotebook), a professional body (NAMTPT), a textbook chapter or a
  peer-reviewed paper;
* ``S-2`` – only from secondary sources that themselves cite the primary literature: blogs,
  course flashcards and quizzes, clinic and practitioner pages;
* ``R``   – from the standard literature (Travell & Simons) with no public copy checked, in whole
  or in part: shown as unreviewed.

The tag is derived from the sources listed, so it cannot drift from the citation shown.
"""

from __future__ import annotations

from dataclasses import dataclass

PRIMARY, SECONDARY = "primary", "secondary"

#: Source key -> (how it is cited, which kind of source it is).
PUBLISHERS: dict[str, tuple[str, str]] = {
    "namtpt": ("NAMTPT trigger-point symptom checker (check.myofascialtherapy.org)", PRIMARY),
    "medlink": ("Travell & Simons figure captions, medlink.com", PRIMARY),
    "fpnotebook": ("fpnotebook.com, trigger point locations", PRIMARY),
    "gatterman": ("Gatterman, chiropractic textbook chapter (lib.ir copy)", PRIMARY),
    "kearns2017": ("Kearns et al. 2017, piriformis cadaver study (PMC5901430)", PRIMARY),
    "hannah2022": ("Hannah et al., JMMT 2022 (abstract)", PRIMARY),
    "brainscape": ("brainscape.com 'TrP referral' flashcards", SECONDARY),
    "aberdeen": ("aberdeenchiropracticblog.com", SECONDARY),
    "eastcoast": ("eastcoasttherapeutics.com", SECONDARY),
    "naokootani": ("naokootanilmt.blogspot.com", SECONDARY),
    "knuklball": ("knuklball trigger-point map", SECONDARY),
    "triplerspa": ("triplerspa page", SECONDARY),
    "triggerpoints_net": ("triggerpoints.net", SECONDARY),
    "heathersday": ("heathersday.tumblr.com (Travell & Simons figures)", SECONDARY),
    "beverlyhills": ("beverlyhillstmjheadachepain.com", SECONDARY),
    "drgranone": ("drgranone page", SECONDARY),
    "massagelibrary": ("massagelibrary.com", SECONDARY),
    "fitness_vip": ("fitness-vip.com muscle-chains pages (Richter/Hebgen text)", SECONDARY),
    "studyres": ("studyres.com table", SECONDARY),
    "drugisvetskirat": ("drugisvetskirat page", SECONDARY),
    "morningside": ("morningsideacupuncturenyc.com", SECONDARY),
    "iwakuni": ("iwakunimassage page", SECONDARY),
    "westsub": ("westsubpainrelief.com", SECONDARY),
    "triggerpoints3d": ("triggerpoints3d.com", SECONDARY),
    "nielasher": ("nielasher.com", SECONDARY),
    "triggerpointselfhelp": ("triggerpointselfhelp.com", SECONDARY),
    "galantdesign": ("galantdesign.se (Travell & Simons text)", SECONDARY),
    "learnandfeelbetter": ("learnandfeelbetter page", SECONDARY),
    "painfreehealth": ("painfreehealth.ca (Travell & Simons text)", SECONDARY),
    "massagetoday": ("massagetoday.com", SECONDARY),
    "triggerpointtherapist": ("triggerpointtherapist page", SECONDARY),
    "abbottcenter": ("abbottcenter.com", SECONDARY),
    "painwhisperer": ("painwhisperer.com", SECONDARY),
    "healthathand": ("healthathand.us", SECONDARY),
    "innerouterhealth": ("innerouterhealth page", SECONDARY),
    "th4": ("th4 page", SECONDARY),
    "triggerpoint_ca": ("triggerpoint.ca", SECONDARY),
    "realbodywork": ("realbodywork.com", SECONDARY),
    "jeopardylabs": ("jeopardylabs.com quiz", SECONDARY),
    "docplayer": ("Trigger Point Master Course index (docplayer.net)", SECONDARY),
}

TRAVELL_SIMONS = "Travell & Simons, Myofascial Pain and Dysfunction (no public copy checked)"


@dataclass(frozen=True, slots=True)
class RowSource:
    """The sources of one catalogue row; ``unreviewed`` names what rests on T&S alone."""

    keys: tuple[str, ...]
    unreviewed: str = ""  # e.g. "the referral detail"; "all" when nothing public was checked

    @property
    def tag(self) -> str:
        """The evidence tag that follows from the sources (S, S-2 or R)."""
        if self.unreviewed or not self.keys:
            return "R"
        if any(PUBLISHERS[k][1] == PRIMARY for k in self.keys):
            return "S"
        return "S-2"

    @property
    def citation(self) -> str:
        """The sources as one line, unreviewed parts named."""
        parts = [PUBLISHERS[k][0] for k in self.keys]
        if self.unreviewed == "all":
            parts.append(TRAVELL_SIMONS)
        elif self.unreviewed:
            parts.append(f"{self.unreviewed}: {TRAVELL_SIMONS}")
        return "; ".join(parts)


def _s(*keys: str, unreviewed: str = "") -> RowSource:
    return RowSource(keys, unreviewed)


#: Row title (as in the rows modules) -> its sources, following domain.md §3's Src column.
SOURCES: dict[str, RowSource] = {
    "Upper trapezius": _s("namtpt", "medlink", "fpnotebook"),
    "Middle trapezius": _s("namtpt"),
    "Lower trapezius": _s("medlink"),
    "Levator scapulae": _s("medlink", "namtpt"),
    "Splenius capitis": _s("gatterman", "eastcoast"),
    "Splenius cervicis": _s("eastcoast", "naokootani"),
    "Suboccipitals": _s("gatterman", "aberdeen", "knuklball"),
    "Semispinalis capitis / cervical multifidi": _s("naokootani"),
    "Sternocleidomastoid (sternal division)": _s("medlink"),
    "Sternocleidomastoid (clavicular division)": _s("medlink", "triplerspa"),
    "Scalenes (anterior, middle, posterior)": _s("medlink", "namtpt"),
    "Masseter": _s("medlink", "triggerpoints_net"),
    "Temporalis": _s("heathersday", "beverlyhills", "drgranone"),
    "Supraspinatus": _s("fpnotebook", "massagelibrary"),
    "Infraspinatus": _s("namtpt", "medlink", "fitness_vip", "aberdeen"),
    "Teres minor": _s("fitness_vip", "studyres"),
    "Teres major": _s("fitness_vip"),
    "Subscapularis": _s(unreviewed="all"),
    "Latissimus dorsi": _s("aberdeen", "drugisvetskirat", unreviewed="the referral detail"),
    "Rhomboids (major / minor)": _s("aberdeen", "morningside"),
    "Serratus anterior": _s("namtpt", "aberdeen"),
    "Pectoralis major": _s("aberdeen", "fpnotebook", "iwakuni"),
    "Pectoralis minor": _s("aberdeen"),
    "Deltoid": _s("aberdeen"),
    "Biceps brachii": _s(unreviewed="all"),
    "Triceps brachii": _s(unreviewed="all"),
    "Brachioradialis": _s("westsub"),
    "Extensor carpi radialis longus / brevis": _s("namtpt", "triggerpoints3d", "nielasher"),
    "Extensor carpi ulnaris": _s("namtpt"),
    "Extensor digitorum": _s("triggerpointselfhelp", unreviewed="the finger detail"),
    "Supinator": _s("medlink"),
    "Iliocostalis thoracis (thoracic erector spinae)": _s(unreviewed="all"),
    "Iliocostalis lumborum (L1 level)": _s("brainscape"),
    "Lumbar / sacral multifidus": _s("brainscape"),
    "Quadratus lumborum": _s("brainscape", "galantdesign", "learnandfeelbetter"),
    "Gluteus maximus": _s("brainscape"),
    "Gluteus medius": _s("brainscape", "aberdeen"),
    "Gluteus minimus": _s("painfreehealth", "massagetoday", "triggerpoints3d"),
    "Piriformis": _s("namtpt", "medlink", "kearns2017", "hannah2022"),
    "Tensor fasciae latae": _s("aberdeen", "triggerpointtherapist", "nielasher", "massagetoday"),
    "Iliopsoas": _s("abbottcenter", unreviewed="the lumbar pattern"),
    "Rectus femoris": _s("painwhisperer", "healthathand", "innerouterhealth"),
    "Vastus lateralis": _s("healthathand", "th4", unreviewed="part of the pattern"),
    "Vastus medialis": _s("namtpt", "healthathand"),
    "Hamstrings - biceps femoris": _s("massagelibrary"),
    "Hamstrings - semitendinosus / semimembranosus": _s("massagelibrary"),
    "Adductor longus / brevis": _s("aberdeen"),
    "Adductor magnus": _s("triggerpoint_ca", unreviewed="the proximal pattern"),
    "Gastrocnemius": _s("fpnotebook", "massagelibrary", "realbodywork"),
    "Soleus": _s("namtpt", "nielasher"),
    "Tibialis anterior": _s("fitness_vip"),
    "Peroneus (fibularis) longus": _s("painwhisperer", "jeopardylabs"),
    "Peroneus (fibularis) brevis": _s("painwhisperer", "jeopardylabs"),
    "Peroneus tertius": _s("painwhisperer"),
    "Extensor digitorum longus": _s("docplayer", unreviewed="the referral pattern"),
    "Tibialis posterior": _s("docplayer", unreviewed="the referral pattern"),
    "Flexor digitorum longus": _s("brainscape"),
    "Abductor hallucis": _s("brainscape", "jeopardylabs"),
    "Quadratus plantae": _s("brainscape"),
    "Flexor hallucis brevis": _s("brainscape"),
    "Extensor digitorum brevis": _s("brainscape"),
}


def source_of(title: str) -> RowSource:
    """The sources of the row titled ``title``.

    Raises:
        KeyError: naming the row when its sources are not listed.
    """
    try:
        return SOURCES[title]
    except KeyError:
        raise KeyError(f"catalogue row {title!r} has no sources listed") from None
