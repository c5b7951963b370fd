"""`twelvelabs-openapi`: analyze, upload, wait for tasks, run batches, gist, summarize, search, embed, and run
the mock.

    twelvelabs-openapi analyze "What happens?" --url https://.../video.mp4
    twelvelabs-openapi --mock analyze "What happens?" --url https://example.com/v.mp4   # no key needed

Expected failures print one line (what failed, the API's code and message, what to do) and exit 1.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, get_args

from twelvelabs_api.models import (
    AnalyzeModelName,
    CreateEmbeddingsRequestModelName,
    GistType,
    IndexModel,
    IndexModelModelName,
    SearchOption,
    SummarizeType,
    SyncResponseFormat,
    VideoContextAssetId,
    VideoContextUrl,
)
from twelvelabs_client.client import TwelveLabs

from . import _errors
from ._version import __version__

PEGASUS_INDEX = "twelvelabs-openapi-cli"
SEARCH_INDEX = "twelvelabs-openapi-cli-search"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    for name, default in (("api_key", None), ("base_url", None), ("mock", False)):
        vars(args).setdefault(name, default)  # given neither before nor after the command
    warnings.simplefilter("default", DeprecationWarning)
    warnings.showwarning = _show_warning
    try:
        with _session(args) as client:
            return int(args.run(client, args))
    except _errors.TwelveLabsError as error:
        print(f"error: {_explain(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _show_warning(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
    label = "deprecated" if issubclass(category, DeprecationWarning) else "warning"
    print(f"{label}: {message}", file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    # The connection options work before or after the command (`--mock analyze ...`, `analyze ... --mock`);
    # SUPPRESS keeps a command's unset copy from hiding the one given before it.
    connection = argparse.ArgumentParser(add_help=False)
    connection.add_argument("--api-key", default=argparse.SUPPRESS, help="API key (default: $TWELVELABS_API_KEY)")
    connection.add_argument(
        "--base-url", default=argparse.SUPPRESS, help="API base URL (default: $TWELVELABS_BASE_URL, then the API)"
    )
    connection.add_argument(
        "--mock", action="store_true", default=argparse.SUPPRESS, help="use an embedded mock server (no key needed)"
    )
    parser = argparse.ArgumentParser(
        prog="twelvelabs-openapi", description="TwelveLabs v1.3 video analysis.", parents=[connection]
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str, under: Any = commands, **defaults: Any) -> argparse.ArgumentParser:
        """A command (or a `task`/`batch` action) that takes the connection options; `run` is its function."""
        found: argparse.ArgumentParser = under.add_parser(name, help=help, parents=[connection])
        found.set_defaults(**defaults)
        return found

    analyze = command("analyze", "analyze a video; the text streams as it is generated", run=_analyze)
    analyze.add_argument("prompt")
    _one_of(analyze, **VIDEO_SOURCES)
    analyze.add_argument("--model", default=None, choices=get_args(AnalyzeModelName), help="the Pegasus model")
    analyze.add_argument(
        "--json", metavar="SCHEMA_FILE", type=Path, help="structured output that follows a JSON schema"
    )
    analyze.add_argument("--max-tokens", type=int)
    analyze.add_argument("--temperature", type=float)

    upload = command("upload", "upload a file as an asset, with a progress bar", run=_upload)
    upload.add_argument("path", type=Path)
    upload.add_argument("--wait", action="store_true", help="wait until the asset is ready")
    upload.add_argument("--multipart", action="store_true", help="upload in chunks (the default above 200 MB)")
    upload.add_argument("--resume", metavar="UPLOAD_ID", help="finish an interrupted multipart upload")

    task = command("task", "analysis and indexing tasks").add_subparsers(required=True, metavar="ACTION")
    create = command("create", "start an analysis in the background; prints its id", task, run=_task_create)
    create.add_argument("prompt")
    _one_of(create, **VIDEO_SOURCES)
    create.add_argument("--wait", action="store_true", help="wait for the result and print it")
    wait = command("wait", "show status changes until the task is done", task, run=_task_wait)
    wait.add_argument("task_id")
    wait.add_argument("--kind", choices=["analyze", "indexing", "asset"], default="analyze")
    wait.add_argument("--interval", type=float, default=5.0, help="seconds between polls (grows with backoff)")
    wait.add_argument("--timeout", type=float, default=7200.0)

    batch = command("batch", "analyze many assets in one batch").add_subparsers(required=True, metavar="ACTION")
    create = command("create", "create a batch from a JSON request; prints its id", batch, run=_batch_create)
    create.add_argument("--json", metavar="FILE", type=Path, required=True, help="analysis_mode, requests, defaults...")
    for name in ("status", "results"):
        action = command(name, f"a batch's {name} (results: a JSON line per item)", batch, run=_batch_show, show=name)
        action.add_argument("batch_id")
        action.add_argument("--wait", action="store_true", help="wait until the batch is done (showing its progress)")

    gist = command("gist", "titles, topics and hashtags (deprecated API)", run=_gist)
    _one_of(gist, **INDEXED_VIDEO)
    gist.add_argument("--types", type=_list_of(GistType), default=list(get_args(GistType)), help="comma-separated")

    summarize = command("summarize", "summary, chapters or highlights (deprecated API)", run=_summarize)
    _one_of(summarize, **INDEXED_VIDEO)
    summarize.add_argument("--type", choices=get_args(SummarizeType), default="summary")
    summarize.add_argument("--prompt")

    search = command("search", "find the moments of indexed videos that match a text or an image", run=_search)
    search.add_argument("query", nargs="?", help="what to look for (and/or --image)")
    where = {"index_id": "an index with a Marengo model", "url": "index this video URL first (Marengo), then search it"}
    _one_of(search, **where)
    search.add_argument("--image", help="an image file or URL to search with")
    search.add_argument("--options", type=_list_of(SearchOption), default=["visual", "audio"], help="comma-separated")
    search.add_argument("--limit", type=int, default=10, help="how many matches to show (default 10)")

    embed = command(
        "embed", "embed a text, image, audio or video (Embed API v2): each vector's size and start", run=_embed
    )
    embed.add_argument("text", nargs="?", help="the text to embed (alone, or with the media)")
    for kind in ("image", "audio", "video"):
        embed.add_argument(f"--{kind}-url", help=f"a public URL of the {kind} to embed")
    embed.add_argument("--model", default="marengo3.0", choices=get_args(CreateEmbeddingsRequestModelName))
    embed.add_argument("--json", action="store_true", help="print the whole answer as JSON")

    mock = commands.add_parser("mock", help="run the mock server until Ctrl-C")
    mock.add_argument("--host", default="127.0.0.1")
    mock.add_argument("--port", type=int, default=4010)
    mock.add_argument("--api-key", dest="mock_api_key", default=None, help="the key the mock accepts")
    mock.set_defaults(run=None)
    return parser


def _list_of(choices: Any) -> Callable[[str], list[str]]:
    """Comma-separated values of a Literal type, checked while parsing: a typo fails before any video is indexed."""

    def parse(text: str) -> list[str]:
        items = [part.strip() for part in text.split(",") if part.strip()]
        if not items or any(item not in get_args(choices) for item in items):
            raise argparse.ArgumentTypeError(f"choose from {', '.join(get_args(choices))}, not {text!r}")
        return items

    return parse


# Where a command's video comes from: exactly one of these options (name: help).
VIDEO_SOURCES = {
    "url": "a public URL of the video file",
    "file": "a local video file (uploaded as an asset first)",
    "asset_id": "an asset that is ready",
}
INDEXED_VIDEO = {
    "video_id": "a video indexed with a Pegasus model",
    "url": "index this video URL first (pegasus1.2), then use it",
}


def _one_of(parser: argparse.ArgumentParser, **options: str) -> None:
    """Exactly one of these options (`--file` is a Path)."""
    group = parser.add_mutually_exclusive_group(required=True)
    for name, help in options.items():
        group.add_argument(f"--{name.replace('_', '-')}", help=help, type=Path if name == "file" else str)


@contextlib.contextmanager
def _session(args: argparse.Namespace) -> Iterator[TwelveLabs]:
    if args.command != "mock" and not args.mock:
        with TwelveLabs(api_key=args.api_key, base_url=args.base_url) as client:
            yield client
        return
    try:
        from twelvelabs_mock import MockServer, create_app
        from twelvelabs_mock.__main__ import main as run_mock
    except ImportError:
        needs = "the mock command" if args.command == "mock" else "--mock"
        raise _errors.ConfigurationError(
            f"{needs} needs the mock server: pip install 'twelvelabs-openapi[mock]'"
        ) from None
    if args.command == "mock":
        key = ["--api-key", args.mock_api_key] if args.mock_api_key else []
        with contextlib.suppress(KeyboardInterrupt):
            raise SystemExit(run_mock(["--host", args.host, "--port", str(args.port), *key]))
        raise SystemExit(0)
    with MockServer(create_app(stream_delay=0.02)) as server:
        print(f"(using an embedded mock at {server.base_url})", file=sys.stderr)
        with TwelveLabs(api_key=server.api_key, base_url=server.base_url) as client:

            def advance(seconds: float) -> None:
                server.control.advance(seconds)  # waiting on the embedded mock moves its clock, no sleeping

            client._sender.sleep = advance
            yield client


# What to do about each kind of failure; the first class that matches gives the hint.
HINTS: list[tuple[type[_errors.TwelveLabsError], str]] = [
    (_errors.AuthenticationError, "check the key (--api-key or TWELVELABS_API_KEY)"),
    (_errors.PermissionDeniedError, "this key's plan may not allow that endpoint"),
    (_errors.NotFoundError, "check the id; it may belong to another account or have been deleted"),
    (_errors.InternalServerError, "the API had a problem; try again later"),
    (_errors.BadRequestError, "fix the request as the message says"),
    (_errors.UnprocessableEntityError, "fix the request as the message says"),
    (_errors.ConflictError, "fix the request as the message says"),
    (_errors.APITimeoutError, "the API did not answer in time; try again, or raise the timeout"),
    (_errors.APIConnectionError, "check the network and the base URL (--base-url or TWELVELABS_BASE_URL)"),
    (_errors.StreamError, "the text above is incomplete; run the command again"),
    (_errors.WaitTimeoutError, "the task may still finish; run `task wait` again later"),
]


def _explain(error: _errors.TwelveLabsError) -> str:
    """One line: what failed, the API's code and message, and what to do."""
    hint = next((hint for kind, hint in HINTS if isinstance(error, kind)), "")
    if isinstance(error, _errors.ConfigurationError) and "API key" in str(error):
        hint = "give --api-key KEY, set TWELVELABS_API_KEY, or add --mock to try it offline"
    elif isinstance(error, _errors.RateLimitError):
        hint = f"wait{' ' + error.retry_after + ' s' if error.retry_after else ''} and try again"
    message = str(error).replace("\n", " ")
    return f"{message} ({hint})" if hint else message


