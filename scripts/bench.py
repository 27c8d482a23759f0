"""`make bench`: this bot next to Rasa's stock assistant and a simple baseline, in one
run on one machine.

Steps (each prints a progress line):
 1. train this bot (time);
 2. train Rasa's stock pipeline (bench/stock_config.yml) on this bot's NLU data, with
    the guide questions as retrieval intents for its ResponseSelector (time); its
    predictions are kept in bench/stock_pipeline.json and reused while Rasa's
    version, that configuration, its training data and the held-out texts are
    unchanged (BENCH_FULL=1 always trains it);
 3. create the stock `rasa init` assistant and train it (time);
 4. NLU on the held-out files: this bot, the stock pipeline, TF-IDF + logistic
    regression; per-intent F1, confusion between the nine situations; parse times;
    fresh guide questions: this bot's guide search against the ResponseSelector;
 5. 5-fold cross-validation of this bot's pipeline (`rasa test nlu`);
 6. safety check: emergency recall and false alarms on the safety files;
 7. servers: cold start, REST turn times and resident memory, this bot and the stock
    assistant started the same way (`rasa run`, REST), on the same messages.
Writes docs/benchmarks.md (keeping the load-test section), two charts in docs/ and
results/bench.json.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Dict, List, Sequence

import requests
import yaml

from scripts import report
from scripts.server import ROOT, Bot, free_port, wait_for

sys.path.insert(0, str(ROOT / "tests"))
from nlu_eval import (  # noqa: E402
    SITUATIE_SETS,
    examples,
    nood_cijfers,
    nood_set,
)

from triage import gids  # noqa: E402
from triage.routing import CATEGORIEEN  # noqa: E402

RASA = str(Path(sys.executable).parent / "rasa")
GIDS_HELDOUT = [f"gids_heldout{n}.yml" for n in (9, 10, 11, 12)]


def _set_number(path: Path) -> int:
    return int("".join(c for c in path.stem if c.isdigit()) or 1)


# Every safety set on disk, in number order: the safety model learns from data/nood/;
# the tests/ sets are never learnt from.
SAFETY = [
    str(path.relative_to(ROOT))
    for folder, pattern in (
        ("data/nood", "nood_dev*.yml"),
        ("tests", "nood_heldout*.yml"),
    )
    for path in sorted((ROOT / folder).glob(pattern), key=_set_number)
]
SITUATIONS = list(CATEGORIEEN)
TARGETS = {"f1_points": 0.05, "rest_p95": 0.8, "cold_start": 0.6, "memory": 0.8}
# The stock pipeline's predictions on the held-out texts, kept with the fingerprint of
# what they depend on: its DIET takes longer than all the rest of the run on 2 cores.
STOCK_CACHE = ROOT / "bench" / "stock_pipeline.json"


def step(text: str) -> None:
    print(f">> [{time.strftime('%H:%M:%S')}] {text}", flush=True)


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def ratio(ours: float, theirs: float) -> float:
    return round(ours / theirs, 2) if theirs else float("nan")


def _rasa(args: List[str], cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [RASA, *args],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        # No training cache: every training starts from scratch.
        env={
            **os.environ,
            "RASA_TELEMETRY_ENABLED": "false",
            "RASA_MAX_CACHE_SIZE": "0",
        },
    )


def timed(args: List[str], cwd: Path) -> float:
    start = time.perf_counter()
    code = _rasa(args, cwd).wait()
    if code != 0:
        raise subprocess.CalledProcessError(code, ["rasa", *args])
    return time.perf_counter() - start


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


# ------------------------------------------------------------------------- NLU


def parse_timed(model: Path, texts: List[str]):
    import logging

    import structlog
    from rasa.core.agent import Agent

    # Unconfigured, Rasa's structlog prints each parsed text at debug level.
    structlog.configure(
        wrapper_class=structlog.make_filtering_bound_logger(logging.INFO)
    )

    agent = Agent.load(str(model))

    async def run():
        parses, times = [], []
        for text in texts:
            start = time.perf_counter()
            parses.append(await agent.parse_message(text))
            times.append(time.perf_counter() - start)
        return parses, times

    return asyncio.run(run())


def selected_topic(parse: Dict) -> str:
    """The guide topic Rasa's ResponseSelector chose (its retrieval intent's key)."""
    selector = (parse.get("response_selector") or {}).get("default") or {}
    key = (selector.get("response") or {}).get("intent_response_key") or ""
    return key.partition("/")[2]


def classifier_intent(parse: Dict) -> str:
    for item in parse.get("intent_ranking") or []:
        if item["name"] != "nlu_fallback":
            return item["name"]
    return parse["intent"]["name"]


def stock_training_data(folder: Path) -> Path:
    """The stock pipeline's training data in ``folder``: this bot's NLU data, with the
    guide questions as retrieval intents (``vraag_gids/<topic>``) and each topic's
    answer as their response, so that Rasa's ResponseSelector learns the topics this
    bot's guide search knows, from the same questions."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        if path.name != gids.NLU_FILE.name:
            shutil.copy(path, folder / path.name)
    nlu, responses = [], {}
    for topic, vragen in gids.vragen_per_onderwerp(gids.laad()):
        if vragen:
            nlu.append(
                {
                    "intent": f"vraag_gids/{topic.id}",
                    "examples": "".join(f"- {v}\n" for v in vragen),
                }
            )
            responses[f"utter_vraag_gids/{topic.id}"] = [{"text": topic.antwoord}]
    (folder / gids.NLU_FILE.name).write_text(
        yaml.safe_dump(
            {"version": "3.1", "nlu": nlu, "responses": responses},
            allow_unicode=True,
            sort_keys=False,
        ),
        encoding="utf-8",
    )
    return folder


