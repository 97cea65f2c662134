"""BodyMap: chart myofascial trigger points and dry-needling visits on an anatomical body map."""

__version__ = "0.1.0"
