"""Render the public package (`generated/twelvelabs_client/`) from the OpenAPI document.

openapi-python-client writes the models; this step writes the resource classes users call
(`client.assets.create(...)`, sync and async) from the same document, using the generator's own
parser for Python names and types, and the document's SDK extensions for where each operation
lives and which mechanism it needs: `x-fern-sdk-group-name`, `x-fern-sdk-method-name`,
`x-fern-pagination`, `x-token-pager`, `x-fern-streaming`, `x-fern-idempotent`, `x-polling`,
`x-multipart-upload`, `x-bulk`, and `deprecated` + `x-deprecation-message` on an operation or a body
property (docs/regenerating.md says what each one does).

Nothing here knows an operation by name: a new operation in the document is a new method.
"""

from __future__ import annotations

import keyword
import re
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import FileProperty, ModelProperty, Property
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.strings import ClassName, PythonIdentifier

from twelvelabs_runtime import _errors

HTTP_METHODS = ("get", "put", "post", "patch", "delete")


def sdk_name(wire: str) -> str:
    """The official SDK's Python name for a wire name: snake case, digits split off (`prompt_v2` -> `prompt_v_2`)."""
    name = re.sub(r"[^0-9a-zA-Z]+", "_", wire)
    name = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).lower()
    name = re.sub(r"(?<=[a-z])(?=[0-9])", "_", name).strip("_")
    return f"{name}_" if keyword.iskeyword(name) else name


def builtin_list(annotation: str) -> str:
    """Inside a resource class that has a `list` method, `list[...]` would name the method."""
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", annotation)


def plain(text: Any) -> str:
    """The generator wraps document strings so templates cannot misuse them; here they are only names."""
    if hasattr(text, "as_unembedded_code"):
        return str(text.as_unembedded_code())
    return str(text.get_untrusted_value() if hasattr(text, "get_untrusted_value") else text)


def class_prefix(path: tuple[str, ...]) -> str:
    return "".join(re.sub(r"[_.]", "", part.title()) for part in path)


@dataclass
class Param:
    name: str  # the keyword the caller uses
    wire: str  # the name on the wire
    location: str  # path, query, header, body
    type: str
    required: bool


@dataclass
class Method:
    name: str
    operation_id: str
    http_method: str
    path: str
    doc: str
    params: list[Param]
    body: str | None  # json or multipart
    files: list[str]
    returns: str  # the Python type of the answer ("None" for no content)
    parse: str  # the expression that turns decoded JSON into `returns` (a stream's: its EventStream)
    kind: str = "request"  # request, stream, pager
    item_type: str = ""
    page_param: str = ""
    results: str = ""
    fixed_body: dict[str, Any] = field(default_factory=dict)
    idempotent: bool = False
    idempotency_header: str = ""
    deprecated: str | None = None
    deprecated_fields: dict[str, str] = field(default_factory=dict)
    poll: dict[str, Any] | None = None
    imports: set[str] = field(default_factory=set)
    group_label: str = ""
    stream_flag: str = ""
    token: str = ""  # token pagers: where a page holds the next page's token
    next_operation: str = ""  # token pagers: the operation that answers the next page
    next_param: str = ""  # ... and its path parameter that takes the token
    sdk_path: str = ""
    uploader: dict[str, str] = field(default_factory=dict)  # x-multipart-upload
    bulk: dict[str, Any] | None = None  # x-bulk


@dataclass
class Group:
    path: tuple[str, ...]
    methods: list[Method] = field(default_factory=list)
    children: dict[str, Group] = field(default_factory=dict)

    @property
    def class_name(self) -> str:
        return class_prefix(self.path) or "TwelveLabs"

    def walk(self) -> list[Group]:
        """Children before parents, so that a class is defined before the class that holds it."""
        return [grandchild for child in self.children.values() for grandchild in child.walk()] + [self]