def _video_from(client: TwelveLabs, args: argparse.Namespace) -> VideoContextAssetId | VideoContextUrl:
    if getattr(args, "asset_id", None):
        return VideoContextAssetId(asset_id=args.asset_id)
    if args.url:
        return VideoContextUrl(url=args.url)
    asset_id = _upload_with_progress(client, args.file)
    ready = client.assets.wait_for_done(asset_id, sleep_interval=2)
    if ready.status != "ready":
        raise _errors.TwelveLabsError(f"the upload {asset_id} ended {ready.status}")
    return VideoContextAssetId(asset_id=asset_id)


def _analyze(client: TwelveLabs, args: argparse.Namespace) -> int:
    video = _video_from(client, args)
    options: dict[str, Any] = {"model_name": args.model, "max_tokens": args.max_tokens, "temperature": args.temperature}
    if args.json is not None:
        response_format = SyncResponseFormat.from_dict({"type": "json_schema", "json_schema": _json_object(args.json)})
        result = client.analyze(video=video, prompt=args.prompt, response_format=response_format, **options)
        try:
            print(json.dumps(json.loads(result.data), indent=2))
        except ValueError:
            print(result.data)
            print(f"warning: the output is not complete JSON (finish_reason={result.finish_reason})", file=sys.stderr)
        return 0
    with client.analyze_stream(video=video, prompt=args.prompt, **options) as stream:
        for event in stream:
            if event.event_type == "text_generation":
                print(getattr(event, "text", ""), end="", flush=True)
    print()
    end = stream.stream_end
    if end is not None and str(end.finish_reason) == "length":
        print("warning: the text was cut at max_tokens", file=sys.stderr)
    return 0


