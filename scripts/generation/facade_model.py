"""What the facade renderer knows of each operation, taken from the generator's own parse of the resolved spec.

The generator (openapi-python-client, run in-process by :mod:`scripts.generation.generator_worker`)
parses the resolved spec into its data model: endpoints with typed parameters, bodies and
responses, and models with typed properties. This module turns that into what the facade
templates print — resources, methods, arguments, parsers — with every identifier from the
name allocator (:mod:`scripts.generation.names`) and every type composed from the generator's own
type code. Nothing here reads generated Python back.

From the resolved spec it takes only what the overlay says of the client:
``x-puretalk-method`` (``resource.method``), ``x-puretalk-arguments`` (keyword renames)
and the root's ``x-puretalk-resources`` (docstrings, hand-written helpers). Operations the
overlay does not name get theirs from :func:`derived_name` (the rule the README states).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.generation.ir import (
    UNSET_REF,
    Endpoint,
    FacadeError,
    Field,
    Model,
    Parse,
    RequestBody,
    TypeRef,
    Union,
    core,
)
from scripts.generation.names import (
    CLIENT_MEMBERS,
    OPTION_NAMES,
    RESOURCE_MEMBERS,
    TEMPLATE_LOCALS,
    USED_BUILTINS,
    Identifier,
    Rename,
    Scope,
    fixed,
    is_identifier,
    pascal,
    snake,
)
from scripts.generation.source_text import Code

METHOD_EXTENSION = "x-puretalk-method"
ARGUMENTS_EXTENSION = "x-puretalk-arguments"
RESOURCES_EXTENSION = "x-puretalk-resources"
ENVELOPE_EXTENSION = "x-puretalk-envelope"
PAGINATION_EXTENSION = "x-puretalk-pagination"
HELPERS_PACKAGE = "puretalk_client._helpers"
"""Where hand-written resource helpers live (``overlays/puretalk_client/_helpers/<name>.py``)."""
_VERBS = {"get": "get", "post": "create", "put": "update", "patch": "update", "delete": "delete"}
_VERSION = re.compile(r"v\d+")
BUILTIN_TYPES = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict", "object", "type"})
"""Builtin names an annotation may use; qualified as ``builtins.<name>`` where a class member shadows one."""
RUNTIME_NAMES = frozenset(
    {
        "annotations", "builtins", "contextlib", "datetime", "functools", "httpx", "Any", "Callable", "Literal",
        "Mapping", "Required", "Sequence", "TypedDict", "UUID", "UNSET", "File", "Unset", "Client",
        "FileInput", "as_model", "as_models", "upload", "NOT_GIVEN", "Body", "Headers", "NotGiven", "Query",
        "RequestOptions", "TimeoutLike", "AsyncPaginator", "Page", "SyncPaginator", "counted_page", "first_page",
        "linked_page", "AsyncAPIResource", "SyncAPIResource", "async_to_raw_page_response", "async_to_raw_response",
        "async_to_streamed_response", "to_raw_page_response", "to_raw_response", "to_streamed_response",
        "check_envelope", "expect", "present", "read_file", "conforms", "LazyResource", "TYPE_CHECKING",
        "OPERATIONS", "SyncResources", "AsyncResources", "cast", "Check", "build_request", "path_segment",
        "parse_model", "flagged", "answer_any", "answer_bytes", "answer_list", "answer_model", "answer_one_of",
        "answer_plain",
    }
)  # fmt: skip
"""Module-level names the facade templates import or define: no spec name may take one."""


# --------------------------------------------------------------------------- types


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


# --------------------------------------------------------------------------- operations


@dataclass
class Operation:
    """One endpoint of the parse (:class:`scripts.generation.ir.Endpoint`), with the name the facade gives it."""

    tag: Identifier
    function: Identifier
    method: str
    path: str
    path_params: list[Field]
    query_params: list[Field]
    header_params: list[Field]
    """Header and cookie parameters: keywords like the query's."""
    cookie_params: list[Field]
    """The cookie parameters among ``header_params``."""
    body: Union | None
    body_required: bool
    bodies: tuple[RequestBody, ...]
    success: list[Union | None]
    """The 2xx answers: each a union of types, ``None`` for a binary (bytes) answer."""
    statuses: tuple[tuple[int, int], ...]
    spec: Mapping[str, Any]
    resource: tuple[str, ...] = ()
    python_name: str = ""
    named_by: str = "overlay"
    renames: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, endpoint: Endpoint) -> Operation:
        """Return the operation of one endpoint of the IR, not named yet."""
        return cls(
            endpoint.tag, endpoint.function, endpoint.method, endpoint.path, list(endpoint.path_params),
            list(endpoint.query_params), [*endpoint.header_params, *endpoint.cookie_params],
            list(endpoint.cookie_params), endpoint.body, endpoint.body_required, endpoint.bodies,
            list(endpoint.success), endpoint.statuses, endpoint.spec,
        )  # fmt: skip

    def place(self, entry: Field) -> str:
        """Where a parameter goes: ``path``, ``query``, ``header`` or ``cookie``."""
        for place, fields in (
            ("path", self.path_params),
            ("query", self.query_params),
            ("cookie", self.cookie_params),
            ("header", self.header_params),
        ):
            if any(item is entry for item in fields):
                return place
        return "body"  # fmt: skip

    @property
    def operation_id(self) -> str:
        """The spec's operationId, or the generator's function name."""
        value = self.spec.get("operationId")
        return value if isinstance(value, str) else self.function

    @property
    def key(self) -> str:
        """``METHOD path``."""
        return f"{self.method} {self.path}"

    @property
    def dotted(self) -> str:
        """The method as users call it: ``calls.get_recording``."""
        return ".".join((*self.resource, self.python_name))


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
    literal = [segment for segment in segments if not _is_parameter(segment) and not _VERSION.fullmatch(segment)]
    resource = snake(tags[0]) if tags else snake(literal[0]) if literal else "default"
    words = [snake(segment) for segment in literal[1:]]
    verb = method.lower()
    if words:
        return (resource,), "_".join([_VERBS.get(verb, verb), *words])
    if verb == "get":
        return (resource,), "get" if segments and _is_parameter(segments[-1]) else "list"
    return (resource,), _VERBS.get(verb, verb)


