"""What the facade renderer knows of each operation: its Python name, arguments, result and paging.

It reads two sources, both produced by ``generate`` itself:
- the generated package: each tag's public seams (``api/<tag>/__init__.py``, from
  templates/endpoint_init.py.jinja: ``<name>_request`` signatures and ``ENDPOINTS``)
  and the attrs models (``models/*.py``), read with :mod:`ast`, so every type the
  facade writes is the generated code's own;
- the resolved spec: names the overlay gives (``x-puretalk-method``,
  ``x-puretalk-arguments``, root ``x-puretalk-resources``), summaries and descriptions.

Operations nobody named get theirs from :func:`derived_name` (the README states the rule).
"""

from __future__ import annotations

import ast
import copy
import keyword
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from scripts.yaml_io import Document

T = TypeVar("T")
METHOD_EXTENSION = "x-puretalk-method"
ARGUMENTS_EXTENSION = "x-puretalk-arguments"
RESOURCES_EXTENSION = "x-puretalk-resources"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
RESERVED = frozenset({"self", "timeout", "extra_headers", "extra_query", "extra_body", "with_raw_response"})
"""Names a flattened body field may not take (the per-call options, and ``self``)."""
_VERBS = {"get": "get", "post": "create", "put": "update", "patch": "update", "delete": "delete"}


class FacadeError(Exception):
    """The facade cannot be derived; the message names the operation and the cause."""


@dataclass(frozen=True)
class Param:
    """One argument of a generated seam, or one field of a body model."""

    name: str
    annotation: str
    default: str | None

    @property
    def required(self) -> bool:
        """Whether the caller must pass it."""
        return self.default is None


@dataclass(frozen=True)
class Model:
    """A generated attrs model: its fields in order (``additional_properties`` left out)."""

    name: str
    fields: tuple[Param, ...]

    def field(self, name: str) -> Param | None:
        """Return the field called ``name``, if the model has one."""
        return next((item for item in self.fields if item.name == name), None)


class _Definitions:
    """The model classes and Literal aliases of ``models/``, each module read (with :mod:`ast`) on first use.

    ``models/__init__.py`` says which module defines each name; a large spec has a
    thousand model modules, and the facade needs only those its operations touch.
    """

    def __init__(self, package_dir: Path) -> None:
        self.folder = package_dir / "models"
        init = ast.parse((self.folder / "__init__.py").read_text(encoding="utf-8"))
        self.modules = {
            alias.asname or alias.name: node.module
            for node in init.body
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
            for alias in node.names
        }
        self.models: dict[str, Model] = {}
        self.aliases: dict[str, str] = {}
        self._read: set[str] = set()
        self.collisions: frozenset[str] = frozenset()
        shadowing = frozenset(name for name in self.modules.keys() & TYPES_NAMES if self.load(name) == "model")
        if shadowing:  # read again, now writing the shadowed ``types`` names as ``_types.<name>``
            self.collisions = shadowing
            self.models.clear()
            self.aliases.clear()
            self._read.clear()

    def load(self, name: str) -> str | None:
        """Read the module defining ``name``; say whether it is a ``model`` or an ``alias`` (None: neither)."""
        module = self.modules.get(name)
        if module is not None and module not in self._read:
            self._read.add(module)
            self._parse(ast.parse((self.folder / f"{module}.py").read_text(encoding="utf-8")))
        return "model" if name in self.models else "alias" if name in self.aliases else None

    def _parse(self, tree: ast.Module) -> None:
        qualify = _Qualify(_from_types(tree) & self.collisions)
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                fields = tuple(
                    Param(item.target.id, _text(item.annotation, qualify) or "Any", _text(item.value, qualify))
                    for item in node.body
                    if isinstance(item, ast.AnnAssign)
                    and isinstance(item.target, ast.Name)
                    and item.target.id != "additional_properties"
                )
                self.models[node.name] = Model(node.name, fields)
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Subscript):
                target = node.targets[0]
                if isinstance(target, ast.Name) and ast.unparse(node.value.value) == "Literal":
                    values = ast.literal_eval(node.value.slice)
                    first = values[0] if isinstance(values, tuple) else values
                    self.aliases[target.id] = type(first).__name__


