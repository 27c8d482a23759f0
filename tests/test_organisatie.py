"""The organisation file: the example is valid, broken files get clear Dutch errors."""

import pytest
import yaml

from triage import organisatie
from triage.organisatie import OrganisatieFout

GOOD = {
    "organisatie": "Testbedrijf",
    "vertrouwenspersonen": [
        {"naam": "Anna Testpersoon", "soort": "intern", "telefoon": "0000 000 009"},
        {"soort": "extern", "email": "vp@test.example"},
    ],
    "hr": {"omschrijving": "P&O", "email": "po@test.example"},
}


def test_example_file_in_the_project_is_valid():
    org = organisatie.load()
    assert org.naam
    assert org.vertrouwenspersonen
    assert all(vp.soort in ("intern", "extern") for vp in org.vertrouwenspersonen)


def test_parse_good_data():
    org = organisatie.parse(GOOD)
    assert org.naam == "Testbedrijf"
    assert [vp.soort for vp in org.vertrouwenspersonen] == ["intern", "extern"]
    assert org.contact("hr").email == "po@test.example"
    assert org.contact("integriteit") is None
    assert org.contact("naam") is None  # only the optional contacts are reachable


def test_bereik_names_phone_mail_and_hours():
    contact = organisatie.Contact(
        telefoon="0000 000 009", email="a@b.example", bereikbaar="ma"
    )
    assert contact.bereik() == "bel 0000 000 009 of mail a@b.example (ma)"


@pytest.mark.parametrize(
    "change, fragment",
    [
        ({"organisatie": ""}, "'organisatie'"),
        ({"vertrouwenspersonen": []}, "minstens één vertrouwenspersoon"),
        ({"vertrouwenspersonen": [{"soort": "intern"}]}, "telefoon of een email"),
        (
            {"vertrouwenspersonen": [{"soort": "soms", "telefoon": "0000 000 009"}]},
            "'intern' of 'extern'",
        ),
        (
            {"vertrouwenspersonen": [{"soort": "intern", "email": "geen-adres"}]},
            "geen geldig e-mailadres",
        ),
        (
            {"vertrouwenspersonen": [{"soort": "intern", "telefoon": "bel maar"}]},
            "geen geldig telefoonnummer",
        ),
        ({"hr": "bel HR"}, "hr moet een lijst van velden zijn"),
        ({"hr": {"email": "hr@test.example", "fax": "1"}}, "onbekende velden: fax"),
        ({"directeur": "iemand"}, "Onbekende velden: directeur"),
    ],
)
def test_broken_data_is_refused_with_a_dutch_reason(change, fragment):
    data = {**GOOD, **change}
    with pytest.raises(OrganisatieFout) as error:
        organisatie.parse(data)
    assert fragment in str(error.value)
    assert "Het organisatiebestand klopt niet" in str(error.value)


def test_all_problems_are_listed_at_once():
    with pytest.raises(OrganisatieFout) as error:
        organisatie.parse({"organisatie": "", "vertrouwenspersonen": None})
    assert str(error.value).count("\n- ") == 2


def test_not_a_mapping():
    with pytest.raises(OrganisatieFout, match="velden"):
        organisatie.parse(["lijst"])


def test_invalid_yaml_names_the_line(tmp_path):
    path = tmp_path / "organisatie.yml"
    path.write_text("organisatie: Test\nvertrouwenspersonen: [\n  - kapot: : :\n")
    with pytest.raises(OrganisatieFout, match=r"geen geldige YAML \(regel \d+\)"):
        organisatie.load(path)


def test_missing_file(tmp_path):
    with pytest.raises(OrganisatieFout, match="niet te lezen"):
        organisatie.load(tmp_path / "bestaat-niet.yml")


def test_environment_variable_chooses_the_file(tmp_path, monkeypatch):
    path = tmp_path / "eigen.yml"
    path.write_text(yaml.safe_dump(GOOD, allow_unicode=True))
    monkeypatch.setenv("ORGANISATIE_FILE", str(path))
    assert organisatie.load().naam == "Testbedrijf"


def test_command_line_check(tmp_path, capsys):
    broken = tmp_path / "kapot.yml"
    broken.write_text("organisatie: Test\n")
    assert organisatie.main(["check", str(broken)]) == 1
    assert "FOUT" in capsys.readouterr().err
    assert organisatie.main(["check"]) == 0
    assert "in orde" in capsys.readouterr().out
