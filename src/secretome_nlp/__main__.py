"""``python -m secretome_nlp`` runs the command line."""

import sys

from .cli import main

sys.exit(main())
