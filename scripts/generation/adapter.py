"""The one module that touches openapi-python-client's classes: its parse in, our typed IR out.

openapi-python-client (pinned) is the parser: :func:`parse` runs its ``GeneratorData`` on the
resolved spec and builds its package (the attrs models, through our templates) with ``Project``;
then every endpoint and model of that parse is turned into the frozen values of
:mod:`scripts.generation.ir`, testing the generator's property classes with ``isinstance``. No
object of the generator leaves this module: everything after it reads the IR only.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint as GeneratorEndpoint
from openapi_python_client.parser.properties import EnumProperty, LiteralEnumProperty, ModelProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol as Property
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier

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
from scripts.generation.names import MODEL_MEMBERS, WINDOWS_DEVICE_NAMES, Scope, fixed, is_identifier
from scripts.generation.source_text import Code, py_string
from scripts.infra.project import PipelineError

_LEAF_ORIGINS = {
    "str": "str", "int": "int", "float": "float", "bool": "bool", "None": "type(None)",
    "datetime.datetime": "datetime.datetime", "datetime.date": "datetime.date", "UUID": "UUID",
}  # fmt: skip


class ParseRefused(PipelineError):
    """The generator refused the spec; :attr:`problems` holds each of its errors as ``(header, detail)``."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = list(problems)


@dataclass(frozen=True)
class Request:
    """Where the generator reads and writes: the resolved spec, its config, our templates, the package folder."""

    spec: Path
    config: Path
    templates: Path
    package_dir: Path
    template_cache: Path | None = None
    """Where the generator's compiled templates are kept between runs (``None``: compiled each run)."""


def _problems(errors: Sequence[GeneratorError]) -> list[tuple[str, str]]:
    return [(str(error.header), str(error.detail or "")) for error in errors]


def _config(request: Request) -> Config:
    config_file = ConfigFile.load_from_path(request.config)
    config = Config.from_sources(config_file, MetaType.NONE, request.spec, "utf-8", False, request.package_dir)
    config.post_hooks = []  # formatting runs once, after the facade is rendered
    return config


def parse(request: Request, spec: dict[str, Any]) -> Parse:
    """Parse ``spec`` with the generator, build its models into ``request.package_dir``, and return the IR.

    Every warning of the generator is a refusal (:class:`ParseRefused`).
    """
    config = _config(request)
    data = GeneratorData.from_dict(spec, config=config)
    if isinstance(data, GeneratorError):
        raise ParseRefused(_problems([data]))
    _refuse_device_names(data)
    _rename_model_members(data)
    project = _ModelsOnly(openapi=data, config=config, custom_template_path=request.templates)
    project.env.bytecode_cache = _template_cache(request.template_cache)
    errors = project.build()
    if errors:
        raise ParseRefused(_problems(list(errors)))
    return Parse(read_models(data), tuple(read_endpoints(data, spec)))


def _template_cache(folder: Path | None) -> jinja2.BytecodeCache | None:
    """Keep the generator's compiled templates in ``folder``, one subfolder per generator version.

    Jinja checks each cached template against its source; the version's folder covers what the source
    does not say (the generator's environment settings, its own templates' code).
    """
    if folder is None:
        return None
    versioned = folder / f"openapi-python-client-{metadata.version('openapi-python-client')}"
    try:
        versioned.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a cache that cannot be written costs this run the templates' compilation, nothing else
    return jinja2.FileSystemBytecodeCache(str(versioned))


class _ModelsOnly(Project):
    """The generator's project without its endpoint layer: no ``api/<tag>/``, ``client.py`` or ``errors.py``.

    Our templates render the request building, the answer parsing and the facade from the IR;
    the generator writes the package ``__init__``, ``types.py`` and the models.
    """

    def _build_api(self) -> None:
        """Write nothing: the endpoint layer is ours (``templates/facade/``)."""


def _rename_model_members(data: GeneratorData) -> None:
    """Rename, through the allocator, a property whose Python name is one of the models' own members.

    A property ``to_json`` would replace the model's ``to_json()``; it becomes ``to_json_`` (its JSON
    name is kept), before the generator writes the models.
    """
    for model in data.models:
        props = [*(model.required_properties or []), *(model.optional_properties or [])]
        scope = Scope(f"model {model.class_info.name}", reserved=MODEL_MEMBERS)
        for prop in props:
            if str(prop.python_name) not in MODEL_MEMBERS:
                scope.taken[str(prop.python_name)] = _text(prop.name)
        for prop in props:
            if str(prop.python_name) in MODEL_MEMBERS:
                given = scope.allocate(f"{prop.python_name}_", _text(prop.name))
                prop.python_name = PythonIdentifier(given, prefix="", skip_snake_case=True)


def _refuse_device_names(data: GeneratorData) -> None:
    """Refuse, in one line, a schema whose model module would be a file Windows cannot hold (``models/con.py``)."""
    for prop in (*data.models, *data.enums):
        module = str(prop.class_info.module_name)
        if module.lower() in WINDOWS_DEVICE_NAMES:
            raise FacadeError(
                f"schema {str(prop.class_info.name)[:60]!r} would be the module models/{module}.py, a name a Windows "
                "checkout cannot hold: give it another class name in generator-config.yaml (class_overrides)"
            )


