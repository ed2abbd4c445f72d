"""Bytes to text: BOM, then strict UTF-8, then chardet; the encoding used is reported.

The order, and why:

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. strict UTF-8: most of the web is UTF-8 and valid UTF-8 is almost never anything else;
3. NUL bytes in what is not UTF-16/32 (even if it is otherwise valid UTF-8) mean the file
   is binary: :class:`DecodeError`;
4. chardet (``prefer_superset=True``), with GB2312/GBK widened to GB18030, Big5 to CP950,
   EUC-KR to CP949 and Shift_JIS to CP932, since pages labelled with the narrow codec use the
   wide one's characters;
5. if the detected codec still meets an undecodable byte, the byte becomes U+FFFD and the
   reported encoding gets a ``+replace`` suffix, so nothing is dropped silently.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

from .errors import DecodeError

__all__ = ["Decoded", "decode"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Detected (narrow) codec -> the superset actually used to decode.
# Keys are Python's canonical codec names (``codecs.lookup(name).name``).
_WIDEN = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "cp950",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
}
# Only for detected codecs: a detector's "Latin-1" or "ASCII" is a guess, a user's is not.
_WIDEN_DETECTED = {**_WIDEN, "iso8859-1": "cp1252", "ascii": "utf-8"}

_SAMPLE = 200_000  # bytes chardet looks at
# Signatures of common binary formats a scraper may save by mistake.
_MAGIC = (
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"RIFF",
    b"\x00\x00\x01\x00",
    b"OggS",
    b"ID3",
    b"\x7fELF",
    b"MZ",
    b"\xca\xfe\xba\xbe",
    b"SQLite format 3",
)


class Decoded(NamedTuple):
    text: str
    encoding: str


def _normal_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode ``data``; return the text and the codec used.

    ``encoding`` forces a codec (an unknown name or undecodable bytes raise
    :class:`DecodeError`).

    >>> decode("新华社".encode("gbk"))
    Decoded(text='新华社', encoding='gb18030')
    >>> decode(b"\\xef\\xbb\\xbfcaf\\xc3\\xa9")
    Decoded(text='café', encoding='utf-8-sig')
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    if encoding:
        return _forced(data, encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            body = data if name == "utf-8-sig" else data[len(bom) :]
            return _decode_with(body, name)
    if b"\x00" not in data:
        try:
            return Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
    if data.startswith(_MAGIC):
        raise DecodeError("input is a binary file (image, archive or document), not text")
    guess = _detect(data)
    if b"\x00" in data and not guess.startswith(("utf-16", "utf-32")):
        raise DecodeError(
            "input looks binary (it contains NUL bytes and is not UTF-16/32); "
            "pass encoding=... if it really is text"
        )
    wide = _WIDEN_DETECTED.get(guess, guess)
    result = None
    if wide != guess:
        try:
            result = Decoded(data.decode(wide), wide)
        except (UnicodeDecodeError, LookupError):
            pass
    result = result or _decode_with(data, guess)
    if _looks_binary(result.text):
        raise DecodeError(
            f"input looks binary (decoded as {result.encoding} it is mostly control "
            "characters); pass encoding=... if it really is text"
        )
    return result


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for c in sample if (c < " " and c not in "\t\n\r\f\v") or "\ue000" <= c <= "\uf8ff")
    return bad > 0.05 * len(sample)


def _detect(data: bytes) -> str:
    import chardet

    result = chardet.detect(data[:_SAMPLE], prefer_superset=True)
    name = result.get("encoding")
    if not name or result.get("mime_type") == "application/octet-stream":
        raise DecodeError(
            "cannot tell which encoding the input uses (it may be binary); "
            "pass encoding=... to force one"
        )
    name = _normal_name(name)
    if name in ("utf-16", "utf-32"):
        # chardet names the family; pick the byte order from where the zero bytes sit.
        head = data[:4096]
        odd_zero = head[1::2].count(0) > head[0::2].count(0)
        name += "-le" if odd_zero else "-be"
    return name


def _decode_with(data: bytes, name: str) -> Decoded:
    try:
        return Decoded(data.decode(name), name)
    except UnicodeDecodeError:
        return Decoded(data.decode(name, errors="replace"), f"{name}+replace")
    except LookupError as exc:  # chardet named a codec Python lacks
        raise DecodeError(f"detected encoding {name!r} is not available in Python") from exc


def _forced(data: bytes, encoding: str) -> Decoded:
    try:
        name = codecs.lookup(encoding).name
    except LookupError as exc:
        raise DecodeError(f"unknown encoding {encoding!r}; use a Python codec name") from exc
    name = _WIDEN.get(name, name)
    try:
        return Decoded(data.decode(name), name)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"input is not valid {encoding} (byte {exc.start}: {exc.reason}); "
            "leave the encoding out to have it detected"
        ) from exc
