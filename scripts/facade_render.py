"""Render the per-operation surface of ``puretalk_client`` into ``generated/puretalk_api/resources/``.

For every resource (``calls``, ``assistants.tasks``…) a sync and an async class
with one method per operation: path parameters positional, query parameters and
the fields of a JSON or form body as typed keyword arguments, the per-call
options (``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``), the
spec's summary and description as docstring; typed ``with_raw_response`` and
``with_streaming_response`` classes; a ``TypedDict`` of each method's keyword
arguments; and the mixins that give ``Puretalk`` / ``AsyncPuretalk`` their
resource attributes. Every call into the generated package goes through its
public seams, with each argument named, so ``mypy --strict`` checks them all.
"""

from __future__ import annotations

import ast
import functools
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from scripts.facade_model import (
    RESERVED,
    FacadeError,
    Model,
    Operation,
    Package,
    Param,
    ResourceInfo,
    name_operations,
    read_endpoints,
    read_models,
    resource_info,
    snake,
)
from scripts.yaml_io import Document

HEADER = (
    '"""{doc}\n\nDerived from the spec by ``nox -s generate`` (scripts/facade_render.py): do not edit by hand.\n"""\n'
)
OPTIONS_SIGNATURE = (
    "timeout: TimeoutLike | NotGiven = NOT_GIVEN",
    "extra_headers: Headers | None = None",
    "extra_query: Query | None = None",
    "extra_body: Body | None = None",
)
RAW_DOC = "The same methods, returning the raw HTTP answer (status, headers, ``parse()``)."
STREAMING_DOC = "The same methods, returning a context manager over the answer, its body not yet read."
_BUILTIN_GENERIC = re.compile(r"(?<![\w.])(list|dict|set|type)\[")
BINARY = "@binary"
"""How the template marks a 2xx answer the generator reads as bytes (a non-JSON media type)."""
_IDENTIFIER = re.compile(r"(?<![\w.])[A-Za-z_]\w*")
MODELS_MARKER = "# models imported here\n"
OPTIONS = "RequestOptions(timeout, extra_headers, extra_query, extra_body)"
PRELUDE = """\
from __future__ import annotations

import builtins
import contextlib
import datetime
import functools
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict
from uuid import UUID

import httpx

from puretalk_api import types as _types
from puretalk_api.client import Client
from puretalk_api.types import TYPES_IMPORTED
from puretalk_client._models import FileInput, as_model, as_models, upload
from puretalk_client._options import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions, TimeoutLike
from puretalk_client._pagination import AsyncPaginator, Page, SyncPaginator, counted_page, first_page, linked_page
from puretalk_client._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_page_response,
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_page_response,
    to_raw_response,
    to_streamed_response,
)
from puretalk_client._response import check_envelope, expect, present, read_file
from puretalk_client._validate import conforms
"""


def _class_name(resource: tuple[str, ...]) -> str:
    return "".join(part.title().replace("_", "") for part in resource[-1:])


@functools.cache
def _union_parts(annotation: str) -> list[str]:
    node = ast.parse(annotation, mode="eval").body
    parts: list[ast.expr] = []

    def walk(item: ast.expr) -> None:
        if isinstance(item, ast.BinOp) and isinstance(item.op, ast.BitOr):
            walk(item.left)
            walk(item.right)
        else:
            parts.append(item)

    walk(node)
    return [ast.unparse(part) for part in parts]


@dataclass(frozen=True)
class Argument:
    """One argument of a facade method: how users pass it and how it reaches the seam."""

    name: str
    annotation: str
    default: str | None
    convert: str
    """The expression that turns the argument into what the generated code takes."""


