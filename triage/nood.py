"""Recognises emergencies in a message: acute danger, suicide, violence at home.

Runs on every message, independent of the intent classifier. The lexicon lives in
``content/nood.yml``: named word lists (``begrippen``, the ingredients of an
emergency, such as a weapon, violence going on, a time marker in the past) and per
kind ``regels`` that combine them, plus plain ``patronen`` for phrases that decide
on their own and ``tenzij`` patterns that cancel a kind for a sentence; ``gewoon``
patterns only cancel the models' hits (components/noodherkenning.py). No Rasa
imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Pattern, Tuple

import yaml

from triage.tekst import normalise

LEXICON_FILE = Path(__file__).resolve().parent.parent / "content" / "nood.yml"
# Order matters when several kinds match: suicide first (its answer also gives 112),
# then violence at home (its answer starts with 112), then acute danger.
SOORTEN: Tuple[str, ...] = ("suicide", "huiselijk_geweld", "gevaar")
_CLAUSE = re.compile(r"[.!?;\n]+|\bmaar\b")
# "ik wil dood... van schaamte": an ellipsis before "van" continues the sentence.
_ELLIPSIS_VAN = re.compile(r"(?:\.{2,}|\u2026)\s*(?=van\b)")
# "a.u.b." and "z.s.m." lose their dots, so they do not split a sentence.
_DOTTED = re.compile(r"\b([a-z])\.([a-z])\.(?:([a-z])\.)?")
_TOKEN = re.compile(r"[\w']+")
# After the spelling variants: "collega's" -> "collegas", and commas, colons, quotes
# and brackets become spaces, so word gaps in patterns do not stop at them.
_INNER_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_PUNCTUATION = re.compile(r"[,:\"'()\u2018\u2019\u201c\u201d]+")
_SPACES = re.compile(r"[ \t]+")
# In a concept entry: " ... " stands for up to three arbitrary words, and a "*" right
# after a letter (or at the start) for any further letters: "sla*" matches "slaat".
_GAP = re.compile(r" \.\.\. ")
_STAR = re.compile(r"(?<![)\]}.+?*\\])(?<!\\[wWsSdD])\*")
# Notations written out before compiling. {woord}: one word and its space, but not a
# negation ("is {woord}{0,3}voorbij" does not match "is nog lang niet voorbij").
# {echt}: what follows is not negated ("{echt}brandoefening" does not match "geen
# brandoefening" or "niet een brandoefening"). {niet_echt}: the rest of the sentence
# does not say it is real ("echte brand", "echt gewonden"), unless negated.
_NOTATIES = {
    "{woord}": r"((?!niet\b|nooit\b|geen\b)\w+ )",
    "{echt}": r"(?<!geen )(?<!niet )(?<!geen echte )(?<!niet een )",
    "{niet_echt}": r"(?!.*(?<!niet )\bechte? (brand|rook|vuur|gas|gaslek|gewonde?n?"
    r"|iemand|een|explosie|ontploffing|overval|wapen|mes)\b)",
}
_NOTATIE = re.compile("|".join(re.escape(n) for n in _NOTATIES))
_TOP_KEYS = {"schrijfwijzen", "begrippen", "soorten"}
_KIND_KEYS = {"patronen", "regels", "tenzij", "gewoon"}
_RULE_KEYS = {"naam", "alle", "een_van", "niet", "bereik"}
BEREIK = ("zin", "bericht")


@dataclass(frozen=True)
class Begrip:
    """A named word list, compiled into one pattern matching whole words."""

    naam: str
    patroon: Pattern[str]

    def in_(self, text: str) -> bool:
        return self.patroon.search(text) is not None


@dataclass(frozen=True)
class Regel:
    """Fires when every concept of ``alle``, at least one of ``een_van`` (when
    given) and none of ``niet`` occur in one sentence (``bereik: zin``) or anywhere
    in the message (``bereik: bericht``)."""

    naam: str
    alle: Tuple[Begrip, ...] = ()
    een_van: Tuple[Begrip, ...] = ()
    niet: Tuple[Begrip, ...] = ()
    bereik: str = "zin"

    def past(self, text: str) -> bool:
        return (
            all(b.in_(text) for b in self.alle)
            and (not self.een_van or any(b.in_(text) for b in self.een_van))
            and not any(b.in_(text) for b in self.niet)
        )


@dataclass(frozen=True)
class Soort:
    patronen: Tuple[Pattern[str], ...]
    tenzij: Tuple[Pattern[str], ...]
    regels: Tuple[Regel, ...] = ()
    gewoon: Tuple[Pattern[str], ...] = ()


class Lexicon(Dict[str, Soort]):
    """The kinds by name, plus the spelling variants applied before matching."""

    schrijfwijzen: Dict[str, str]

    def __init__(self, soorten: Dict[str, Soort], schrijfwijzen: Dict[str, str]):
        super().__init__(soorten)
        self.schrijfwijzen = schrijfwijzen


def _notaties(pattern: str) -> str:
    """``pattern`` with every notation ({woord}, {echt}, {niet_echt}) written out."""
    return _NOTATIE.sub(lambda m: _NOTATIES[m.group(0)], pattern)


def begrip_patroon(entries: List[str]) -> str:
    """The regular expression for a concept's entries (whole words only)."""
    parts = [
        _notaties(_STAR.sub(r"\\w*", _GAP.sub(r" (?:[\\w']+ ){0,3}", e)))
        for e in entries
    ]
    return r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)"