class Document:
    def __init__(self, raw: dict[str, Any], config: Config) -> None:
        self.raw = raw
        self.config = config
        data = GeneratorData.from_dict(raw, config=config)
        if not isinstance(data, GeneratorData):
            raise SystemExit(f"the generator could not parse the document: {data.detail}")
        self.endpoints = {
            plain(endpoint.name): endpoint
            for collection in data.endpoint_collections_by_tag.values()
            for endpoint in collection.endpoints
        }
        self.imports: set[str] = set()
        self.models = data.models
        self.enums = data.enums

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.raw
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def model_of(self, ref: str) -> str:
        name = str(ClassName(ref.rsplit("/", 1)[-1], self.config.field_prefix))
        self.imports.add(f"from twelvelabs_api.models import {name}")
        return name

    def type_of(self, prop: Property) -> str:
        if isinstance(prop, FileProperty):
            return "FileInput"
        if isinstance(prop, ListProperty) and isinstance(prop.inner_property, FileProperty):
            return "Sequence[FileInput]"
        self.imports.update(prop.get_imports(prefix="twelvelabs_api."))
        self.imports.update(prop.get_lazy_imports(prefix="twelvelabs_api."))
        return builtin_list(plain(prop.get_type_string(no_optional=True)))

    def parser_for(self, schema: dict[str, Any]) -> tuple[str, str]:
        """(type, parse expression) for a response schema."""
        if "$ref" in schema and "oneOf" not in self.resolve(schema):
            name = self.model_of(schema["$ref"])
            return name, f"{name}.from_dict"
        resolved = self.resolve(schema)
        if "oneOf" in resolved and "discriminator" in resolved:
            discriminator = resolved["discriminator"]
            variants = {tag: self.model_of(ref) for tag, ref in discriminator["mapping"].items()}
            mapping = ", ".join(f"{tag!r}: {name}.from_dict" for tag, name in variants.items())
            union = " | ".join(dict.fromkeys(variants.values()))  # several tags may share one schema
            return union, f"discriminated({discriminator['propertyName']!r}, {{{mapping}}})"
        if resolved.get("type") == "array" and "$ref" in resolved.get("items", {}):
            name = self.model_of(resolved["items"]["$ref"])
            return f"builtins.list[{name}]", f"list_of({name}.from_dict)"
        return "Any", "as_json"

    def method(self, http_method: str, path: str, operation: dict[str, Any]) -> list[Method]:
        endpoint = self.endpoints[str(PythonIdentifier(operation["operationId"], self.config.field_prefix))]
        self.imports = set()
        doc = "\n\n".join(part.strip() for part in (operation.get("summary"), operation.get("description")) if part)
        params = [
            Param(sdk_name(plain(p.name)), plain(p.name), location, self.type_of(p), p.required)
            for location, found in (
                ("path", endpoint.path_parameters),
                ("query", endpoint.query_parameters),
                ("header", endpoint.header_parameters),
            )
            for p in found
        ]
        body = None
        files: list[str] = []
        deprecated_fields: dict[str, str] = {}
        streaming = operation.get("x-fern-streaming")
        stream_flag = streaming["stream-condition"].removeprefix("$request.") if isinstance(streaming, dict) else None
        if endpoint.bodies:
            content_type = plain(endpoint.bodies[0].content_type)
            body = "multipart" if "multipart" in content_type else "json"
            model = endpoint.bodies[0].prop
            assert isinstance(model, ModelProperty)
            raw_props = self.resolve(operation["requestBody"]["content"][content_type]["schema"]).get("properties", {})
            for prop in [*model.required_properties, *model.optional_properties]:  # type: ignore[misc]
                wire = plain(prop.name)
                if wire == stream_flag:
                    continue
                raw = self.resolve(raw_props.get(wire, {}))
                if raw.get("deprecated"):
                    deprecated_fields[sdk_name(wire)] = raw.get("x-deprecation-message", f"{wire} is deprecated.")
                python_type = self.type_of(prop)
                if python_type in ("FileInput", "Sequence[FileInput]"):
                    files.append(wire)
                params.append(Param(sdk_name(wire), wire, "body", python_type, prop.required))
        success = next(
            response for code, response in sorted(operation["responses"].items()) if str(code).startswith("2")
        )
        content = self.resolve(success).get("content", {})
        schema = content.get("application/json", {}).get("schema")
        returns, parse = self.parser_for(schema) if schema else ("None", "None")
        base = Method(
            name=operation.get("x-fern-sdk-method-name", sdk_name(operation["operationId"])),
            operation_id=operation["operationId"],
            http_method=http_method.upper(),
            path=path,
            doc=doc,
            params=sorted(params, key=lambda p: (p.location != "path", not p.required)),
            body=body,
            files=files,
            returns=returns,
            parse=parse,
            idempotent=bool(operation.get("x-fern-idempotent")),
            idempotency_header=next((p.wire for p in params if p.wire.lower() == "idempotency-key"), ""),
            deprecated=operation.get("x-deprecation-message") if operation.get("deprecated") else None,
            deprecated_fields=deprecated_fields,
            imports=self.imports,
            bulk=operation.get("x-bulk"),
            uploader=operation.get("x-multipart-upload", {}),
        )
        if pagination := operation.get("x-fern-pagination"):
            base.kind = "pager"
            base.page_param = pagination["offset"].removeprefix("$request.")
            base.results = pagination["results"].removeprefix("$response.")
            base.item_type = self.parser_for(self.resolve(schema)["properties"][base.results]["items"])[0]
        if poll := operation.get("x-polling"):
            returns = poll.get("returns", {})
            base.poll = {
                "name": poll["method-name"],
                "status": poll["status"].removeprefix("$response."),
                "terminal": list(poll["terminal"]),
                "timeout": poll.get("timeout-parameter", "timeout"),
                "returns": returns and self.model_of(f"#/{returns['schema']}"),
                "fields": {name: path.removeprefix("$response.") for name, path in returns.get("fields", {}).items()},
            }
        if tokened := operation.get("x-token-pager"):
            pager = replace(base, name=tokened["method-name"], kind="token_pager")
            pager.results = tokened["results"].removeprefix("$response.")
            pager.token = tokened["next-token"].removeprefix("$response.")
            pager.next_operation = tokened["next-operation"]
            pager.next_param = next(
                re.findall(r"\{([^}]+)\}", path)[0]
                for path, item in self.raw["paths"].items()
                for found in item.values()
                if isinstance(found, dict) and found.get("operationId") == pager.next_operation
            )
            pager.item_type = self.parser_for(self.resolve(schema)["properties"][pager.results]["items"])[0]
            pager.doc = f"{doc}\n\nWalks every page: iterate the pager for the items."
            return [base, pager]
        if streaming is True:  # Fern's form for an operation that always streams: lines of the success schema
            base.kind, (base.returns, parse) = "stream", self.parser_for(next(iter(content.values()))["schema"])
            base.parse = f"EventStream({parse})"
        if not isinstance(streaming, dict):
            return [base]
        base.fixed_body = {stream_flag: False}
        stream = replace(base, name=f"{base.name}_stream", kind="stream")
        stream.fixed_body = {stream_flag: sdk_name(stream_flag)}  # the caller may repeat `stream=True`
        stream.stream_flag = stream_flag
        stream.returns, events = self.parser_for(streaming["response-stream"])
        keys = [key for key in ("format", "terminator", "text", "end") if key in streaming]
        framing = "".join(f", {key}={streaming[key]!r}" for key in keys)
        stream.parse = f"EventStream({events}{framing})"
        stream.doc = f"{doc}\n\nStreams the answer: iterate the returned stream for its events."
        return [base, stream]

    def groups(self) -> Group:
        root = Group(())
        for path, item in self.raw["paths"].items():
            for http_method in [name for name in HTTP_METHODS if name in item]:
                operation = item[http_method]
                names = operation.get("x-fern-sdk-group-name", [])
                group = root
                for part in [names] if isinstance(names, str) else names:
                    group = group.children.setdefault(part, Group((*group.path, part)))
                for method in self.method(http_method, path, operation):
                    method.group_label = ".".join(group.path) or method.name
                    method.sdk_path = ".".join([*group.path, method.name])
                    group.methods.append(method)
        return root

    def official_names(self) -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, dict[str, str]]]:
        """The official package's type names: `x-fern-type-name` on a schema, `x-type-aliases` (other official
        names of the same type), and for a discriminated `oneOf` its Fern variant names (`VideoContext_Url`). A name
        qualified by a group module (`embed.TasksStatusResponse`) lives in that module, where the official package
        keeps it (one name may mean other types in other modules).
        Returns ({alias: model}, {union alias: (models)}, {module: {alias: model}})."""
        self.imports = set()  # model_of's imports belong to no method here
        aliases: dict[str, str] = {}
        unions: dict[str, tuple[str, ...]] = {}
        placed: dict[str, dict[str, str]] = {}
        for key, schema in self.raw["components"]["schemas"].items():
            for name in [schema.get("x-fern-type-name", key), *schema.get("x-type-aliases", [])]:
                module, _, official = name.rpartition(".")
                if module:
                    placed.setdefault(module, {})[official] = self.model_of(f"#/{key}")
                elif "oneOf" in schema and "discriminator" in schema:
                    mapping = schema["discriminator"]["mapping"]
                    unions[official] = tuple(dict.fromkeys(self.model_of(ref) for ref in mapping.values()))
                    for tag, ref in mapping.items():
                        aliases[f"{official}_{class_prefix((tag,))}"] = self.model_of(ref)
                elif official != key:
                    aliases[official] = self.model_of(f"#/{key}")
        return aliases, unions, placed


