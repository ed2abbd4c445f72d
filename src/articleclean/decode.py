"""Bytes to text: BOM, then strict UTF-8, then chardet; the encoding used is reported.

The order, and why:

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. strict UTF-8: most of the web is UTF-8 and valid UTF-8 is almost never anything else;
3. NUL bytes in what is not UTF-16/32 (even if it is otherwise valid UTF-8) mean the file
   is binary: :class:`DecodeError`;
4. chardet (``prefer_superset=True``), with GB2312/GBK widened to GB18030, Big5 to CP950,
   EUC-KR to CP949 and Shift_JIS to CP932, since pages labelled with the narrow codec use the
   wide one's characters;
5. when chardet is not sure (its confidence below ``SURE``), which is the rule for short
   texts in single-byte codecs, the readings are weighed (:mod:`._plausible`): UTF-8 first,
   when the bytes hold valid multi-byte UTF-8 sequences and no more broken ones (a UTF-8
   text with a stray byte or two: the broken ones become U+FFFD); then cp1252, the
   likeliest codec of Latin text on the web, when it reads as the letters of one language
   (``"Über Straße"``, which chardet takes for MacTurkish, ``"İber Straşe"``); else the first
   of chardet's candidates, in its order, that does (Czech cp1250 ``"Čeština"``, which
   cp1252 would make ``"Èeština"``); else chardet's guess. If the reading taken is not the
   one chardet ranked first, or none is plausible, the guess is *weak* and
   :func:`decode_with_warning` says so: a warning the pipeline puts in ``Article.warnings``;
6. if the detected codec still meets an undecodable byte, the byte becomes U+FFFD and the
   reported encoding gets a ``+replace`` suffix, so nothing is dropped silently.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

from .errors import DecodeError

__all__ = ["SURE", "Decoded", "decode", "decode_with_warning"]

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
SURE = 0.5  # chardet's confidence from which its first guess is taken without weighing
_CANDIDATES = 8  # of chardet's guesses weighed when it is not sure
_WESTERN = "cp1252"
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
    return decode_with_warning(data, encoding)[0]


def decode_with_warning(data: bytes, encoding: str | None = None) -> tuple[Decoded, str | None]:
    """:func:`decode`, and a warning when the encoding is a weak guess (else ``None``).

    >>> decoded, warning = decode_with_warning("Über Straße".encode("cp1252"))
    >>> decoded
    Decoded(text='Über Straße', encoding='cp1252')
    >>> print(warning[:86])
    decode: the encoding is a weak guess: the detector was not sure (it ranked mac-turkish
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    if encoding:
        return _forced(data, encoding), None
    for bom, name in _BOMS:
        if data.startswith(bom):
            body = data if name == "utf-8-sig" else data[len(bom) :]
            return _decode_with(body, name), None
    if b"\x00" not in data:
        try:
            return Decoded(data.decode("utf-8"), "utf-8"), None
        except UnicodeDecodeError:
            pass
    if data.startswith(_MAGIC):
        raise DecodeError("input is a binary file (image, archive or document), not text")
    guess, confidence, others = _detect(data)
    if b"\x00" in data and not guess.startswith(("utf-16", "utf-32")):
        raise DecodeError(
            "input looks binary (it contains NUL bytes and is not UTF-16/32); "
            "pass encoding=... if it really is text"
        )
    result = _read(data, guess)
    warning = None
    if confidence < SURE and not guess.startswith(("utf-8", "utf-16", "utf-32")):
        result, warning = _weigh(data, result, guess, others)
    if _looks_binary(result.text):
        raise DecodeError(
            f"input looks binary (decoded as {result.encoding} it is mostly control "
            "characters); pass encoding=... if it really is text"
        )
    return result, warning


def _read(data: bytes, guess: str) -> Decoded:
    """``data`` read as the detector's ``guess`` (widened to its superset where it has one)."""
    wide = _WIDEN_DETECTED.get(guess, guess)
    if wide != guess:
        try:
            return Decoded(data.decode(wide), wide)
        except (UnicodeDecodeError, LookupError):
            pass
    return _decode_with(data, guess)


def _strict(data: bytes, name: str) -> Decoded | None:
    wide = _WIDEN_DETECTED.get(name, name)
    try:
        return Decoded(data.decode(wide), wide)
    except (UnicodeDecodeError, LookupError):
        return None


def _weigh(
    data: bytes, first: Decoded, guess: str, others: list[str]
) -> tuple[Decoded, str | None]:
    """The reading to take when the detector is not sure (see the module's docstring)."""
    from ._plausible import plausible

    utf8 = _mostly_utf8(data)
    western = _strict(data, _WESTERN) if utf8 is None else None
    if utf8 is not None:
        chosen, why = utf8, "read as utf-8, which most of it is, the rest becoming U+FFFD"
    elif western is not None and plausible(western.text):
        chosen, why = western, f"read as {_WESTERN}, whose reading looks like text of one language"
    else:
        chosen = why = None
        for name in (guess, *others):
            reading = first if name == guess else _strict(data, name)
            if reading is not None and plausible(reading.text):
                chosen = reading
                why = f"read as {reading.encoding}, the first of its guesses that looks like text"
                break
    if chosen is None:
        return first, _weak(guess, f"read as {first.encoding}; no reading looks like text")
    if chosen.text == first.text:
        return chosen, None  # the detector's first guess reads the same
    return chosen, _weak(guess, why or "")


def _mostly_utf8(data: bytes) -> Decoded | None:
    """``data`` as UTF-8 with U+FFFD for broken sequences, if it holds valid multi-byte
    sequences and no more broken ones than those; else ``None``.

    >>> _mostly_utf8("新闻".encode() + b"\\xb1")
    Decoded(text='新闻\ufffd', encoding='utf-8+replace')
    >>> _mostly_utf8("Über".encode("cp1252")) is None
    True
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if broken > 0 and valid >= max(1, broken):
        return Decoded(text, "utf-8+replace")
    return None


def _weak(guess: str, why: str) -> str:
    return (
        f"decode: the encoding is a weak guess: the detector was not sure (it ranked "
        f"{guess} first); {why}; check the text, or pass encoding=... "
        "to force one"
    )


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for c in sample if (c < " " and c not in "\t\n\r\f\v") or "\ue000" <= c <= "\uf8ff")
    return bad > 0.05 * len(sample)


def _detect(data: bytes) -> tuple[str, float, list[str]]:
    """chardet's first guess (a Python codec name), its confidence, and its other guesses."""
    import chardet

    results = chardet.detect_all(data[:_SAMPLE], prefer_superset=True)
    result = results[0] if results else {}
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
    others = []
    for other in results[1:_CANDIDATES]:
        if other.get("encoding"):
            other_name = _normal_name(other["encoding"])
            if other_name != name and other_name not in others:
                others.append(other_name)
    return name, float(result.get("confidence") or 0.0), others


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