def _wanted_name(operation: Operation) -> tuple[tuple[str, ...], str, str]:
    named = operation.spec.get(METHOD_EXTENSION)
    if isinstance(named, str) and named.strip():
        parts = tuple(snake(part) for part in named.strip().split("."))
        if len(parts) < 2:
            raise FacadeError(f"{operation.key}: {METHOD_EXTENSION} must be resource.method, got {named[:60]!r}")
        return parts[:-1], parts[-1], "overlay"
    tags = [str(tag) for tag in operation.spec.get("tags") or [] if isinstance(tag, str)]
    resource, method = derived_name(operation.method, operation.path, tags)
    return resource, method, "rule"


# --------------------------------------------------------------------------- resources and methods


@dataclass(frozen=True)
class ResourceInfo:
    """What the overlay says of one resource: its docstring and the module of its hand-written helpers."""

    description: str
    helpers: Identifier | None
    """The module under ``puretalk_client._helpers`` (validated), if the resource has helpers."""


@dataclass
class Argument:
    """One argument of a facade method: how users pass it and how it reaches the generated code."""

    name: Identifier
    source: Field
    parts: Union
    """The type users see (models also as mappings, files as paths, bytes or file objects)."""
    default: Code | None
    convert: str
    """``value``, ``model``, ``models`` or ``file``: how the argument becomes what the generated code takes."""
    target: Identifier
    """The generated code's name for it (a parameter, or a body model's field)."""
    model: Identifier | None = None
    """The model class a ``model`` / ``models`` conversion builds."""
    place: str = "body"
    """``path``, ``query``, ``header``, ``cookie`` or ``body`` (a body field, or the whole body)."""