def _text(value: UntrustedString | str | None) -> str:
    if isinstance(value, UntrustedString):
        return value.get_untrusted_value()
    return "" if value is None else str(value)


def _code(prop: Property) -> str:
    return prop.get_type_string(no_optional=True).as_unembedded_code()


def type_parts(prop: Property) -> Union:
    """Return the union parts of a generator property's type, ``Unset`` last when it is optional."""
    parts: list[TypeRef]
    if isinstance(prop, UnionProperty):
        parts = []
        for inner in prop.inner_properties:
            parts += [part for part in type_parts(inner) if part not in parts and part.kind != "unset"]
    elif isinstance(prop, ListProperty):
        item = core(type_parts(prop.inner_property))
        parts = [TypeRef("list", item=item, origin="list")]
    elif isinstance(prop, ModelProperty):
        parts = [TypeRef("model", str(prop.class_info.name), origin=str(prop.class_info.name))]
    elif isinstance(prop, (LiteralEnumProperty, EnumProperty)):
        origin = getattr(prop.value_type, "__name__", "")
        name = str(prop.class_info.name)
        parts = [TypeRef("alias" if isinstance(prop, LiteralEnumProperty) else "model", name, origin=origin or name)]
    elif isinstance(prop, FileProperty):
        parts = [TypeRef("file", "File", origin="File")]
    elif isinstance(prop, ConstProperty):
        raw: object = prop.value.raw_value
        if not isinstance(raw, (str, int, bool)):
            raise FacadeError(f"a const of type {type(raw).__name__} is not supported")
        literal = py_string(raw) if isinstance(raw, str) else Code(repr(raw))
        origin = "str" if isinstance(raw, str) else type(raw).__name__
        parts = [TypeRef("const", f"Literal[{literal}]", origin=origin)]
    else:
        code = _code(prop)
        parts = [TypeRef("leaf", code, origin=_LEAF_ORIGINS.get(code, ""))]
    if not prop.required:
        parts.append(UNSET_REF)
    return tuple(parts)


def _default(prop: Property) -> Code | None:
    default = prop.default
    if default is None:
        return None if prop.required else Code("NOT_GIVEN")
    code = str(default.python_code.as_unembedded_code())
    try:  # the generator's own literal: accept only a plain constant (a string, a number, a bool, None)
        value = ast.literal_eval(code)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None if prop.required else Code("NOT_GIVEN")
    if isinstance(value, bool) or value is None or isinstance(value, (int, float)):
        return Code(repr(value))
    if isinstance(value, str):
        return py_string(value)
    return None if prop.required else Code("NOT_GIVEN")


def field_of(prop: Property) -> Field:
    """Return a generator property as a :class:`Field`."""
    name = str(prop.python_name)
    if not is_identifier(name):
        raise FacadeError(f"the generator named a property {name!r}, not a Python name")
    description = _text(prop.description)
    return Field(fixed(name), _text(prop.name), type_parts(prop), bool(prop.required), description, _default(prop))


def read_models(data: GeneratorData) -> dict[str, Model]:
    """Every model and enum of the generator's parse, by class name."""
    models: dict[str, Model] = {}
    for prop in data.models:
        props = [*(prop.required_properties or []), *(prop.optional_properties or [])]
        models[str(prop.class_info.name)] = Model(str(prop.class_info.name), tuple(field_of(item) for item in props))
    for enum in data.enums:
        checker = None
        if isinstance(enum, LiteralEnumProperty):  # templates/literal_enum.py.jinja defines check_<snake>
            module, function = str(enum.class_info.module_name), f"check_{enum.get_class_name_snake_case()}"
            if not (is_identifier(module) and is_identifier(function)):
                raise FacadeError(f"the generator named an enum's module {module!r} or check {function!r}")
            checker = (fixed(module), fixed(function))
        models[str(enum.class_info.name)] = Model(str(enum.class_info.name), (), is_alias=True, checker=checker)
    return models


def spec_path(endpoint: GeneratorEndpoint) -> str:
    """Return the endpoint's path as the spec spells it.

    The generator rewrites each path parameter to its Python name (``{AccountSid}`` ->
    ``{account_sid}``); its path parameters are in path order, one per placeholder, so each
    is put back in turn.
    """
    path, start = _text(endpoint.path), 0
    for prop in endpoint.path_parameters:
        placeholder, original = f"{{{prop.python_name}}}", f"{{{_text(prop.name)}}}"
        found = path.find(placeholder, start)
        if found < 0:
            return _text(endpoint.path)
        path = path[:found] + original + path[found + len(placeholder) :]
        start = found + len(original)
    return path


_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _check_template(method: str, path: str, declared: set[str]) -> None:
    """Refuse a path whose template is not literal text and ``{name}`` of declared path parameters, in one line."""
    for found in _PLACEHOLDER.finditer(path):
        if found.group(1) not in declared:
            raise FacadeError(
                f"{method} {path[:120]!r}: the path template {found.group(0)[:60]!r} is not {{name}} "
                "of a declared path parameter"
            )
    if "{" in _PLACEHOLDER.sub("", path) or "}" in _PLACEHOLDER.sub("", path):
        raise FacadeError(f"{method} {path[:120]!r}: a path may hold braces only around a path parameter's name")


