"""Write the seed corpus and the libFuzzer dictionary for ``fuzz/fuzz_clean.py``.

    python fuzz/make_corpus.py fuzz/corpus --dict fuzz/clean.dict [--extra DIR ...]

Seeds: every ``fixtures/*/*/raw.txt`` (and each file of ``--extra`` folders) as UTF-8 text,
as UTF-16 text, as mojibake and as bytes in several encodings; the named edge cases of
``tests/test_properties.py``; a few token pages. The dictionary holds the junk phrases of
the rule files and the page shapes, so mutations splice in real widget labels and bylines.
"""

from __future__ import annotations

import argparse
import hashlib
import random
from collections.abc import Iterable, Iterator
from pathlib import Path

from fuzz_clean import ROOT, encode_input, vocabulary
from tests.strategies import NEWLINES, ODD, SHAPES, junk_phrases
from tests.test_properties import EDGES

_CODECS = ("utf-8", "utf-16", "gb18030", "big5", "cp1252", "shift_jis")
_MAX = 8192  # bytes; keep seeds within the run's -max_len


def _texts(extra: Iterable[Path]) -> Iterator[str]:
    files = sorted((ROOT / "fixtures").glob("*/*/raw.txt"))
    for folder in extra:
        files += sorted(p for p in Path(folder).iterdir() if p.is_file())
    for path in files:
        yield path.read_bytes().decode("utf-8", "replace")


def seeds(extra: Iterable[Path] = ()) -> Iterator[bytes]:
    """Every seed input (mode byte + payload), in a fixed order."""
    for i, text in enumerate(_texts(extra)):
        text = text[: _MAX // 4]
        yield encode_input("utf8", text)
        yield encode_input("utf16", text)
        yield bytes([3]) + text.encode("utf-8")  # mojibake of the page
        if i % 2 == 0:
            yield encode_input("latin1", text.encode("latin-1", "replace"))
        codec = _CODECS[i % len(_CODECS)]
        yield encode_input("bytes", text.encode(codec, "replace"))
    for text in EDGES.values():
        if len(text) <= _MAX // 4:
            yield encode_input("utf16", text)
    rng = random.Random(0)
    size = len(vocabulary())
    for _ in range(32):
        idx = [rng.randrange(size) | rng.choice((0, 0x8000)) for _ in range(rng.randint(2, 40))]
        yield bytes([4]) + b"".join(i.to_bytes(2, "big") for i in idx)


def dictionary() -> list[str]:
    """libFuzzer dictionary lines: each token as UTF-8 bytes in C-style escapes."""
    out = []
    for token in (*NEWLINES, *ODD, *SHAPES, *junk_phrases()):
        raw = token.encode("utf-8", "surrogatepass")
        if 0 < len(raw) <= 64:
            out.append('"' + "".join(_escape(b) for b in raw) + '"')
    return out


def _escape(b: int) -> str:
    ch = chr(b)
    return ch if 0x20 <= b < 0x7F and ch not in '"\\' else f"\\x{b:02X}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder to write the seeds into")
    parser.add_argument("--dict", type=Path, help="write the libFuzzer dictionary here")
    parser.add_argument("--extra", type=Path, action="append", default=[], help="more pages")
    args = parser.parse_args()
    args.corpus.mkdir(parents=True, exist_ok=True)
    n = 0
    for data in seeds(args.extra):
        (args.corpus / hashlib.sha1(data).hexdigest()).write_bytes(data)
        n += 1
    print(f"{n} seeds in {args.corpus}")
    if args.dict:
        lines = dictionary()
        args.dict.write_text("\n".join(lines) + "\n", encoding="ascii")
        print(f"{len(lines)} dictionary entries in {args.dict}")


if __name__ == "__main__":
    main()
