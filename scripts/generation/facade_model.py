"""The client's shape: resources, methods and their arguments, laid out module by module, from the IR.

The IR (:mod:`scripts.generation.ir`, made by :mod:`scripts.generation.adapter` from the generator's
parse) gives the operations and models. The other jobs live beside this module:
:mod:`scripts.generation.operations` (operations and the naming rule), :mod:`scripts.generation.answers`
(how a method reads its answer: envelopes and pages as the overlay declares them) and
:mod:`scripts.generation.annotations` (how a module writes types). Here: the resource tree,
each method's arguments (every identifier from the name allocator, :mod:`scripts.generation.names`),
the names each module defines and imports, and the Python surface. Nothing reads generated
Python back. From the resolved spec it takes only what the overlay says of the client:
``x-puretalk-method``, ``x-puretalk-arguments`` and the root's ``x-puretalk-resources``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.generation.annotations import Names, plain_annotation
from scripts.generation.answers import Parser, success_parser
from scripts.generation.ir import (
    UNSET_REF,
    FacadeError,
    Field,
    Model,
    Parse,
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
    WINDOWS_DEVICE_NAMES,
    Identifier,
    Rename,
    Scope,
    fixed,
    is_identifier,
    pascal,
    snake,
)
from scripts.generation.operations import ARGUMENTS_EXTENSION, METHOD_EXTENSION, Operation, derived_name, wanted_name
from scripts.generation.source_text import Code

RESOURCES_EXTENSION = "x-puretalk-resources"
HELPERS_PACKAGE = "puretalk_client._helpers"
"""Where hand-written resource helpers live (``overlays/puretalk_client/_helpers/<name>.py``)."""
RUNTIME_NAMES = frozenset(
    {
        "annotations", "builtins", "contextlib", "datetime", "functools", "httpx", "Any", "Callable", "Literal",
        "Mapping", "Required", "Sequence", "TypedDict", "UUID", "UNSET", "File", "Unset", "Client",
        "FileInput", "as_model", "as_models", "upload", "NOT_GIVEN", "Body", "Headers", "NotGiven", "Query",
        "RequestOptions", "TimeoutLike", "AsyncPaginator", "Page", "SyncPaginator", "counted_page", "first_page",
        "linked_page", "AsyncAPIResource", "SyncAPIResource", "async_to_raw_page_response", "async_to_raw_response",
        "async_to_streamed_response", "to_raw_page_response", "to_raw_response", "to_streamed_response",
        "check_envelope", "expect", "present", "read_file", "LazyResource", "TYPE_CHECKING",
        "OPERATIONS", "SyncResources", "AsyncResources", "cast", "Check", "build_request", "path_segment",
        "parse_model", "flagged", "answer_any", "answer_bytes", "answer_list", "answer_model", "answer_one_of",
        "answer_plain",
    }
)  # fmt: skip
"""Module-level names the facade templates import or define: no spec name may take one."""


# --------------------------------------------------------------------------- types


# --------------------------------------------------------------------------- operations


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


# --------------------------------------------------------------------------- building the facade


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
        self.client_scope = Scope("client", reserved=CLIENT_MEMBERS | RUNTIME_NAMES | WINDOWS_DEVICE_NAMES)
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
        wanted = {id(operation): wanted_name(operation) for operation in operations}
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
        parser = success_parser(operation, self.models, parser_name)
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