def stock_fingerprint(texts: List[str], data: Path) -> str:
    """What the stock pipeline's predictions depend on: Rasa's version, the stock
    configuration, its training data in ``data`` (the content: comments do not count)
    and the held-out texts."""
    import rasa

    digest = hashlib.sha256(rasa.__version__.encode())
    nlu = sorted(data.glob("*.yml"))
    for path in [ROOT / "bench" / "stock_config.yml", *nlu]:
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        digest.update(path.name.encode() + b"\0")
        digest.update(json.dumps(content, sort_keys=True).encode())
    digest.update(json.dumps(texts).encode())
    return digest.hexdigest()


def cached_stock(fingerprint: str, cache: Path = STOCK_CACHE) -> Dict | None:
    """The stored stock predictions when nothing they depend on has changed."""
    if os.environ.get("BENCH_FULL") or not cache.exists():
        return None
    stored = json.loads(cache.read_text())
    return stored if stored.get("fingerprint") == fingerprint else None


def scores(truth: List[str], predicted: List[str]) -> Dict:
    from sklearn.metrics import f1_score

    per_intent = f1_score(
        truth, predicted, labels=SITUATIONS, average=None, zero_division=0
    )
    return {
        "macro_f1": round(float(per_intent.mean()), 3),
        "per_intent_f1": {
            i: round(float(f), 3) for i, f in zip(SITUATIONS, per_intent)
        },
    }


def guide_scores(questions: List[Dict], answers: List[List[str]]) -> Dict:
    """Shares of guide questions answered right: by the search (or ResponseSelector)
    alone, and end to end (also read as a guide question, ``vraag_gids``). An answer
    is ``[intent, topic]``."""
    g = gids.gids()
    right = [
        gids.beantwoordt(g, topic, q["onderwerp"], q.get("feit"))
        for q, (_, topic) in zip(questions, answers)
    ]
    guide = [intent == "vraag_gids" for intent, _ in answers]
    return {
        "search": round(sum(right) / len(questions), 3),
        "end_to_end": round(
            sum(r and i for r, i in zip(right, guide)) / len(questions), 3
        ),
    }


def tfidf_baseline(texts: List[str]) -> List[str]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    train = examples(ROOT / "data" / "nlu")
    model = make_pipeline(
        TfidfVectorizer(), LogisticRegression(max_iter=2000, random_state=0)
    ).fit([t for t, _ in train], [i for _, i in train])
    return list(model.predict(texts))


