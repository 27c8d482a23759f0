"""Redaction of personal data in Dutch text that is kept (logs, reports) or shown back.

People who report unwanted behaviour at work often name the colleague involved, or
give their own phone number or address. Text the bot stores or repeats must not
identify anyone, so `redigeer` replaces each personal detail with a Dutch placeholder
such as "[naam]" or "[telefoon]". Patterns are always on; with a spaCy pipeline, person
entities are redacted as well. The bot's own help numbers (112, 113, 0800-0113,
0800-2000) and plain links (https://www.113.nl) are service data and stay as they are.
"""

from __future__ import annotations

import re
from typing import Any, Callable, List, Optional, Tuple

PLAATSHOUDERS = (
    "[e-mail]", "[telefoon]", "[postcode]", "[bsn]", "[iban]", "[adres]", "[naam]",
    "[url]",
)  # fmt: skip

_PLACEHOLDER = re.compile("|".join(re.escape(p) for p in PLAATSHOUDERS))
_UP, _LO = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
# Not followed by more of the same number (a phone number is not part of a date).
_END = r"(?!\w|[.,:-]\d)"

# Plain links stay (the bot's help links); a query, "@" or digit run may hold data.
_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"']*[^\s<>\"'.,;:!?)\]]")

# Also written out: "sanne at voorbeeld punt nl", "sanne(at)voorbeeld.nl".
_AT, _DOT = r"\s?[(\[]?\bat\b[)\]]?\s?", r"(?:\s?[(\[]?\b(?:punt|dot)\b[)\]]?\s?|\.)"
_EMAIL = (
    r"(?i)\b[a-z0-9._%+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,}\b"
    rf"|\b[\w.+-]+{_AT}(?:[\w-]+{_DOT})+(?:nl|com|org|net|eu|be|de|info)\b"
)
_IBAN = r"(?i)\bNL\s?\d{2}\s?[a-z]{4}\s?(?:\d\s?){9}\d\b"
# Dutch numbers: 0 + 9 digits, (area code) allowed; 0800/0900 are service numbers.
_PHONE_NL = (
    r"(?<![\w+\-./])(?:\((?=0[1-9]\d{0,2}\)))?(?!0[89]00)0[1-9](?:\)?[ .\-/]{0,3}\d){8}"
    + _END
)
# International: +31 6 12345678, +31(0)6-12345678, 0031612345678, +32 ...: 8+ digits.
_PHONE_INT = (
    r"(?<![\w+])(?:\+|00)(?!31\s?(?:\(0\)\s?)?[89]00)[1-9]"
    r"(?:[ .\-/]{0,2}(?:\(0\)\s?)?\d){7,13}" + _END
)
_BSN_CUE = (
    r"(?i)\b(?:bsn|burgerservice-?nummer|sofi-?nummer)\b(?:\s*(?:is|nr\.?|:|=))*\s*"
    r"(?P<x>\d(?:[ .]?\d){7,8})(?!\d)"
)
_BSN_RUN = r"(?<![\w.,€/+-])\d{3}([ .]?)\d{3}\1\d{3}" + _END
_POSTCODE = r"(?<![\w.,€/-])[1-9]\d{3}\s?(?P<l>[a-zA-Z]{2})\b"
# Lowercase "2023 is" is a year and a word; units are amounts, not postcodes.
_NOT_POSTCODE = frozenset(
    "al af de en er ga ik in is ja je me na nu of om op te uw we ze zo ca jr "
    "km kg cm mm ml mg kb mb gb tb pk kw ha".split()
)

_TUSSEN = (
    r"(?:van|von|de|der|den|ter|ten|te|het|'t|el|al|da|di|du|la|le"
    r"|op\s+(?:de|den|ten|'t)|in\s+(?:de|den|het|'t))"
)
_CAP = rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?"
_SUFFIX = (
    r"(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|park|steeg|dreef|pad"
    r"|markt|baan|boulevard|plantsoen|burgwal|haven|(?<![aeiouy])ring)"
)
# Capitalised words that start a sentence, not a street name ("Aan de Kerkstraat").
_NOT_STREET = (
    r"(?:Aan|Op|In|Bij|Naar|Uit|Via|Langs|Over|Tot|Om|Vanaf|Ik|Wij|We|Zij|Ze|Hij"
    r"|Het|De|Een|Mijn|Onze|Ons|Hun|Haar|Zijn|Woon|Woont|Adres)\b"
)
_HOUSE_NUMBER = (
    r"(?!(?:19|20)\d\d\b)[1-9]\d{0,3}(?!\d)"
    r"(?:\s?-\s?(?:\d{1,4}|[IVX]{1,4}|[a-zA-Z]{1,3})\b|\s?(?:hs|bis|[a-zA-Z])\b)?"
    + _END
)
_ADDRESS = (
    rf"\b(?:(?!{_NOT_STREET})(?:[{_UP}][{_LO}]{{1,4}}\.|[{_UP}][{_LO}]+)\s+"
    rf"(?:{_TUSSEN}\s+){{0,3}}){{0,2}}"
    rf"[{_UP}{_LO}][{_LO}'-]*?[{_LO}]{_SUFFIX}\s+{_HOUSE_NUMBER}"
)
_CUES = (
    r"ik\s+ben|(?<!het\s)heet|mijn\s+naam\s+is|naam(?=\s*:)|meneer|mevrouw|juffrouw"
    r"|de\s+heer|mevr\.|mevr|mw\.|dhr\.|dhr|collega(?:'s)?|leidinggevende|manager"
    r"|teamleider|teamleidster|chef|baas|directeur|afdelingshoofd|genaamd|genoemd"
    r"|groet(?:en|jes)?,?"
)
# Words that may follow a cue with a capital but are no name ("collega: Hij ...").
_NOT_NAME = (
    r"(?:Hij|Zij|Ze|Ik|Het|Een|Die|Dat|Deze|Dit|Wij|We|Jij|Je|Maar|En|Of|Ook"
    r"|Is|Was|Niet|Nooit|Nu|Toen|Dus|Want|Bang|Boos)\b"
)
_PART = rf"(?:{_TUSSEN}\s+){{0,3}}"
_ONE_NAME = rf"{_PART}(?!{_NOT_NAME}){_CAP}(?:\s+{_PART}{_CAP}){{0,2}}"
# "collega's Sanne en Mehmet": a list of names after one cue.
_NAME = (
    rf"(?i:\b(?:{_CUES}))(?:\s*:\s*|\s+)"
    rf"(?P<x>{_ONE_NAME}(?:(?:,\s*|\s+en\s+){_ONE_NAME})*)\b"
)


