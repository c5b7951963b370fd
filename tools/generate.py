"""Generate `generated/` (twelvelabs_api and twelvelabs_client) from the OpenAPI document, or check it.

    python tools/generate.py            # rewrite generated/
    python tools/generate.py --check    # exit 1 (and show what differs) if generated/ has drifted

Both run the pinned openapi-python-client with `generator-config.yml`, the template overrides in
`generator-templates/` and `--fail-on-warning` for the models, then `tools/facade.py` for the public
facade, into a fresh temporary directory, so stale files never survive and the result does not depend
on what was there before. The generator's endpoint modules and `Client` are dropped: the facade and
the hand-written transport replace them.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

MODELS = "twelvelabs_api"  # openapi-python-client's models
FACADE = "twelvelabs_client"  # the public package: tools/facade.py
DOCUMENT = Path("openapi") / "twelvelabs-v1.3.yaml"
UNUSED = ("api", "client.py", "errors.py")


def run_generator(root: Path, out_dir: Path, document: Path | None = None) -> Path:
    """Generate both packages into `out_dir` (what `generated/` holds) and return it."""
    document = document or root / DOCUMENT
    package_dir = out_dir / MODELS
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path", str(document),
        "--config", str(root / "generator-config.yml"),
        "--custom-template-path", str(root / "generator-templates"),
        "--meta", "none",
        "--output-path", str(package_dir),
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0 or "Warning" in result.stdout or "Error" in result.stdout:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {result.returncode}); nothing was written")
    official_field_names(package_dir / "models")
    maps_are_mappings(package_dir / "models")
    for name in UNUSED:
        unused = package_dir / name
        shutil.rmtree(unused) if unused.is_dir() else unused.unlink()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import facade

    facade.render(root, document, out_dir / FACADE)
    # The same post hooks as generator-config.yml's, for the facade.
    hooks = (
        ["check", "--fix-only", "--select", "F,I,UP", "--target-version", "py310"],
        ["format", "--line-length", "120"],
    )
    for hook in hooks:
        ruff = [str(bin_dir / "ruff"), *hook, "--no-cache", "--isolated", "--quiet", str(out_dir / FACADE)]
        subprocess.run(ruff, check=True)
    # With `--meta none` the generator writes no PEP 561 marker; both packages are typed, so say so.
    for package in (MODELS, FACADE):
        (out_dir / package / "py.typed").write_text("")
    return out_dir


def official_field_names(models: Path) -> None:
    """The official package's field names. The generator renames a field that shadows a builtin
    (`type` -> `type_`): an attrs alias accepts `type=` in the constructor. Fern splits digits off
    (`prompt_v_2`, `base_64_string`). A read-only property gives each official name too."""
    for path in sorted(models.glob("*.py")):
        text = path.read_text()
        renamed = re.findall(r"^    ([a-z]+)_: ", text, flags=re.M)
        for name in renamed:
            declaration = re.compile(rf"^(    {name}_: [^=\n]+?)(?: = (.+))?$", flags=re.M)

            def aliased(found: re.Match[str], name: str = name) -> str:
                default = f"default={found[2]}, " if found[2] else ""
                return f'{found[1]} = _attrs_field({default}alias="{name}")'

            text = declaration.sub(aliased, text)
            text = text.replace(f"            {name}_={name}_,", f"            {name}={name}_,")
        if renamed and "import field as _attrs_field" not in text:
            field_import = "import define as _attrs_define\nfrom attrs import field as _attrs_field"
            text = text.replace("import define as _attrs_define", field_import)
        fields = re.findall(r"^    ([a-z][a-z0-9_]*): ([^=\n]+?)(?: = .+)?$", text, flags=re.M)
        split = {}
        for ours, annotation in fields:
            official = ours[:-1] if ours in (f"{n}_" for n in renamed) else re.sub(r"([a-z])(\d)", r"\1_\2", ours)
            official = f"{ours}_" if ours in PYDANTIC_NAMES else official
            if official != ours:
                text += f"\n    @property\n    def {official}(self) -> {annotation}:\n        return self.{ours}\n"
            if official != ours and official not in renamed and ours not in PYDANTIC_NAMES:
                split[official] = ours
        if split:  # the constructor takes both spellings, as the official models do
            model = re.findall(r"^class (\w+)", text, flags=re.M)[0]
            text += INIT_WITH_OFFICIAL_NAMES.format(model=model, names=tuple(split.items()))
        path.write_text(text)


# Fields that shadow a pydantic BaseModel attribute: the official (pydantic) models add `_` (`schema_`).
PYDANTIC_NAMES = {"schema", "json", "dict", "copy", "fields", "construct", "validate", "model_config"}
INIT_WITH_OFFICIAL_NAMES = """