def cross_validation(work: Path, folds: int) -> Dict:
    out = work / "cv"
    seconds = timed(
        [
            "test",
            "nlu",
            "--nlu",
            "data/nlu",
            "--config",
            "config.yml",
            "--cross-validation",
            "--folds",
            str(folds),
            "--out",
            str(out),
        ],
        ROOT,
    )
    report = json.loads((out / "intent_report.json").read_text())
    per_intent = [report[i]["f1-score"] for i in SITUATIONS if i in report]
    return {
        "folds": folds,
        "situations_macro_f1": round(statistics.mean(per_intent), 3),
        "all_intents_macro_f1": round(report["macro avg"]["f1-score"], 3),
        "seconds": round(seconds),
    }


# --------------------------------------------------------------------- servers


def serve(name: str, args: List[str], cwd: Path, env: Dict, messages: List[str]):
    port = free_port()
    log = open(Path(tempfile.gettempdir()) / f"bench-{name}.log", "w")
    start = time.perf_counter()
    process = subprocess.Popen(
        [RASA, "run", "--port", str(port), *args],
        cwd=cwd,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false", **env},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/", process, 300, interval=0.1)
        url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
        # Cold start ends with the first answer, not with the open port.
        while not requests.post(
            url, json={"sender": "opstart", "message": "hallo"}, timeout=60
        ).json():
            time.sleep(0.1)
        cold = time.perf_counter() - start
        turns = []
        for text in messages:
            t0 = time.perf_counter()
            reply = requests.post(
                url, json={"sender": uuid.uuid4().hex, "message": text}, timeout=60
            )
            reply.raise_for_status()
            turns.append(time.perf_counter() - t0)
        return {"cold_start_s": cold, "turns": turns, "rss_mb": rss_mb(process.pid)}
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def server_figures(ours_model: Path, stock_dir: Path, messages: List[str]) -> Dict:
    actions = Bot(ours_model, Path(tempfile.mkdtemp()))
    actions.start_actions()
    env = {
        "ACTION_SERVER_URL": actions.env["ACTION_SERVER_URL"],
        "TEAMS_APP_ID": "",
        "TEAMS_APP_PASSWORD": "",
        "SENDER_ID_SALT": "",
        "BOT_ALLOWED_ORIGINS": "",
    }
    stock_model = next((stock_dir / "models").glob("*.tar.gz"))
    runs: Dict[str, List[Dict]] = {"ours": [], "stock": []}
    try:
        for round_ in (1, 2):  # interleaved, so both see the same machine load
            step(f"servers, round {round_} of 2: this bot")
            runs["ours"].append(
                serve(
                    "ours",
                    [
                        "--model",
                        str(ours_model),
                        "--credentials",
                        "credentials.yml",
                        "--endpoints",
                        "endpoints.yml",
                    ],
                    ROOT,
                    env,
                    messages,
                )
            )
            step(f"servers, round {round_} of 2: stock rasa init assistant")
            runs["stock"].append(
                serve(
                    "stock",
                    ["--model", str(stock_model), "--credentials", "credentials.yml"],
                    stock_dir,
                    {},
                    messages,
                )
            )
        actions_rss = rss_mb(actions.actions.pid)
    finally:
        actions.stop_actions()

    def summary(items: List[Dict]) -> Dict:
        turns = [t for item in items for t in item["turns"]]
        return {
            "cold_start_s": round(
                statistics.median(i["cold_start_s"] for i in items), 1
            ),
            "rest_p50_ms": round(1000 * percentile(turns, 0.5), 1),
            "rest_p95_ms": round(1000 * percentile(turns, 0.95), 1),
            "rss_mb": max(i["rss_mb"] for i in items),
            "turns": turns,
        }

    result = {name: summary(items) for name, items in runs.items()}
    result["ours"]["action_server_rss_mb"] = actions_rss
    return result


# ------------------------------------------------------------------------ report