def _elfproef(number: str) -> bool:
    """The Dutch 11-test for BSNs: 9*d1 + 8*d2 + ... + 2*d8 - d9 is divisible by 11."""
    digits = [int(c) for c in number if c.isdigit()]
    total = sum(w * d for w, d in zip(range(9, 1, -1), digits)) - digits[8]
    return total % 11 == 0 and any(digits)


def _is_postcode(match: re.Match) -> bool:
    letters = match.group("l")
    if letters.isupper():
        return letters not in ("SA", "SD", "SS")
    return letters.lower() not in _NOT_POSTCODE


# (placeholder, pattern, extra check); on overlap the longer match wins.
_RULES: List[Tuple[str, re.Pattern, Optional[Callable[[re.Match], bool]]]] = [
    (label, re.compile(pattern), check)
    for label, pattern, check in [
        ("[e-mail]", _EMAIL, None),
        ("[iban]", _IBAN, None),
        ("[telefoon]", _PHONE_NL, None),
        ("[telefoon]", _PHONE_INT, None),
        ("[bsn]", _BSN_CUE, None),
        ("[bsn]", _BSN_RUN, lambda m: _elfproef(m.group())),
        ("[postcode]", _POSTCODE, _is_postcode),
        ("[adres]", _ADDRESS, None),
        ("[naam]", _NAME, None),
    ]
]


def _spans(tekst: str, nlp: Any) -> List[Tuple[int, int, str]]:
    """Personal details as (start, end, placeholder); overlaps become one span."""
    # Placeholders (from an earlier pass) and plain links are left as they are.
    kept = [m.span() for m in _PLACEHOLDER.finditer(tekst)]
    found: List[Tuple[int, int, str]] = []
    for m in _URL.finditer(tekst):
        if re.search(r"[?@]|\d{8}", m.group()):
            found.append((m.start(), m.end(), "[url]"))
        else:
            kept.append(m.span())
    for label, pattern, check in _RULES:
        group = "x" if "x" in pattern.groupindex else 0
        m = pattern.search(tekst)
        while m:
            if check is None or check(m):
                found.append((m.start(group), m.end(group), label))
            # A detail may hold the next cue ("dhr. Jansen, mw. Yilmaz").
            m = pattern.search(tekst, m.start(group) if group else m.end())
    if nlp is not None:
        for ent in nlp(tekst).ents:
            if ent.label_ in ("PERSON", "PER"):
                found.append((ent.start_char, ent.end_char, "[naam]"))
    found = [f for f in found if not any(f[0] < e and s < f[1] for s, e in kept)]
    merged: List[Tuple[int, int, str]] = []
    for start, end, label in sorted(found, key=lambda f: (f[0], -f[1])):
        if merged and start < merged[-1][1]:
            s0, e0, l0 = merged[-1]
            longest = l0 if e0 - s0 >= end - start else label
            merged[-1] = (s0, max(e0, end), longest)
        elif end > start:
            merged.append((start, end, label))
    return merged


def redigeer(tekst: str, nlp: Any = None) -> str:
    """The text with every personal detail replaced by a placeholder (PLAATSHOUDERS).

    `nlp` is an optional spaCy pipeline (see laad_ner); its PERSON/PER entities are
    redacted too. Places and organisations are not: they rarely identify one person.
    """
    if not isinstance(tekst, str):
        raise TypeError(
            f"redigeer verwacht tekst (str), geen {type(tekst).__name__}. /"
            f" redigeer expects text (str), not {type(tekst).__name__}."
        )
    parts, last = [], 0
    for start, end, label in _spans(tekst, nlp):
        parts += [tekst[last:start], label]
        last = end
    return "".join(parts) + tekst[last:]


def bevat_persoonsgegevens(tekst: str, nlp: Any = None) -> bool:
    """Whether redigeer would change this text."""
    return redigeer(tekst, nlp) != tekst


def laad_ner() -> Any:
    """The Dutch spaCy pipeline nl_core_news_sm when installed, else None."""
    try:
        import spacy

        if spacy.util.is_package("nl_core_news_sm"):
            return spacy.load("nl_core_news_sm")
    except Exception:  # a broken or missing install means: patterns only
        return None
    return None
