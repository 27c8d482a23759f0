"""SQL tracker store that keeps no text and no traceable sender id.

Rasa's SQLTrackerStore with two changes: every event passes
``triage.opslag.zonder_tekst`` before it is written (no typed text, no channel
metadata), and the sender id is replaced by an HMAC with the secret SENDER_ID_SALT,
for every read and write. SQLite by default; PostgreSQL (or another SQLAlchemy
database) by URL. Configured in endpoints-sql.yml:

    tracker_store:
      type: stores.anoniem.AnoniemeTrackerStore
      url: ${TRACKER_DB}

Do not configure an event broker next to it: Rasa streams whole events, text
included, to a broker.
"""

from __future__ import annotations

import json
import os
from typing import Any, Optional, Text

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from triage import kanaal, opslag


class AnoniemeTrackerStore(SQLTrackerStore):
    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[Text] = None,
        **kwargs: Any,
    ) -> None:
        self.salt = os.environ.get("SENDER_ID_SALT", "")
        if not self.salt:
            raise RasaException(
                "Zet SENDER_ID_SALT (een lang geheim) voor de SQL-opslag: daarmee"
                " worden gebruikers-id's onherleidbaar gemaakt. / Set"
                " SENDER_ID_SALT (a long secret) for the SQL tracker store: user"
                " ids are hashed with it."
            )
        for key in ("dialect", "db", "username", "password", "port", "login_db"):
            kwargs.pop(key, None)  # everything is in the URL
        url = host or os.environ.get("TRACKER_DB") or opslag.DEFAULT_DB
        super().__init__(domain=domain, host=url, **kwargs)

    def _hash(self, sender_id: Text) -> Text:
        return kanaal.anonymous_id(sender_id, self.salt)

    def _event_query(self, session: Any, sender_id: Text, **kwargs: Any) -> Any:
        return super()._event_query(session, self._hash(sender_id), **kwargs)

    async def save(self, tracker: DialogueStateTracker) -> None:
        sender_id = self._hash(tracker.sender_id)
        with self.session_scope() as session:
            for event in self._additional_events(session, tracker):
                data = opslag.zonder_tekst(event.as_dict())
                session.add(
                    self.SQLEvent(
                        sender_id=sender_id,
                        type_name=event.type_name,
                        timestamp=data.get("timestamp"),
                        intent_name=(data.get("parse_data") or {})
                        .get("intent", {})
                        .get(INTENT_NAME_KEY),
                        action_name=data.get("name"),
                        data=json.dumps(data),
                    )
                )
            session.commit()
