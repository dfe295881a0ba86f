"""Entry point: ``python -m briefings.nlp``."""

import sys

from briefings.nlp.cli import main

sys.exit(main())
