"""Catalogue rows: arm and forearm (domain.md §3), in our own words."""

from __future__ import annotations

from bodymap.anatomy.regionsgen.spec import A, M, P, Referral, Row, Site
from bodymap.model import View

_A, _P = View.ANTERIOR, View.POSTERIOR

ROWS: tuple[Row, ...] = (
    Row(
        muscle="biceps_brachii",
        title="Biceps brachii",
        location="Distal half of the belly.",
        referral=Referral(
            "Front of the shoulder over the biceps tendon and the crook of the elbow; sometimes "
            "over the suprascapular area.",
            essential=(A("biceps_tendon", r=9), A("antecubital", r=7)),
            spillover=(P("supraspinous_fossa", r=10), A((84, 232), r=6)),
        ),
        safety="Brachial artery and median nerve lie medially; the musculocutaneous nerve.",
        thorax_risk=False,
        sites=(Site("distal", "distal half of the belly", _A, M(0.5, 0.7)),),
    ),
    Row(
        muscle="triceps_brachii",
        title="Triceps brachii",
        location="Long head at mid-arm; medial and lateral heads near the elbow.",
        referral=Referral(
            "Back of the arm and shoulder, the lateral or medial epicondyle, the back of the "
            "forearm, and the 4th and 5th fingers.",
            essential=(P("deltoid_posterior", "arm_mid", r=8),),
            spillover=(P("forearm_dorsal", "wrist", r=5),),
        ),
        safety="Radial nerve in the spiral groove (lateral head).",
        thorax_risk=False,
        sites=(
            Site("long_head", "long head, mid-arm", _P, M(0.3, 0.4)),
            Site(
                "lateral",
                "lateral head near the elbow",
                _P,
                M(0.8, 0.8),
                referral=Referral(
                    "The lateral epicondyle and the back of the arm.",
                    essential=(P("lateral_epicondyle", r=7),),
                    spillover=(P("arm_lateral", r=8),),
                ),
            ),
            Site(
                "medial",
                "medial head near the elbow",
                _P,
                M(0.2, 0.85),
                referral=Referral(
                    "The medial epicondyle, spilling to the ring and little fingers.",
                    essential=(P("medial_epicondyle", r=7), A("medial_epicondyle", r=6)),
                    spillover=(P("ring_finger", "little_finger", r=5),),
                ),
            ),
        ),
    ),
    Row(
        muscle="brachioradialis",
        title="Brachioradialis",
        location="Lateral proximal forearm, just below the elbow.",
        referral=Referral(
            "The lateral epicondyle and down the radial forearm to the web and base of the thumb.",
            essential=(A("lateral_epicondyle", r=7), A("thumb_web", r=6), P("thumb_base", r=6)),
            spillover=(A("forearm_radial", "wrist_radial", r=5),),
        ),
        safety="Superficial radial nerve.",
        thorax_risk=False,
        sites=(Site("tp1", "just below the elbow, lateral", _A, M(0.5, 0.35)),),
    ),
    Row(
        muscle="extensor_carpi_radialis",
        title="Extensor carpi radialis longus / brevis",
        location="Proximal radial forearm, 1-2 cm below the lateral epicondyle (brevis a little "
        "further down).",
        referral=Referral(
            "The lateral epicondyle, the back of the forearm and the back of the hand (brevis: a "
            "strong zone over the back of the hand); 'tennis elbow' and a weak grip.",
            essential=(P("lateral_epicondyle", r=7), P("hand_back", r=10)),
            spillover=(P("forearm_dorsal", "wrist", r=6),),
        ),
        safety="Posterior interosseous (deep radial) nerve.",
        thorax_risk=False,
        sites=(
            Site(
                "longus",
                "longus, just below the lateral epicondyle",
                _P,
                "below_lateral_epicondyle",
            ),
            Site("brevis", "brevis, a little further down", _P, M(0.5, 0.25)),
        ),
    ),
    Row(
        muscle="extensor_carpi_ulnaris",
        title="Extensor carpi ulnaris",
        location="Proximal ulnar side of the back of the forearm.",
        referral=Referral(
            "Ulnar side of the back of the wrist.",
            essential=(P("wrist_ulnar", r=7),),
            spillover=(P((88, 398), r=9),),
        ),
        safety="No major structure at the usual site; standard precautions.",
        thorax_risk=False,
        sites=(Site("tp1", "proximal ulnar forearm", _P, M(0.4, 0.25)),),
    ),
    Row(
        muscle="extensor_digitorum",
        title="Extensor digitorum",
        location="Proximal back of the forearm.",
        referral=Referral(
            "Down the back of the forearm to the fingers it serves (usually middle and ring); "
            "may include the elbow.",
            essential=(P("forearm_dorsal", "wrist", "middle_finger", r=5),),
            spillover=(P("lateral_epicondyle", r=7), P("ring_finger", r=5)),
        ),
        safety="Posterior interosseous nerve.",
        thorax_risk=False,
        sites=(Site("tp1", "proximal back of the forearm", _P, M(0.5, 0.25)),),
    ),
    Row(
        muscle="supinator",
        title="Supinator",
        location="Deep, just below the lateral epicondyle near the radial head.",
        referral=Referral(
            "The lateral epicondyle, the back of the web and base of the thumb, sometimes the "
            "back of the forearm; 'tennis elbow'.",
            essential=(P("lateral_epicondyle", r=7), P("thumb_base", r=7)),
            spillover=(P("forearm_radial", "wrist_radial", r=5),),
        ),
        safety="The deep radial nerve passes through the muscle.",
        thorax_risk=False,
        sites=(Site("tp1", "below the lateral epicondyle", _P, M(0.5, 0.5)),),
    ),
)
