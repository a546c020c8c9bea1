"""One exception type whose message is written for the analyst, shared by every layer.

Anything raised as ``UserError`` may be shown as it is in a dialog or on stderr; anything else is a
bug and is reported as such (with a traceback only under ``--debug``).
"""


class UserError(Exception):
    """A problem with the user's input, described in the analyst's words (file, column, what to do)."""


class Cancelled(Exception):  # noqa: N818 - the name says what happened
    """Long work was stopped because its starter asked (runtime.Task.step raises it)."""


class MappingDoesNotFit(UserError):
    """The mapping names columns the file does not have: perhaps next year's export with renamed
    questions, which the command line can then offer to adapt (``report --adapt``). Raised after
    adapting, it carries the adapted mapping, the changes made and what still does not fit."""

    adapted: object = None
    changes: tuple[str, ...] | list[str] = ()
    problems: tuple[str, ...] | list[str] = ()