def _argument(param: Param, public: str, package: Package, *, body_field: bool) -> Argument:
    """Type a seam argument or body field for users: models also as mappings, files as paths, bytes or file objects."""
    parts = _union_parts(param.annotation)
    optional = "Unset" in parts
    default = param.default
    if body_field and optional:
        default = "UNSET"  # send only what the caller passed; the server applies its own defaults
    core = [part for part in parts if part != "Unset"]
    annotation, convert = param.annotation, public
    if len(core) == 1:
        (only,) = core
        tail = " | Unset" if optional else ""
        if only in package.models:
            annotation, convert = f"{only} | Mapping[str, Any]{tail}", f"as_model({only}, {public})"
        elif only.startswith("list[") and only[5:-1] in package.models:
            item = only[5:-1]
            annotation, convert = f"Sequence[{item} | Mapping[str, Any]]{tail}", f"as_models({item}, {public})"
        elif only == "_types.File" or (only == "File" and "File" not in package.collisions):
            annotation, convert = f"FileInput{tail}", f"upload(stack, {public}, {param.name!r})"
    return Argument(public, annotation, default, convert)


@dataclass
class Method:
    """A rendered facade method with the pieces both the sync and the async variant use."""

    operation: Operation
    positional: list[Argument]
    keywords: list[Argument]
    seam_call: str
    body_lines: list[str]
    uses_files: bool
    result: str
    parser: str
    page_item: str | None = None
    page_shape: str | None = None


def _body_model(operation: Operation, package: Package) -> Model | None:
    if len(operation.bodies) != 1 or operation.bodies[0] not in package.models:
        return None
    model = package.models[operation.bodies[0]]
    others = {param.name for param in operation.params if param.name != "body"}
    names = {operation.renames.get(item.name, item.name) for item in model.fields}
    if names & (others | RESERVED):
        return None  # a field would shadow a parameter or an option: keep ``body=`` whole
    return model


def _success(operation: Operation, package: Package) -> tuple[str, list[str], str | None, str | None]:
    """Return the result type, the lines that get it from ``parsed``, and the page item and shape if it pages."""
    types = operation.success
    if not types or types == ["Any"]:
        return "Any", ["return parsed"], None, None
    if len(types) == 1 and types[0] == BINARY:
        return "bytes", ["if not isinstance(parsed, _types.File):", "    raise TypeError('expected a binary body')",
                         "return read_file(parsed)"], None, None  # fmt: skip
    if len(types) == 1 and types[0] in package.models:
        model = package.models[types[0]]
        check = [
            f"if not isinstance(parsed, {model.name}):",
            f"    raise TypeError('expected a {model.name} body')",
            "conforms(parsed)",
        ]
        if model.field("err"):
            check.append("check_envelope(parsed.err)")
        paged = _paging(operation, model, package)
        if paged:
            return paged[0], check + paged[1], paged[2], paged[3]
        results = model.field("results")
        if results:
            kind = " | ".join(part for part in _union_parts(results.annotation) if part != "Unset")
            return kind, [*check, "return present(parsed.results)"], None, None
        if model.field("err"):
            return "None", [*check, "return None"], None, None
        return model.name, [*check, "return parsed"], None, None
    origins = sorted({_origin(kind, package) for kind in types})
    union = " | ".join(types)
    return union, [
        f"if not isinstance(parsed, ({', '.join(origins)},)):",
        f"    raise TypeError('expected a {union} body')",
        "return parsed",
    ], None, None  # fmt: skip


def _origin(kind: str, package: Package) -> str:
    base = kind.split("[", 1)[0]
    if base in package.aliases:
        return package.aliases[base]
    return base


def _list_item(annotation: str, package: Package) -> str | None:
    core = [part for part in _union_parts(annotation) if part != "Unset"]
    if len(core) == 1 and core[0].startswith("list[") and core[0].endswith("]"):
        return core[0][5:-1]
    return None