def _compile(
    pattern: str, where: str, problems: List[str], shown: Optional[str] = None
) -> Optional[Pattern[str]]:
    try:
        return re.compile(pattern)
    except re.error as error:
        problems.append(f"{where}: invalid pattern {shown or pattern!r} ({error.msg})")
        return None


def _strings(value: Any, where: str, problems: List[str]) -> List[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(
        isinstance(v, (str, int)) and str(v).strip() for v in value
    ):
        problems.append(f"{where}: expected a list of words or patterns")
        return []
    return [str(v).strip() for v in value]


def _begrippen(data: Any, problems: List[str]) -> Dict[str, Begrip]:
    if not isinstance(data, dict):
        problems.append("begrippen: expected a mapping of name -> list of words")
        return {}
    begrippen = {}
    for naam, entries in data.items():
        where = f"begrippen.{naam}"
        # A broken concept stays known (matching nothing), so rules using it do not
        # add a second, misleading "unknown concept" problem.
        begrippen[naam] = Begrip(naam, re.compile(r"(?!)"))
        words = _strings(entries, where, problems)
        if not words:
            problems.append(f"{where}: needs at least one word")
            continue
        loose = [w for w in words if w.startswith("...") or w.endswith("...")]
        if loose:
            problems.append(f"{where}: '...' must stand between two words: {loose}")
            continue
        checked = [_compile(begrip_patroon([w]), where, problems, w) for w in words]
        if all(checked):
            begrippen[naam] = Begrip(naam, re.compile(begrip_patroon(words)))
    return begrippen


def _regel(
    raw: Any, where: str, begrippen: Dict[str, Begrip], used: set, problems: List[str]
) -> Optional[Regel]:
    if not isinstance(raw, dict):
        problems.append(f"{where}: a rule is a mapping with alle / een_van / niet")
        return None
    unknown_keys = set(raw) - _RULE_KEYS
    if unknown_keys:
        problems.append(
            f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown_keys)))}; "
            f"allowed: {', '.join(sorted(_RULE_KEYS))}"
        )
    naam = str(raw.get("naam") or where)
    lists = {}
    for key in ("alle", "een_van", "niet"):
        names = _strings(raw.get(key), f"{where}.{key}", problems)
        missing = [n for n in names if n not in begrippen]
        if missing:
            problems.append(
                f"{where} ({naam}): unknown concept(s) {', '.join(missing)} in "
                f"'{key}'; define them under begrippen"
            )
        used.update(names)
        lists[key] = tuple(begrippen[n] for n in names if n in begrippen)
    if not raw.get("alle") and not raw.get("een_van"):
        problems.append(f"{where} ({naam}): needs 'alle' or 'een_van'")
    bereik = raw.get("bereik", "zin")
    if bereik not in BEREIK:
        problems.append(f"{where} ({naam}): bereik must be one of {', '.join(BEREIK)}")
    return Regel(naam=naam, bereik=bereik, **lists)


