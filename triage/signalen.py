"""Cheap signals in a message that change the advice: a bystander, an outsider, or a
question rather than a story.

Only booleans leave this module; the text itself is never kept.
"""

from __future__ import annotations

import re

from triage.tekst import normalise

_OUTSIDERS = re.compile(
    r"\b(klant\w*|patient\w*|client\w*|leerling\w*|passagier\w*|reiziger\w*|"
    r"bezoeker\w*|bewoner\w*|gasten|burger\w*|ouders? van|ouders? (?:op|bij) "
    r"(?:school|de opvang)|publiek|fans?|supporters?|hufters? aan de balie)\b"
)

_BYSTANDER = re.compile(
    r"\b(ik (?:zag|zie|hoorde|hoor|merk|merkte|heb gezien|heb gehoord)|getuige|"
    r"(?:mijn|een|onze|m'n|mn) (?:collega|teamgenote?|stagiair\w*|medewerker\w*|"
    r"leerling\w*|vriendin|vriend|buddy|nieuwe collega)\w*\b[^.?!]{0,60}?"
    r"\b(?:wordt|werd|is|krijgt|kreeg|heeft)\b)"
)

# The writer is the one it happens to: then they are not (only) a bystander.
_SELF_AS_TARGET = re.compile(
    r"\b(ik word|ik werd|ik ben (?:\w+ )?(?:ge\w+|uitgescholden|bedreigd)|"
    r"(?<!van )(?:mij|me)\b|mijzelf|mezelf)"
)


def is_omstander(text: str) -> bool:
    """True when the writer reports what happens to someone else."""
    plain = normalise(text)
    return bool(_BYSTANDER.search(plain)) and not _SELF_AS_TARGET.search(plain)


def is_extern(text: str) -> bool:
    """True when the behaviour comes from outsiders such as clients or patients."""
    return bool(_OUTSIDERS.search(normalise(text)))


# A question: a question mark, a question word first, or "kan ik (daarmee) bij ...".
_VRAAG = re.compile(
    r"\?|^(?:wat|waar|wie|hoe|wanneer|waarom|welke|mag|kan|kun|moet|is|zijn|heeft|"
    r"klopt)\b|\b(?:kan|mag|moet) ik (?:\w+ ){0,2}(?:bij|naar|terecht)\b|"
    r"\b(?:waar|wat|wie|hoe) (?:kan|moet|mag) (?:ik|mij|me)\b|\bwaar (?:\w+ )?terecht\b"
)


def is_vraag(text: str) -> bool:
    """True when the writer asks something ("waar kan ik terecht?") rather than only
    telling what happened."""
    return bool(_VRAAG.search(normalise(text)))
