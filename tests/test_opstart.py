"""Start-up checks (triage/opstart.py): clear Dutch and English errors, no traceback."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile

import pytest

from triage import opstart, spacy_keuze

GOOD_ORG = (
    "organisatie: Testbedrijf\n"
    "vertrouwenspersonen:\n  - naam: Kees Jansen\n    soort: intern\n"
    "    telefoon: '0000 000 009'\n"
)


def _model(path, pipeline):
    data = json.dumps({"pipeline": pipeline}).encode()
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo(f"components/provide_x/{spacy_keuze.RECORD_FILE}")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return path


@pytest.fixture
def org(tmp_path, monkeypatch):
    path = tmp_path / "organisatie.yml"
    path.write_text(GOOD_ORG)
    monkeypatch.setenv("ORGANISATIE_FILE", str(path))
    return path


def test_a_good_set_up_has_no_problems(tmp_path, org):
    model = _model(tmp_path / "m.tar.gz", spacy_keuze.available())
    assert opstart.problems(model, {}) == []
    (tmp_path / "m.tar.gz.sha256").write_text(opstart.sha256(model) + "  m.tar.gz\n")
    assert opstart.problems(model, {}) == []


def test_a_broken_organisation_file(tmp_path, org):
    org.write_text("organisatie: [kapot\n")
    model = _model(tmp_path / "m.tar.gz", spacy_keuze.available())
    (problem,) = opstart.problems(model, {})
    assert "geen geldige YAML" in problem and "English" in problem


def test_a_missing_model(tmp_path, org):
    (problem,) = opstart.problems(tmp_path / "geen.tar.gz", {})
    assert "make train" in problem and "No trained model" in problem


def test_a_model_trained_with_the_other_spacy_pipeline(tmp_path, org):
    other = (
        spacy_keuze.BLANK_PIPELINE
        if spacy_keuze.available() == spacy_keuze.FULL_MODEL
        else spacy_keuze.FULL_MODEL
    )
    (problem,) = opstart.problems(_model(tmp_path / "m.tar.gz", other), {})
    assert "Train opnieuw" in problem and "Retrain" in problem


def test_a_swapped_model_is_refused(tmp_path, org):
    model = _model(tmp_path / "m.tar.gz", spacy_keuze.available())
    (tmp_path / "m.tar.gz.sha256").write_text("0" * 64 + "  m.tar.gz\n")
    (problem,) = opstart.problems(model, {})
    assert "SHA-256" in problem
    assert opstart.problems(model, {"MODEL_SHA256": opstart.sha256(model)}) == []


@pytest.mark.parametrize(
    "env, needle",
    [
        ({"TRACKER_DB": "sqlite:///x.db"}, "SENDER_ID_SALT"),
        ({"TEAMS_APP_ID": "abc"}, "SENDER_ID_SALT"),
        ({"BOT_API": "1"}, "BOT_API_TOKEN"),
    ],
)
def test_settings_that_need_a_secret(tmp_path, org, env, needle):
    model = _model(tmp_path / "m.tar.gz", spacy_keuze.available())
    (problem,) = opstart.problems(model, env)
    assert needle in problem
    fixed = {**env, "SENDER_ID_SALT": "geheim", "BOT_API_TOKEN": "t"}
    assert opstart.problems(model, fixed) == []


def test_the_command_prints_errors_without_a_traceback(tmp_path, org):
    org.write_text("vertrouwenspersonen: []\n")
    result = subprocess.run(
        [sys.executable, "-m", "triage.opstart", str(tmp_path / "geen.tar.gz")],
        capture_output=True,
        text=True,
        env={"ORGANISATIE_FILE": str(org), "PATH": ""},
    )
    assert result.returncode == 1
    assert result.stderr.count("FOUT / ERROR") == 2
    assert "Traceback" not in result.stderr
