"""Coverage-guided fuzzing of ``articleclean.clean`` against guarantees 1-4 of the README.

Each input is one byte of *mode* followed by a payload; the mode says how the payload becomes
the document, so that libFuzzer's byte mutations reach every kind of text:

====  ===========  ====================================================================
mode  name         the document
====  ===========  ====================================================================
0     utf8         the payload as UTF-8; invalid bytes become lone surrogates
                   (``surrogateescape``), so real pages mutate into broken ones
1     utf16        the payload as UTF-16-LE with ``surrogatepass``: any BMP character,
                   lone surrogates, CJK, controls
2     latin1       the payload as Latin-1: C0/C1 controls, NULs, accented letters
3     mojibake     the payload read as UTF-8, written back as UTF-8 and misread as
                   cp1252 (or Latin-1): genuine mojibake of the text
4     tokens       pairs of bytes index (15 bits) a vocabulary of junk phrases from the
                   rule files, page shapes (bylines, dates, widgets), prose in several
                   scripts, line breaks and odd characters; the top bit ends the line:
                   pages made of the things pages are made of
5     bytes        the payload given to ``clean()`` as ``bytes``
====  ===========  ====================================================================

For a ``str`` (modes 0-4) :func:`check_text` asserts, with the strict pipeline (a step that
raises is not hidden), the checks of ``tests/test_properties.py``: 1. no exception; 4. replay
of ``removed`` gives the body; 3. the body is the input's own text; 2. cleaning the body
again gives the body. For ``bytes`` (mode 5) :func:`check_bytes` asserts that the only error
is ``DecodeError`` and that the decoded text meets the same guarantees.

Run ``python fuzz/fuzz_clean.py -help=1`` for libFuzzer's flags; ``fuzz/README.md`` says how
to run it for hours. Without atheris the same checks run under a plain random-mutation
driver (much weaker: it sees no coverage).
"""

from __future__ import annotations

import hashlib
import os
import pkgutil
import random
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for tests.test_properties: the checks are shared

try:
    import atheris
except ImportError:  # the fallback driver below runs the same checks without coverage
    atheris = None

_SKIP = ("articleclean.integrations", "articleclean.pytest_plugin")


def _import_articleclean() -> None:
    """Import articleclean and every submodule the pipeline may import lazily."""
    import articleclean

    for info in pkgutil.walk_packages(articleclean.__path__, "articleclean."):
        if not info.name.startswith(_SKIP):
            __import__(info.name)


if atheris is not None and os.environ.get("FUZZ_NO_INSTRUMENT") != "1":
    # Only articleclean is instrumented: its branches are what the fuzzer should explore.
    # FUZZ_INSTRUMENT=articleclean,ftfy adds other packages (slower, wider).
    _include = os.environ.get("FUZZ_INSTRUMENT", "articleclean").split(",")
    with atheris.instrument_imports(include=_include):
        import ftfy  # noqa: F401  (instrumented only if named in FUZZ_INSTRUMENT)

        _import_articleclean()
else:
    _import_articleclean()

from tests.strategies import NEWLINES, ODD, PROSE, SHAPES, junk_phrases  # noqa: E402
from tests.test_properties import STRICT, check_guarantees  # noqa: E402

from articleclean import DecodeError, decode  # noqa: E402

MODES = ("utf8", "utf16", "latin1", "mojibake", "tokens", "bytes")


def vocabulary() -> tuple[str, ...]:
    """The token table of mode 4: breaks and odd characters first, then phrases."""
    return (*NEWLINES, *ODD, *SHAPES, *PROSE, *junk_phrases())


_VOCAB = vocabulary()