@dataclass
class Parser:
    """How a method turns the generated parse of a 2xx answer into its result."""

    name: Identifier
    kind: str
    """``any``, ``binary``, ``model``, ``union``, ``linked`` (a page with links), ``counted`` (a page with a count)."""
    result: Union
    model: str = ""
    envelope: bool = False
    unwrap: str = ""
    """``results``: return the envelope's results; ``none``: an envelope without results; empty: the model itself."""
    origins: tuple[str, ...] = ()
    items_field: Identifier | None = None
    error_field: Identifier | None = None
    """The envelope's error flag (its Python name); ``error_key`` is its JSON name."""
    error_key: str = ""
    results_field: Identifier | None = None
    count_field: Identifier | None = None
    next_field: Identifier | None = None
    previous_field: Identifier | None = None
    page_param: str = "page"
    """The query parameter (its spec name) that numbers pages."""
    nested: bool = False
    """Whether the page's fields are in the envelope's results (not in the body itself)."""
    decoder: Identifier | None = None
    """The module-level decoder of a ``union`` answer."""


@dataclass
class Method:
    """A facade method: its name, arguments, the request it builds and the parser."""

    operation: Operation
    name: Identifier
    positional: list[Argument]
    keywords: list[Argument]
    seam_args: list[Argument]
    body_model: Identifier | None
    body_fields: list[Argument]
    body_whole: Argument | None
    parser: Parser
    params_class: Identifier | None = None
    page_argument: Identifier | None = None
    page_item: Union = ()
    scope_renames: list[Rename] = field(default_factory=list)

    @property
    def paged(self) -> bool:
        """Whether the method returns a paginator."""
        return self.parser.kind in ("linked", "counted")

    @property
    def uses_files(self) -> bool:
        """Whether an argument opens a file (the call runs inside an ``ExitStack``)."""
        return any(argument.convert == "file" for argument in (*self.keywords, *self.positional))


@dataclass
class Resource:
    """One resource namespace: its class names, methods, sub-resources and helpers."""

    path: tuple[str, ...]
    attribute: Identifier
    info: ResourceInfo
    scope: Scope
    classes: dict[str, Identifier] = field(default_factory=dict)
    """``sync``, ``async``, ``sync_raw``, ``async_raw``, ``sync_streaming``, ``async_streaming``."""
    methods: list[Method] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)
    helper_methods: tuple[list[Identifier], list[Identifier]] = ([], [])
    operations: list[Operation] = field(default_factory=list)
    module: Scope | None = None
    """The module scope (top-level resources only: each has a module of its own)."""
    names: Names = field(default_factory=lambda: Names())
    helpers_alias: Identifier | None = None
    """The name under which the module imports this resource's hand-written helpers."""

    @property
    def dotted(self) -> str:
        """``assistants.tasks``."""
        return ".".join(self.path)

    def walk(self) -> Iterator[Resource]:
        """Return this resource's sub-resources (depth first), then itself."""
        for child in self.children:
            yield from child.walk()
        yield self


def resource_info(spec: Mapping[str, Any], name: str, root: Path) -> ResourceInfo:
    """Read ``x-puretalk-resources.<name>`` (docstring, helpers module), else the tag's description."""
    declared_all = spec.get(RESOURCES_EXTENSION)
    declared = declared_all.get(name) if isinstance(declared_all, Mapping) else None
    declared = declared if isinstance(declared, Mapping) else {}
    description = declared.get("description")
    if not isinstance(description, str):
        tags = [tag for tag in spec.get("tags") or [] if isinstance(tag, Mapping)]
        tag = next((tag for tag in tags if snake(str(tag.get("name", ""))) == name.split(".")[-1]), {})
        description = tag.get("description") if isinstance(tag.get("description"), str) else None
    helpers = declared.get("helpers")
    module: Identifier | None = None
    if helpers is not None:
        prefix = HELPERS_PACKAGE + "."
        tail = helpers[len(prefix) :] if isinstance(helpers, str) and helpers.startswith(prefix) else ""
        if not is_identifier(tail) or not (root / "overlays" / "puretalk_client" / "_helpers" / f"{tail}.py").is_file():
            raise FacadeError(
                f"{RESOURCES_EXTENSION}.{name}.helpers must name a module {prefix}<name> under overlays/, "
                f"got {str(helpers)[:80]!r}"
            )
        module = fixed(tail)
    return ResourceInfo(description or f"The ``{name}`` operations of the API.", module)


