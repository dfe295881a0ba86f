"""Production settings: absolute URLs and feeds (Pelican's convention)."""

from __future__ import annotations

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("SITEURL", "https://briefings.example.org")
RELATIVE_URLS = False

DELETE_OUTPUT_DIRECTORY = True
