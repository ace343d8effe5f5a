"""Exceptions that stop a run, each with its exit code.  The CLI maps them in one place."""


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
