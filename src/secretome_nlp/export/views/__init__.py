"""HTML views of articles and their records (see :mod:`secretome_nlp.export.html`)."""