def read_endpoints(data: GeneratorData, spec: Mapping[str, Any]) -> list[Endpoint]:
    """Pair each endpoint of the generator's parse with its operation in the resolved ``spec``.

    Two endpoints of one tag that the generator gives the same function name would overwrite
    each other's module: that is refused, naming both operations.
    """
    endpoints: list[Endpoint] = []
    paths = spec.get("paths") or {}
    for tag, collection in sorted(data.endpoint_collections_by_tag.items()):
        seen: dict[str, Endpoint] = {}
        for endpoint in collection.endpoints:
            method, path = str(endpoint.method).upper(), spec_path(endpoint)
            _check_template(method, path, {_text(prop.name) for prop in endpoint.path_parameters})
            name = str(endpoint.name)
            if not is_identifier(name) or not is_identifier(str(tag)):
                raise FacadeError(f"{method} {path}: the generator named it {name!r} in tag {tag!r}, not Python names")
            item = paths.get(path) if isinstance(paths, Mapping) else None
            operation_spec = (item or {}).get(method.lower()) if isinstance(item, Mapping) else None
            described = _parameter_descriptions(spec, item, operation_spec)

            def param(prop: Property, place: str, described: dict[tuple[str, str], str] = described) -> Field:
                found = field_of(prop)
                text = found.description or described.get((place, found.source), "")
                return dataclasses.replace(found, description=text)

            bodies = [body.prop for body in endpoint.bodies]
            body: Union | None = None
            if bodies:
                body = tuple(part for prop in bodies for part in core(type_parts(prop)))
            success: list[Union | None] = []
            statuses: list[tuple[int, int]] = []
            for response in endpoint.responses.patterns:
                low, high = response.status_code.range or (0, 0)
                if 200 <= low < 300:
                    statuses.append((low, min(high, 299)))
                    binary = response.source["return_type"] == "bytes"
                    success.append(None if binary else core(type_parts(response.prop)))
            parsed = Endpoint(
                tag=fixed(str(tag)),
                function=fixed(name),
                method=method,
                path=path,
                path_params=tuple(param(prop, "path") for prop in endpoint.path_parameters),
                query_params=tuple(param(prop, "query") for prop in endpoint.query_parameters),
                header_params=tuple(param(prop, "header") for prop in endpoint.header_parameters),
                cookie_params=tuple(param(prop, "cookie") for prop in endpoint.cookie_parameters),
                body=body,
                body_required=all(prop.required for prop in bodies),
                bodies=tuple(_body(item.content_type, str(item.body_type), item.prop) for item in endpoint.bodies),
                success=tuple(success),
                statuses=tuple(statuses),
                spec=operation_spec if isinstance(operation_spec, Mapping) else {},
            )
            if name in seen:
                other = seen[name]
                raise FacadeError(
                    f"{other.method} {other.path} and {method} {path} both generate the function {tag}.{name} "
                    f"(operationIds {_operation_id(other)!r}, {_operation_id(parsed)!r}): "
                    "give one another operationId in the overlay"
                )
            seen[name] = parsed
            endpoints.append(parsed)
    return endpoints


def _body(content_type: UntrustedString, kind: str, prop: Property) -> RequestBody:
    return RequestBody(_text(content_type), kind, core(type_parts(prop)), bool(prop.required))


def _parameter_descriptions(spec: Mapping[str, Any], item: object, operation: object) -> dict[tuple[str, str], str]:
    """Each parameter's own description (``(in, name)``: text), from the path item and the operation.

    The generator keeps a parameter's schema description only; the parameter's own is what the spec
    says of it ("Filter by call status"). Local ``$ref`` s (``#/components/parameters/Page``) are followed.
    """
    found: dict[tuple[str, str], str] = {}
    for owner in (item, operation):
        entries = owner.get("parameters") if isinstance(owner, Mapping) else None
        for entry in entries if isinstance(entries, list) else []:
            resolved = _resolve(spec, entry)
            name, place, text = resolved.get("name"), resolved.get("in"), resolved.get("description")
            if isinstance(name, str) and isinstance(place, str) and isinstance(text, str):
                found[(place, name)] = text
    return found


def _resolve(spec: Mapping[str, Any], entry: object) -> Mapping[str, Any]:
    seen = 0
    while isinstance(entry, Mapping) and isinstance(entry.get("$ref"), str) and seen < 32:
        target: object = spec
        for part in entry["$ref"].removeprefix("#/").split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~")) if isinstance(target, Mapping) else None
        entry, seen = target, seen + 1
    return entry if isinstance(entry, Mapping) else {}


def _operation_id(endpoint: Endpoint) -> str:
    value = endpoint.spec.get("operationId")
    return value if isinstance(value, str) else endpoint.function


__all__ = ["ParseRefused", "Request", "field_of", "parse", "read_endpoints", "read_models", "spec_path", "type_parts"]
