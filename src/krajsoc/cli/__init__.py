"""The ``krajsoc`` command line: an adapter that prints what the pure core computes.

Run ``krajsoc --help`` (or ``python -m krajsoc --help``) for the commands. Bad input exits with
status 2 and a one-line message; ``--json`` gives machine-readable output.
"""

from krajsoc.cli._app import main

__all__ = ["main"]