def helper_methods(root: Path, module: str, class_name: str) -> list[Identifier]:
    """Public method names of a hand-written helpers class (read with ast from overlays/, not imported)."""
    path = root / "overlays" / "puretalk_client" / "_helpers" / f"{module}.py"
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError) as error:
        raise FacadeError(f"helpers module {module} cannot be read: {error}") from error
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return [
                fixed(item.name)
                for item in node.body
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and not item.name.startswith("_")
            ]
    raise FacadeError(f"helpers module {module} has no class {class_name}")


@dataclass
class Facade:
    """Everything the templates render: the top-level resources and each operation's Python name."""

    resources: list[Resource]
    operations: list[Operation]
    models: dict[str, Model]
    renames: list[Rename]

    def surface(self) -> dict[str, Any]:
        """Return the Python surface users code against (methods, keywords, return types, models, resources)."""
        methods: dict[str, Any] = {}
        for top in self.resources:
            for resource in top.walk():
                for method in resource.methods:
                    params = [
                        {
                            "name": argument.name,
                            "source": argument.source.source,
                            "type": plain_annotation(argument.parts),
                            "required": argument.default is None,
                            "kind": kind,
                        }
                        for kind, arguments in (("positional", method.positional), ("keyword", method.keywords))
                        for argument in arguments
                    ]
                    returns = plain_annotation(method.page_item if method.paged else method.parser.result)
                    if method.paged:
                        returns = f"Paginator[{returns}]"
                    methods[method.operation.dotted] = {
                        "operation": method.operation.key,
                        "returns": returns,
                        "params": params,
                    }
        models = {
            name: {"fields": {item.name: {"type": plain_annotation(item.parts), "required": item.required}
                              for item in model.fields}}
            for name, model in sorted(self.models.items())
            if not model.is_alias
        }  # fmt: skip
        resources = sorted(resource.dotted for top in self.resources for resource in top.walk())
        return {"methods": dict(sorted(methods.items())), "models": models, "resources": resources}


def plain_annotation(parts: Iterable[TypeRef]) -> str:
    """Return an annotation with every class under its own name (for the surface, not for source)."""
    return str(Names(_AnyName()).render(parts))


class _AnyName(dict[str, Identifier]):
    def __missing__(self, key: str) -> Identifier:
        return Identifier(key)


# --------------------------------------------------------------------------- building the facade


def _success_parser(operation: Operation, models: Mapping[str, Model], name: Identifier) -> Parser:
    """Work out how a method reads its 2xx answer (see :class:`Parser`)."""
    answers = operation.success
    if not answers or all(parts is not None and [p.name for p in parts] == ["Any"] for parts in answers):
        return Parser(name, "any", (TypeRef("leaf", "Any"),))
    if answers == [None]:
        return Parser(name, "binary", (TypeRef("leaf", "bytes"),))
    if len(answers) == 1 and answers[0] is not None and len(answers[0]) == 1 and answers[0][0].kind == "model":
        model = models.get(answers[0][0].name)
        if model is not None and not model.is_alias:
            return _model_parser(operation, model, models, name)
    parts: list[TypeRef] = []
    for answer in answers:
        for part in answer or (TypeRef("leaf", "bytes", origin="bytes"),):
            if part not in parts:
                parts.append(part)
    origins = tuple(part.origin for part in parts)
    return Parser(name, "union", tuple(parts), origins=origins if all(origins) else ())