def _paging(operation: Operation, model: Model, package: Package) -> tuple[str, list[str], str, str] | None:
    """Recognise the list shapes that page: ``{count, next, results: [..]}``, ``{results: {count, <items>: [..]}}``."""
    if operation.method != "GET" or not any(param.name == "page" for param in operation.params):
        return None
    results = model.field("results")
    if results is None:
        return None
    item = _list_item(results.annotation, package)
    if item and model.field("next_") and model.field("count"):
        previous = "parsed.previous" if model.field("previous") else "None"
        line = f"return linked_page(parsed.results, parsed.count, parsed.next_, {previous}, number)"
        return f"Page[{item}]", [line], item, "linked"
    inner_name = next((part for part in _union_parts(results.annotation) if part in package.models), None)
    if inner_name is None:
        return None
    inner = package.models[inner_name]
    lists = [(entry, _list_item(entry.annotation, package)) for entry in inner.fields]
    lists = [(entry, kind) for entry, kind in lists if kind]
    if inner.field("count") and len(lists) == 1:
        entry, kind = lists[0]
        lines = [
            "results = present(parsed.results)",
            f"return counted_page(results.{entry.name}, results.count, number)",
        ]
        return f"Page[{kind}]", lines, kind or "Any", "counted"
    return None


def build_method(operation: Operation, package: Package) -> Method:
    """Work out the arguments, the seam call and the parser of one operation."""
    model = _body_model(operation, package)
    positional: list[Argument] = []
    keywords: list[Argument] = []
    seam_args: list[str] = []
    body_lines: list[str] = []
    for param in operation.params:
        public = operation.renames.get(param.name, param.name)
        if param.name == "body" and model is not None:
            fields = []
            for entry in model.fields:
                argument = _argument(entry, operation.renames.get(entry.name, entry.name), package, body_field=True)
                keywords.append(argument)
                fields.append(f"{entry.name}={argument.convert}")
            body_lines.append(f"body = {model.name}({', '.join(fields)})")
            seam_args.append("body=body")
            continue
        argument = _argument(param, public, package, body_field=False)
        (positional if param.name in operation.path_params else keywords).append(argument)
        seam_args.append(f"{param.name}={argument.convert}")
    result, parse_lines, item, shape = _success(operation, package)
    uses_files = any("upload(stack" in argument.convert for argument in keywords)
    method = Method(
        operation=operation,
        positional=positional,
        keywords=keywords,
        seam_call=f"_{operation.tag}.{operation.function}_request({', '.join(seam_args)})",
        body_lines=body_lines,
        uses_files=uses_files,
        result=result,
        parser=_parser_source(operation, parse_lines, result, paged=item is not None),
        page_item=item,
        page_shape=shape,
    )
    return method


def _parser_name(operation: Operation) -> str:
    return f"_parse_{operation.function}"


def _parser_source(operation: Operation, lines: list[str], result: str, *, paged: bool) -> str:
    seam = f"_{operation.tag}.{operation.function}_parse(client=api, response=response)"
    body = [f"parsed = {seam}"] if operation.success in ([], ["Any"]) else [f"parsed = expect({seam}, 'documented')"]
    body += lines
    inner = textwrap.indent("\n".join(body), "    ")
    name = _parser_name(operation)
    doc = f'"""Parse a 2xx answer of {operation.method} {operation.path}."""'
    if paged:
        return (
            f"def {name}(number: int) -> Callable[[Client, httpx.Response], {result}]:\n"
            f"    {doc}\n\n"
            f"    def parse_page(api: Client, response: httpx.Response) -> {result}:\n"
            f"{textwrap.indent(inner, '    ')}\n\n"
            f"    return parse_page\n"
        )
    return f"def {name}(api: Client, response: httpx.Response) -> {result}:\n    {doc}\n{inner}\n"