_attrs_init = {model}.__init__


def _init(self: {model}, *args: Any, **kwargs: Any) -> None:
    for official, ours in {names}:
        if official in kwargs:
            kwargs[ours] = kwargs.pop(official)
    _attrs_init(self, *args, **kwargs)


{model}.__init__ = _init  # type: ignore[method-assign]
"""


def maps_are_mappings(models: Path) -> None:
    """A schema of `additionalProperties` only (`user_metadata`) is a dict in the official package: its model
    is a MutableMapping here, so `meta == {...}`, `dict(meta)`, `meta.get(key)` and `for key in meta` work."""
    for path in sorted(models.glob("*.py")):
        text = path.read_text()
        fields = re.findall(r"^    (\w+): (.+?)(?: = .*)?$", text, flags=re.M)
        if len(fields) != 1 or fields[0][0] != "additional_properties":
            continue
        value = fields[0][1].removeprefix("dict[str, ").removesuffix("]")
        text = re.sub(
            r"^@_attrs_define\nclass (\w+):",
            rf"@_attrs_define(eq=False)\nclass \1(MutableMapping[str, {value}]):",
            text,
            flags=re.M,
        )
        text = text.replace(
            "from collections.abc import Mapping", "from collections.abc import Iterator, Mapping, MutableMapping"
        )
        text = text.replace("def __contains__(self, key: str)", "def __contains__(self, key: object)")
        text += "\n    def __iter__(self) -> Iterator[str]:\n        return iter(self.additional_properties)\n"
        text += "\n    def __len__(self) -> int:\n        return len(self.additional_properties)\n"
        path.write_text(text)


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths of the files that differ between two trees (missing, extra or changed)."""
    want, have = files_in(expected), files_in(actual)
    changed = [name for name in want & have if (expected / name).read_bytes() != (actual / name).read_bytes()]
    found = [f"missing: {name}" for name in want - have] + [f"unexpected: {name}" for name in have - want]
    return sorted(found + [f"changed: {name}" for name in changed])


def files_in(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    args = parser.parse_args()
    root: Path = args.root
    target = root / "generated"

    with tempfile.TemporaryDirectory() as tmp:
        fresh = run_generator(root, Path(tmp))
        if not args.check:
            for package in (MODELS, FACADE):
                shutil.rmtree(target / package, ignore_errors=True)
                shutil.copytree(fresh / package, target / package, ignore=shutil.ignore_patterns("__pycache__"))
            print(f"generated {MODELS} and {FACADE} in generated/ from openapi/twelvelabs-v1.3.yaml")
            return 0
        if not target.is_dir():
            print(f"{target} is missing: run `make generate`", file=sys.stderr)
            return 1
        drift = differences(fresh, target)
        if not drift:
            print("generated/ is in sync with the OpenAPI document")
            return 0
        print("generated/ differs from what the OpenAPI document generates:", file=sys.stderr)
        for line in drift:
            print(f"  {line}", file=sys.stderr)
            if line.startswith("changed: "):
                name = line.removeprefix("changed: ")
                expected, found = ((tree / name).read_text().splitlines() for tree in (fresh, target))
                diff = difflib.unified_diff(expected, found, f"expected/{name}", f"generated/{name}", lineterm="", n=1)
                for diff_line in list(diff)[:20]:
                    print(f"    {diff_line}", file=sys.stderr)
        print("Never edit generated/ by hand: change the document and run `make generate`.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