def _json_object(path: Path) -> dict[str, Any]:
    try:
        found = json.loads(path.read_text())
    except (OSError, ValueError) as error:
        raise _errors.InvalidRequestError("--json", f"cannot read JSON from {path}: {error}") from None
    if not isinstance(found, dict):
        raise _errors.InvalidRequestError("--json", f"{path} holds a JSON {type(found).__name__}, not an object")
    return found


def _upload(client: TwelveLabs, args: argparse.Namespace) -> int:
    asset = client.assets.retrieve(_upload_with_progress(client, args.path, args.multipart, args.resume))
    print(f"asset {asset.id} ({asset.status})")
    if args.wait:
        done = client.assets.wait_for_done(asset.id, callback=lambda a: print(f"  status: {a.status}"))
        return 0 if done.status == "ready" else 1
    return 0


def _upload_with_progress(client: TwelveLabs, path: Path, chunks: bool = False, resume: str | None = None) -> str:
    """The new asset's id; a file too large for a direct upload (or `chunks`) goes through a multipart upload."""
    if not path.is_file():
        raise _errors.InvalidRequestError("path", f"no file at {path}")
    from tqdm import tqdm
    from tqdm.utils import CallbackIOWrapper

    with tqdm(total=path.stat().st_size, unit="B", unit_scale=True, desc="upload", file=sys.stderr) as bar:
        if chunks or resume or path.stat().st_size > 200 * 2**20:  # more than POST /assets takes

            def show(progress: Any) -> None:
                bar.update(round(bar.total * progress.percentage / 100) - bar.n)

            return client.multipart_upload.upload_file(path, progress_callback=show, upload_id=resume).asset_id
        with path.open("rb") as raw:
            file = CallbackIOWrapper(bar.update, raw, "read")  # counts the bytes as httpx reads them
            return client.assets.create(method="direct", file=file, filename=path.name).id