class _Lazy(Mapping[str, T]):
    """``models`` or ``aliases`` of a :class:`Package`: membership and lookup read the defining module first."""

    def __init__(self, definitions: _Definitions, kind: str, table: dict[str, T]) -> None:
        self._definitions, self._kind, self._table = definitions, kind, table

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._definitions.load(name) == self._kind

    def __getitem__(self, name: str) -> T:
        if name not in self:
            raise KeyError(name)
        return self._table[name]

    def __iter__(self) -> Iterator[str]:
        return (name for name in self._definitions.modules if name in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class Package:
    """The names the generated package defines: models (classes) and Literal aliases with their base type."""

    def __init__(self, package_dir: Path) -> None:
        definitions = _Definitions(package_dir)
        self.models: Mapping[str, Model] = _Lazy(definitions, "model", definitions.models)
        self.aliases: Mapping[str, str] = _Lazy(definitions, "alias", definitions.aliases)
        self.collisions = definitions.collisions
        """Names of ``types`` a model shares; the facade writes the ``types`` ones as ``_types.<name>``."""


@dataclass
class Operation:
    """One operation as the facade exposes it."""

    tag: str
    function: str
    method: str
    path: str
    params: list[Param]
    path_params: list[str]
    success: list[str]
    bodies: list[str]
    spec: Mapping[str, Any]
    resource: tuple[str, ...] = ()
    python_name: str = ""
    named_by: str = "overlay"
    renames: dict[str, str] = field(default_factory=dict)

    @property
    def operation_id(self) -> str:
        """The spec's operationId, or the generator's function name."""
        value = self.spec.get("operationId")
        return value if isinstance(value, str) else self.function

    @property
    def dotted(self) -> str:
        """The method as users call it: ``calls.get_recording``."""
        return ".".join((*self.resource, self.python_name))


TYPES_NAMES = frozenset({"File", "FileTypes", "RequestFiles", "Response", "UNSET", "Unset"})
"""What the generated ``types`` module defines; a spec schema of one of these names shadows it."""


class _Qualify(ast.NodeTransformer):
    """Turn the ``types`` names a module imports, where a model shares them, into ``_types.<name>``."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names

    def visit_Name(self, node: ast.Name) -> ast.expr:
        if node.id in self.names:
            return ast.Attribute(value=ast.Name(id="_types", ctx=ast.Load()), attr=node.id, ctx=ast.Load())
        return node


def _from_types(tree: ast.Module) -> frozenset[str]:
    """Return the names a generated module imports from the package's ``types`` (``from ..types import File``)."""
    names: set[str] = set()
    for node in tree.body:  # imports stand at the top level, or in an ``if TYPE_CHECKING:`` block
        for item in node.body if isinstance(node, ast.If) else [node]:
            if isinstance(item, ast.ImportFrom) and item.level >= 1 and item.module == "types":
                names.update(alias.asname or alias.name for alias in item.names)
    return frozenset(names)


def _text(node: ast.expr | None, qualify: _Qualify) -> str | None:
    if node is None:
        return None
    if not qualify.names:  # nothing to rewrite (the usual case): no copy needed
        return ast.unparse(node)
    return ast.unparse(qualify.visit(copy.deepcopy(node)))


def read_models(package_dir: Path) -> Package:
    """Index the generated models and Literal aliases under ``models/`` (each read when first needed)."""
    return Package(package_dir)


def _seam_params(function: ast.FunctionDef, qualify: _Qualify) -> tuple[list[Param], list[str]]:
    arguments = function.args
    positional = arguments.posonlyargs + arguments.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    pairs = [*zip(positional, defaults, strict=True), *zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)]
    params = [
        Param(arg.arg, _text(arg.annotation, qualify) or "Any", _text(default, qualify)) for arg, default in pairs
    ]
    return params, [arg.arg for arg in positional]


def read_endpoints(package_dir: Path, spec: Document, collisions: frozenset[str] = frozenset()) -> list[Operation]:
    """Read each tag's seams and ``ENDPOINTS``, and pair each endpoint with its operation in ``spec``."""
    operations: list[Operation] = []
    paths = spec.get("paths") or {}
    for init in sorted((package_dir / "api").glob("*/__init__.py")):
        tree = ast.parse(init.read_text(encoding="utf-8"))
        qualify = _Qualify(_from_types(tree) & collisions)
        endpoints: dict[str, dict[str, Any]] = {}
        seams: dict[str, ast.FunctionDef] = {}
        for node in tree.body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "ENDPOINTS":
                endpoints = ast.literal_eval(node.value) if node.value else {}
            elif isinstance(node, ast.FunctionDef):
                seams[node.name] = node
        for name, info in endpoints.items():
            params, path_params = _seam_params(seams[f"{name}_request"], qualify)
            item = paths.get(info["path"]) or {}
            spec_operation = item.get(info["method"].lower()) or {}
            operations.append(
                Operation(
                    tag=init.parent.name,
                    function=name,
                    method=info["method"],
                    path=info["path"],
                    params=params,
                    path_params=path_params,
                    success=list(info["success"]),
                    bodies=list(info["bodies"]),
                    spec=spec_operation,
                )
            )
    return operations


