"""Allow ``python -m weerwoord``."""

from weerwoord.cli import main

raise SystemExit(main())
