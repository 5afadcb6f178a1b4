"""Annotations of the generated code: how a module names the generator's classes, and plain ones for the surface."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from scripts.generation.ir import TypeRef
from scripts.generation.names import Identifier
from scripts.generation.source_text import Code

BUILTIN_TYPES = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict", "object", "type"})
"""Builtin names an annotation may use; qualified as ``builtins.<name>`` where a class member shadows one."""


@dataclass
class Names:
    """How the module being rendered names the generator's classes (a model may be imported under an alias)."""

    local: dict[str, Identifier] = field(default_factory=dict)

    def render(self, parts: Iterable[TypeRef], shadowed: frozenset[str] = frozenset()) -> Code:
        """Render union ``parts`` as an annotation; builtins named by a class member become ``builtins.<name>``."""
        return Code(" | ".join(self._part(part, shadowed) for part in parts))

    def _part(self, part: TypeRef, shadowed: frozenset[str]) -> str:
        if part.kind in ("model", "alias"):
            return self.local[part.name]
        if part.kind == "list":
            item = self.render(part.item, shadowed) or "Any"
            return f"{self._builtin('list', shadowed)}[{item}]"
        if part.kind == "sequence":
            return f"Sequence[{self.render(part.item, shadowed)}]"
        if part.kind == "leaf" and part.name in BUILTIN_TYPES:
            return self._builtin(part.name, shadowed)
        return part.name  # File, Unset, Any, None, datetime.datetime, UUID, Literal[...] (the generator's code)

    @staticmethod
    def _builtin(name: str, shadowed: frozenset[str]) -> str:
        return f"builtins.{name}" if name in shadowed else name

    def classes(self, parts: Iterable[TypeRef]) -> Iterator[str]:
        """Yield the class names ``parts`` use (to import them)."""
        for part in parts:
            if part.kind in ("model", "alias"):
                yield part.name
            yield from self.classes(part.item)


def plain_annotation(parts: Iterable[TypeRef]) -> str:
    """Return an annotation with every class under its own name (for the surface, not for source)."""
    return str(Names(_AnyName()).render(parts))


class _AnyName(dict[str, Identifier]):
    def __missing__(self, key: str) -> Identifier:
        return Identifier(key)


__all__ = ["BUILTIN_TYPES", "Names", "plain_annotation"]
