"""``python -m krajsoc``: the command line, for machines where the script is not on PATH."""

from krajsoc.cli import main

raise SystemExit(main())
