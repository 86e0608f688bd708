"""Exports of an :class:`~secretome_nlp.article.Article`: JSON (with its schema), DataFrames, HTML."""
