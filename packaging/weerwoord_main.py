"""Entry point of the frozen program (PyInstaller): the same command line as ``python -m weerwoord``."""

from weerwoord.cli import main

raise SystemExit(main())
