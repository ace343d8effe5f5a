"""The shipped model is an artefact with a recipe: it must match the features and data it claims."""
import json
import subprocess
import sys
import zipfile
from importlib import resources
from pathlib import Path


from refsift.features import FEATURE_VERSION, lexicons_hash
from refsift.labels import LABELS
from refsift.train.corpus import read_hand
from refsift.train.fit import corpus_hash

ROOT = Path(__file__).resolve().parents[2]


def provenance():
    return json.loads(resources.files("refsift.data").joinpath("provenance.json").read_text(encoding="utf-8"))


def test_model_ships_with_provenance_matching_the_code():
    prov = provenance()
    assert resources.files("refsift.data").joinpath("model.crfsuite").is_file()
    assert prov["feature_version"] == FEATURE_VERSION, "features changed: run 'make train'"
    assert prov["labels"] == list(LABELS)
    assert prov["lexicons_hash"] == lexicons_hash(), "feature word lists changed: run 'make train'"


def test_model_was_trained_on_the_current_hand_corpus():
    hand = read_hand()
    prov = provenance()
    assert prov["hand"]["hash"] == corpus_hash(hand), "hand-labelled corpus changed: run 'make train'"
    assert prov["hand"]["notes"] == len(hand)


def test_seed_notes_are_at_most_a_fifth_of_the_hand_corpus():
    files = provenance()["hand"]["files"]
    seed = sum(n for name, n in files.items() if name.startswith("seed"))
    assert seed * 5 <= sum(files.values())
    assert sum(files.values()) >= 300


def test_wheel_contains_the_model(tmp_path):
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    wheel = next(tmp_path.glob("refsift-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "refsift/data/model.crfsuite" in names
    assert "refsift/data/provenance.json" in names
    assert "refsift/styles/aliases.json" in names
    assert "refsift/data/lexicons/features-months.txt" in names
    assert not any(n.startswith("refsift/train/corpus/") for n in names)
