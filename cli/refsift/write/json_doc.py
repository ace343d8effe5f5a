"""``--to json``: the whole document model (the gold format), pretty printed."""
from __future__ import annotations

import json

from refsift.model import Document


def write(doc: Document) -> str:
    return json.dumps(doc.to_json(), ensure_ascii=False, indent=2) + "\n"
