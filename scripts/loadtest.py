"""Load test (`make loadtest`): many concurrent conversations against the real bot.

Starts the action server and Rasa on loopback as `make run` does, then runs
CONVERSATIONS conversations at the same time for SECONDS seconds over REST. Each
conversation greets, describes its own situation, says yes, and picks its own role;
every reply is checked against that conversation's situation and role, so a reply
meant for another conversation counts as an error. Writes results/loadtest.json and
the load-test section of docs/benchmarks.md; exits 1 on any error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Dict, List

import aiohttp

from scripts import report
from scripts.server import ROOT, Bot

SITUATIONS = [
    ("mijn collega pest me al maanden en sluit me buiten", "pesten"),
    ("een klant bedreigde me gisteren aan de balie", "agressie"),
    ("mijn leidinggevende zit steeds aan me en maakt seksuele grappen", "seksuele"),
    ("ik krijg geen promotie omdat ik een hoofddoek draag", "discriminatie"),
]
ROLES = ["werknemer", "vertrouwenspersoon", "werkgever"]


async def _turn(session, url, sender, body, latencies) -> List[Dict]:
    start = time.perf_counter()
    async with session.post(url, json={"sender": sender, **body}) as response:
        replies = await response.json(content_type=None)
        if response.status != 200 or not replies:
            raise AssertionError(f"status {response.status}, {len(replies)} replies")
    latencies.append(time.perf_counter() - start)
    return replies


def _text(replies: List[Dict]) -> str:
    return "\n".join(r.get("text", "") for r in replies).lower()


async def _conversation(session, url, deadline, stats, rng) -> None:
    while time.monotonic() < deadline:
        sender = uuid.uuid4().hex
        situation, expected = rng.choice(SITUATIONS)
        role = rng.choice(ROLES)
        try:
            await _turn(session, url, sender, {"message": "hallo"}, stats["latency"])
            named = _text(
                await _turn(
                    session, url, sender, {"message": situation}, stats["latency"]
                )
            )
            if expected not in named:
                raise AssertionError("reply names another situation")
            route = _text(
                await _turn(session, url, sender, {"message": "ja"}, stats["latency"])
            )
            if "112" not in route and "vertrouwenspersoon" not in route:
                raise AssertionError("no route after yes")
            menu = await _turn(
                session,
                url,
                sender,
                {"payload": f'/kies_rol{{"rol": "{role}"}}'},
                stats["latency"],
            )
            topics = [b["payload"] for r in menu for b in r.get("buttons", [])]
            if not any(f'"{role}_' in p for p in topics):
                raise AssertionError("menu of another role")
            stats["conversations"] += 1
        except (AssertionError, aiohttp.ClientError, asyncio.TimeoutError) as error:
            stats["errors"].append(type(error).__name__ + ": " + str(error)[:80])


async def run(url: str, conversations: int, seconds: float) -> Dict:
    stats: Dict = {"latency": [], "errors": [], "conversations": 0}
    deadline = time.monotonic() + seconds
    timeout = aiohttp.ClientTimeout(total=60)
    connector = aiohttp.TCPConnector(limit=conversations)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        await asyncio.gather(
            *(
                _conversation(session, url, deadline, stats, random.Random(i))
                for i in range(conversations)
            )
        )
    latency = sorted(stats["latency"])
    return {
        "concurrent_conversations": conversations,
        "seconds": seconds,
        "conversations_completed": stats["conversations"],
        "turns": len(latency),
        "errors": len(stats["errors"]),
        "error_examples": sorted(set(stats["errors"]))[:5],
        "turn_p50_ms": round(1000 * statistics.median(latency)) if latency else None,
        "turn_p95_ms": (
            round(1000 * latency[int(0.95 * (len(latency) - 1))]) if latency else None
        ),
        "turn_max_ms": round(1000 * latency[-1]) if latency else None,
        "cpu_cores": os.cpu_count(),
    }


def _write(result: Dict) -> None:
    (ROOT / "results").mkdir(exist_ok=True)
    (ROOT / "results" / "loadtest.json").write_text(json.dumps(result, indent=2))
    section = "\n".join(
        [
            "## Load test (`make loadtest`)",
            "",
            f"{result['concurrent_conversations']} concurrent conversations for"
            f" {result['seconds']:.0f} s against the real bot on loopback (REST,"
            f" actions on, {result['cpu_cores']} cores). Each conversation greets,"
            " describes a situation, says yes and picks a role; every reply is checked"
            " against its own conversation.",
            "",
            "| conversations | turns | errors | turn p50 | turn p95 | turn max |",
            "|---|---|---|---|---|---|",
            f"| {result['conversations_completed']} | {result['turns']} |"
            f" {result['errors']} | {result['turn_p50_ms']} ms |"
            f" {result['turn_p95_ms']} ms | {result['turn_max_ms']} ms |",
        ]
    )
    report.write_section("loadtest", section)


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    print(">> Starting the bot on loopback ...", flush=True)
    with tempfile.TemporaryDirectory() as logs:
        with Bot(ROOT / "models" / "triage.tar.gz", Path(logs)) as bot:
            print(
                f">> {args.conversations} conversations for {args.seconds:.0f} s ...",
                flush=True,
            )
            result = asyncio.run(
                run(
                    f"{bot.url}/webhooks/rest/webhook",
                    args.conversations,
                    args.seconds,
                )
            )
    print(json.dumps(result, indent=2))
    if not args.no_write:
        _write(result)
    return 1 if result["errors"] or not result["turns"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
