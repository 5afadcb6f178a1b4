"""The one name allocator: every identifier the facade takes from the spec or the overlay goes through it.

An identifier the facade writes (a resource, a method, a keyword argument, a class, an
imported model) comes from text the spec or the overlay chose. :func:`snake` turns such
text into ``snake_case`` words; a :class:`Scope` then hands out names that are

- valid identifiers (ASCII letters, digits and ``_``, not starting with a digit),
- not keywords, nor a builtin the rendered code uses, nor one of the facade's own names
  in that scope (``timeout``, ``self``, ``with_raw_response``, ``close``…),
- unique in the scope.

A name that is taken gets a deterministic rename (a trailing ``_``, then ``_2``, ``_3``…), which
the scope records so the change report can print it; nothing is dropped silently.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field

MAX_NAME = 100
"""Longest identifier the facade writes; longer spec text is cut (and the cut name reported like a rename)."""

OPTION_NAMES = frozenset({"timeout", "extra_headers", "extra_query", "extra_body"})
"""The per-call options every facade method takes."""

TEMPLATE_LOCALS = frozenset({"self"})
"""Unprefixed names the rendered methods use; every other local of the templates starts with ``_``,
which no allocated name does (:func:`snake` strips leading underscores)."""

RESOURCE_MEMBERS = frozenset(
    {"with_raw_response", "with_streaming_response", "with_options", "_client", "_run", "_answer", "_pages"}
)
"""Members every resource class has: an operation may not be named like one."""

CLIENT_MEMBERS = frozenset(
    {
        "api_key",
        "base_url",
        "close",
        "copy",
        "default_headers",
        "default_query",
        "http_client",
        "max_response_bytes",
        "max_retries",
        "response_check",
        "strict_response_validation",
        "timeout",
        "with_options",
        "with_raw_response",
        "with_streaming_response",
    }
)
"""Members of ``Puretalk`` / ``AsyncPuretalk``: a top-level resource may not be named like one."""

WINDOWS_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{digit}" for digit in range(1, 10)), *(f"lpt{digit}" for digit in range(1, 10))}
)
"""File names a Windows checkout cannot hold (``con.py`` is the console): no generated module may be named so."""

MODEL_MEMBERS = frozenset(
    {"to_json", "to_dict", "from_dict", "to_multipart", "model_fields_set", "additional_properties"}
)
"""Members every generated model has (``templates/types.py.jinja``'s ``BaseModel`` and the model template):
a property may not be named like one."""

USED_BUILTINS = frozenset({"builtins"})
"""How the rendered code reaches builtins where a spec name may shadow one (``builtins.list``)."""

_NOT_KEPT = re.compile(r"[^0-9a-zA-Z. _-]+")
_CASED_WORD = re.compile(r"([A-Z]?[a-z]+)")
_WORD = re.compile(r"[^. _-]+")


def words(text: str) -> list[str]:
    """Split ``text`` into words as the generator does (``getV2Call``: get V2 Call, ``HTTPStatus``: HTTP Status).

    Only ASCII letters, digits and the delimiters ``. _-`` are kept (the generator keeps non-ASCII
    letters too, which no name of ours may hold); with an upper-case letter in it, each run of a
    capital and lower-case letters is a word, and so is what lies between them.
    """
    kept = _NOT_KEPT.sub("", text)
    if any(character.isupper() for character in kept):
        kept = " ".join(_CASED_WORD.split(kept))
    return _WORD.findall(kept)


def snake(text: str) -> str:
    """Return the one Python name of ``text`` (``phone-numbers`` → ``phone_numbers``, ``getV2Call`` → ``get_v2_call``).

    The words are the generator's own (:func:`words`), so a name the generator derives and the
    name the facade, the change report and the surface diff derive agree. A name that would start
    with a digit gets ``n_``, a keyword a trailing ``_``, and text with no letter or digit at all
    becomes ``default``.
    """
    words_ = "_".join(words(text)).lower()
    if not words_:
        return "default"
    if words_[0].isdigit():
        words_ = f"n_{words_}"
    if keyword.iskeyword(words_):
        words_ = f"{words_}_"
    return words_


def pascal(text: str) -> str:
    """Return ``text`` as a ``PascalCase`` class name (``phone_numbers`` → ``PhoneNumbers``)."""
    return "".join(part[:1].upper() + part[1:] for part in snake(text).split("_") if part) or "Default"


def is_identifier(name: str) -> bool:
    """Tell whether ``name`` is an ASCII identifier that is not a keyword."""
    return name.isascii() and name.isidentifier() and not keyword.iskeyword(name)


class Identifier(str):
    """A name handed out by a :class:`Scope`: the only kind of ``str`` the facade templates print raw."""

    __slots__ = ()

    def __html__(self) -> str:
        """Safe as it is: valid identifiers hold no character a template would escape."""
        return str(self)


@dataclass(frozen=True)
class Rename:
    """A name the scope could not give as asked: what was wanted, what was given, and why."""

    scope: str
    wanted: str
    given: str
    reason: str

    def __str__(self) -> str:
        return f"{self.scope}: {self.wanted!r} -> {self.given} ({self.reason})"


@dataclass
class Scope:
    """One namespace of the rendered code (a module, a class, a method's arguments).

    ``reserved`` names are never handed out; ``taken`` maps each name handed out to what it names.
    """

    name: str
    reserved: frozenset[str] = frozenset()
    taken: dict[str, str] = field(default_factory=dict)
    renames: list[Rename] = field(default_factory=list)

    def allocate(self, wanted: str, owner: str, *, case: str = "snake", prefix: str = "") -> Identifier:
        """Return a free, valid name for ``owner`` as close to ``wanted`` as the rules allow.

        ``case`` is ``snake`` (functions, keywords, resources) or ``pascal`` (classes); a ``wanted``
        that is already a valid, free name of that case is kept as it is (``next_``, ``id``).
        ``prefix`` (``_``) goes before the name (private module names).
        """
        if case == "snake":
            base = (
                wanted
                if is_identifier(wanted) and wanted == wanted.lower() and not wanted.startswith("_")
                else snake(wanted)
            )
        else:
            base = pascal(wanted)
        base = prefix + base
        reason = "" if base == wanted else "not a Python name as written"
        if len(base) > MAX_NAME:
            base, reason = base[:MAX_NAME].rstrip("_") or "default", f"longer than {MAX_NAME} characters"
        if base in self.reserved or base in USED_BUILTINS or keyword.iskeyword(base):
            reason = reason or "one of the facade's own names"
            base += "_"
        candidate, number = base, 1
        while candidate in self.taken or candidate in self.reserved:
            number += 1
            candidate = f"{base}_{number}" if not base.endswith("_") else f"{base}{number}"
            reason = reason or f"already names {self.taken.get(base, 'a facade name')}"
        assert is_identifier(candidate), candidate  # noqa: S101 - the rules above make it one
        self.taken[candidate] = owner
        if reason and candidate != wanted and not prefix:
            self.renames.append(Rename(self.name, wanted, candidate, reason))
        return Identifier(candidate)

    def claim(self, name: str, owner: str) -> Identifier | None:
        """Take exactly ``name`` for ``owner``; return ``None`` (taking nothing) when it is not free or not valid."""
        if not is_identifier(name) or name in self.taken or name in self.reserved or name in USED_BUILTINS:
            return None
        self.taken[name] = owner
        return Identifier(name)


def fixed(name: str) -> Identifier:
    """Mark a name the templates themselves chose (not from the spec) as an identifier."""
    if not is_identifier(name):
        raise ValueError(f"{name!r} is not an identifier")
    return Identifier(name)


__all__ = [
    "CLIENT_MEMBERS",
    "MAX_NAME",
    "OPTION_NAMES",
    "RESOURCE_MEMBERS",
    "TEMPLATE_LOCALS",
    "USED_BUILTINS",
    "Identifier",
    "Rename",
    "Scope",
    "fixed",
    "is_identifier",
    "pascal",
    "snake",
]
