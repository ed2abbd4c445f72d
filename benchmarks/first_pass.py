"""Which texts the pass over the body still changes: how far idempotence comes from the steps.

    python benchmarks/first_pass.py                 # the dev set's two views and the fixtures
    python benchmarks/first_pass.py --devset DIR -v  # and what the pass over the body removes

``Pipeline.clean`` settles its result: it reads the body once more, as cleaning it again
would, and maps what that pass removes back onto the input (``articleclean.settle``). The
steps are written so that a real page settles in its first pass — each judges a line as the
body will hold it — and this script measures how often that falls short: for every text it
runs the steps once (``Pipeline.run``), builds the body, and compares it with the settled
body. A text "needs the pass over the body" when the two differ; ``-v`` prints what the
settled result removed that the first pass left.

The dev set (``--devset DIR``, default ``$ARTICLECLEAN_DEVSET`` or ``../shared/devset``) holds
``<set>/<page>/raw_page.txt`` and ``raw_window.txt``; the fixtures are ``fixtures/*/*/raw.txt``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, os.environ.get("ARTICLECLEAN_BENCH_SRC") or str(ROOT / "src"))

import articleclean  # noqa: E402
from articleclean import Doc, Pipeline  # noqa: E402
from articleclean.settle import body_of  # noqa: E402


def texts(devset: Path, fixtures: Path) -> list[tuple[str, Path]]:
    """``(name, path)`` of every dev-set view and fixture."""
    out = [
        (f"{p.parent.parent.name}/{p.parent.name} {p.stem.removeprefix('raw_')}", p)
        for p in sorted(devset.glob("*/*/raw_page.txt")) + sorted(devset.glob("*/*/raw_window.txt"))
    ]
    out += [
        (f"fixture {p.parent.parent.name}/{p.parent.name}", p)
        for p in sorted(fixtures.glob("*/*/raw.txt"))
    ]
    return out


def needs_the_pass(pipe: Pipeline, text: str) -> list[str] | None:
    """What the settled result removed beyond the first pass (``None``: nothing)."""
    first = pipe.run(Doc.from_text(text))
    settled = pipe.clean(text)
    if body_of(first)[0] == settled.body:
        return None
    seen = {(r.line, r.text) for r in first.removed}
    return [
        f"{r.cleaner} {r.rule}: {r.text[:70]!r}"
        for r in settled.removed
        if (r.line, r.text) not in seen
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = os.environ.get("ARTICLECLEAN_DEVSET") or str(ROOT.parent / "shared" / "devset")
    parser.add_argument("--devset", type=Path, default=Path(default))
    parser.add_argument("--fixtures", type=Path, default=ROOT / "fixtures")
    parser.add_argument("-v", "--verbose", action="store_true", help="print what the pass removes")
    args = parser.parse_args(argv)
    pipe = Pipeline.default()
    found = texts(args.devset, args.fixtures)
    needing = []
    for name, path in found:
        extra = needs_the_pass(pipe, articleclean.decode(path.read_bytes()).text)
        if extra is not None:
            needing.append(name)
            print(name)
            if args.verbose:
                for line in extra:
                    print(f"    {line}")
    print(f"{len(needing)} of {len(found)} texts need the pass over the body")
    return 0


if __name__ == "__main__":
    sys.exit(main())
