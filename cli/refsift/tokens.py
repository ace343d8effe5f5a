"""Split a note into tokens that keep their offsets, so labelled tokens map back to the text."""
from __future__ import annotations

import re
from dataclasses import dataclass

_URL_TAIL = ".,;:)]}'’”\"»"
_TOKEN = re.compile(
    r"(?P<url>(?:https?://|www\.)\S+)"
    r"|(?P<doi>\b10\.\d{4,9}/\S+)"
    r"|(?P<word>\w+(?:[-'’]\w+)*)"
    r"|(?P<punct>\S)",
    re.UNICODE,
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    space_before: bool


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if m.lastgroup in ("url", "doi"):
            # trailing sentence punctuation is not part of a URL or DOI
            while end > start + 1 and text[end - 1] in _URL_TAIL:
                if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                    break
                end -= 1
        space = start == 0 or text[start - 1].isspace()
        out.append(Token(text[start:end], start, end, space))
        if end < m.end():
            # re-tokenise what was trimmed off the URL
            for sub in _TOKEN.finditer(text, end, m.end()):
                s, e = sub.span()
                out.append(Token(text[s:e], s, e, text[s - 1].isspace()))
    return out