def _declared(operation: Operation, key: str, allowed: frozenset[str]) -> Mapping[str, str] | None:
    """Return what the overlay declares under ``key`` on the operation (names of the answer's fields), if anything."""
    value = operation.spec.get(key)
    if value is None:
        return None
    if not isinstance(value, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise FacadeError(f"{operation.key}: {key} must map {sorted(allowed)} to names, got {str(value)[:60]!r}")
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise FacadeError(f"{operation.key}: {key} knows {sorted(allowed)}, not {unknown}")
    return value


def _named(operation: Operation, model: Model, key: str, name: str) -> Field:
    found = next((entry for entry in model.fields if entry.source == name), None)
    if found is None:
        raise FacadeError(f"{operation.key}: {key} names the field {name[:60]!r}, which {model.name} does not have")
    return found


def _model_parser(operation: Operation, model: Model, models: Mapping[str, Model], name: Identifier) -> Parser:
    """Read a model answer as the overlay declares it: an envelope, pages, or neither (the model itself).

    The envelope is ``x-puretalk-envelope``, the pages ``x-puretalk-pagination``; nothing is inferred
    from field names.
    """
    base = Parser(name, "model", (TypeRef("model", model.name),), model=model.name)
    envelope = _declared(operation, ENVELOPE_EXTENSION, frozenset({"error", "results"}))
    if envelope is not None:
        if "error" not in envelope:
            raise FacadeError(f"{operation.key}: {ENVELOPE_EXTENSION} must name the error flag (error: <field>)")
        base.envelope, base.error_key = True, envelope["error"]
        flag = next((entry for entry in model.fields if entry.source == envelope["error"]), None)
        base.error_field = flag.name if flag else None  # a flag the schema leaves out is only looked for
        if "results" in envelope:
            results = _named(operation, model, ENVELOPE_EXTENSION, envelope["results"])
            base.result, base.unwrap, base.results_field = core(results.parts), "results", results.name
        else:
            base.result, base.unwrap = (TypeRef("leaf", "None"),), "none"
    paging = _declared(operation, PAGINATION_EXTENSION, frozenset({"page", "items", "count", "next", "previous"}))
    if paging is not None:
        _paging(operation, model, models, base, paging)
    return base


def _list_item(parts: Union) -> Union | None:
    kept = core(parts)
    if len(kept) == 1 and kept[0].kind == "list":
        return kept[0].item
    return None


def _paging(
    operation: Operation, model: Model, models: Mapping[str, Model], base: Parser, paging: Mapping[str, str]
) -> None:
    """Make ``base`` read pages as declared: linked (``next``, ``previous``) or counted (``count``).

    The fields are read from the body, or, in an envelope with results, from its results.
    """
    key = PAGINATION_EXTENSION
    page = paging.get("page", "page")
    if operation.method != "GET" or not any(param.source == page for param in operation.query_params):
        raise FacadeError(f"{operation.key}: {key} needs a GET with the query parameter {page[:60]!r}")
    container = model
    if base.unwrap == "results":
        kept = [part for part in base.result if part.kind == "model"]
        inner = models.get(kept[0].name) if len(kept) == 1 and len(base.result) == 1 else None
        if inner is None or inner.is_alias:
            raise FacadeError(f"{operation.key}: {key} needs the envelope's results to be an object")
        container, base.nested = inner, True
    if "items" not in paging:
        raise FacadeError(f"{operation.key}: {key} must name the field of the items (items: <field>)")
    items = _named(operation, container, key, paging["items"])
    item = _list_item(items.parts)
    if item is None:
        raise FacadeError(f"{operation.key}: {key} items {paging['items'][:60]!r} is not a list")
    base.items_field, base.result, base.page_param = items.name, item, page
    if "count" in paging:
        base.count_field = _named(operation, container, key, paging["count"]).name
    if "next" in paging:
        base.kind = "linked"
        base.next_field = _named(operation, container, key, paging["next"]).name
        if "previous" in paging:
            base.previous_field = _named(operation, container, key, paging["previous"]).name
    elif base.count_field is not None:
        base.kind = "counted"
    else:
        raise FacadeError(f"{operation.key}: {key} must name next (linked pages) or count (counted pages)")


def _argument(
    source: Field, name: Identifier, target: Identifier, models: Mapping[str, Model], *, body: bool
) -> Argument:
    """Type a parameter or body field for users: models also as mappings, files as paths, bytes or file objects."""
    parts, kept = source.parts, core(source.parts)
    optional = len(kept) != len(parts)
    default = Code("NOT_GIVEN") if body and optional else source.default
    convert, model = "value", None
    if len(kept) == 1:
        (only,) = kept
        mapping = TypeRef("leaf", "Mapping[str, Any]")
        tail = (UNSET_REF,) if optional else ()
        if only.kind == "model" and only.name in models and not models[only.name].is_alias:
            parts, convert, model = (only, mapping, *tail), "model", fixed(only.name)
        elif only.kind == "list" and len(only.item) == 1 and only.item[0].kind == "model":
            item = only.item[0]
            if item.name in models and not models[item.name].is_alias:
                sequence = TypeRef("sequence", item=(item, mapping))
                parts, convert, model = (sequence, *tail), "models", fixed(item.name)
        elif only.kind == "file":
            parts, convert = (TypeRef("leaf", "FileInput"), *tail), "file"
    return Argument(name, source, parts, default, convert, target, model)


class _Builder:
    """Turns operations and models into resources and methods, allocating every name on the way."""

    def __init__(self, spec: Mapping[str, Any], models: dict[str, Model], root: Path) -> None:
        self.spec, self.models, self.root = spec, models, root
        self.client_scope = Scope("client", reserved=CLIENT_MEMBERS | RUNTIME_NAMES)
        self.resources: dict[tuple[str, ...], Resource] = {}

    def resource(self, path: tuple[str, ...]) -> Resource:
        """Return the resource at ``path`` (made, with its parents, on first use)."""
        if path in self.resources:
            return self.resources[path]
        parent = self.resource(path[:-1]) if len(path) > 1 else None
        scope = parent.scope if parent else self.client_scope
        attribute = scope.allocate(path[-1], f"resource {'.'.join(path)}")
        actual = (*parent.path, attribute) if parent else (attribute,)
        info = resource_info(self.spec, ".".join(path), self.root)
        reserved = RESOURCE_MEMBERS | RUNTIME_NAMES | USED_BUILTINS
        resource = Resource(actual, attribute, info, Scope(f"client.{'.'.join(actual)}", reserved=reserved))
        if info.helpers:
            sync = helper_methods(self.root, info.helpers, "SyncHelpers")
            async_ = helper_methods(self.root, info.helpers, "AsyncHelpers")
            resource.helper_methods = (sync, async_)
            for name in {*sync, *async_}:
                resource.scope.taken[name] = "a hand-written helper"
        if parent:
            parent.children.append(resource)
        self.resources[path] = resource
        return resource

    def name(self, operations: list[Operation]) -> None:
        """Give every operation its resource and method: the overlay's names first, then the rule's, in path order."""
        wanted = {id(operation): _wanted_name(operation) for operation in operations}
        ordered = sorted(operations, key=lambda item: (wanted[id(item)][2] != "overlay", item.path, item.method))
        for operation in ordered:
            path, method, named_by = wanted[id(operation)]
            resource = self.resource(path)
            operation.resource, operation.named_by = resource.path, named_by
            given = resource.scope.claim(method, operation.key)
            if given is None and named_by == "overlay":
                other = resource.scope.taken.get(method, "one of the facade's own names")
                raise FacadeError(
                    f"{operation.key}: {METHOD_EXTENSION} {'.'.join((*path, method))} is taken ({other}): "
                    "choose another name in the overlay"
                )
            fallback = snake(operation.function)
            if given is None and fallback != method:  # the rule's name is taken: the operationId's, if free
                given = resource.scope.claim(fallback, operation.key)
                if given is not None:
                    why = f"already names {resource.scope.taken.get(method, 'a facade name')}"
                    resource.scope.renames.append(Rename(resource.scope.name, method, given, why))
            if given is None:
                given = resource.scope.allocate(method, operation.key)
            operation.python_name = given
            renames = operation.spec.get(ARGUMENTS_EXTENSION)
            if renames is not None and not isinstance(renames, Mapping):
                raise FacadeError(f"{operation.key}: {ARGUMENTS_EXTENSION} must map parameter names to new names")
            operation.renames = {str(key): str(value) for key, value in (renames or {}).items()}
            resource.operations.append(operation)

    def method(self, operation: Operation, module: Scope) -> Method:
        """Build one method: arguments through a scope of their own, the body flattened when its fields fit."""
        reserved = OPTION_NAMES | TEMPLATE_LOCALS | USED_BUILTINS | RUNTIME_NAMES | frozenset(module.taken)
        scope = Scope(f"client.{operation.dotted}()", reserved=reserved)

        def allocate(entry: Field) -> Identifier:
            return scope.allocate(renames_of(operation, entry, snake_it=False), entry.source)

        positional = [
            _argument(param, allocate(param), param.name, self.models, body=False) for param in operation.path_params
        ]
        keywords: list[Argument] = []
        body_fields: list[Argument] = []
        body_model: Identifier | None = None
        body_whole: Argument | None = None
        flat = self._flat_body(operation)
        if flat is not None:
            body_model = module_alias(module, flat.name)
            for entry in flat.fields:
                argument = _argument(entry, allocate(entry), entry.name, self.models, body=True)
                body_fields.append(argument)
                keywords.append(argument)
        elif operation.body is not None:
            optional = () if operation.body_required else (UNSET_REF,)
            default = None if operation.body_required else Code("NOT_GIVEN")
            whole = Field(fixed("body"), "body", operation.body + optional, operation.body_required, "", default)
            body_whole = _argument(whole, allocate(whole), fixed("body"), self.models, body=False)
            keywords.append(body_whole)
        query = [
            _argument(param, allocate(param), param.name, self.models, body=False)
            for param in (*operation.query_params, *operation.header_params)
        ]
        keywords += query
        for argument in (*positional, *query):
            argument.place = operation.place(argument.source)
        known = {
            name for argument in (*positional, *keywords) for name in (argument.source.source, argument.source.name)
        }
        unknown = sorted(set(operation.renames) - known)
        if unknown:
            raise FacadeError(f"{operation.key}: {ARGUMENTS_EXTENSION} renames unknown parameters {unknown}")
        seam_args = [*positional, *([body_whole] if body_whole else []), *query]
        parser_name = module.allocate(f"parse_{operation.function}", operation.key, prefix="_")
        parser = _success_parser(operation, self.models, parser_name)
        if parser.kind == "union":
            parser.decoder = module.allocate(f"answer_{operation.function}", operation.key, prefix="_")
        method = Method(operation, fixed(operation.python_name), positional, keywords, seam_args, body_model,
                        body_fields, body_whole, parser)  # fmt: skip
        if method.paged:
            page = next(argument for argument in query if argument.source.source == parser.page_param)
            method.page_argument = page.name
            method.page_item = parser.result
        method.scope_renames = scope.renames
        return method

    def _flat_body(self, operation: Operation) -> Model | None:
        """Return the body model whose fields become keywords, unless a field clashes with a parameter or option."""
        if operation.body is None or len(operation.body) != 1 or operation.body[0].kind != "model":
            return None
        model = self.models.get(operation.body[0].name)
        if model is None or model.is_alias:
            return None
        params = (*operation.path_params, *operation.query_params, *operation.header_params)
        others = {renames_of(operation, param) for param in params}
        names = {renames_of(operation, entry) for entry in model.fields}
        taken = others | OPTION_NAMES | TEMPLATE_LOCALS | USED_BUILTINS | RUNTIME_NAMES
        if len(names) != len(model.fields) or names & taken:
            return None  # a field would shadow a parameter or an option: keep ``body=`` whole
        return model


def renames_of(operation: Operation, entry: Field, *, snake_it: bool = True) -> str:
    """Return the Python name the overlay asks for ``entry`` (``x-puretalk-arguments``), else its own."""
    wanted = operation.renames.get(entry.source, operation.renames.get(entry.name, entry.name))
    if not snake_it or (is_identifier(wanted) and wanted == wanted.lower() and not wanted.startswith("_")):
        return wanted
    return snake(wanted)


def module_alias(module: Scope, class_name: str) -> Identifier:
    """Return the name under which the module being rendered imports the generated class ``class_name``."""
    owner = f"model {class_name}"
    for name, taken_by in module.taken.items():
        if taken_by == owner:
            return Identifier(name)
    given = module.claim(class_name, owner)
    if given is None:
        given = module.allocate(f"{class_name}Model", owner, case="pascal")
    return given


def _classes_of(method: Method) -> Iterator[str]:
    names = Names()
    for argument in (*method.positional, *method.keywords):
        yield from names.classes(argument.parts)
        if argument.model:
            yield argument.model
    yield from names.classes(method.parser.result)
    if method.parser.model:
        yield method.parser.model
    if method.body_model:
        yield method.body_model
    if len(method.operation.bodies) > 1:
        for way in method.operation.bodies:
            yield from names.classes(way.parts)


def _layout_module(builder: _Builder, top: Resource) -> None:
    """Allocate the module-level names of one resource module: models, parsers, classes, ``TypedDict`` s."""
    module = Scope(f"module resources/{top.attribute}.py", reserved=RUNTIME_NAMES | USED_BUILTINS)
    top.module = module
    for resource in top.walk():
        if resource.info.helpers:
            resource.helpers_alias = module.allocate(f"helpers_{resource.info.helpers}", "helpers", prefix="_")
    for resource in top.walk():
        for operation in sorted(resource.operations, key=lambda item: item.python_name):
            resource.methods.append(builder.method(operation, module))
    names = Names()
    for resource in top.walk():
        for method in resource.methods:
            for class_name in _classes_of(method):
                names.local[class_name] = module_alias(module, class_name)
    top.names = names
    for resource in top.walk():
        stem = pascal(resource.path[-1])
        for suffix in ("", "Resource", "Resource2", "Resource3"):
            wanted = {key: f"{prefix}{stem}{suffix}{tail}" for key, prefix, tail in _CLASS_KINDS}
            if not any(name in module.taken or name in module.reserved for name in wanted.values()):
                owner = f"class of {resource.dotted}"
                resource.classes = {key: module.allocate(name, owner, case="pascal") for key, name in wanted.items()}
                break
        else:
            raise FacadeError(f"resource {resource.dotted}: no free class name near {stem!r}")
        for method in resource.methods:
            if method.keywords:
                wanted_name = f"{resource.classes['sync']}{pascal(method.name)}Params"
                method.params_class = module.allocate(
                    wanted_name, f"params of {method.operation.dotted}", case="pascal"
                )


_CLASS_KINDS = (
    ("sync", "", ""),
    ("async", "Async", ""),
    ("sync_raw", "", "WithRawResponse"),
    ("async_raw", "Async", "WithRawResponse"),
    ("sync_streaming", "", "WithStreamingResponse"),
    ("async_streaming", "Async", "WithStreamingResponse"),
)


def build_facade(parse: Parse, spec: Mapping[str, Any], root: Path) -> Facade:
    """Derive the facade from the IR of the parse and the overlay's names in the resolved ``spec``."""
    models = dict(parse.models)
    operations = [Operation.of(endpoint) for endpoint in parse.endpoints]
    builder = _Builder(spec, models, root)
    builder.name(operations)
    tops = [resource for path, resource in sorted(builder.resources.items()) if len(path) == 1]
    for top in tops:
        _layout_module(builder, top)
    renames = [*builder.client_scope.renames]
    for resource in builder.resources.values():
        renames += resource.scope.renames
        for method in resource.methods:
            renames += method.scope_renames
    ordered = sorted(operations, key=lambda item: (item.resource, item.python_name))
    return Facade(tops, ordered, models, renames)


__all__ = [
    "Argument",
    "Facade",
    "FacadeError",
    "Field",
    "Method",
    "Model",
    "Names",
    "Operation",
    "Parser",
    "Resource",
    "ResourceInfo",
    "TypeRef",
    "build_facade",
    "core",
    "derived_name",
    "module_alias",
    "pascal",
    "plain_annotation",
    "snake",
]
