"""Tests of the knowledge files and their loaders (dyads.knowledge)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from dyads import knowledge
from dyads.knowledge import KnowledgeError, normalise_alias

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
DATA = REPO / "src" / "dyads" / "data"


def default_types(lemma: str) -> set[str]:
    """PLOVER types of a verb used alone (no pattern), in the source-to-target direction."""
    return {e.plover_type for e in knowledge.verb_lexicon()[lemma] if not e.pattern and not e.reverse}


@pytest.mark.parametrize(
    ("lemma", "plover_type"),
    [
        ("accuse", "ACCUSE"),
        ("criticize", "ACCUSE"),
        ("criticise", "ACCUSE"),
        ("condemn", "ACCUSE"),
        ("meet", "CONSULT"),
        ("visit", "CONSULT"),
        ("negotiate", "CONSULT"),
        ("reject", "REJECT"),
        ("urge", "REQUEST"),
        ("ask", "REQUEST"),
        ("demand", "REQUEST"),
        ("threaten", "THREATEN"),
        ("praise", "SUPPORT"),
        ("sanction", "SANCTION"),
        ("withdraw", "RETREAT"),
        ("arrest", "COERCE"),
        ("protest", "PROTEST"),
        ("kill", "ASSAULT"),
        ("veto", "REJECT"),
    ],
)
def test_verb_default_type(lemma: str, plover_type: str) -> None:
    assert plover_type in default_types(lemma)


@pytest.mark.parametrize(
    ("lemma", "pattern", "plover_type"),
    [
        ("call", "(on)", "REQUEST"),
        ("call", "(for &ceasefire)", "REQUEST"),
        ("impose", "tariffs", "SANCTION"),
        ("appear", "(before court)", "COERCE"),
    ],
)
def test_verb_pattern_type(lemma: str, pattern: str, plover_type: str) -> None:
    types = {e.plover_type for e in knowledge.verb_lexicon()[lemma] if e.pattern == pattern}
    assert plover_type in types


def test_paired_code_gives_reverse_entry() -> None:
    visit = [e for e in knowledge.verb_lexicon()["visit"] if not e.pattern]
    assert {(e.cameo, e.reverse) for e in visit} == {("042", False), ("043", True)}


def test_multiword_verbs_use_spaces() -> None:
    assert "ask for" in knowledge.verb_lexicon()
    assert all("_" not in lemma and "+" not in lemma for lemma in knowledge.verb_lexicon())


def test_verbs_without_code_are_skipped() -> None:
    # ACCELERATE's block has no code and its verbs none of their own: only patterns remain.
    assert all(e.pattern for e in knowledge.verb_lexicon()["accelerate"] if e.source == "CAMEO.2.0")


def test_every_synset_in_a_pattern_is_defined() -> None:
    synsets = knowledge.verb_synsets()
    used = {name for entries in knowledge.verb_lexicon().values() for e in entries
            for name in re.findall(r"&[a-z0-9_]+", e.pattern)}
    assert used <= set(synsets)
    assert "dollar" in synsets["&currency"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("042", ("CONSULT", "visit")),
        ("111", ("ACCUSE", "disapprove")),
        ("112", ("ACCUSE", "allege")),
        ("163", ("SANCTION", "discontinue")),
        ("190", ("ASSAULT", "")),
        ("195", ("ASSAULT", "aerial")),
        ("0841", ("RETREAT", "release")),
        ("0234", ("REQUEST", "assist")),
        ("0469", ("CONSULT", "")),  # unknown child: falls back to 046
        ("010", None),  # CAMEO 01 statements: dropped by PLOVER
    ],
)
def test_cameo_to_plover(code: str, expected: tuple[str, str] | None) -> None:
    assert knowledge.cameo_to_plover(code) == expected


def test_override_is_marked() -> None:
    mapping = knowledge.cameo_mapping("163")
    assert mapping is not None and mapping.source == "override"


@pytest.mark.parametrize(
    ("code", "score"),
    [("190", -10.0), ("042", 1.9), ("0431", 2.8), ("20", -10.0), ("999", None)],
)
def test_goldstein(code: str, score: float | None) -> None:
    assert knowledge.goldstein(code) == score


@pytest.mark.parametrize(
    ("plover_type", "quad"),
    [("CONSULT", 1), ("AID", 2), ("REQUEST", 3), ("ACCUSE", 3), ("SANCTION", 4), ("ASSAULT", 4)],
)
def test_quad_class(plover_type: str, quad: int) -> None:
    assert knowledge.quad_class(plover_type) == quad


def test_unknown_plover_type_names_the_valid_ones() -> None:
    with pytest.raises(KnowledgeError, match="FIGHT.*ASSAULT"):
        knowledge.quad_class("FIGHT")


def test_plover_scores() -> None:
    assert knowledge.plover_score("CONSULT", "visit") == 4.0
    assert knowledge.plover_score("CONSULT", "no-such-mode") == 2.5


def test_every_mapped_mode_is_a_plover_mode() -> None:
    modes = {(row.plover_type, row.plover_mode) for row in _all_mappings()}
    for plover_type, mode in modes:
        knowledge.quad_class(plover_type)  # raises for an unknown type
        if mode:
            assert knowledge.plover_score(plover_type, mode) is not None or mode == "vandalize", mode
            assert _is_listed_mode(plover_type, mode), (plover_type, mode)


def _all_mappings() -> list[knowledge.CameoMapping]:
    codes = [line.split("\t", 1)[0] for line in (DATA / "cameo_plover.tsv").read_text().splitlines()[1:]]
    return [m for m in map(knowledge.cameo_mapping, codes) if m is not None]


def _is_listed_mode(plover_type: str, mode: str) -> bool:
    rows = (DATA / "plover_types.tsv").read_text().splitlines()[1:]
    return any(row.split("\t")[:2] == [plover_type, mode] for row in rows)


@pytest.mark.parametrize(
    ("text", "iso3", "kind"),
    [
        ("U.S.", "USA", "abbreviation"),
        ("Washington", "USA", "capital"),
        ("Kyiv", "UKR", "capital"),
        ("Kiev", "UKR", "capital"),
        ("Chinese", "CHN", "demonym"),
        ("Ukrainian", "UKR", "demonym"),
        ("Americans", "USA", "demonym"),
        ("the United Kingdom", "GBR", "name"),
        ("Britain", "GBR", "short-name"),
        ("Russia", "RUS", "short-name"),
        ("North Korea", "PRK", "short-name"),
        ("DPRK", "PRK", "abbreviation"),
        ("Gaza", "PSE", "territory"),
        ("Beijing", "CHN", "capital"),
        ("Kremlin", "RUS", "seat"),
        ("Élysée", "FRA", "seat"),
        ("Sino-", "CHN", "prefix"),
        ("Greenland", "DNK", "territory"),
        ("Côte d’Ivoire", "CIV", "name"),
    ],
)
def test_country_alias(text: str, iso3: str, kind: str) -> None:
    alias = knowledge.country_aliases()[normalise_alias(text)]
    assert (alias.iso3, alias.kind) == (iso3, kind)


@pytest.mark.parametrize("text", ["georgia", "jordan", "chad", "guinea", "jersey", "congolese"])
def test_ambiguous_country_aliases_are_flagged(text: str) -> None:
    assert knowledge.country_aliases()[text].ambiguous


def test_seats_and_partial_states_carry_a_sector() -> None:
    aliases = knowledge.country_aliases()
    assert (aliases["pentagon"].iso3, aliases["pentagon"].sector) == ("USA", "MIL")
    assert (aliases["abkhazia"].iso3, aliases["abkhazia"].sector) == ("GEO", "PRE")


def test_country_name() -> None:
    assert knowledge.country_name("UKR") == "Ukraine"
    with pytest.raises(KnowledgeError, match="XXX"):
        knowledge.country_name("XXX")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the European Union", "EU"),
        ("European Union", "EU"),
        ("E.U.", "EU"),
        ("European Commission", "EU"),
        ("U.N.", "UN"),
        ("United Nations", "UN"),
        ("Security Council", "UNSC"),
        ("NATO", "NATO"),
        ("North Atlantic Treaty Organization", "NATO"),
        ("African Union", "AU"),
        ("World Bank", "WB"),
        ("G-20", "G20"),
        ("Arab League", "LAS"),
        ("Red Cross", "ICRC"),
    ],
)
def test_igo_alias(text: str, code: str) -> None:
    assert knowledge.igo_aliases()[normalise_alias(text)].code == code


def test_igo_codes_for_plover() -> None:
    igos = knowledge.igo_aliases()
    assert igos["un"].plover_code == "UNO"
    assert igos["eu"].plover_code == "EUR"
    assert igos["who"].ambiguous


@pytest.mark.parametrize(
    ("agent", "sectors"),
    [
        ("troops", ("MIL",)),
        ("soldier", ("MIL",)),
        ("army", ("MIL",)),
        ("police", ("COP",)),
        ("protesters", ("CVL", "OPP")),
        ("rebels", ("REB",)),
        ("government", ("GOV",)),
        ("minister", ("GOV",)),
        ("foreign minister", ("GOV",)),
        ("foreign ministry", ("GOV",)),
        ("president", ("GOV",)),
        ("officials", ("GOV",)),
        ("lawmakers", ("LEG",)),
        ("court", ("JUD",)),
        ("judge", ("JUD",)),
        ("doctors", ("MED",)),
        ("political groups", ("PTY",)),  # a hand row, as NGEC's political parties
    ],
)
def test_agent_sectors(agent: str, sectors: tuple[str, ...]) -> None:
    assert knowledge.agent_sectors()[agent] == sectors


def test_non_actors_are_left_out() -> None:
    assert "earthquake" not in knowledge.agent_sectors()
    assert "monday" not in knowledge.agent_sectors()


def test_a_hand_row_withdraws_an_ngec_agent() -> None:
    # NGEC codes "settlement" as civilians (a village); in news it is mostly an agreement
    assert "settlement" not in knowledge.agent_sectors()
    assert "settlements" not in knowledge.agent_sectors()


@pytest.mark.parametrize(
    ("text", "key"),
    [("The  European Union", "european union"), ("Türkiye", "turkiye"), ("Côte d’Ivoire", "cote d'ivoire")],
)
def test_normalise_alias(text: str, key: str) -> None:
    assert normalise_alias(text) == key


def test_lexicon_version() -> None:
    assert re.fullmatch(r"\d{4}\.\d{2}\.\d+", knowledge.lexicon_version())
    assert knowledge.LEXICON_VERSION == knowledge.lexicon_version()


def test_import_reads_nothing() -> None:
    code = (
        "import dyads.knowledge as k\n"
        "loaders = [k.verb_lexicon, k.country_aliases, k.igo_aliases, k.agent_sectors, k._version]\n"
        "assert all(f.cache_info().currsize == 0 for f in loaders)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_all_lists_the_public_names() -> None:
    public = {name for name, value in vars(knowledge).items()
              if not name.startswith("_") and getattr(value, "__module__", None) == knowledge.__name__}
    assert public <= set(knowledge.__all__)
    assert all(hasattr(knowledge, name) for name in knowledge.__all__)


def _load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_knowledge", REPO / "tools" / "build_knowledge.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses resolve annotations via sys.modules
    spec.loader.exec_module(sys.modules[spec.name])
    return sys.modules[spec.name]


def test_committed_files_match_the_build() -> None:
    if not (SHARED / "codebooks").is_dir():
        pytest.skip(f"{SHARED.resolve()} is absent: cannot rebuild the knowledge files")
    build = _load_build_script()
    outputs = build.build_all(SHARED)
    stale = build.stale_files(outputs, DATA)
    assert not stale, f"run tools/build_knowledge.py and bump src/dyads/data/VERSION: {stale} differ"
