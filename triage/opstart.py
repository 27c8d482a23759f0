"""Checks before the bot starts (`make run`): every problem as a clear message in
Dutch and English, instead of a stack trace from deep inside Rasa.

- organisatie.yml must be valid;
- the trained model must exist, match its recorded SHA-256 (MODEL_SHA256, or the
  .sha256 file `make train` writes next to it) and fit the spaCy pipeline available
  here;
- the SQL tracker store and Teams need SENDER_ID_SALT;
- the HTTP API may only be switched on with a token or a JWT secret.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tarfile
from pathlib import Path
from typing import List, Mapping, Optional

from triage import organisatie, spacy_keuze

MODEL = Path("models/triage.tar.gz")


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def recorded_pipeline(model: Path) -> Optional[str]:
    """The spaCy pipeline a trained model records, or None."""
    try:
        with tarfile.open(model, "r:gz") as archive:
            for member in archive.getmembers():
                if member.name.endswith("/" + spacy_keuze.RECORD_FILE):
                    handle = archive.extractfile(member)
                    return json.load(handle).get("pipeline") if handle else None
    except (OSError, tarfile.TarError, ValueError):
        return None
    return None


def problems(model: Path, env: Mapping[str, str]) -> List[str]:
    found = []
    try:
        organisatie.load()
    except organisatie.OrganisatieFout as error:
        found.append(f"{error}\n  (English: the organisation file is invalid.)")

    if not model.is_file():
        found.append(
            f"Er is geen getraind model ({model}). Train het met 'make train'. / No"
            f" trained model ({model}); train one with 'make train'."
        )
    else:
        record = model.with_name(model.name + ".sha256")
        expected = env.get("MODEL_SHA256") or (
            record.read_text().split()[0] if record.is_file() else ""
        )
        if expected and sha256(model) != expected.lower():
            found.append(
                "Het model is niet het model dat getraind of vastgelegd is (SHA-256"
                " verschilt). Train opnieuw of controleer MODEL_SHA256. / The model's"
                " SHA-256 differs from the recorded one; retrain or check"
                " MODEL_SHA256."
            )
        mismatch = spacy_keuze.mismatch(
            recorded_pipeline(model), spacy_keuze.available()
        )
        if mismatch:
            found.append(mismatch)

    if (env.get("TRACKER_DB") or env.get("TEAMS_APP_ID")) and not env.get(
        "SENDER_ID_SALT"
    ):
        found.append(
            "Zet SENDER_ID_SALT op een lang willekeurig geheim: de SQL-opslag en Teams"
            " maken er gebruikers-id's onherleidbaar mee. / Set SENDER_ID_SALT to a"
            " long random secret; the SQL store and Teams hash user ids with it."
        )
    if env.get("BOT_API") not in (None, "", "0") and not (
        env.get("BOT_API_TOKEN") or env.get("BOT_JWT_SECRET")
    ):
        found.append(
            "De HTTP-API gaat alleen aan met BOT_API_TOKEN of BOT_JWT_SECRET. / The"
            " HTTP API needs BOT_API_TOKEN or BOT_JWT_SECRET."
        )
    return found


def main(argv: List[str]) -> int:
    model = Path(argv[0]) if argv else MODEL
    found = problems(model, os.environ)
    for problem in found:
        print(f"FOUT / ERROR: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