def _docstring(operation: Operation, indent: str) -> str:
    summary = " ".join(str(operation.spec.get("summary") or "").split())
    description = str(operation.spec.get("description") or "").strip()
    lines = [summary.rstrip(".") + "." if summary else f"{operation.method} {operation.path}."]
    if description and description.rstrip(".") != summary.rstrip("."):
        lines += ["", *textwrap.wrap(" ".join(description.split()), 100)]
    lines += ["", f"``{operation.method} {operation.path}`` (operationId ``{operation.operation_id}``)."]
    text = "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return '"""' + text.replace("\n", "\n" + indent).replace(indent + "\n", "\n") + "\n" + indent + '"""'


def _builtin(annotation: str) -> str:
    """Qualify ``list[...]`` and the like: in a class with a ``list`` method, ``list`` is the method."""
    return _BUILTIN_GENERIC.sub(r"builtins.\1[", annotation)


def _signature(method: Method, *, is_async: bool) -> str:
    parts = ["self"]
    for argument in method.positional:
        default = f" = {argument.default}" if argument.default else ""
        parts.append(f"{argument.name}: {_builtin(argument.annotation)}{default}")
    parts.append("*")
    for argument in method.keywords:
        default = f" = {argument.default}" if argument.default else ""
        parts.append(f"{argument.name}: {_builtin(argument.annotation)}{default}")
    parts += OPTIONS_SIGNATURE
    name = method.operation.python_name
    if method.page_item:
        paginator = "AsyncPaginator" if is_async else "SyncPaginator"
        returns = f"{paginator}[{method.page_item}]"
        prefix = "def"
    else:
        returns = _builtin(method.result)
        prefix = "async def" if is_async else "def"
    return f"{prefix} {name}(\n" + "".join(f"        {part},\n" for part in parts) + f"    ) -> {returns}:"


def _method_source(method: Method, *, is_async: bool) -> str:
    operation = method.operation
    lines = [f"    {_signature(method, is_async=is_async)}", f"        {_docstring(operation, '        ')}"]
    wait = "await " if is_async else ""
    if method.page_item:
        page = f"Page[{method.page_item}]"
        seam = method.seam_call.replace("page=page", "page=page if number is None else number")
        lines += [
            f"        options = {OPTIONS}",
            "",
            f"        {'async ' if is_async else ''}def fetch(number: int | None) -> {page}:",
            f"            return {wait}self._run({seam}, {_parser_name(operation)}(number or 1), options)",
            "",
            f"        return {'AsyncPaginator' if is_async else 'SyncPaginator'}(fetch, first_page(page))",
        ]
        return "\n".join(lines)
    binary = ", binary=True" if method.result == "bytes" else ""  # audio is not capped like JSON answers
    run = f"return {wait}self._run({method.seam_call}, {_parser_name(operation)}, {OPTIONS}{binary})"
    if method.uses_files:
        lines.append("        with contextlib.ExitStack() as stack:")
        lines += [f"            {line}" for line in method.body_lines]
        lines.append(f"            {run}")
    else:
        lines += [f"        {line}" for line in method.body_lines]
        lines.append(f"        {run}")
    return "\n".join(lines)


def _params_typeddict(resource_class: str, method: Method) -> str | None:
    if not method.keywords:
        return None
    name = f"{resource_class}{method.operation.python_name.title().replace('_', '')}Params"
    lines = [
        f"class {name}(TypedDict, total=False):",
        f'    """The keyword arguments of ``{method.operation.dotted}``."""',
        "",
    ]
    for argument in method.keywords:
        kind = argument.annotation if argument.default else f"Required[{argument.annotation}]"
        lines.append(f"    {argument.name}: {kind}")
    return "\n".join(lines)


@dataclass
class Resource:
    """One resource namespace: its methods, sub-resources and helpers."""

    path: tuple[str, ...]
    info: ResourceInfo
    class_name: str
    """The sync class name (``Calls``); the async one is ``Async`` + it."""
    methods: list[Method] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)
    helper_methods: tuple[list[str], list[str]] = ([], [])


def _helper_methods(root: Path, module: str, class_name: str) -> list[str]:
    """Public method names of a hand-written helpers class (read with ast, not imported)."""
    path = root / "overlays" / Path(*module.split(".")).with_suffix(".py")
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError) as error:
        raise FacadeError(f"helpers module {module} cannot be read: {error}") from error
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return [
                item.name
                for item in node.body
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and not item.name.startswith("_")
            ]
    raise FacadeError(f"helpers module {module} has no class {class_name}")


def _wrappers(resource: Resource, *, is_async: bool, streaming: bool) -> list[str]:
    lines = []
    for method in resource.methods:
        name = method.operation.python_name
        if method.page_item:
            if streaming:
                continue
            wrapper = "async_to_raw_page_response" if is_async else "to_raw_page_response"
        elif streaming:
            wrapper = "async_to_streamed_response" if is_async else "to_streamed_response"
        else:
            wrapper = "async_to_raw_response" if is_async else "to_raw_response"
        lines.append(f"        self.{name} = {wrapper}(resource.{name})")
    if not streaming:
        helpers = resource.helper_methods[1 if is_async else 0]
        for name in helpers:
            wrapper = "async_to_raw_response" if is_async else "to_raw_response"
            lines.append(f"        self.{name} = {wrapper}(resource.{name})")
    for child in resource.children:
        prefix = "Async" if is_async else ""
        suffix = "WithStreamingResponse" if streaming else "WithRawResponse"
        lines.append(f"        self.{child.path[-1]} = {prefix}{child.class_name}{suffix}(resource.{child.path[-1]})")
    return lines or ["        pass"]


def _resource_source(resource: Resource, *, is_async: bool) -> str:
    prefix = "Async" if is_async else ""
    name = f"{prefix}{resource.class_name}"
    if resource.info.helpers:
        base = f"_helpers.{'AsyncHelpers' if is_async else 'SyncHelpers'}"
    else:
        base = "AsyncAPIResource" if is_async else "SyncAPIResource"
    doc = resource.info.description.strip().replace('"""', "'''")
    out = [f"class {name}({base}):", f'    """{doc}"""', ""]
    for child in resource.children:
        child_name = f"{prefix}{child.class_name}"
        out += [
            "    @functools.cached_property",
            f"    def {child.path[-1]}(self) -> {child_name}:",
            f'        """{child.info.description.strip()}"""',
            f"        return {child_name}(self._client)",
            "",
        ]
    for method in resource.methods:
        out += [_method_source(method, is_async=is_async), ""]
    for kind, suffix, doc in (
        ("with_raw_response", "WithRawResponse", RAW_DOC),
        ("with_streaming_response", "WithStreamingResponse", STREAMING_DOC),
    ):
        out += [
            "    @functools.cached_property",
            f"    def {kind}(self) -> {name}{suffix}:",
            f'        """{doc}"""',
            f"        return {name}{suffix}(self)",
            "",
        ]
    suffix_attribute = {"WithRawResponse": "with_raw_response", "WithStreamingResponse": "with_streaming_response"}
    for suffix, streaming in (("WithRawResponse", False), ("WithStreamingResponse", True)):
        what = "a context manager over the streamed answer" if streaming else "the raw HTTP answer"
        out += [
            "",
            f"class {name}{suffix}:",
            f'    """``{".".join(resource.path)}.{suffix_attribute[suffix]}``: each method returns {what}."""',
            "",
            f"    def __init__(self, resource: {name}) -> None:",
            *_wrappers(resource, is_async=is_async, streaming=streaming),
            "",
        ]
    return "\n".join(out)