def charts(result: Dict, docs: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 4))
    width = 0.27
    systems = [
        ("this bot", result["nlu"]["nlu_heldout.yml"]["ours"]),
        ("stock pipeline", result["nlu"]["nlu_heldout.yml"]["stock"]),
        ("TF-IDF + LR", result["nlu"]["nlu_heldout.yml"]["tfidf"]),
    ]
    for k, (label, figures) in enumerate(systems):
        ax.bar(
            [i + (k - 1) * width for i in range(len(SITUATIONS))],
            [figures["per_intent_f1"][s] for s in SITUATIONS],
            width,
            label=label,
        )
    ax.set_xticks(range(len(SITUATIONS)))
    ax.set_xticklabels(SITUATIONS, rotation=30, ha="right", fontsize=8)
    ax.set_ylabel("F1 (nlu_heldout.yml)")
    ax.set_ylim(0, 1)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(docs / "bench_f1.png", dpi=100)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(7, 3.5))
    ax.boxplot(
        [
            [1000 * t for t in result["servers"]["ours"]["turns"]],
            [1000 * t for t in result["servers"]["stock"]["turns"]],
        ],
        labels=["this bot", "stock rasa init"],
        showfliers=False,
    )
    ax.set_ylabel("REST turn (ms)")
    fig.tight_layout()
    fig.savefig(docs / "bench_latency.png", dpi=100)
    plt.close(fig)