def text_of(mode: int, payload: bytes) -> str:
    """The document a ``str`` mode makes of ``payload``.

    >>> text_of(0, b"caf\\xc3\\xa9 \\xff")
    'café \\udcff'
    >>> text_of(1, b"\\x00\\xd8A\\x00")
    '\\ud800A'
    >>> text_of(3, "café".encode())
    'cafÃ©'
    """
    if mode == 0:
        return payload.decode("utf-8", "surrogateescape")
    if mode == 1:
        return payload[: len(payload) // 2 * 2].decode("utf-16-le", "surrogatepass")
    if mode == 2:
        return payload.decode("latin-1")
    if mode == 3:
        text = payload.decode("utf-8", "replace").encode("utf-8")
        return text.decode("cp1252" if len(payload) % 2 else "latin-1", "replace")
    if mode == 4:
        out = []
        for i in range(0, len(payload) - 1, 2):
            out.append(_VOCAB[((payload[i] & 0x7F) << 8 | payload[i + 1]) % len(_VOCAB)])
            if payload[i] & 0x80:
                out.append("\n")
        return "".join(out)
    raise ValueError(f"mode {mode} is not a text mode")


def check_text(text: str) -> None:
    """Guarantees 1-4 for one ``str`` (an ``AssertionError`` or the step's error if not)."""
    check_guarantees(text)


def check_bytes(data: bytes) -> None:
    """Only ``DecodeError`` on bytes; what decodes meets guarantees 1-4."""
    try:
        article = STRICT.clean(data)
    except DecodeError as exc:
        assert str(exc), "a DecodeError says what went wrong"
        return
    assert article.metadata.encoding, "the encoding used is reported"
    text = decode(data).text
    assert STRICT.clean(text).body == article.body, "bytes and their decoded text differ"
    check_guarantees(text)


def fuzz_one_input(data: bytes) -> None:
    """The fuzz target: one input (mode byte + payload) through the checks."""
    if not data:
        return
    mode, payload = data[0] % len(MODES), data[1:]
    if MODES[mode] == "bytes":
        check_bytes(payload)
    else:
        check_text(text_of(mode, payload))


def encode_input(mode: str, payload: bytes | str) -> bytes:
    """An input file for ``mode`` (the inverse of :func:`text_of` for modes 0-2 and 5).

    >>> encode_input("utf16", "\\ud800") == b"\\x01\\x00\\xd8"
    True
    """
    if isinstance(payload, str):
        codec = {"utf16": "utf-16-le", "latin1": "latin-1"}.get(mode, "utf-8")
        errors = "surrogatepass" if codec != "latin-1" else "strict"
        payload = payload.encode(codec, errors)
    return bytes([MODES.index(mode)]) + payload


# -- the fallback driver (no atheris): random mutations, no coverage feedback -----------------


def _mutate(rng: random.Random, data: bytes, pool: list[bytes], tokens: list[bytes]) -> bytes:
    buf = bytearray(data or b"\x00")
    for _ in range(rng.randint(1, 6)):
        how = rng.randrange(6)
        at = rng.randrange(len(buf) + 1)
        if how == 0 and len(buf) > 1:
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        elif how == 1:
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif how == 2 and len(buf) > 2:
            end = min(len(buf), at + rng.randint(1, 64))
            del buf[max(at, 1) : end]
        elif how == 3 and tokens:
            buf[max(at, 1) : max(at, 1)] = rng.choice(tokens)
        elif how == 4 and pool:
            other = rng.choice(pool)
            buf[max(at, 1) :] = other[rng.randrange(len(other) + 1) :]
        else:
            buf[0] = rng.randrange(len(MODES))
    return bytes(buf[:8192])


def _read_inputs(paths: Iterable[str]) -> Iterator[tuple[str, bytes]]:
    for name in paths:
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            yield str(f), f.read_bytes()


def _dict_tokens(path: str | None) -> list[bytes]:
    if not path:
        return []
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith('"') and line.endswith('"'):
            out.append(
                line[1:-1]
                .encode("latin-1", "backslashreplace")
                .decode("unicode_escape")
                .encode("latin-1")
            )
    return out


def fallback_main(argv: list[str], target: Callable[[bytes], None] = fuzz_one_input) -> int:
    """A plain mutation driver with libFuzzer-like flags (-runs, -max_total_time, -dict,
    -artifact_prefix, -seed); files as arguments are run once each (crash reproduction)."""
    flags = {
        a[1:].split("=", 1)[0]: a.split("=", 1)[1] for a in argv if a.startswith("-") and "=" in a
    }
    paths = [a for a in argv if not a.startswith("-")]
    if paths and all(Path(p).is_file() for p in paths):
        for name, data in _read_inputs(paths):
            print(f"Running: {name}")
            target(data)
        return 0
    rng = random.Random(int(flags.get("seed", time.time_ns())))
    pool = [data for _, data in _read_inputs(paths)] or [b"\x00"]
    tokens = _dict_tokens(flags.get("dict"))
    runs = int(flags.get("runs", -1))
    limit = float(flags.get("max_total_time", 0))
    prefix = flags.get("artifact_prefix", "./")
    print(f"fallback driver (atheris not installed): {len(pool)} inputs, NO coverage feedback")
    began = last = time.monotonic()
    n = 0
    while runs < 0 or n < runs:
        if limit and time.monotonic() - began >= limit:
            break
        data = pool[n] if n < len(pool) else _mutate(rng, rng.choice(pool), pool, tokens)
        n += 1
        try:
            target(data)
        except Exception:
            name = f"{prefix}crash-{hashlib.sha1(data).hexdigest()}"
            Path(name).write_bytes(data)
            traceback.print_exc()
            print(f"==ERROR: the input that failed is in {name}")
            return 1
        if len(pool) < 10_000 and rng.random() < 0.01:
            pool.append(data)
        if time.monotonic() - last >= 10:
            last = time.monotonic()
            rate = n / (last - began)
            print(f"#{n}\tpulse\texec/s: {rate:.0f}\tpool: {len(pool)}", flush=True)
    print(f"Done {n} runs in {time.monotonic() - began:.0f} second(s)")
    return 0


def keep_going(
    findings: Path, run: Callable[[bytes], None] = fuzz_one_input
) -> Callable[[bytes], None]:
    """A target that records each failure in ``findings`` and goes on fuzzing.

    libFuzzer stops at the first failure (and atheris cannot use ``-fork``); with this, one
    long run collects every kind of failure: each new kind (exception type, message's first
    line, innermost articleclean frame) gets ``failure-<sha1>`` (the input) and
    ``failure-<sha1>.txt`` (the traceback); repeats are only counted in ``kinds.txt``.
    """
    findings.mkdir(parents=True, exist_ok=True)
    seen: dict[str, int] = {}

    def target(data: bytes) -> None:
        try:
            run(data)
        except Exception as exc:
            frames = [
                f for f in traceback.extract_tb(exc.__traceback__) if "articleclean" in f.filename
            ]
            where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
            first = (str(exc).splitlines() or [""])[0][:120]
            kind = f"{type(exc).__name__} at {where}: {first}"
            seen[kind] = seen.get(kind, 0) + 1
            if seen[kind] == 1:
                name = findings / f"failure-{hashlib.sha1(data).hexdigest()}"
                name.write_bytes(data)
                name.with_suffix(".txt").write_text(traceback.format_exc(), encoding="utf-8")
                print(f"==FINDING {len(seen)}: {kind} -> {name}", flush=True)
            (findings / "kinds.txt").write_text(
                "".join(f"{n}\t{k}\n" for k, n in sorted(seen.items())), encoding="utf-8"
            )

    return target


def main(argv: list[str]) -> int:
    keep = os.environ.get("FUZZ_KEEP_GOING")
    target = keep_going(Path(keep)) if keep else fuzz_one_input
    if atheris is None or os.environ.get("FUZZ_FALLBACK") == "1":
        return fallback_main(argv[1:], target)
    # libFuzzer's -fork and -jobs start argv[0] as a shell command: make it one that works.
    command = f"{sys.executable} {Path(__file__).resolve()}"
    atheris.Setup([command, *argv[1:]], target)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
