"""What a stored conversation may contain, and how long it is kept.

The SQL tracker store (stores/anoniem.py) saves every event through ``zonder_tekst``:
user events keep the recognised intent, entities and confidences, never the text the
person typed, and no event keeps channel metadata. ``verwijder_oud`` deletes
conversations whose last event is older than a number of days (``make purge``).
Pure Python and SQLAlchemy; no Rasa imports.
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
import time
from typing import Any, Dict, List, Optional

import sqlalchemy as sa

from triage import redactie

DEFAULT_DB = "sqlite:///gesprekken.db"
DEFAULT_DAYS = 30
_PARSE_KEEP = ("intent", "intent_ranking")


def zonder_tekst(event: Dict[str, Any]) -> Dict[str, Any]:
    """A copy of a serialised Rasa event that is safe to store."""
    event = copy.deepcopy(event)
    event.pop("metadata", None)
    if event.get("event") == "user":
        for key in ("text", "input_channel", "message_id"):
            event.pop(key, None)
        parse = event.get("parse_data") or {}
        kept = {key: parse[key] for key in _PARSE_KEEP if key in parse}
        # Where an entity was found in the text is not kept, only what it was, and
        # a value taken from the text loses any personal detail.
        kept["entities"] = [
            {"entity": e.get("entity"), "value": _redacted(e.get("value"))}
            for e in parse.get("entities") or []
        ]
        event["parse_data"] = kept
    return event


def _redacted(value: Any) -> Any:
    return redactie.redigeer(value) if isinstance(value, str) else value


def verwijder_oud(url: str, dagen: int, nu: Optional[float] = None) -> int:
    """Deletes every conversation whose last event is more than ``dagen`` days old;
    returns how many conversations were deleted."""
    if dagen < 0:
        raise ValueError("dagen moet 0 of meer zijn. / days must be 0 or more.")
    engine = sa.create_engine(url)
    try:
        if not sa.inspect(engine).has_table("events"):
            return 0
        events = sa.Table("events", sa.MetaData(), autoload_with=engine)
        grens = (time.time() if nu is None else nu) - dagen * 86400
        oud = (
            sa.select(events.c.sender_id)
            .group_by(events.c.sender_id)
            .having(sa.func.max(events.c.timestamp) < grens)
        )
        with engine.begin() as conn:
            ids: List[str] = [row[0] for row in conn.execute(oud)]
            if ids:
                conn.execute(events.delete().where(events.c.sender_id.in_(ids)))
        return len(ids)
    finally:
        engine.dispose()


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Verwijder gesprekken ouder dan N dagen uit de SQL-opslag."
    )
    parser.add_argument(
        "--dagen", type=int, default=int(os.environ.get("BEWAARDAGEN") or DEFAULT_DAYS)
    )
    parser.add_argument("--db", default=os.environ.get("TRACKER_DB") or DEFAULT_DB)
    args = parser.parse_args(argv)
    try:
        count = verwijder_oud(args.db, args.dagen)
    except (ValueError, sa.exc.SQLAlchemyError) as error:
        print(
            f"Opruimen mislukt / Purge failed: {type(error).__name__}: {error}",
            file=sys.stderr,
        )
        return 1
    print(
        f"{count} gesprek(ken) verwijderd waarvan het laatste bericht ouder is dan"
        f" {args.dagen} dagen. / {count} conversation(s) older than {args.dagen}"
        " days deleted."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