def render(root_dir: Path, document_path: Path, out_dir: Path) -> None:
    import yaml

    config = Config.from_sources(
        ConfigFile.load_from_path(root_dir / "generator-config.yml"), MetaType.NONE, document_path, "utf-8", True, None
    )
    document = Document(yaml.safe_load(document_path.read_text()), config)
    root = document.groups()
    templates = root_dir / "generator-templates" / "facade"
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["sdk_name"] = sdk_name
    env.filters["tuple_repr"] = lambda items: repr(tuple(items))
    env.filters["constant_name"] = lambda m: f"_{sdk_name(m.operation_id).upper()}{'_STREAM' * (m.kind == 'stream')}"
    env.filters["operation_constant"] = lambda operation_id: f"_{sdk_name(operation_id).upper()}"
    env.filters["docstring"] = lambda text: text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    aliases, unions, placed = document.official_names()
    # Fixed modules (core) are copied as they are: they only re-export the runtime's names.
    shutil.copytree(templates, out_dir, ignore=shutil.ignore_patterns("*.jinja", "__pycache__"), dirs_exist_ok=True)
    (out_dir / "__init__.py").write_text(env.get_template("package_init.py.jinja").render())
    # Every error class of the runtime, and its aliases (the official package's names).
    errors = sorted(
        name for name, value in vars(_errors).items() if isinstance(value, type) and issubclass(value, Exception)
    )
    (out_dir / "errors.py").write_text(env.get_template("errors.py.jinja").render(errors=errors))
    models = sorted(str(model.class_info.name) for model in [*document.models, *document.enums])
    everywhere = {alias: model for names in placed.values() for alias, model in names.items()} | aliases
    text = env.get_template("types.py.jinja").render(aliases=everywhere, unions=unions, models=models)
    (out_dir / "types.py").write_text(text)
    for name, group in root.children.items():
        classes = group.walk()
        # The official package keeps group-named types (`IndexesCreateResponse`) in the group's module.
        own = {alias: model for alias, model in aliases.items() if alias.startswith(group.class_name)}
        own |= placed.get(name, {})
        text = env.get_template("group.py.jinja").render(groups=classes, imports=imports_of(classes), aliases=own)
        (out_dir / f"{name}.py").write_text(text)
    text = env.get_template("group.py.jinja").render(groups=[root], imports=imports_of([root]), aliases={})
    (out_dir / "client.py").write_text(text)


def imports_of(groups: list[Group]) -> list[str]:
    return sorted({line for group in groups for method in group.methods for line in method.imports})
