"""The trained labeller: tokens in, one label (and its confidence) per token out."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from .errors import ModelMissingError
from .features import note_features
from .tokens import Token

MODEL_NAME = "model.crfsuite"


@dataclass
class Tagged:
    tokens: list[Token]
    labels: list[str]
    confidence: list[float]  # marginal probability of each token's label


_MODEL_OVERRIDE: str | None = None


def model_path() -> str:
    return _MODEL_OVERRIDE or str(resources.files("refsift.data").joinpath(MODEL_NAME))


def use_model(path: str | None) -> None:
    """Label with another model file (training and evaluation); None goes back to the shipped one."""
    global _MODEL_OVERRIDE
    _MODEL_OVERRIDE = path
    _tagger.cache_clear()


@cache
def _tagger():
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(model_path())
    except (OSError, ValueError) as exc:
        raise ModelMissingError(f"the labeller model is missing or unreadable ({model_path()}): run 'make train'") from exc
    return tagger


def tag(tokens: list[Token]) -> Tagged:
    if not tokens:
        return Tagged([], [], [])
    tagger = _tagger()
    tagger.set(note_features(tokens))
    labels = tagger.tag()
    conf = [tagger.marginal(lab, i) for i, lab in enumerate(labels)]
    return Tagged(tokens, list(labels), conf)
