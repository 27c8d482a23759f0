"""Recognises emergencies in a message: acute danger, suicide, violence at home.

Runs on every message, independent of the intent classifier. The lexicon lives in
``content/nood.yml``. No Rasa imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Pattern, Tuple

import yaml

from triage.tekst import normalise

LEXICON_FILE = Path(__file__).resolve().parent.parent / "content" / "nood.yml"
# Order matters when several kinds match: suicide first (its answer also gives 112),
# then violence at home (its answer starts with 112), then acute danger.
SOORTEN: Tuple[str, ...] = ("suicide", "huiselijk_geweld", "gevaar")
_CLAUSE = re.compile(r"[.!?;\n]+|\bmaar\b")


@dataclass(frozen=True)
class Soort:
    patronen: Tuple[Pattern[str], ...]
    tenzij: Tuple[Pattern[str], ...]


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_FILE) -> Dict[str, Soort]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    soorten = (data or {}).get("soorten") or {}
    missing = [s for s in SOORTEN if s not in soorten or not soorten[s].get("patronen")]
    if missing:
        raise ValueError(f"nood.yml needs patterns for: {', '.join(missing)}")
    return {
        naam: Soort(
            patronen=tuple(re.compile(p) for p in soorten[naam]["patronen"]),
            tenzij=tuple(re.compile(p) for p in soorten[naam].get("tenzij") or ()),
        )
        for naam in SOORTEN
    }


def _clauses(text: str) -> List[str]:
    return [c.strip() for c in _CLAUSE.split(text) if c and c.strip()]


def ontkend(text: str, soort: str, lexicon: Optional[Dict[str, Soort]] = None) -> bool:
    """True when a sentence of ``text`` matches an exception of ``soort``: a negation
    ("ik denk niet aan zelfmoord"), an idiom or ordinary work talk."""
    lexicon = lexicon or load_lexicon()
    exceptions = lexicon[soort].tenzij
    return any(t.search(c) for c in _clauses(normalise(text or "")) for t in exceptions)


def herken(text: str, lexicon: Optional[Dict[str, Soort]] = None) -> Optional[str]:
    """The kind of emergency in ``text`` ('suicide', 'huiselijk_geweld', 'gevaar'),
    or None. A kind counts when one of its patterns matches a sentence that none of
    its exceptions matches."""
    lexicon = lexicon or load_lexicon()
    clauses = _clauses(normalise(text or ""))
    for naam in SOORTEN:
        soort = lexicon[naam]
        for clause in clauses:
            if any(p.search(clause) for p in soort.patronen) and not any(
                t.search(clause) for t in soort.tenzij
            ):
                return naam
    return None
