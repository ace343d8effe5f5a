"""The token labels of the labeller.  Every training source and the tagger use this list."""

LABELS = (
    "author", "editor", "translator", "title", "container-title", "collection-title",
    "publisher", "location", "date", "volume", "issue", "pages", "locator", "edition",
    "genre", "number", "url", "doi", "isbn", "note", "signal", "other",
)
LABEL_SET = frozenset(LABELS)