def markdown(result: Dict) -> str:
    nlu = result["nlu"]
    srv, parse = result["servers"], result["parse"]
    train = result["training_s"]
    checks = result["targets"]
    yes = {True: "met", False: "**not met**"}
    rows = [
        "## Benchmarks (`make bench`)",
        "",
        f"Measured {result['date']} on {result['cpu_cores']} cores, in one run. The"
        " stock assistant is what `rasa init` creates (its own data, default pipeline"
        " and policies); the stock pipeline is Rasa's default NLU pipeline"
        " (bench/stock_config.yml) trained on this bot's NLU data.",
        "",
        "### Understanding (macro-F1 over the nine situations)",
        "",
        "| held-out file | this bot | stock pipeline | TF-IDF + LR |",
        "|---|---|---|---|",
    ]
    for name in SITUATIE_SETS:
        f = nlu[name]
        rows.append(
            f"| {name} | {f['ours']['macro_f1']} | {f['stock']['macro_f1']} |"
            f" {f['tfidf']['macro_f1']} |"
        )
    cv = result["cross_validation"]
    rows += [
        "",
        f"5-fold cross-validation of this bot's pipeline on its training data:"
        f" macro-F1 {cv['situations_macro_f1']} over the nine situations,"
        f" {cv['all_intents_macro_f1']} over all intents.",
        "",
        "![per-intent F1](bench_f1.png)",
        "",
        "Confusion between the nine situations (this bot, both held-out files; rows"
        " are the truth, columns the prediction):",
        "",
        "| | " + " | ".join(s[:10] for s in SITUATIONS) + " |",
        "|---" * (len(SITUATIONS) + 1) + "|",
    ]
    for truth, row in zip(SITUATIONS, result["confusion"]):
        rows.append(f"| {truth} | " + " | ".join(str(n) for n in row) + " |")
    rows += [
        "",
        "### Safety check (lexicon, classifier and safety model)",
        "",
        "| file | emergencies | recall | 113 for suicide | non-acute | safety line"
        " | emergency answer |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, s in result["safety"].items():
        rows.append(
            f"| {name} | {s['emergencies']} | {s['recall']} | {s['suicide_113']} |"
            f" {s['non_acute']} | {s['safety_line']} | {s['emergency_answer']} |"
        )
    rows += [
        "",
        "Recall: emergencies that got the emergency answer or the safety line first."
        " Non-acute reports: the share with a safety line before the triage, and the"
        " share answered as an emergency instead of triaged. The safety model learns"
        " from data/nood/; the tests/ sets were written apart and are never learnt"
        " from.",
        "",
        "### Guide questions (this bot's guide search against Rasa's ResponseSelector)",
        "",
        "Fresh questions (tests/gids_heldout*.yml), asked cold. Right: the answer"
        " of the topic asked about, or an answer that holds the fact asked for. The"
        " stock pipeline learnt the same questions as retrieval intents"
        " (`vraag_gids/<topic>`). End to end also needs the intent `vraag_gids`.",
        "",
        "| file | questions | search: this bot | ResponseSelector"
        " | end to end: this bot | stock pipeline |",
        "|---|---|---|---|---|---|",
    ]
    for name, f in result["gids"].items():
        rows.append(
            f"| {name} | {f['questions']} | {f['ours']['search']} |"
            f" {f['stock']['search']} | {f['ours']['end_to_end']} |"
            f" {f['stock']['end_to_end']} |"
        )
    o, s = srv["ours"], srv["stock"]
    rows += [
        "",
        "### Speed and size",
        "",
        "| | this bot | stock rasa init | ratio | target |",
        "|---|---|---|---|---|",
        f"| NLU parse p50 (ms) | {parse['ours_p50_ms']} | {parse['stock_p50_ms']} |"
        f" {ratio(parse['ours_p50_ms'], parse['stock_p50_ms'])} | |",
        f"| NLU parse p95 (ms) | {parse['ours_p95_ms']} | {parse['stock_p95_ms']} |"
        f" {ratio(parse['ours_p95_ms'], parse['stock_p95_ms'])} | |",
        f"| REST turn p50 (ms) | {o['rest_p50_ms']} | {s['rest_p50_ms']} |"
        f" {ratio(o['rest_p50_ms'], s['rest_p50_ms'])} | |",
        f"| REST turn p95 (ms) | {o['rest_p95_ms']} | {s['rest_p95_ms']} |"
        f" {ratio(o['rest_p95_ms'], s['rest_p95_ms'])} | ≤ 0.8:"
        f" {yes[checks['rest_p95']]} |",
        f"| cold start (s) | {o['cold_start_s']} | {s['cold_start_s']} |"
        f" {ratio(o['cold_start_s'], s['cold_start_s'])} | ≤ 0.6:"
        f" {yes[checks['cold_start']]} |",
        f"| Rasa server memory (MB RSS) | {o['rss_mb']} | {s['rss_mb']} |"
        f" {ratio(o['rss_mb'], s['rss_mb'])} | ≤ 0.8: {yes[checks['memory']]} |",
        f"| training (s) | {train['ours']} | {train['stock_init']} |"
        f" {ratio(train['ours'], train['stock_init'])} | |",
        "",
        f"Training the stock pipeline on this bot's NLU data took"
        f" {train['stock_pipeline_nlu']} s on {result['stock_pipeline']['date']}"
        " (while the accuracy steps ran alongside). "
        + (
            "Its predictions on the held-out files were reused from that run"
            " (bench/stock_pipeline.json): Rasa's version, bench/stock_config.yml,"
            " data/nlu and the held-out texts are unchanged, checked by a SHA-256"
            " fingerprint; any change, or `BENCH_FULL=1`, trains it again. "
            if result["stock_pipeline"]["reused"]
            else ""
        )
        + "Stock training in the table is `rasa init` (creating the project and"
        " training it). This bot's action server adds"
        f" {o['action_server_rss_mb']} MB. REST turns: {len(o['turns'])} messages per"
        " system (the held-out texts, each as a new conversation), over two interleaved"
        " rounds; cold start is the median of two, from process start until the server"
        " answers.",
        "",
        "![REST turn times](bench_latency.png)",
        "",
        "### Targets",
        "",
        f"- macro-F1 at least 5 points above the stock pipeline and above TF-IDF on"
        f" each held-out file: {yes[checks['f1']]}",
        f"- REST turn p95 ≤ 0.8 × stock: {yes[checks['rest_p95']]}",
        f"- cold start ≤ 0.6 × stock: {yes[checks['cold_start']]}",
        f"- server memory ≤ 0.8 × stock: {yes[checks['memory']]}",
        "",
        "Where the time and memory went: the stock assistant loads four TensorFlow"
        " models (DIET, ResponseSelector, TED and UnexpecTED). This bot's flows are"
        " all rules, so it needs no TED; its intents come from a logistic regression"
        " (components/lineair.py), which was at least as accurate as DIET on the"
        " held-out files, so it loads no TensorFlow model at all. In a turn, py-spy"
        " showed 60% of Rasa's time going to checking the action server's answer"
        " with `jsonschema.validate`, which checks the schema itself against its"
        " metaschema on every call; channels/vangnet.py now checks the schema once"
        " and keeps the validator (a turn went from 36 to 15 ms), and the actions no"
        " longer get the whole domain with every call (`enable_selective_domain`).",
    ]
    return "\n".join(rows)


def write(result: Dict) -> None:
    charts(result, report.BENCHMARKS.parent)
    report.write_section("bench", markdown(result))
    slim = json.loads(json.dumps(result))
    for name in ("ours", "stock"):
        slim["servers"][name].pop("turns")
    (ROOT / "results").mkdir(exist_ok=True)
    (ROOT / "results" / "bench.json").write_text(json.dumps(slim, indent=2))


def main() -> int:
    from sklearn.metrics import confusion_matrix

    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    result: Dict = {"date": time.strftime("%Y-%m-%d"), "cpu_cores": os.cpu_count()}
    pairs = {name: examples(ROOT / "tests" / name) for name in SITUATIE_SETS}
    texts = [t for name in SITUATIE_SETS for t, _ in pairs[name]]
    questions = {
        name: yaml.safe_load((ROOT / "tests" / name).read_text())["vragen"]
        for name in GIDS_HELDOUT
    }
    gids_texts = [q["vraag"] for name in GIDS_HELDOUT for q in questions[name]]
    quick = "--quick" in sys.argv  # a smoke run of the script itself, not a benchmark
    stock_training = None
    try:
        # Timings first, on a quiet machine.
        step("1/7 training this bot")
        ours_model = work / "ours.tar.gz"
        ours_s = timed(
            ["train", "--out", str(work), "--fixed-model-name", "ours"], ROOT
        )
        step("2/7 creating and training the stock rasa init assistant")
        stock_dir = work / "stock"
        stock_dir.mkdir()
        stock_init_s = timed(
            ["init", "--no-prompt", "--init-dir", str(stock_dir)], stock_dir
        )
        init_model = next((stock_dir / "models").glob("*.tar.gz"))
        step("3/7 servers: cold start, REST turns and memory")
        result["servers"] = server_figures(
            ours_model, stock_dir, texts[:10] if quick else texts
        )
        step("4/7 parse times")
        _, ours_times = parse_timed(ours_model, texts)
        _, init_times = parse_timed(init_model, texts)
        result["parse"] = {
            "ours_p50_ms": round(1000 * percentile(ours_times, 0.5), 1),
            "ours_p95_ms": round(1000 * percentile(ours_times, 0.95), 1),
            "stock_p50_ms": round(1000 * percentile(init_times, 0.5), 1),
            "stock_p95_ms": round(1000 * percentile(init_times, 0.95), 1),
        }

        # Accuracy next, while the stock pipeline trains on this bot's data (its
        # DIET with transformer layers takes most of the run on two cores).
        stock_data = stock_training_data(work / "stock_data")
        fingerprint = stock_fingerprint(texts + gids_texts, stock_data)
        stock = None if quick else cached_stock(fingerprint)
        if stock:
            step(
                f"5/7 stock pipeline: predictions of {stock['date']} reused (same data,"
                " configuration and Rasa; BENCH_FULL=1 trains it again)"
            )
        else:
            # Accuracy next, while the stock pipeline trains on this bot's data (its
            # DIET with transformer layers takes most of the run on two cores).
            step("5/7 training the stock pipeline on this bot's NLU data, meanwhile")
            stock_start = time.perf_counter()
            stock_training = _rasa(
                ["--version"]
                if quick
                else [
                    "train",
                    "nlu",
                    "--config",
                    "bench/stock_config.yml",
                    "--nlu",
                    str(stock_data),
                    "--out",
                    str(work),
                    "--fixed-model-name",
                    "stock_nlu",
                ],
                ROOT,
            )
        step("   - this bot and TF-IDF on the held-out files, safety check")
        ours_parses, _ = parse_timed(ours_model, texts)
        ours_gids, _ = parse_timed(ours_model, gids_texts)
        tfidf = tfidf_baseline(texts)
        result["safety"] = {}
        for name in SAFETY:
            safety_texts, kinds = nood_set(ROOT / name)
            parses, _ = parse_timed(ours_model, safety_texts)
            result["safety"][name] = nood_cijfers(kinds, parses)
        step("   - 5-fold cross-validation of this bot's pipeline")
        result["cross_validation"] = cross_validation(work, 2 if quick else 5)
        if not stock:
            step("6/7 waiting for the stock pipeline's training")
            if stock_training.wait() != 0:
                raise RuntimeError("training the stock pipeline failed")
            stock_nlu_s = time.perf_counter() - stock_start
            stock_nlu = ours_model if quick else work / "stock_nlu.tar.gz"
            stock = {
                "fingerprint": fingerprint,
                "date": result["date"],
                "training_s": round(stock_nlu_s),
                "intents": [
                    classifier_intent(p) for p in parse_timed(stock_nlu, texts)[0]
                ],
                "gids": [
                    [p["intent"]["name"], selected_topic(p)]
                    for p in parse_timed(stock_nlu, gids_texts)[0]
                ],
            }
            if not quick:
                STOCK_CACHE.write_text(json.dumps(stock, indent=1) + "\n")
            stock["reused"] = False
        else:
            stock["reused"] = True
        result["stock_pipeline"] = {k: stock[k] for k in ("date", "reused")}
        result["training_s"] = {
            "ours": round(ours_s),
            "stock_pipeline_nlu": stock["training_s"],
            "stock_init": round(stock_init_s),
        }

        step("7/7 scores and report")
        result["nlu"], truth_all, pred_all, offset = {}, [], [], 0
        for name in SITUATIE_SETS:
            truth = [i for _, i in pairs[name]]
            part = slice(offset, offset + len(truth))
            offset += len(truth)
            ours = [classifier_intent(p) for p in ours_parses[part]]
            result["nlu"][name] = {
                "ours": scores(truth, ours),
                "stock": scores(truth, stock["intents"][part]),
                "tfidf": scores(truth, tfidf[part]),
            }
            truth_all += truth
            pred_all += ours
        result["confusion"] = confusion_matrix(
            truth_all, pred_all, labels=SITUATIONS
        ).tolist()
        zoeker = gids.zoeker()
        ours_answers = [
            [p["intent"]["name"], zoeker.zoek(t)[0][0]]
            for p, t in zip(ours_gids, gids_texts)
        ]
        result["gids"], offset = {}, 0
        for name in GIDS_HELDOUT:
            part = slice(offset, offset + len(questions[name]))
            offset += len(questions[name])
            result["gids"][name] = {
                "questions": len(questions[name]),
                "ours": guide_scores(questions[name], ours_answers[part]),
                "stock": guide_scores(questions[name], stock["gids"][part]),
            }
        o, s = result["servers"]["ours"], result["servers"]["stock"]
        result["targets"] = {
            "f1": all(
                f["ours"]["macro_f1"] >= f["stock"]["macro_f1"] + TARGETS["f1_points"]
                and f["ours"]["macro_f1"] > f["tfidf"]["macro_f1"]
                for f in result["nlu"].values()
            ),
            "rest_p95": o["rest_p95_ms"] <= TARGETS["rest_p95"] * s["rest_p95_ms"],
            "cold_start": o["cold_start_s"]
            <= TARGETS["cold_start"] * s["cold_start_s"],
            "memory": o["rss_mb"] <= TARGETS["memory"] * s["rss_mb"],
        }
        result["bench_seconds"] = round(time.perf_counter() - started)
        if not quick:
            write(result)
    finally:
        if stock_training is not None and stock_training.poll() is None:
            stock_training.kill()
        shutil.rmtree(work, ignore_errors=True)
    step(f"done in {result.get('bench_seconds')} s: docs/benchmarks.md")
    print(json.dumps(result.get("targets"), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
