"""The organisation's contact details, read from a YAML file and validated.

Run ``python -m triage.organisatie [file]`` to check a file: it prints what is wrong in
plain Dutch and exits with 1, or prints a short summary and exits with 0.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import yaml

DEFAULT_FILE = Path(__file__).resolve().parent.parent / "organisatie.yml"
SOORTEN = ("intern", "extern")
CONTACT_FIELDS = ("omschrijving", "telefoon", "email", "bereikbaar")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9][0-9 \-()]{5,}$")


class OrganisatieFout(ValueError):
    """The organisation file cannot be used; the message says why, in Dutch."""


@dataclass(frozen=True)
class Contact:
    omschrijving: str = ""
    naam: str = ""
    soort: str = ""
    telefoon: str = ""
    email: str = ""
    bereikbaar: str = ""

    def bereik(self) -> str:
        """How to reach this contact, as one line of Dutch."""
        parts = []
        if self.telefoon:
            parts.append(f"bel {self.telefoon}")
        if self.email:
            parts.append(f"mail {self.email}")
        line = " of ".join(parts)
        if self.bereikbaar:
            line += f" ({self.bereikbaar})"
        return line


@dataclass(frozen=True)
class Organisatie:
    naam: str
    vertrouwenspersonen: Tuple[Contact, ...]
    hr: Optional[Contact] = None
    klachtencommissie: Optional[Contact] = None
    integriteit: Optional[Contact] = None

    def contact(self, key: str) -> Optional[Contact]:
        """The optional contact named ``key`` (hr, klachtencommissie, integriteit)."""
        return getattr(self, key, None) if key in OPTIONAL_CONTACTS else None


OPTIONAL_CONTACTS = ("hr", "klachtencommissie", "integriteit")


def _text(value: Any, where: str, errors: List[str]) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        errors.append(f"{where} moet tekst zijn.")
        return ""
    return value.strip()


def _contact(
    raw: Any, where: str, errors: List[str], fields: Tuple[str, ...]
) -> Optional[Contact]:
    if not isinstance(raw, dict):
        errors.append(f"{where} moet een lijst van velden zijn (zoals telefoon: ...).")
        return None
    unknown = sorted(set(raw) - set(fields))
    if unknown:
        errors.append(f"{where} heeft onbekende velden: {', '.join(unknown)}.")
    values: Dict[str, str] = {
        f: _text(raw.get(f), f"{where}.{f}", errors) for f in fields
    }
    if values.get("email") and not EMAIL.match(values["email"]):
        errors.append(f"{where}.email is geen geldig e-mailadres.")
    if values.get("telefoon") and not PHONE.match(values["telefoon"]):
        errors.append(f"{where}.telefoon is geen geldig telefoonnummer.")
    if not values.get("telefoon") and not values.get("email"):
        errors.append(f"{where} heeft een telefoon of een email nodig.")
    return Contact(**values)


def parse(data: Any) -> Organisatie:
    """Validates parsed YAML; raises ``OrganisatieFout`` listing every problem."""
    errors: List[str] = []
    if not isinstance(data, dict):
        raise OrganisatieFout("Het bestand moet velden bevatten, zoals 'organisatie:'.")
    allowed = {"organisatie", "vertrouwenspersonen", *OPTIONAL_CONTACTS}
    unknown = sorted(set(data) - allowed)
    if unknown:
        errors.append(f"Onbekende velden: {', '.join(unknown)}.")
    naam = _text(data.get("organisatie"), "organisatie", errors)
    if not naam:
        errors.append("'organisatie' (de naam van de organisatie) ontbreekt.")

    raw_vps = data.get("vertrouwenspersonen")
    vps: List[Contact] = []
    if not isinstance(raw_vps, list) or not raw_vps:
        errors.append(
            "'vertrouwenspersonen' moet minstens één vertrouwenspersoon noemen."
        )
    else:
        for i, raw in enumerate(raw_vps, start=1):
            where = f"vertrouwenspersonen {i}"
            vp = _contact(raw, where, errors, ("naam", "soort", *CONTACT_FIELDS[1:]))
            if vp is None:
                continue
            if vp.soort not in SOORTEN:
                errors.append(f"{where}.soort moet 'intern' of 'extern' zijn.")
            vps.append(vp)

    optional = {
        key: _contact(data[key], key, errors, CONTACT_FIELDS)
        for key in OPTIONAL_CONTACTS
        if data.get(key) is not None
    }
    if errors:
        raise OrganisatieFout(
            "Het organisatiebestand klopt niet:\n- " + "\n- ".join(errors)
        )
    return Organisatie(naam=naam, vertrouwenspersonen=tuple(vps), **optional)


def load(path: Optional[os.PathLike] = None) -> Organisatie:
    """Reads and validates the organisation file (default: ORGANISATIE_FILE or
    ``organisatie.yml`` in the project)."""
    path = Path(path or os.environ.get("ORGANISATIE_FILE") or DEFAULT_FILE)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        raise OrganisatieFout(f"Het organisatiebestand '{path}' is niet te lezen.")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (regel {mark.line + 1})" if mark else ""
        raise OrganisatieFout(
            f"Het organisatiebestand '{path.name}' is geen geldige YAML{where}."
        )
    return parse(data)


def main(argv: List[str]) -> int:
    try:
        organisatie = load(argv[1] if len(argv) > 1 else None)
    except OrganisatieFout as error:
        print(
            f"FOUT: {error}\n(English: the organisation file is invalid.)",
            file=sys.stderr,
        )
        return 1
    print(
        f"Organisatiebestand in orde: {organisatie.naam}, "
        f"{len(organisatie.vertrouwenspersonen)} vertrouwenspersoon/-personen."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
