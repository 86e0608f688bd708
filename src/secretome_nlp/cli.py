"""Command line: ``secretome-nlp parse|batch|validate|lemmatize``.

The only module that prints. Each command is a thin wrapper around a library function;
errors become one line on stderr and a non-zero exit code (1 bad input, 2 usage,
3 a batch with failures, 128 + signal number — 130 SIGINT, 143 SIGTERM — for a batch
stopped by a signal: what was done is on disk and ``--resume`` finishes it).
"""

from __future__ import annotations

import argparse
import os
import json
import signal
import sys
from pathlib import Path
from typing import Sequence

from .errors import InputError, SecretomeError

EXIT_INPUT = 1
EXIT_PARTIAL = 3


def _stage_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-lemmas", action="store_true", help="skip lemmatisation")
    parser.add_argument("--no-entities", action="store_true", help="skip entity extraction")
    parser.add_argument("--no-references", action="store_true", help="skip references and citations")
    parser.add_argument("--allow-truncated", action="store_true",
                        help="parse a file that ends mid-sentence (a warning instead of an error)")
    parser.add_argument("--max-mib", type=float, default=10.0,
                        help="refuse inputs larger than this many MiB (default 10)")
    parser.add_argument("--strict", action="store_true",
                        help="fail (instead of warning) when part of the text was not analysed")
    parser.add_argument("--lexicon", action="append", default=[], metavar="TSV",
                        help="add the entries of a user lexicon (the packaged lexicon's columns); repeatable")


def _options(args: argparse.Namespace) -> dict:
    return {"lemmas": not args.no_lemmas, "entities": not args.no_entities,
            "references": not args.no_references, "allow_truncated": args.allow_truncated,
            "max_bytes": int(args.max_mib * 2**20), "strict": args.strict,
            "lexicons": tuple(_checked_lexicons(args.lexicon))}


def _checked_lexicons(paths: Sequence[str]) -> list[str]:
    """Absolute paths of user lexicons, each read once here so that a bad file is one error
    for the whole command rather than one per article."""
    from .entities import read_user_lexicon

    out = []
    for path in paths:
        read_user_lexicon(path)  # raises LexiconError with a one-line message
        out.append(os.path.abspath(path))
    return out


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``secretome-nlp`` command."""
    parser = argparse.ArgumentParser(prog="secretome-nlp", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse one article (or its RU and EN parts) and print it")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="one bilingual file, or the RU and EN parts (plain text, PDF, JATS XML or HTML page)")
    p.add_argument("--format", choices=("json", "summary"), default="json")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    _stage_flags(p)

    b = sub.add_parser("batch", help="parse every article under the given files/folders")
    b.add_argument("paths", nargs="+", metavar="PATH",
                   help="files or folders; folders are searched for .txt, .md, .pdf, .xml, .html")
    b.add_argument("--out", required=True, help="output folder: one JSON per article, tables, errors.tsv")
    b.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    b.add_argument("--engine", choices=("local", "dask"), default="local")
    b.add_argument("--address", help="dask scheduler address (engine=dask)")
    b.add_argument("--tables", choices=("parquet", "csv", "none"), default="parquet",
                   help="table datasets under OUT/tables/<name>/ (default parquet)")
    b.add_argument("--resume", action="store_true",
                   help="skip jobs whose article JSON in --out was written from the same input bytes")
    b.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="fail a job that runs longer than this (local engine)")
    b.add_argument("--quiet", action="store_true", help="no progress bar and no per-failure lines")
    _stage_flags(b)

    v = sub.add_parser("validate", help="validate Article JSON files against the shipped schema")
    v.add_argument("files", nargs="+")

    lem = sub.add_parser("lemmatize", help="print token<TAB>lemma for a text (or a file with @path)")
    lem.add_argument("text")
    lem.add_argument("--lang", choices=("ru", "en"), default=None)
    return parser


def _summary(article) -> str:
    md = article.metadata
    lines = [f"doc_id: {article.doc_id}", f"doi: {md.doi}", f"title (ru): {md.title.get('ru')}",
             f"title (en): {md.title.get('en')}",
             f"journal: {md.journal.get('ru') or md.journal.get('en')} {md.year}; {md.volume}({md.issue}):{md.pages}",
             f"sections: {len(article.sections)}, pairs: {len(article.pairs)}, sentences: {len(article.sentences)}",
             f"entities: {len(article.entities)}, references: {len(article.references)}, "
             f"citations: {len(article.citations)}"]
    for ru, en, p in article.iter_pairs():
        lines.append(f"  {ru.id:40} <-> {en.id:40} {p.kind} ({len(p.sentences)} sentence groups)")
    if article.references:
        report = article.citation_report()
        lines.append(f"uncited references: {list(report.uncited) or 'none'}; "
                     f"citations of missing numbers: {list(report.missing) or 'none'}")
    for c in article.coverage:
        lines.append(f"coverage (source {c.source}, {c.total} characters): "
                     + ", ".join(f"{p} {c.share(p):.1%}" for p in ("prose", "structured", "unassigned")))
    lines.append(f"warnings: {len(article.warnings)}")
    for w in article.warnings:
        lines.append(f"warning: {w}")
    return "\n".join(lines)


def _cmd_parse(args: argparse.Namespace) -> int:
    from .pipeline import parse

    if len(args.paths) > 2:
        raise SystemExit("secretome-nlp parse: give one bilingual file or two language parts")
    article = parse(*[Path(p) for p in args.paths], **_options(args))
    out = article.to_json() if args.format == "json" else _summary(article)
    if args.output:
        Path(args.output).write_text(out + "\n", encoding="utf-8")
    else:
        sys.stdout.write(out + "\n")
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from .batch import run_batch

    def on_failure(message: str, bar) -> None:
        if not args.quiet and not bar.write(message):
            print(message, file=sys.stderr)

    summary = run_batch(args.paths, args.out, workers=args.workers, engine=args.engine, address=args.address,
                        tables=args.tables, resume=args.resume, timeout=args.timeout,
                        progress=not args.quiet and sys.stderr.isatty(), on_failure=on_failure,
                        options=_options(args))
    print(f"{summary.line()}; output in {args.out}")
    if summary.interrupted:
        return 128 + signal.Signals[summary.interrupted].value
    return EXIT_PARTIAL if summary.failed else 0


def _cmd_validate(args: argparse.Namespace) -> int:
    import jsonschema

    from .export.json import validate_article

    bad = 0
    for f in args.files:
        try:
            validate_article(json.loads(Path(f).read_text(encoding="utf-8")))
            print(f"valid\t{f}")
        except (OSError, ValueError, jsonschema.ValidationError) as exc:
            bad += 1
            print(f"invalid\t{f}\t{str(exc).splitlines()[0]}", file=sys.stderr)
    return EXIT_INPUT if bad else 0


def _cmd_lemmatize(args: argparse.Namespace) -> int:
    from .morphology import lemmatize_text

    text = Path(args.text[1:]).read_text(encoding="utf-8") if args.text.startswith("@") else args.text
    for tok in lemmatize_text(text, lang=args.lang):
        print(f"{tok.text}\t{tok.lemma}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``secretome-nlp`` command; returns the exit code."""
    args = build_parser().parse_args(argv)
    handlers = {"parse": _cmd_parse, "batch": _cmd_batch, "validate": _cmd_validate,
                "lemmatize": _cmd_lemmatize}
    try:
        return handlers[args.command](args)
    except InputError as exc:
        print(f"secretome-nlp: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except (SecretomeError, OSError) as exc:
        print(f"secretome-nlp: error: {exc}", file=sys.stderr)
        return EXIT_INPUT


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