def _walk(resource: Resource) -> Iterable[Resource]:
    for child in resource.children:
        yield from _walk(child)
    yield resource


def _module_source(top: Resource, package: Package) -> str:
    resources = list(_walk(top))
    methods = [method for resource in resources for method in resource.methods]
    tags = sorted({method.operation.tag for method in methods})
    parts = [HEADER.format(doc=f"``client.{top.path[0]}``: {top.info.description.strip().rstrip('.')}.")]
    shadowed = package.collisions
    imported = ", ".join(name for name in ("UNSET", "File", "Unset") if name not in shadowed)
    parts.append(PRELUDE.replace("TYPES_IMPORTED", imported))
    parts.append("from collections.abc import Callable\n")
    parts += [f"from puretalk_api.api import {tag} as _{tag}\n" for tag in tags]
    parts.append(MODELS_MARKER)
    if top.info.helpers:
        parts.append(f"import {top.info.helpers} as _helpers\n")
    parts.append("\n")
    for method in methods:
        parts.append(method.parser + "\n\n")
    for resource in resources:
        for method in resource.methods:
            typed = _params_typeddict(resource.class_name, method)
            if typed:
                parts.append(typed + "\n\n\n")
    for resource in resources:
        parts.append(_resource_source(resource, is_async=False) + "\n\n")
        parts.append(_resource_source(resource, is_async=True) + "\n\n")
    source = "".join(parts)
    used = set(_IDENTIFIER.findall(source))
    models = sorted(name for name in used if name in package.models or name in package.aliases)
    imports = f"from puretalk_api.models import {', '.join(models)}\n" if models else ""
    return source.replace(MODELS_MARKER, imports, 1)