def _task_create(client: TwelveLabs, args: argparse.Namespace) -> int:
    task = client.analyze_async.tasks.create(video=_video_from(client, args), prompt=args.prompt)
    print(task.task_id)
    if not args.wait:
        return 0
    args.task_id, args.kind, args.interval, args.timeout = task.task_id, "analyze", 5.0, 7200.0
    return _task_wait(client, args)


def _task_wait(client: TwelveLabs, args: argparse.Namespace) -> int:
    shown = [""]  # the statuses shown so far

    def show(item: Any) -> None:
        if str(item.status) != shown[-1]:
            shown.append(str(item.status))
            print(f"{args.task_id}: {item.status}", flush=True)

    resource: Any = {"analyze": client.analyze_async.tasks, "indexing": client.tasks, "asset": client.assets}[args.kind]
    done = resource.wait_for_done(args.task_id, sleep_interval=args.interval, timeout=args.timeout, callback=show)
    if args.kind == "analyze" and done.status == "ready" and done.result is not None:
        print(done.result.data)
    return 0 if str(done.status) == "ready" else 1


def _batch_create(client: TwelveLabs, args: argparse.Namespace) -> int:
    body = _json_object(args.json)  # the request's fields; what it leaves out is the API's to reject or default
    fields: dict[str, Any] = {name: body.get(name) for name in ("model_name", "analysis_mode", "requests", "defaults")}
    print(client.analyze_async.batches.create(**fields).batch_id)
    return 0


def _batch_show(client: TwelveLabs, args: argparse.Namespace) -> int:
    batches = client.analyze_async.batches

    def show(b: Any) -> None:
        print(f"{b.batch_id}: {b.status} ({b.ready_items} ready, {b.failed_items} failed, {b.canceled_items} canceled)")

    if args.wait:  # every state polled until the batch is done
        batches.wait_for_done(args.batch_id, callback=show if args.show == "status" else None)
    elif args.show == "status":
        show(batches.retrieve(args.batch_id))
    for item in batches.results(args.batch_id) if args.show == "results" else ():
        print(json.dumps(item.to_dict()), flush=True)
    return 0


