"""refsift: every reference on a pasted page, as BibTeX, RIS, CSL-JSON or any CSL style.

    >>> from refsift import extract
    >>> doc = extract(open("chapter.txt", "rb").read(), "chapter.txt")
    >>> doc.items[0]["title"]
"""
__version__ = "0.1.0"


def extract(data, name=None):
    """A page (bytes or text) -> its Document (see refsift.model)."""
    from .pipeline import extract as _extract

    return _extract(data, name)


__all__ = ["extract", "__version__"]
