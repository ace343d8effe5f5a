"""Exceptions that stop a run, each with its exit code.  The CLI maps them in one place.

Exit codes (the README lists the same): 0 ok, 1 internal error, 2 usage, 3 no references found,
4 unreadable input, 5 model missing, 6 output location missing or not writable, 7 partial failure
(a batch wrote some outputs but some inputs failed), 8 ``--strict`` and a note that could not be
parsed, 130 interrupted (Ctrl-C), 141 broken pipe (stdout closed early: quiet, no message).
"""


class RefsiftError(Exception):
    """Base class: a run that cannot continue.  The message is one line for the user."""

    exit_code = 1


class UsageError(RefsiftError):
    exit_code = 2


class NoReferencesError(RefsiftError):
    exit_code = 3


class UnreadableInputError(RefsiftError):
    exit_code = 4


class UnknownStyleError(UsageError):
    """An unknown CSL style name or an unreadable .csl file (a usage error)."""


class ModelMissingError(RefsiftError):
    exit_code = 5


class OutputError(RefsiftError):
    """The output location is missing, not a directory where one is needed, or not writable."""

    exit_code = 6


class StrictError(RefsiftError):
    """``--strict``: a note could not be parsed into any work."""

    exit_code = 8


PARTIAL_FAILURE = 7  # a batch in which some inputs failed and the others were written
INTERRUPTED = 130
BROKEN_PIPE = 141
