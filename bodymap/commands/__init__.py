"""Headless subcommands of the ``bodymap`` CLI, one module each, registered by bodymap.cli."""
