"""Read and write the hand-labelled corpus format (``corpus/README.md``).

One note a line; fields marked with inline tags ``<title>...</title>``; untagged
text is ``other``.  ``#`` starts a comment line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..labels import LABEL_SET
from ..tokens import Token, tokenize

CORPUS_DIR = Path(__file__).parent / "corpus"
_TAG = re.compile(r"<(/?)([a-z-]+)>")


class CorpusError(ValueError):
    pass


@dataclass
class Example:
    text: str
    spans: list[tuple[int, int, str]]  # (start, end, label) over text
    source: str = ""

    def token_labels(self) -> tuple[list[Token], list[str]]:
        tokens = tokenize(self.text)
        labels = []
        for tok in tokens:
            label = "other"
            for s, e, lab in self.spans:
                if s <= tok.start and tok.end <= e or (s < tok.end and tok.start < e and (min(e, tok.end) - max(s, tok.start)) * 2 >= tok.end - tok.start):
                    label = lab
                    break
            labels.append(label)
        return tokens, labels


def parse_line(line: str, source: str = "") -> Example:
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    open_label: str | None = None
    open_at = 0
    for m in _TAG.finditer(line):
        closing, label = m.group(1) == "/", m.group(2)
        if label not in LABEL_SET:
            raise CorpusError(f"{source}: unknown label <{label}>")
        chunk = line[pos:m.start()]
        text_parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        if closing:
            if open_label != label:
                raise CorpusError(f"{source}: </{label}> closes <{open_label}>")
            if length > open_at:
                spans.append((open_at, length, label))
            open_label = None
        else:
            if open_label is not None:
                raise CorpusError(f"{source}: <{label}> opened inside <{open_label}>")
            open_label, open_at = label, length
    if open_label is not None:
        raise CorpusError(f"{source}: <{open_label}> is never closed")
    text_parts.append(line[pos:])
    return Example("".join(text_parts), spans, source)


def format_example(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    out, pos = [], 0
    for s, e, label in sorted(spans):
        out.append(text[pos:s])
        out.append(f"<{label}>{text[s:e]}</{label}>")
        pos = e
    out.append(text[pos:])
    return "".join(out)


def read_file(path: Path) -> Iterator[Example]:
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield parse_line(line, f"{path.name}:{no}")


def read_hand(directory: Path | None = None) -> list[Example]:
    directory = directory or CORPUS_DIR / "hand"
    examples: list[Example] = []
    for path in sorted(directory.glob("*.tagged")):
        examples.extend(read_file(path))
    return examples


if __name__ == "__main__":  # python -m refsift.train.corpus FILE...: check files and count notes and labels
    import sys
    from collections import Counter

    total = Counter()
    for arg in sys.argv[1:] or [str(p) for p in sorted((CORPUS_DIR / "hand").glob("*.tagged"))]:
        exs = list(read_file(Path(arg)))
        for ex in exs:
            for _, _, lab in ex.spans:
                total[lab] += 1
        print(f"{arg}: {len(exs)} notes")
    print(dict(total))
