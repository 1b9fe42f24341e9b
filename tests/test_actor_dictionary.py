"""Tests of the known-actor dictionary (dyads.actor_dictionary) and its build (tools/build_actors.py)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from dyads.actor_dictionary import (
    ActorDictionary,
    ActorFileError,
    KnownActor,
    Role,
    default_dictionary,
    find_known,
    known_actors,
    load_user_actors,
    lookup,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
TOOLS = REPO / "tools"
DATA = REPO / "src" / "dyads" / "data"

USER_HEADER = "actor_id\tname\talias\tcountry\tsector\tstart\tend\n"


def found(alias: str, on: date, dictionary: ActorDictionary | None = None) -> tuple[KnownActor, Role]:
    """The lookup result, or a test failure naming the alias."""
    result = (dictionary if dictionary is not None else default_dictionary()).lookup(alias, on)
    if result is None:
        pytest.fail(f"{alias!r} is unknown on {on}")
    return result


def role_on(actor: KnownActor, on: date) -> Role:
    role = actor.role_on(on)
    if role is None:
        pytest.fail(f"{actor.actor_id} has no role on {on}")
    return role


@pytest.mark.parametrize(
    ("alias", "on", "country", "sector"),
    [
        ("putin", "2023-05-12", "RUS", "GOV"),
        ("Vladimir Putin", "1995-06-01", "RUS", "ELI"),
        ("medvedev", "2010-01-01", "RUS", "GOV"),
        ("qin gang", "2023-05-12", "CHN", "GOV"),
        ("wang yi", "2023-05-12", "CHN", "GOV"),
        ("xi jinping", "2023-05-12", "CHN", "GOV"),
        ("blinken", "2023-05-12", "USA", "GOV"),
        ("blinken", "2025-06-01", "USA", "ELI"),
        ("baerbock", "2023-05-12", "DEU", "GOV"),
        ("scholz", "2023-05-12", "DEU", "GOV"),
        ("macron", "2023-05-12", "FRA", "GOV"),
        ("lavrov", "2023-05-12", "RUS", "GOV"),
        ("zelensky", "2023-05-12", "UKR", "GOV"),
        ("Zelenskyy", "2023-05-12", "UKR", "GOV"),
        ("kuleba", "2023-05-12", "UKR", "GOV"),
        ("trump", "2019-01-01", "USA", "GOV"),
        ("trump", "2022-06-01", "USA", "ELI"),
        ("trump", "2025-06-01", "USA", "GOV"),
        ("biden", "2023-01-01", "USA", "GOV"),
        ("biden", "2019-01-01", "USA", "ELI"),
        ("obama", "2012-01-01", "USA", "GOV"),
        ("sunak", "2023-05-12", "GBR", "GOV"),
        ("starmer", "2023-05-12", "GBR", "OPP"),
        ("starmer", "2025-01-01", "GBR", "GOV"),
        ("von der leyen", "2023-05-12", "EU", "IGO"),
        ("modi", "2023-05-12", "IND", "GOV"),
    ],
)
def test_role_in_force(alias: str, on: str, country: str, sector: str) -> None:
    actor, role = found(alias, date.fromisoformat(on))
    assert (role.country, role.sector) == (country, sector), f"{actor.actor_id} on {on}: {role}"


def test_unknown_alias_gives_none() -> None:
    assert lookup("nobody in particular", date(2023, 1, 1)) is None


def test_lookup_names_the_person_and_the_source_of_the_role() -> None:
    actor, role = found("Qin Gang", date(2023, 5, 12))
    assert actor.actor_id == "person:qin-gang"
    assert (role.start, role.end) == (date(2022, 12, 30), date(2023, 7, 25))
    assert role.source.startswith("dyads:")


def test_known_actors_is_keyed_by_id() -> None:
    actors = known_actors()
    assert actors["person:vladimir-putin"].name == "Vladimir Putin"
    assert "putin" in actors["person:vladimir-putin"].aliases


@pytest.mark.parametrize("alias", ["senate", "kremlin", "hussein", "jfk"])
def test_excluded_aliases_are_not_matched(alias: str) -> None:
    assert lookup(alias, date(2020, 1, 1)) is None


def test_a_monarch_keeps_a_fuller_name() -> None:
    actor, role = found("King Fahd", date(1990, 1, 1))
    assert (actor.actor_id, role.country, role.sector) == ("person:fahd", "SAU", "GOV")


def test_superseded_phoenix_roles_are_not_used() -> None:
    # Phoenix has Obama as president with no end; the hand row closes the term.
    obama = known_actors()["person:barack-obama"]
    assert all(role.end is not None for role in obama.roles if role.sector == "GOV")


# ----------------------------------------------------------------------------- the role rule


def _actor(*roles: Role, actor_id: str = "person:test",
           aliases: tuple[str, ...] = ("test",)) -> KnownActor:
    return KnownActor(actor_id, "Test", roles, aliases)


def _role(sector: str, start: str | None, end: str | None, source: str = "phoenix:1") -> Role:
    return Role("USA", sector, date.fromisoformat(start) if start else None,
                date.fromisoformat(end) if end else None, source)


@pytest.mark.parametrize(
    ("on", "sector"),
    [
        ("2005-06-01", "GOV"),  # dated role covering the date
        ("2012-01-01", "ELI"),  # no dated role covers it: the undated default
    ],
)
def test_dated_roles_win_over_the_undated_default(on: str, sector: str) -> None:
    actor = _actor(_role("GOV", "2001-01-20", "2009-01-20"), _role("ELI", None, None))
    assert role_on(actor, date.fromisoformat(on)).sector == sector


def test_without_default_the_nearest_earlier_role_applies() -> None:
    actor = _actor(_role("LEG", "1990-01-01", "1999-12-31"), _role("GOV", "2001-01-20", "2009-01-20"))
    assert role_on(actor, date(2015, 1, 1)).sector == "GOV"
    assert role_on(actor, date(2000, 6, 1)).sector == "LEG"
    assert actor.role_on(date(1980, 1, 1)) is None


def test_the_most_recent_covering_role_and_then_the_later_source_win() -> None:
    actor = _actor(_role("ELI", "1970-01-01", "2010-01-01"), _role("GOV", "2008-05-07", None),
                   _role("MIL", "2008-05-07", None, source="user:mine.tsv:2"))
    assert role_on(actor, date(2009, 1, 1)).sector == "MIL"


def test_shared_alias_goes_to_the_actor_in_office() -> None:
    first = _actor(_role("GOV", "1993-01-20", "2001-01-20"), _role("ELI", None, None),
                   actor_id="person:a", aliases=("clinton",))
    second = _actor(_role("GOV", "2009-01-21", "2013-02-01"), _role("ELI", None, None),
                    actor_id="person:b", aliases=("clinton",))
    dictionary = ActorDictionary([first, second])
    assert found("Clinton", date(1995, 1, 1), dictionary)[0].actor_id == "person:a"
    assert found("Clinton", date(2010, 1, 1), dictionary)[0].actor_id == "person:b"


# ----------------------------------------------------------------------------- user files


def _user_file(tmp_path: Path, body: str, header: str = USER_HEADER) -> Path:
    path = tmp_path / "my_actors.tsv"
    path.write_text("# my own actors\n" + header + body, encoding="utf-8")
    return path


def test_user_file_adds_an_actor_and_overrides_a_role(tmp_path: Path) -> None:
    path = _user_file(tmp_path, (
        "person:jane-doe\tJane Doe\tjane doe\tFRA\tGOV\t2020-01-01\t\n"
        "person:jane-doe\t\tminister doe\t\t\t\t\n"
        "person:vladimir-putin\t\t\tRUS\tMIL\t2022-02-24\t\n"
    ))
    mine = load_user_actors(path)
    jane, role = found("Minister Doe", date(2023, 1, 1), mine)
    assert (jane.name, role.country, role.sector) == ("Jane Doe", "FRA", "GOV")
    assert role.source == "user:my_actors.tsv:3"
    putin, role = found("putin", date(2023, 5, 12), mine)
    assert (role.country, role.sector) == ("RUS", "MIL")
    assert len(putin.roles) == 1  # a user's roles replace the shipped ones
    assert "vladimir vladimirovich putin" in putin.aliases  # shipped aliases stay


def test_user_file_leaves_the_default_dictionary_alone(tmp_path: Path) -> None:
    path = _user_file(tmp_path, "person:vladimir-putin\t\t\tRUS\tMIL\t\t\n")
    load_user_actors(path)
    assert found("putin", date(2023, 5, 12))[1].sector == "GOV"


def test_user_file_removes_an_alias(tmp_path: Path) -> None:
    path = _user_file(tmp_path, "person:vladimir-putin\t\t-putin\t\t\t\t\n")
    mine = load_user_actors(path)
    assert mine.lookup("putin", date(2023, 5, 12)) is None
    assert mine.lookup("vladimir putin", date(2023, 5, 12)) is not None


def test_from_files_builds_a_dictionary_from_user_files_alone(tmp_path: Path) -> None:
    path = _user_file(tmp_path, "org:city-council\tCity Council\t\tGBR\tGOV\t\t\n")
    dictionary = ActorDictionary.from_files(path)
    assert len(dictionary) == 1
    assert found("city council", date(2024, 1, 1), dictionary)[1].country == "GBR"


@pytest.mark.parametrize(
    ("header", "body", "message"),
    [
        ("actor_id\tnickname\n", "person:x\tX\n", "unknown columns ['nickname']"),
        (USER_HEADER, "Jane Doe\tJane\t\t\t\t\t\n", "is not of the form"),
        (USER_HEADER, "person:x\tX\t\tFRA\tgovernment\t\t\n", "three-letter PLOVER sector"),
        (USER_HEADER, "person:x\tX\t\tFRA\tGOV\t2020-13-01\t\n", "YYYY-MM-DD"),
        (USER_HEADER, "person:x\tX\t\tFRA\tGOV\t2020-01-01\t2019-01-01\n", "before start"),
        (USER_HEADER, "person:x\t\tx\t\t\t\t\n", "give its name"),
        (USER_HEADER, "person:x\tX\t\tFRA\tGOV\n", "5 tab-separated cells"),
    ],
)
def test_user_file_errors_name_the_problem(tmp_path: Path, header: str, body: str,
                                           message: str) -> None:
    with pytest.raises(ActorFileError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_user_actors(_user_file(tmp_path, body, header))


def test_the_example_in_the_docs_works(tmp_path: Path) -> None:
    docs = (REPO / "docs" / "ACTORS.md").read_text(encoding="utf-8")
    example = docs.split("Example, `my_actors.tsv`:", 1)[1].split("```")[1].lstrip("\n")
    path = tmp_path / "my_actors.tsv"
    path.write_text(example, encoding="utf-8")
    mine = load_user_actors(path)
    jane, role = found("Mayor Doe", date(2024, 1, 1), mine)
    assert (jane.name, role.country, role.sector) == ("Jane Doe", "GBR", "GOV")
    assert found("jane q. doe", date(2019, 1, 1), mine)[1].sector == "ELI"
    assert mine.lookup("putin", date(2024, 1, 1)) is None


def test_missing_user_file_is_an_actor_file_error(tmp_path: Path) -> None:
    with pytest.raises(ActorFileError, match="cannot read"):
        load_user_actors(tmp_path / "absent.tsv")


# ----------------------------------------------------------------------------- finding names in text


SENTENCE = ("Chinese Foreign Minister Qin Gang met Russian President Vladimir Putin on Tuesday, "
            "while Zelenskyy\u2019s foreign minister Dmytro Kuleba spoke to Annalena Baerbock.")


def test_find_known_returns_spans_of_the_text() -> None:
    spans = find_known(SENTENCE, date(2023, 5, 12))
    found = [(SENTENCE[s.start:s.end], s.actor.actor_id) for s in spans]
    assert found == [
        ("Foreign Minister Qin Gang", "person:qin-gang"),
        ("Russian President Vladimir Putin", "person:vladimir-putin"),
        ("Zelenskyy", "person:volodymyr-zelensky"),
        ("Dmytro Kuleba", "person:dmytro-kuleba"),
        ("Annalena Baerbock", "person:annalena-baerbock"),
    ]


def test_find_known_folds_case_diacritics_and_spacing() -> None:
    text = "PUTIN and Sébastien  Lecornu\nmet."
    found = [(text[s.start:s.end], s.actor.actor_id) for s in find_known(text)]
    assert found == [("PUTIN", "person:vladimir-putin"),
                     ("Sébastien  Lecornu", "person:sebastien-lecornu")]


def test_find_known_respects_word_boundaries_and_capitals(tmp_path: Path) -> None:
    path = _user_file(tmp_path, "person:condoleezza-rice\tCondoleezza Rice\trice\tUSA\tGOV\t"
                                "2005-01-26\t2009-01-20\n")
    mine = ActorDictionary.from_files(path)
    assert [s.start for s in mine.find_known("Rice said rice prices and Ricegate rose.")] == [0]
    assert mine.find_known("") == []


def test_default_dictionary_is_cached() -> None:
    assert default_dictionary() is default_dictionary()


# ----------------------------------------------------------------------------- the build script


def _load_build_script() -> ModuleType:
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))  # build_actors imports its sibling build_knowledge
    spec = importlib.util.spec_from_file_location("build_actors", TOOLS / "build_actors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses resolve annotations via sys.modules
    spec.loader.exec_module(sys.modules[spec.name])
    return sys.modules[spec.name]


@pytest.mark.parametrize(
    ("digits", "expected"),
    [("080507", "2008-05-07"), ("300101", "2030-01-01"), ("310101", "1931-01-01"),
     ("700101", "1970-01-01"), ("19110101", "1911-01-01"), ("201005011", "2010-05-01")],
)
def test_phoenix_century_rule(digits: str, expected: str) -> None:
    assert _load_build_script().phoenix_date(digits).isoformat() == expected


@pytest.mark.parametrize(
    ("inner", "start", "end"),
    [("RUSGOV 991231-080507", "1999-12-31", "2008-05-07"), ("RUSGOV >080508", "2008-05-08", None),
     ("EGYGOV > 140608", "2014-06-08", None), ("IRQ <20030320", None, "2003-03-20"),
     ("USAGOV 19820101", "1982-01-01", None), ("RUSELI", None, None)],
)
def test_phoenix_date_restrictions(inner: str, start: str | None, end: str | None) -> None:
    role = _load_build_script().parse_restriction(inner, 1)
    assert (role.start and role.start.isoformat(), role.end and role.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("code", "expected"),
    [("AFGGOVAGR", ("AFG", "GOV")), ("USAELI", ("USA", "ELI")), ("USAMED", ("USA", "JRN")),
     ("GBRVGBGOV", ("GBR", "GOV")), ("IGOEUREEC", ("EU", "IGO")), ("USRGOV", ("RUS", "GOV")),
     ("KNTGOV", None), ("IRQ", None)],
)
def test_cameo_codes_read_as_country_and_plover_sector(code: str,
                                                      expected: tuple[str, str] | None) -> None:
    build = _load_build_script()
    codec = build.Codec(prefixes={"IGOEUR": ("EU", "IGO"), "USR": ("RUS", ""), "KNT": ("", "")},
                        countries=frozenset({"AFG", "USA", "GBR", "RUS", "IRQ", "EU"}),
                        sectors={"GOV": "GOV", "ELI": "ELI", "AGR": "AGR", "MED": "JRN"})
    assert codec.read(code) == expected


def test_committed_data_matches_the_build() -> None:
    if not (SHARED / "codebooks").is_dir():
        pytest.skip(f"{SHARED.resolve()} is absent: cannot rebuild the actor files")
    outputs = _load_build_script().build_all(SHARED)
    stale = [name for name, text in outputs.items()
             if (DATA / name).read_text(encoding="utf-8") != text]
    assert not stale, f"run tools/build_actors.py: {stale} differ from the build"


@pytest.mark.parametrize(
    ("text", "phrases"),
    [("SOUTHERN_FRONT_(SF)_", ["SOUTHERN_FRONT", "SF"]), ("NORTH_ARMY_", ["NORTH_ARMY_"])],
)
def test_a_non_state_group_name_and_its_abbreviation(text: str, phrases: list[str]) -> None:
    assert [p.text for p in _load_build_script().mnsa_phrases(text, 1)] == phrases


def test_non_state_groups_carry_their_code_on_the_name_line(tmp_path: Path) -> None:
    source = tmp_path / "groups.txt"
    source.write_text("# comment\nRIVER_FRONT_ [XYZREB] # note\n+RIVER_FIGHTERS_\n\n"
                      "HILL_GROUP\n+HILL_MEN\n\t[IMGMUSALQ]\n", encoding="utf-8")
    entries = _load_build_script().read_mnsa(source, Counter())
    assert [[p.text for head in e.heads for p in head] for e in entries] == [
        ["RIVER_FRONT_", "RIVER_FIGHTERS_"], ["HILL_GROUP", "HILL_MEN"]]
    assert [[r.code for r in e.roles] for e in entries] == [["XYZREB"], ["IMGMUSALQ"]]