def snake(text: str) -> str:
    """Return the ``snake_case`` words of ``text`` (``phone-numbers`` → ``phone_numbers``)."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    words = re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower()
    if not words:
        return "default"
    if words[0].isdigit() or keyword.iskeyword(words):
        words = f"n_{words}" if words[0].isdigit() else f"{words}_"
    return words


def _segments(path: str) -> list[str]:
    return [segment for segment in path.strip("/").split("/") if segment]


def _is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def derived_name(method: str, path: str, tags: list[str]) -> tuple[tuple[str, ...], str]:
    """Resource and method of an operation the overlay does not name.

    The resource is the first tag, else the first path segment that is neither a
    parameter nor a version (``v1``). The method comes from the HTTP method and the
    literal segments after the first one (parameters and versions skipped): with
    none, GET gives ``list`` on a collection and ``get`` when the path ends in a
    parameter, POST ``create``, PUT/PATCH ``update``, DELETE ``delete``; otherwise
    the verb and those words (``GET /calls/{call_id}/recording`` → ``calls.get_recording``).
    """
    segments = _segments(path)
    literal = [segment for segment in segments if not _is_parameter(segment) and not re.fullmatch(r"v\d+", segment)]
    resource = snake(tags[0]) if tags else snake(literal[0]) if literal else "default"
    words = [snake(segment) for segment in literal[1:]]
    verb = method.lower()
    if words:
        return (resource,), "_".join([_VERBS.get(verb, verb), *words])
    if verb == "get":
        return (resource,), "get" if segments and _is_parameter(segments[-1]) else "list"
    return (resource,), _VERBS.get(verb, verb)


def name_operations(operations: list[Operation]) -> None:
    """Give every operation its resource and method: the overlay's ``x-puretalk-method``, else the rule."""
    taken: dict[str, Operation] = {}
    for operation in sorted(operations, key=lambda item: METHOD_EXTENSION not in item.spec):
        named = operation.spec.get(METHOD_EXTENSION)
        if isinstance(named, str) and named.strip():
            parts = tuple(snake(part) for part in named.strip().split("."))
            if len(parts) < 2:
                raise FacadeError(f"{operation.method} {operation.path}: {METHOD_EXTENSION} must be resource.method")
            operation.resource, operation.python_name = parts[:-1], parts[-1]
        else:
            tags = [str(tag) for tag in operation.spec.get("tags") or []]
            operation.resource, operation.python_name = derived_name(operation.method, operation.path, tags)
            operation.named_by = "rule"
            if operation.dotted in taken:
                operation.python_name = snake(operation.function)
        if operation.dotted in taken:
            other = taken[operation.dotted]
            raise FacadeError(
                f"{operation.method} {operation.path} and {other.method} {other.path} both map to "
                f"{operation.dotted}: name one in the overlay with {METHOD_EXTENSION}"
            )
        renames = operation.spec.get(ARGUMENTS_EXTENSION) or {}
        operation.renames = {str(key): snake(str(value)) for key, value in dict(renames).items()}
        taken[operation.dotted] = operation


@dataclass(frozen=True)
class ResourceInfo:
    """What the overlay says of one resource: its docstring and the module of its hand-written helpers."""

    description: str
    helpers: str | None


def resource_info(spec: Document, name: str) -> ResourceInfo:
    """Read ``x-puretalk-resources.<name>`` (docstring, helpers module), else the tag's description."""
    declared = (spec.get(RESOURCES_EXTENSION) or {}).get(name) or {}
    description = declared.get("description")
    if not isinstance(description, str):
        tags = [tag for tag in spec.get("tags") or [] if isinstance(tag, dict)]
        tag: dict[str, Any] = next((tag for tag in tags if snake(str(tag.get("name", ""))) == name), {})
        description = tag.get("description") if isinstance(tag.get("description"), str) else None
    helpers = declared.get("helpers")
    return ResourceInfo(
        description or f"The ``{name}`` operations of the API.",
        helpers if isinstance(helpers, str) else None,
    )