def parse_lexicon(data: Any) -> Lexicon:
    """Validates the parsed YAML of nood.yml and builds the lexicon. Raises
    ValueError listing every problem found."""
    problems: List[str] = []
    data = data or {}
    if not isinstance(data, dict):
        raise ValueError("nood.yml: expected a mapping at the top")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        problems.append(
            f"unknown top-level key(s) {', '.join(sorted(map(str, unknown)))}; "
            f"allowed: {', '.join(sorted(_TOP_KEYS))}"
        )
    soorten = data.get("soorten") or {}
    if not isinstance(soorten, dict):
        raise ValueError("nood.yml: 'soorten' must be a mapping of kind -> patterns")
    missing = [
        s
        for s in SOORTEN
        if not isinstance(soorten.get(s), dict)
        or not (soorten[s].get("patronen") or soorten[s].get("regels"))
    ]
    if missing:
        raise ValueError(f"nood.yml needs patterns or rules for: {', '.join(missing)}")
    for naam in set(soorten) - set(SOORTEN):
        problems.append(f"soorten.{naam}: unknown kind; known: {', '.join(SOORTEN)}")

    spelling = data.get("schrijfwijzen") or {}
    if not isinstance(spelling, dict):
        problems.append("schrijfwijzen: expected a mapping of variant -> word")
        spelling = {}
    begrippen = _begrippen(data.get("begrippen") or {}, problems)
    used: set = set()
    built = {}
    for naam in SOORTEN:
        raw = soorten[naam]
        for key in set(raw) - _KIND_KEYS:
            problems.append(
                f"soorten.{naam}: unknown key {key!r}; allowed: "
                f"{', '.join(sorted(_KIND_KEYS))}"
            )
        compiled = {}
        for key in ("patronen", "tenzij", "gewoon"):
            where = f"soorten.{naam}.{key}"
            compiled[key] = tuple(
                p
                for p in (
                    _compile(_notaties(s), where, problems, s)
                    for s in _strings(raw.get(key), where, problems)
                )
                if p is not None
            )
        rules = raw.get("regels") or []
        if not isinstance(rules, list):
            problems.append(f"soorten.{naam}.regels: expected a list of rules")
            rules = []
        regels = []
        for i, rule in enumerate(rules, 1):
            where = f"soorten.{naam}.regels[{i}]"
            regel = _regel(rule, where, begrippen, used, problems)
            if regel is not None:
                regels.append(regel)
        built[naam] = Soort(
            compiled["patronen"], compiled["tenzij"], tuple(regels), compiled["gewoon"]
        )
    for naam in sorted(set(begrippen) - used):
        problems.append(f"begrippen.{naam}: not used by any rule (typo?)")
    if problems:
        raise ValueError("nood.yml has problems:\n- " + "\n- ".join(problems))
    return Lexicon(built, {str(k).strip(): str(v).strip() for k, v in spelling.items()})


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_FILE) -> Dict[str, Soort]:
    return parse_lexicon(yaml.safe_load(Path(path).read_text(encoding="utf-8")))


def voorbereid(text: str, lexicon: Optional[Dict[str, Soort]] = None) -> str:
    """The text as the patterns see it: normalised, dotted abbreviations joined,
    spelling variants ("mn", "z'n", "ff") replaced by the standard word, apostrophes
    inside words dropped and commas, colons, quotes and brackets made spaces."""
    lexicon = lexicon if lexicon is not None else load_lexicon()
    text = _DOTTED.sub(lambda m: "".join(g for g in m.groups() if g), normalise(text))
    spelling = getattr(lexicon, "schrijfwijzen", None) or {}
    if spelling:
        text = _TOKEN.sub(lambda m: _spell(m.group(0), spelling), text)
    text = _PUNCTUATION.sub(" ", _INNER_APOSTROPHE.sub("", text))
    return _SPACES.sub(" ", text).strip()


def _spell(token: str, spelling: Dict[str, str]) -> str:
    if token in spelling:
        return spelling[token]
    return spelling.get(token.strip("'"), token)


def _clauses(text: str) -> List[str]:
    text = _ELLIPSIS_VAN.sub(" ", text)
    return [c.strip() for c in _CLAUSE.split(text) if c and c.strip()]


def ontkend(text: str, soort: str, lexicon: Optional[Dict[str, Soort]] = None) -> bool:
    """True when a sentence of ``text`` matches an exception of ``soort``: a negation
    ("ik denk niet aan zelfmoord"), an idiom or ordinary work talk, or ordinary talk
    that only the models mistake for this kind (``gewoon``: "ik heb een nieuwe baan").
    Used on the models' hits; the lexicon's own rules only heed ``tenzij``."""
    lexicon = lexicon or load_lexicon()
    exceptions = lexicon[soort].tenzij + lexicon[soort].gewoon
    clauses = _clauses(voorbereid(text or "", lexicon))
    return any(t.search(c) for c in clauses for t in exceptions)


def uitleg(
    text: str, lexicon: Optional[Dict[str, Soort]] = None
) -> Optional[Tuple[str, str]]:
    """The kind of emergency in ``text`` and what decided it ("patroon: ..." or
    "regel: <name>"), or None."""
    lexicon = lexicon or load_lexicon()
    whole = voorbereid(text or "", lexicon)
    clauses = _clauses(whole)
    for naam in SOORTEN:
        soort = lexicon[naam]
        cancelled = False
        for clause in clauses:
            if any(t.search(clause) for t in soort.tenzij):
                cancelled = True
                continue
            for p in soort.patronen:
                if p.search(clause):
                    return naam, f"patroon: {p.pattern}"
            for r in soort.regels:
                if r.bereik == "zin" and r.past(clause):
                    return naam, f"regel: {r.naam}"
        if not cancelled:
            for r in soort.regels:
                if r.bereik == "bericht" and r.past(whole):
                    return naam, f"regel: {r.naam}"
    return None


def herken(text: str, lexicon: Optional[Dict[str, Soort]] = None) -> Optional[str]:
    """The kind of emergency in ``text`` ('suicide', 'huiselijk_geweld', 'gevaar'),
    or None. A kind counts when one of its patterns or rules matches a sentence that
    none of its exceptions matches (rules with ``bereik: bericht`` look at the whole
    message and are cancelled by an exception anywhere in it)."""
    found = uitleg(text, lexicon)
    return found[0] if found else None
