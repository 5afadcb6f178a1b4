"""Render the facade (``generated/puretalk_client/_generated/resources/``) and ``api.md`` through Jinja templates.

The data comes from :mod:`scripts.generation.facade_model` (the generator's own parse, names from the
allocator); the templates are ``templates/facade/*.jinja``: one macro per method with a sync
and an async variant, as the generator's own ``endpoint_module.py.jinja`` does. The environment
prints nothing raw but identifiers and composed code (:func:`scripts.generation.source_text.finalize`);
spec and overlay text goes through the one escaping filter, ``pystr``.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import jinja2

from scripts.generation.annotations import BUILTIN_TYPES, Names, plain_annotation
from scripts.generation.facade_model import Argument, Facade, Method, Resource
from scripts.generation.ir import UNSET_REF, RequestBody, TypeRef, core
from scripts.generation.names import Identifier, fixed, is_identifier
from scripts.generation.source_text import Code, finalize, py_docstring, py_string
from scripts.infra.project import cache_dir

TEMPLATES = Path("templates") / "facade"
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
CHECKS_MODULE = "checks.py"
"""The facade's one module beside the generator's (every enum's check), outside ``resources/``."""
GENERATED_BY = "Derived from the spec by ``nox -s generate`` (templates/facade/): do not edit by hand."


def pystr(value: object, indent: int | None = None) -> Code:
    """Return the one escaping filter: ``value`` as a string literal, or (``indent`` given) as a docstring."""
    if indent is None:
        return py_string(value)
    return py_docstring(value, indent)


def _bytecode_cache(root: Path) -> jinja2.BytecodeCache | None:
    """Keep compiled templates in generation's cache folder between runs (Jinja checks each against its source)."""
    folder = cache_dir(root) / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def _templates(root: Path, *, python: bool) -> jinja2.Environment:
    """Return a Jinja environment over templates/facade/: for Python source (``python``) or for Markdown."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(root / TEMPLATES)),
        bytecode_cache=_bytecode_cache(root),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=finalize if python else None,
        autoescape=python,  # noqa: S701 - not HTML; for Python, macro output is Markup and finalize refuses raw text
    )


def environment(root: Path) -> jinja2.Environment:
    """Return the Jinja environment of the facade templates (nothing printed raw but identifiers and code)."""
    env = _templates(root, python=True)
    env.filters["pystr"] = pystr
    return env


_ERROR_CLASSES = {
    400: "BadRequestError", 401: "AuthenticationError", 403: "PermissionDeniedError", 404: "NotFoundError",
    412: "PreconditionFailedError", 422: "UnprocessableEntityError", 429: "RateLimitError",
}  # fmt: skip


def documented_errors(method: Method) -> list[tuple[str, str]]:
    """Return ``(error class, "status: the spec's description")`` of each error answer the operation documents."""
    responses = method.operation.spec.get("responses")
    found = []
    for status, response in responses.items() if isinstance(responses, Mapping) else ():
        code = str(status).upper()
        if code.startswith("5"):
            name = "InternalServerError"
        elif code.isdigit() and int(code) in _ERROR_CLASSES:
            name = _ERROR_CLASSES[int(code)]
        elif code.startswith("4") or code == "DEFAULT":
            name = "APIStatusError"
        else:
            continue
        text = response.get("description") if isinstance(response, Mapping) else None
        found.append((name, f"{code.lower() if code == 'DEFAULT' else code}: {' '.join(str(text or '').split())}"))
    return found


def method_summary(method: Method) -> str:
    """Return a method's summary line, a sentence: the spec's summary, else its description's first sentence."""
    operation = method.operation
    summary = " ".join(str(operation.spec.get("summary") or "").split())
    if not summary:
        description = " ".join(str(operation.spec.get("description") or "").split())
        summary = description.split(". ", 1)[0]
    if not summary:
        return f"Call ``{operation.method} {operation.path}``."
    return summary.rstrip(".") + "."


def method_doc(method: Method) -> str:
    """Return the docstring of a facade method: summary, description, its parameters, its errors, the operation."""
    operation = method.operation
    summary = method_summary(method)
    description = str(operation.spec.get("description") or "").strip()
    lines = [summary]
    if description and " ".join(description.split()).rstrip(".") != summary.rstrip("."):
        lines += ["", *textwrap.wrap(" ".join(description.split()), 100)]
    described = [argument for argument in (*method.positional, *method.keywords) if argument.source.description.strip()]
    if described:
        lines += ["", "Args:"]
        for argument in described:
            text = " ".join(argument.source.description.split())
            wrapped = textwrap.wrap(f"{argument.name}: {text}", 96)
            lines += [f"    {wrapped[0]}", *(f"        {line}" for line in wrapped[1:])]
    errors = documented_errors(method)
    if errors:
        lines += ["", "Raises:"]
        for name, text in errors:
            wrapped = textwrap.wrap(f"{name}: {text}", 96)
            lines += [f"    {wrapped[0]}", *(f"        {line}" for line in wrapped[1:])]
    lines += ["", f"``{operation.method} {operation.path}`` (operationId ``{operation.operation_id}``)."]
    return "\n".join(lines)


@dataclass
class ModuleView:
    """What the module template reads: the resources of one top-level resource and how to write their types."""

    top: Resource
    names: Names

    @property
    def resources(self) -> list[Resource]:
        """Sub-resources first, then the top one (each class defined before it is used)."""
        return list(self.top.walk())

    @property
    def methods(self) -> list[Method]:
        """Every method of the module, resource by resource."""
        return [method for resource in self.resources for method in resource.methods]

    def ann(self, parts: Iterable[TypeRef], shadowed: Iterable[str] = ()) -> Code:
        """Return an annotation; a builtin a member of the enclosing class shadows is ``builtins.<name>``."""
        return self.names.render(parts, frozenset(shadowed))

    def arg_ann(self, argument: Argument, resource: Resource) -> Code:
        """Return the annotation of an argument inside its resource class."""
        return self.ann(argument.parts, resource.scope.taken)

    def params_ann(self, argument: Argument, method: Method) -> Code:
        """Return the annotation of an argument in its method's ``TypedDict``; required ones are ``Required[...]``."""
        annotation = self.ann(argument.parts, (item.name for item in method.keywords))
        return annotation if argument.default is not None else Code(f"Required[{annotation}]")

    def result(self, method: Method, resource: Resource | None = None) -> Code:
        """Return what a method returns (a page's item type for paged methods), inside ``resource`` when given."""
        shadowed = resource.scope.taken if resource else ()
        return self.ann(method.parser.result, shadowed) if method.parser.result else Code("None")

    def alias(self, class_name: str) -> Identifier:
        """Return the local name of a generated model class in this module."""
        return self.names.local[class_name]

    def convert(self, argument: Argument) -> Code:
        """Return the expression that turns an argument into what the generated code takes."""
        if argument.convert == "model":
            return Code(f"as_model({self.alias(str(argument.model))}, {argument.name})")
        if argument.convert == "models":
            return Code(f"as_models({self.alias(str(argument.model))}, {argument.name})")
        if argument.convert == "file":
            return Code(f"upload(_stack, {argument.name}, {py_string(argument.target)}, File)")
        return Code(argument.name)

    def request(self, method: Method) -> Code:
        """Return the ``build_request(...)`` call of a method: path segments joined and escaped, never formatted."""
        operation = method.operation
        by_source = {argument.source.source: argument for argument in method.positional}
        pieces: list[str] = []
        last = 0
        for found in _PLACEHOLDER.finditer(operation.path):
            if found.start() > last:
                pieces.append(py_string(operation.path[last : found.start()]))
            argument = by_source[found.group(1)]
            pieces.append(f"path_segment({argument.name}, {py_string(argument.source.source)})")
            last = found.end()
        if last < len(operation.path) or not pieces:
            pieces.append(py_string(operation.path[last:]))
        items = [py_string(operation.method.lower()), " + ".join(pieces)]
        for place, keyword in (("query", "query"), ("header", "headers"), ("cookie", "cookies")):
            arguments = [argument for argument in method.keywords if argument.place == place]
            if arguments:
                entries = ", ".join(f"{py_string(argument.source.source)}: {self._value(method, argument)}"
                                    for argument in arguments)  # fmt: skip
                items.append(f"{keyword}={{{entries}}}")
        if method.body_model:
            items.append("body=_body")
        elif method.body_whole:
            items.append(f"body={self.convert(method.body_whole)}")
        if operation.bodies and (method.body_model or method.body_whole):
            several = len(operation.bodies) > 1
            items.append(f"ways=({''.join(self._way(way, several) + ', ' for way in operation.bodies)})")
        return Code(f"build_request({', '.join(items)})")

    def statuses(self, method: Method) -> Code | None:
        """Return the ``statuses=`` of a method's ``_run`` call: its documented 2xx, unless only 200 (the default)."""
        ranges = sorted(set(method.operation.statuses))
        if ranges == [(200, 200)]:
            return None
        if not ranges:
            return Code("range(200, 300)")  # no 2xx documented: any 2xx is parsed as the answer
        if len(ranges) == 1 and ranges[0][0] != ranges[0][1]:
            return Code(f"range({ranges[0][0]}, {ranges[0][1] + 1})")
        codes = sorted({code for low, high in ranges for code in range(low, high + 1)})
        return Code(f"frozenset({{{', '.join(str(code) for code in codes)}}})")

    def _value(self, method: Method, argument: Argument) -> Code:
        value = self.convert(argument)
        if method.paged and argument.name == method.page_argument:
            return Code(f"{argument.name} if _number is None else _number")
        return value

    def _way(self, way: RequestBody, several: bool) -> str:
        classes = [self.alias(part.name) if part.kind == "model" else part.origin for part in way.parts]
        classes = classes if several else []
        checked = f"({', '.join(classes)},)" if classes and all(classes) else "()"
        return f"({checked}, {py_string(way.kind)}, {py_string(way.content_type)})"

    def page_fields(self, method: Method) -> Code:
        """Return the local a paged parser reads the page's fields from: the envelope's results, or the body."""
        return Code("results" if method.parser.nested else "parsed")

    def decoder(self, method: Method) -> Code:
        """Return the decoder of a union answer: each documented shape tried in order."""
        return Code(f"answer_one_of({', '.join(self._decode(part) for part in method.parser.result)})")

    def _decode(self, part: TypeRef) -> str:
        if part.kind == "model":
            return f"answer_model({self.alias(part.name)})"
        if part.kind == "list":
            item = [self._decode(inner) for inner in part.item]
            if not item or "answer_any" in item:
                return "answer_list(None)"
            return f"answer_list({item[0] if len(item) == 1 else 'answer_one_of(' + ', '.join(item) + ')'})"
        if part.origin in ("str", "int", "float", "bool", "type(None)"):
            return f"answer_plain({part.origin})"
        return "answer_any"

    def default(self, argument: Argument) -> Code | None:
        """Return the default of an argument, or ``None`` when the caller must pass it."""
        return argument.default

    def origins(self, method: Method) -> Code:
        """Return the classes a union answer is checked against (``isinstance``)."""
        parts = [self.alias(part.name) if part.kind == "model" else Code(part.origin) for part in method.parser.result]
        return Code(", ".join(dict.fromkeys(parts)))

    def features(self) -> set[str]:
        """Which runtime names the module needs, from the data (imports are computed, never pruned)."""
        found: set[str] = set()
        for method in self.methods:
            parser = method.parser
            found.add(parser.kind)
            if parser.kind in ("model", "linked", "counted") or parser.kind == "union":
                found.add("expect")
            if parser.kind in ("any",):
                pass
            if parser.envelope:
                found.add("envelope")
            if parser.unwrap == "results" or parser.nested:
                found.add("present")
            if method.paged:
                found.add("paged")
            if method.uses_files:
                found.add("files")
            if method.keywords:
                found.add("typeddict")
                if any(argument.default is None for argument in method.keywords):
                    found.add("required")
            for argument in (*method.positional, *method.keywords):
                found.add(f"convert:{argument.convert}")
            for part in _leaves(self._all_parts(method)):
                found.add(f"leaf:{part.name.split('[', 1)[0]}")
        if any(resource.info.helpers for resource in self.resources):
            found.add("helpers")
        return found

    def _all_parts(self, method: Method) -> Iterator[TypeRef]:
        for argument in (*method.positional, *method.keywords):
            yield from argument.parts
        yield from method.parser.result

    def models(self) -> list[tuple[str, Code]]:
        """``(class, import item)`` of every generated class the module imports (``File as FileModel``), sorted."""
        items = []
        for name, alias in sorted(self.names.local.items()):
            if not is_identifier(name):
                raise ValueError(f"the generator named a class {name!r}")
            items.append((name, Code(name if name == alias else f"{name} as {alias}")))
        return items

    def needs_builtins(self) -> bool:
        """Whether ``builtins`` is referenced: a paged method's fetch, or a builtin a member shadows."""
        if any(method.paged for method in self.methods):
            return True
        for resource in self.resources:
            members = set(resource.scope.taken)
            for method in resource.methods:
                members |= {argument.name for argument in method.keywords}
            if members & BUILTIN_TYPES:
                return True
        return False

    def typing_names(self) -> Code:
        """Return what the module imports from ``typing``."""
        features = self.features()
        wanted = {
            "Any": "leaf:Any" in features or "convert:model" in features or "convert:models" in features
            or "any" in features or "leaf:Mapping" in features,
            "cast": "union" in features,
            "Literal": "leaf:Literal" in features,
            "Required": "required" in features,
            "TypedDict": "typeddict" in features,
        }  # fmt: skip
        return Code(", ".join(name for name, needed in wanted.items() if needed))

    def types_names(self) -> Code:
        """Return what the module imports from the generated ``types``."""
        features = self.features()
        wanted = {"File": "leaf:File" in features or "files" in features}
        return Code(", ".join(name for name, needed in wanted.items() if needed))

    def runtime_imports(self) -> list[tuple[Identifier, Code]]:
        """Return ``(module, names)`` from the runtime (``puretalk_client._*``), each computed from the data."""
        features = self.features()
        plain = any(not resource.info.helpers for resource in self.resources)
        methods = self.methods
        decoders = " ".join(self.decoder(method) for method in methods if method.parser.kind == "union")
        helpers = any(resource.helper_methods[0] or resource.helper_methods[1] for resource in self.resources)
        raw = any(not method.paged for method in methods) or helpers
        wanted: dict[str, list[tuple[str, bool]]] = {
            "_answers": [
                ("flagged", "envelope" in features),
                ("parse_model", bool({"model", "linked", "counted"} & features)),
                *((name, name in decoders) for name in
                  ("answer_any", "answer_list", "answer_model", "answer_one_of", "answer_plain")),
                ("answer_bytes", "binary" in features),
            ],
            "_models": [
                ("FileInput", "files" in features), ("as_model", "convert:model" in features),
                ("as_models", "convert:models" in features), ("upload", "files" in features),
            ],
            "_options": [(name, True) for name in
                         ("NOT_GIVEN", "Body", "Headers", "NotGiven", "Query", "RequestOptions", "TimeoutLike")],
            "_pagination": [
                ("AsyncPaginator", "paged" in features), ("Page", "paged" in features),
                ("SyncPaginator", "paged" in features), ("counted_page", "counted" in features),
                ("first_page", "paged" in features), ("linked_page", "linked" in features),
            ],
            "_request": [("build_request", True), ("path_segment", any(method.positional for method in methods))],
            "_resource": [
                ("AsyncAPIResource", plain), ("SyncAPIResource", plain),
                ("async_to_raw_page_response", "paged" in features), ("async_to_raw_response", raw),
                ("async_to_streamed_response", any(not method.paged for method in methods)),
                ("to_raw_page_response", "paged" in features), ("to_raw_response", raw),
                ("to_streamed_response", any(not method.paged for method in methods)),
            ],
            "_response": [("check_envelope", "envelope" in features), ("present", "present" in features)],
            "_validate": [("Check", True)],
        }  # fmt: skip
        out = []
        for module, names in wanted.items():
            chosen = [name for name, needed in names if needed]
            if chosen:
                out.append((fixed(module), Code(", ".join(chosen))))
        return out

    def base(self, resource: Resource, is_async: bool) -> Code:
        """Return the base class of a resource class: its hand-written helpers, else the runtime's resource."""
        if resource.helpers_alias:
            return Code(f"{resource.helpers_alias}.{'AsyncHelpers' if is_async else 'SyncHelpers'}")
        return Code("AsyncAPIResource" if is_async else "SyncAPIResource")

    def method_doc(self, method: Method) -> str:
        """Return the method's docstring text (escaped by the template's filter)."""
        return method_doc(method)

    def parser_doc(self, method: Method) -> str:
        """Return the parser's docstring text."""
        return f"Parse a 2xx answer of {method.operation.method} {method.operation.path}."

    def params_doc(self, method: Method) -> str:
        """Return the docstring of a method's ``TypedDict``."""
        return f"The keyword arguments of ``{method.operation.dotted}``."

    def expected(self, model: str) -> str:
        """Return the message of the error a parser raises for an answer of another shape."""
        return f"expected a {model} body"

    def wrapper_doc(self, resource: Resource, streaming: bool) -> str:
        """Return the docstring of a raw / streaming wrapper class."""
        what = "a context manager over the streamed answer" if streaming else "the raw HTTP answer"
        kind = "with_streaming_response" if streaming else "with_raw_response"
        return f"``{resource.dotted}.{kind}``: each method returns {what}."

    def wrapper(self, method: Method, is_async: bool, streaming: bool) -> Identifier:
        """Return the runtime function that wraps a method for ``with_raw_response`` / ``with_streaming_response``."""
        prefix = "async_" if is_async else ""
        if method.paged:
            return fixed(f"{prefix}to_raw_page_response")
        return fixed(f"{prefix}to_streamed_response" if streaming else f"{prefix}to_raw_response")


def _leaves(parts: Iterable[TypeRef]) -> Iterator[TypeRef]:
    for part in parts:
        if part.kind in ("leaf", "const", "unset", "file"):
            yield part
        yield from _leaves(part.item)


def render(facade: Facade, package_dir: Path, root: Path) -> None:
    """Write ``package_dir/resources/`` and ``package_dir/checks.py`` from ``facade``."""
    env = environment(root)
    target = package_dir / "resources"
    target.mkdir()
    module_template = env.get_template("resource_module.py.jinja")
    for top in facade.resources:
        view = ModuleView(top, top.names)
        doc = f"``client.{top.attribute}``: {top.info.description.strip().rstrip('.')}.\n\n{GENERATED_BY}"
        text = module_template.render(view=view, doc=doc)
        (target / f"{top.attribute}.py").write_text(text, encoding="utf-8")
    init = env.get_template("resources_init.py.jinja").render(
        tops=facade.resources,
        operations=facade.operations,
        doc=f"The resource namespaces of ``Puretalk`` and ``AsyncPuretalk``, one per resource of the spec.\n\n"
        f"{GENERATED_BY}",
    )
    (target / "__init__.py").write_text(init, encoding="utf-8")
    checks = env.get_template("checks.py.jinja").render(
        checkers=sorted(model.checker for model in facade.models.values() if model.checker is not None),
        doc=f"The value check of every enum of the spec (``puretalk_client.types`` exports them).\n\n{GENERATED_BY}",
    )
    (package_dir / CHECKS_MODULE).write_text(checks, encoding="utf-8")


def render_api_md(facade: Facade, root: Path) -> str:
    """``api.md``: every resource, method, its parameters and return type, from the same data as the facade."""
    env = markdown_environment(root)
    return env.get_template("api.md.jinja").render(facade=facade, core=core, unset=UNSET_REF)


def markdown_environment(root: Path) -> jinja2.Environment:
    """Return the Jinja environment of ``api.md``'s template (Markdown: nothing escaped, its own filters)."""
    env = _templates(root, python=False)
    env.filters["md"] = _markdown_text
    env.filters["mdcode"] = _markdown_code
    env.filters["plain"] = plain_annotation
    env.globals["method_doc"] = method_doc
    env.globals["method_summary"] = method_summary
    env.globals["documented_errors"] = documented_errors
    return env


def compile_templates(root: Path) -> None:
    """Compile every facade template into the template cache, as a first render would, rendering nothing.

    ``*.md.jinja`` belong to api.md's environment, every other one to the modules' (``method.py.jinja``
    included, which a render loads only when another imports it).
    """
    python, markdown = environment(root), markdown_environment(root)
    for path in sorted((root / TEMPLATES).glob("*.jinja")):
        (markdown if path.name.endswith(".md.jinja") else python).get_template(path.name)


def _markdown_code(value: object, table: bool = False) -> str:
    """One line of text for a Markdown code span: no line breaks, no backticks; ``|`` escaped in a table."""
    text = " ".join(str(value).split()).replace("`", "'")
    return text.replace("|", "\\|") if table else text


def _markdown_text(value: object) -> str:
    """One line of spec text for Markdown: no line breaks, no HTML, no table or code delimiters."""
    text = " ".join(str(value).split())
    for character in "\\`*_[]<>|#":
        text = text.replace(character, f"\\{character}")
    return text


__all__ = [
    "CHECKS_MODULE",
    "GENERATED_BY",
    "ModuleView",
    "environment",
    "method_doc",
    "pystr",
    "render",
    "render_api_md",
]
