"""The version of krajsoc, read by the build backend and by :mod:`krajsoc`."""

__version__ = "0.1.0"