def _init_source(tops: list[Resource], operations: list[Operation]) -> str:
    lines = [
        HEADER.format(
            doc="The resource namespaces of ``Puretalk`` and ``AsyncPuretalk``, one per resource of the spec."
        )
    ]
    lines += ["from __future__ import annotations", "", "from typing import TYPE_CHECKING", ""]
    lines += ["from puretalk_client._resource import LazyResource", "", "if TYPE_CHECKING:"]
    for top in tops:
        lines.append(f"    from puretalk_api.resources.{top.path[0]} import Async{top.class_name}, {top.class_name}")
    lines += ["", "OPERATIONS: dict[str, str] = {"]
    lines += [f"    {operation.method + ' ' + operation.path!r}: {operation.dotted!r}," for operation in operations]
    lines += ["}", '"""The client method of each operation of the spec: ``METHOD path`` -> ``resource.method``."""', ""]
    for prefix, client in (("", "Puretalk"), ("Async", "AsyncPuretalk")):
        lines += [
            "",
            f"class {'Async' if prefix else 'Sync'}Resources:",
            f'    """The resource namespaces of ``{client}``."""',
            "",
        ]
        for top in tops:
            module = f"puretalk_api.resources.{top.path[0]}"
            lines.append(
                f"    {top.path[0]}: LazyResource[{prefix}{top.class_name}] = "
                f"LazyResource({module!r}, {prefix + top.class_name!r})"
            )
        lines.append("")
    return "\n".join(lines)


def _tree(operations: list[Operation], package: Package, spec: Document, root: Path) -> list[Resource]:
    resources: dict[tuple[str, ...], Resource] = {}

    def get(path: tuple[str, ...]) -> Resource:
        if path not in resources:
            info = resource_info(spec, ".".join(path))
            name = _class_name(path)
            if name in package.models or name in package.aliases or f"Async{name}" in package.models:
                name += "Resource"  # a model of that name is imported into the same module
            resource = resources[path] = Resource(path, info, name)
            if info.helpers:
                resource.helper_methods = (
                    _helper_methods(root, info.helpers, "SyncHelpers"),
                    _helper_methods(root, info.helpers, "AsyncHelpers"),
                )
            if len(path) > 1:
                get(path[:-1]).children.append(resource)
        return resources[path]

    for operation in operations:
        get(operation.resource).methods.append(build_method(operation, package))
    return [resource for path, resource in sorted(resources.items()) if len(path) == 1]


def render(package_dir: Path, spec: Document, root: Path) -> list[Operation]:
    """Write ``package_dir/resources/``; return the operations with the Python names they got."""
    package = read_models(package_dir)
    operations = read_endpoints(package_dir, spec, package.collisions)
    if not operations and spec.get("paths"):
        raise FacadeError("the generated package has no ENDPOINTS table: were templates/ used?")
    name_operations(operations)
    operations.sort(key=lambda item: (item.resource, item.python_name))
    for operation in operations:
        if snake(operation.python_name) != operation.python_name:
            raise FacadeError(f"{operation.method} {operation.path}: {operation.python_name!r} is not a Python name")
    tops = _tree(operations, package, spec, root)
    target = package_dir / "resources"
    target.mkdir()
    (target / "__init__.py").write_text(_init_source(tops, operations), encoding="utf-8")
    for top in tops:
        (target / f"{top.path[0]}.py").write_text(_module_source(top, package), encoding="utf-8")
    return operations
