"""Settings for krajsoc's own test suite (tests, doctests in src and docs, benchmarks).

Hypothesis's per-example deadline is a timed unit test in disguise: on a loaded two-core machine
a 200 ms deadline fails correct code. Speed lives in ``benchmarks/``, so this suite runs without
deadlines. Projects that use krajsoc's plugin and strategies keep their own settings: this file
is not part of the package.
"""

from hypothesis import settings

settings.register_profile("krajsoc", deadline=None)
settings.load_profile("krajsoc")
