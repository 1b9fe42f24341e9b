"""The ``dyads`` command: a thin adapter over the library.

Exit codes: 0 success; 1 nothing could be coded (or, with --strict, anything
was rejected) or an evaluation gate failed; 2 bad usage, settings or files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from dyads import __version__
from dyads.errors import DyadsError
from dyads.settings import DECLARED, Settings, load_settings

log = logging.getLogger("dyads")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _settings(args: argparse.Namespace) -> Settings:
    base = load_settings(args.config)
    return base.replace(model=args.model, batch_size=getattr(args, "batch_size", None),
                        workers=getattr(args, "workers", None),
                        min_confidence=getattr(args, "min_confidence", None),
                        db=getattr(args, "db", None))


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, help="TOML settings file (see 'dyads settings')")
    parser.add_argument("--model", help="spaCy model to load by name (setting 'model')")
    parser.add_argument("--quiet", action="store_true", help="no progress and no summary")


def _code_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("code", help="code stories into the database and/or a JSONL file",
                       description="Code news stories: files, directories, globs, or - for stdin.")
    p.add_argument("sources", nargs="+", help="files (.txt .jsonl .csv .tsv .html), directories, globs, or -")
    p.add_argument("--db", help="DuckDB database path (setting 'db', default dyads.duckdb)")
    p.add_argument("--no-db", action="store_true", help="do not write a database (use with --out)")
    p.add_argument("--out", type=Path, help="also write coded stories to this JSONL file")
    p.add_argument("--rejects", type=Path, help="write rejected inputs here (default: <db>.rejects.jsonl)")
    p.add_argument("--date", type=_date, help="story date for inputs that carry none (YYYY-MM-DD)")
    p.add_argument("--workers", type=int, help="worker processes (setting 'workers')")
    p.add_argument("--batch-size", type=int, help="stories per parse batch (setting 'batch_size')")
    p.add_argument("--min-confidence", type=float, help="drop events below this confidence")
    p.add_argument("--strict", action="store_true", help="exit 1 if any input was rejected")
    _add_common(p)
    p.set_defaults(handler=_cmd_code)


def _cmd_code(args: argparse.Namespace) -> int:
    from dyads.progress import Progress
    from dyads.runner import run

    settings = _settings(args)
    db = None if args.no_db else Path(settings.db)
    rejects = args.rejects or (db.with_suffix(".rejects.jsonl") if db else None)
    progress = Progress(enabled=False) if args.quiet else Progress()
    summary = run(args.sources, settings, story_date=args.date, db=db, out=args.out,
                  rejects=rejects, progress=progress)
    if not args.quiet:
        print(summary.format())
    if summary.coded == 0:
        log.error("no story could be coded (%d rejected)", sum(summary.rejected.values()))
        return 1
    return 1 if args.strict and summary.rejected else 0


def _export_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export the database as JSONL, CSV or Parquet",
                       description="JSONL: one line per story. CSV/Parquet: a directory, one table per record kind.")
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl", help="output format")
    p.add_argument("--out", type=Path, required=True, help="JSONL file, or directory for csv/parquet")
    p.add_argument("--db", help="DuckDB database path (setting 'db')")
    _add_common(p)
    p.set_defaults(handler=_cmd_export)


def _cmd_export(args: argparse.Namespace) -> int:
    from dyads.store import Store, export

    with Store(_existing_db(args)) as store:
        paths = export(store, args.format, args.out)
    if not args.quiet:
        print("\n".join(str(p) for p in paths))
    return 0


def _existing_db(args: argparse.Namespace) -> Path:
    """The database the settings name; an error when it was never made."""
    db = Path(_settings(args).db)
    if not db.exists():
        raise DyadsError(f"database {db} does not exist; run 'dyads code' first or pass --db")
    return db


def _eval_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score the coder against gold data",
                       description="Precision, recall and F1 per field on gold-standard sets.")
    p.add_argument("sets", nargs="*", default=["plover"], help="gold sets to score (default: plover)")
    p.add_argument("--gold", type=Path, help="gold file to use instead of the shipped copy")
    p.add_argument("--annotations", type=Path,
                   help="score this second annotation (a folder in the gold format) instead of the coder: "
                        "inter-annotator agreement on the stories it annotates (sets voa, voa-quotes, stances)")
    p.add_argument("--json", action="store_true", help="print machine-readable JSON")
    _add_common(p)
    p.set_defaults(handler=_cmd_eval)


def _cmd_eval(args: argparse.Namespace) -> int:
    from dyads.eval.runner import evaluate

    reports = evaluate(args.sets, _settings(args), gold=args.gold, annotations=args.annotations)
    if args.json:
        print(json.dumps({name: r.to_dict() for name, r in reports.items()}, indent=2))
    else:
        print("\n\n".join(f"== {name} ==\n{r.format_table()}" for name, r in reports.items()))
    return 0


def _stances_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stances", help="a holder's stances on a concept over time, or a DNA export",
                       description="Timeline of one holder's stances on one concept, smoothed, with "
                                   "shifts; or stances as Discourse Network Analyzer statements (CSV).")
    p.add_argument("--holder", help="actor code, id or name, e.g. USA (needed for a timeline)")
    p.add_argument("--concept", help="concept words or id, e.g. 'peace plan' (needed for a timeline)")
    p.add_argument("--format", choices=("table", "json", "dna"), default="table",
                   help="table or json: the timeline; dna: DNA statements as CSV (needs --out)")
    p.add_argument("--out", type=Path, help="write to this file instead of printing (required for dna)")
    p.add_argument("--alpha", type=float, default=0.5,
                   help="weight of each new stance in the moving average, in (0, 1] (default 0.5)")
    p.add_argument("--db", help="DuckDB database path (setting 'db')")
    _add_common(p)
    p.set_defaults(handler=_cmd_stances)


def _cmd_stances(args: argparse.Namespace) -> int:
    from dyads.store import Store
    from dyads.timeline import export_dna, stance_timeline

    db = _existing_db(args)
    if args.format == "dna":
        if args.out is None:
            raise DyadsError("--format dna writes a CSV file; give --out FILE")
        with Store(db) as store:
            written = export_dna(store, args.out, holder=args.holder, concept=args.concept)
        if not args.quiet:
            print(f"{written} statements written to {args.out}")
        return 0
    if not (args.holder and args.concept):
        raise DyadsError("a timeline needs --holder and --concept, e.g. --holder USA --concept 'peace plan' "
                         "(or --format dna --out FILE for every stance)")
    with Store(db) as store:
        timeline = stance_timeline(store, args.holder, args.concept, alpha=args.alpha)
    text = (json.dumps(timeline.to_dict(), indent=2, ensure_ascii=False) if args.format == "json"
            else timeline.format_table())
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


def _settings_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="list every setting with its default and help",
                       description="Settings come from defaults, a --config TOML file, then DYADS_* variables.")
    p.set_defaults(handler=_cmd_settings)


def _cmd_settings(args: argparse.Namespace) -> int:
    for s in DECLARED:
        print(f"{s.name:<16} {s.default!r:<26} {s.help}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``dyads`` command."""
    parser = argparse.ArgumentParser(prog="dyads", description="Political event data, quotes and stances from news.")
    parser.add_argument("--version", action="version", version=f"dyads {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", required=True)
    for add in (_code_parser, _export_parser, _eval_parser, _stances_parser, _settings_parser):
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``dyads`` command."""
    args = build_parser().parse_args(argv)
    level = logging.INFO if args.verbose else logging.WARNING
    if getattr(args, "quiet", False) and not args.verbose:
        level = logging.ERROR
    logging.basicConfig(level=level, format="dyads: %(levelname)s: %(message)s")
    try:
        return int(args.handler(args))
    except DyadsError as exc:
        log.error("%s", exc)
        return 2


if __name__ == "__main__":
    sys.exit(main())
