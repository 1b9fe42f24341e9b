"""The dyads command end to end: code, rerun, export, rejects, exit codes, eval."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from conftest import SAMPLES, VOA, shared_file
from dyads.cli import main
from dyads.schema import validate_line
from dyads.store import Store


def counts(db: Path) -> dict[str, int]:
    with Store(db) as store:
        return store.counts()


def test_code_samples_into_db_and_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, out = tmp_path / "d.duckdb", tmp_path / "out.jsonl"
    assert main(["code", str(SAMPLES), "--db", str(db), "--out", str(out)]) == 0
    summary = capsys.readouterr().out
    assert "stories coded" in summary and "events" in summary
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 8 == counts(db)["stories"]
    for line in lines:
        validate_line(line)
    assert sum(len(line["events"]) for line in lines) == counts(db)["events"] > 0


def test_rerun_replaces_never_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    main(["code", str(SAMPLES), "--db", str(db), "--quiet"])
    first = counts(db)
    main(["code", str(SAMPLES), "--db", str(db), "--quiet"])
    assert counts(db) == first


def test_voa_corpus_codes_all_89_stories_and_reruns_identically(tmp_path: Path) -> None:
    corpus = shared_file(VOA)
    db = tmp_path / "voa.duckdb"
    assert main(["code", str(corpus), "--db", str(db), "--quiet", "--workers", "2"]) == 0
    first = counts(db)
    assert first["stories"] == 89 and first["rejects"] == 0
    assert main(["code", str(corpus), "--db", str(db), "--quiet", "--workers", "2"]) == 0
    assert counts(db) == first


def test_bad_inputs_are_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "no date here"}\nnot json\n'
                   '{"id": "2", "text": "Russia attacked Ukraine.", "date": "2022-02-24"}\n')
    db, rejects = tmp_path / "d.duckdb", tmp_path / "rejects.jsonl"
    assert main(["code", str(bad), "--db", str(db), "--rejects", str(rejects), "--quiet"]) == 0
    reasons = sorted(json.loads(line)["reason"] for line in rejects.read_text().splitlines())
    assert reasons == ["bad-json", "missing-date"]
    assert counts(db)["rejects"] == 2 and counts(db)["stories"] == 1
    assert main(["code", str(bad), "--db", str(db), "--quiet", "--strict"]) == 1


def test_nothing_coded_exits_non_zero(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    assert main(["code", str(empty), "--db", str(tmp_path / "d.duckdb"), "--quiet"]) == 1


def test_text_without_header_takes_date_option(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Chinese troops clashed with Indian soldiers on the border.")
    out = tmp_path / "out.jsonl"
    assert main(["code", str(story), "--no-db", "--out", str(out), "--date", "2020-06-15", "--quiet"]) == 0
    line = json.loads(out.read_text())
    assert (line["story_date"], line["date_source"]) == ("2020-06-15", "option")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_formats_carry_every_record(tmp_path: Path, fmt: str) -> None:
    db = tmp_path / "d.duckdb"
    main(["code", str(SAMPLES), "--db", str(db), "--quiet"])
    out = tmp_path / ("export.jsonl" if fmt == "jsonl" else "export")
    assert main(["export", "--db", str(db), "--format", fmt, "--out", str(out), "--quiet"]) == 0
    if fmt == "jsonl":
        lines = out.read_text().splitlines()
        assert len(lines) == counts(db)["stories"]
        for line in lines:
            validate_line(json.loads(line))
    else:
        reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
        rows = duckdb.connect().execute(f"select count(*) from {reader}(?)", [str(out / f"events.{fmt}")])
        assert rows.fetchall() == [(counts(db)["events"],)]


@pytest.mark.parametrize("command", [["export", "--out", "x.jsonl"], ["stances", "--holder", "USA", "--concept", "plan"]])
def test_a_missing_database_is_a_clear_error(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                             command: list[str]) -> None:
    assert main([*command, "--db", str(tmp_path / "nope.duckdb")]) == 2
    assert "nope.duckdb does not exist; run 'dyads code' first" in caplog.text


def test_eval_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["plover"]
    assert report["n_sentences"] == 322


def test_unknown_gold_set_is_a_usage_error() -> None:
    assert main(["eval", "no-such-set"]) == 2


def test_eval_actors_on_the_peer_suite(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import SHARED

    shared_file(SHARED / "gold" / "ngec" / "actor_resolution_cases.jsonl")
    monkeypatch.setenv("DYADS_SHARED", str(SHARED))
    assert main(["eval", "actors", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["actors"]
    assert report["country"]["total"] == 316


def test_eval_actors_without_gold_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYADS_SHARED", "/nonexistent")
    assert main(["eval", "actors"]) == 2


def test_eval_dates_on_the_peer_suite(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import SHARED

    shared_file(SHARED / "gold" / "ngec" / "date_resolver_cases.jsonl")
    monkeypatch.setenv("DYADS_SHARED", str(SHARED))
    assert main(["eval", "dates", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["dates"]
    assert report["precision"]["total"] > 0
