"""Generator of the body art and muscle regions (run ``python -m bodymap.anatomy.artwork``)."""
