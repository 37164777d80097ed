"""Entry point of the frozen program (PyInstaller): the same command line as ``python -m app``."""

from app.cli import main

raise SystemExit(main())
