"""Loads the models once in the local pool's fork server; workers fork from it ready to parse.

Imported only there (``multiprocessing``'s forkserver preload), never by the library: the
work this module does at import is its whole purpose. Without it every worker would load
the dictionaries, weights and lexicon itself (seconds of start-up per worker, and again
for each worker that replaces a dead one); forked from a loaded server, the workers
start at once and share those pages with it.
"""

from __future__ import annotations

import gc

from ..langid import _langdetect
from ..pipeline import parse

#: A short text that touches every lazily loaded resource: the lemmatiser, the entity
#: lexicon, the repair stage's dictionary check (a word hyphenated across lines).
WARM_TEXT = ("Введение. Клетки способны диффе-\nренцироваться под действием ИЛ-6.\n\n"
             "Introduction. Cells differentiate under IL-6.")

parse(WARM_TEXT, allow_truncated=True)
_langdetect("Texte court en français pour charger les profils de langue.")

# Everything loaded above is shared with the workers copy-on-write. The cyclic collector
# of a worker would walk (and so write to) every one of those objects, copying their pages
# into each worker; frozen, they are left alone (https://docs.python.org/3/library/gc.html#gc.freeze).
gc.freeze()
