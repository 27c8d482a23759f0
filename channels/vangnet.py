"""Safety net shared by the channels: every message gets an answer.

When nothing comes back for a message (the action server is down or too slow, or Rasa
failed), the person still gets a Dutch answer with the vertrouwenspersoon's contact
details and 112/113, built from content/kanaal.yml and organisatie.yml without the
dialogue model. A very long message gets a short note after the answer. Errors are
logged by type only: never the message text or the sender id. As a second line of
defence, every log record of the Rasa process passes ``triage.redactie`` (names,
e-mail addresses, phone numbers and the like become placeholders).
"""

from __future__ import annotations

import logging
import os
from typing import Any, Awaitable, Callable, Dict, Text

import rasa.core.actions.action
from rasa.core.channels.channel import UserMessage

from triage import kanaal, organisatie, redactie, routing

logger = logging.getLogger(__name__)

# Rasa waits five minutes for a custom action. A person in distress should not: after
# ACTION_TIMEOUT seconds (default 10) the action counts as failed and the safety net
# answers. Rasa reads this module constant on every action call.
rasa.core.actions.action.DEFAULT_REQUEST_TIMEOUT = float(
    os.environ.get("ACTION_TIMEOUT") or 10
)

_TEXTS = kanaal.texts()


def _check_action_schema_once() -> None:
    """Rasa checks every answer of the action server with ``jsonschema.validate``, which
    first checks the schema itself against its metaschema: that took about 60% of the
    Rasa process's time in a turn (profiled with py-spy, docs/benchmarks.md). The schema
    never changes, so it is checked once here and its validator kept. Every answer is
    still checked; an invalid one goes through Rasa's own check for its error."""
    from jsonschema import ValidationError
    from jsonschema.validators import validator_for

    remote = rasa.core.actions.action.RemoteAction
    rasa_check = remote._validate_action_result
    if getattr(rasa_check, "checks_once", False):
        return
    schema = remote.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)

    def check(self: Any, result: Dict[Text, Any]) -> bool:
        try:
            validator.validate(result)
        except ValidationError:
            return rasa_check(self, result)
        return True

    check.checks_once = True  # type: ignore[attr-defined]
    remote._validate_action_result = check


_check_action_schema_once()


def _redact_log_records() -> None:
    make_record = logging.getLogRecordFactory()
    if getattr(make_record, "redacts", False):
        return

    def redacting(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        try:
            record.msg, record.args = redactie.redigeer(record.getMessage()), ()
        except Exception:  # noqa: BLE001 - a log line must never break a reply
            pass
        return record

    redacting.redacts = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(redacting)


_redact_log_records()
# Sanic's access log would record every request with the client's address. Rasa
# creates its Sanic app after loading the channels, so the app reads this setting.
os.environ.setdefault("SANIC_ACCESS_LOG", "False")


def fault_text() -> Text:
    """The answer when the bot could not answer; falls back to a text without contact
    details when organisatie.yml cannot be read."""
    try:
        contact = routing.vertrouwenspersoon_contact(organisatie.load())
    except (OSError, ValueError):
        contact = "Neem contact op met de vertrouwenspersoon van je organisatie."
    return _TEXTS["storing"].format(vertrouwenspersoon=contact)


async def answer(
    on_new_message: Callable[[UserMessage], Awaitable[Any]], message: UserMessage
) -> None:
    """Hands the message to Rasa and makes sure the person gets at least one reply."""
    output = message.output_channel
    send = output.send_response
    sent = 0

    async def counting(recipient_id: Text, reply: Dict[Text, Any]) -> None:
        nonlocal sent
        sent += 1
        await send(recipient_id, reply)

    output.send_response = counting  # type: ignore[method-assign]
    try:
        await on_new_message(message)
    except Exception as error:  # noqa: BLE001 - any fault still gets an answer
        logger.error("A message could not be handled (%s).", type(error).__name__)
    finally:
        output.send_response = send  # type: ignore[method-assign]
    if not sent:
        logger.warning("No reply for a message; the safety-net answer was sent.")
        await send(message.sender_id, {"text": fault_text()})
    if kanaal.is_long(message.text or ""):
        await send(message.sender_id, {"text": _TEXTS["lang_bericht"]})
