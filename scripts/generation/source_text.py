"""The one escaping filter, and what the facade templates may print raw.

Every string that comes from the spec or the overlay reaches Python source through
:func:`py_string` (a string literal) or :func:`py_docstring` (the body of a docstring);
both write text that no spec can close early: quotes and backslashes are escaped, and so
is every character that is not printable (NUL, carriage returns, line and paragraph
separators, lone surrogates).

The templates print nothing else raw: :func:`finalize`, the Jinja environment's hook for
every ``{{ … }}``, lets through only identifiers from the name allocator
(:class:`scripts.generation.names.Identifier`), :class:`Code` the renderer composed from those and
from the generator's own type code, and numbers; any other ``str`` is an error at render
time, so a template that forgot the filter cannot ship spec text as code.
"""

from __future__ import annotations

from markupsafe import Markup

from scripts.generation.names import Identifier
from scripts.infra.project import PipelineError


class Code(str):
    """Python source the renderer composed (from identifiers, the generator's type code, or the filter)."""

    __slots__ = ()

    def __html__(self) -> str:
        """Safe as it is (the template environment's escaping is for everything else)."""
        return str(self)


class UnfilteredText(PipelineError):
    """A template printed a plain string without the escaping filter."""


def _escape(character: str) -> str:
    if character == "\\":
        return "\\\\"
    if character == '"':
        return '\\"'
    if character.isprintable() and character != "\x7f":
        return character
    return repr(character)[1:-1]  # \x00, \r, \t, \u2028, \ud800…: an escape sequence, never the character


def py_string(value: object) -> Code:
    """Return ``value`` (made a ``str``) as a double-quoted Python string literal."""
    return Code('"' + "".join(_escape(character) for character in str(value)) + '"')


def py_docstring(value: object, indent: int = 4) -> Code:
    """Return ``value`` as a triple-quoted docstring whose lines are indented by ``indent`` spaces.

    Line breaks stay line breaks (readable in ``help()``); every other character goes through
    the same escaping as :func:`py_string`, so ``\"\"\"`` in the text cannot end the docstring.
    """
    pad = " " * indent
    lines = ["".join(_escape(character) for character in line).rstrip() for line in str(value).strip().split("\n")]
    body = ("\n").join(f"{pad}{line}" if line and number else line for number, line in enumerate(lines))
    closing = f"\n{pad}" if len(lines) > 1 else ""
    return Code(f'"""{body}{closing}"""')


def finalize(value: object) -> object:
    """Jinja's ``finalize`` hook: let through identifiers, composed code, macro output and numbers; refuse other text.

    The environment autoescapes, so a macro's output is ``Markup`` (already finalized inside the macro);
    a template never marks text safe itself (no ``|safe``, no ``Markup``).
    """
    if isinstance(value, (Identifier, Code, Markup)):
        return value
    if isinstance(value, bool) or value is None:
        raise UnfilteredText(f"a template printed {value!r}: print code, not values")
    if isinstance(value, int):
        return value
    raise UnfilteredText(f"a template printed unfiltered text {str(value)[:60]!r}: use py_string or py_docstring")