def _video_id(client: TwelveLabs, args: argparse.Namespace) -> str:
    return str(args.video_id) if args.video_id else _indexed(client, args.url, PEGASUS_INDEX, "pegasus1.2")[1]


def _indexed(client: TwelveLabs, url: str, index_name: str, model: IndexModelModelName) -> tuple[str, str]:
    """Index a video into the CLI's own index (made on first use): (index id, video id)."""
    existing = next(iter(client.indexes.list(index_name=index_name)), None)
    models = [IndexModel(model_name=model, model_options=["visual", "audio"])]
    index_id = existing.id if existing else client.indexes.create(index_name=index_name, models=models).id
    task = client.tasks.create(index_id=index_id, video_url=url)
    print(f"indexing {url} (task {task.id})", file=sys.stderr)
    done = client.tasks.wait_for_done(
        task.id, sleep_interval=2, callback=lambda task: print(f"  status: {task.status}", file=sys.stderr)
    )
    if done.status != "ready":
        raise _errors.TwelveLabsError(f"indexing {url} ended {done.status}")
    return index_id, str(done.video_id)


def _search(client: TwelveLabs, args: argparse.Namespace) -> int:
    if args.query is None and args.image is None:
        raise _errors.InvalidRequestError("query", "give a text query, --image, or both")
    index_id = args.index_id or _indexed(client, args.url, SEARCH_INDEX, "marengo3.0")[0]
    image: dict[str, Any] = {}
    if args.image is not None:
        is_url = args.image.startswith(("http://", "https://"))
        image = {"query_media_type": "image", ("query_media_url" if is_url else "query_media_file"): args.image}
    pager = client.search.query(index_id=index_id, search_options=args.options, query_text=args.query, **image)
    for match in itertools.islice(pager, args.limit):
        print(f"{match.rank:>3}  {match.video_id}  {match.start:8.1f}s - {match.end:8.1f}s")
    return 0


def _gist(client: TwelveLabs, args: argparse.Namespace) -> int:
    video_id = _video_id(client, args)
    result = client.gist(video_id=video_id, types=args.types)
    for label, value in (("title", result.title), ("topics", result.topics), ("hashtags", result.hashtags)):
        if isinstance(value, str | list):
            print(f"{label}: {value if isinstance(value, str) else ', '.join(value)}")
    return 0


def _summarize(client: TwelveLabs, args: argparse.Namespace) -> int:
    video_id = _video_id(client, args)
    result: Any = client.summarize(video_id=video_id, type=args.type, prompt=args.prompt)
    if args.type == "summary":
        print(result.summary)
        return 0
    for part in result.chapters if args.type == "chapter" else result.highlights:
        text = f"{part.chapter_title}: {part.chapter_summary}" if args.type == "chapter" else part.highlight
        print(f"{_clock(part.start_sec)}-{_clock(part.end_sec)}  {text}")
    return 0


def _embed(client: TwelveLabs, args: argparse.Namespace) -> int:
    """One input type: the text, one medium, or both for an image; marengo3.5 (or several media) is multi-input."""
    urls = {kind: url for kind in ("image", "audio", "video") if (url := getattr(args, f"{kind}_url"))}
    kind: Any = "text_image" if args.text and list(urls) == ["image"] else next(iter(urls), "text")
    part: Any = {"input_text": args.text} if args.text else {}
    if args.model == "marengo3.5" or len(urls) > 1:
        kind, part["media_sources"] = "multi_input", [{"media_type": k, "url": url} for k, url in urls.items()]
    elif kind != "text":
        part["media_source"] = {"url": urls[kind.removeprefix("text_")]}
    answer = client.embed.v_2.create(input_type=kind, model_name=args.model, **{kind: part})
    if args.json:
        print(json.dumps(answer.to_dict(), indent=2))
        return 0
    for item in answer.data:
        span = f" {item.start_sec:g}-{item.end_sec:g} s" if isinstance(item.start_sec, int | float) else ""
        start = ", ".join(f"{value:.4f}" for value in item.embedding[:4])
        print(f"{item.embedding_option} {item.embedding_scope}{span}: {len(item.embedding)} dimensions [{start}, ...]")
    return 0


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


if __name__ == "__main__":
    sys.exit(main())
