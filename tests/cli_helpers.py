"""A scraped folder for the command-line tests: mixed encodings and bad files."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ZH_S = (
    "国务院新闻办公室今天举行新闻发布会，介绍今年上半年国民经济运行情况。国家统计局新闻发言人"
    "表示，上半年经济运行总体平稳，稳中有进，就业形势基本稳定，居民收入继续增长。"
)
ZH_T = (
    "行政院今天召開記者會，說明今年上半年的經濟情勢。發言人表示，國內經濟穩定成長，就業市場"
    "維持穩定，民眾所得持續增加，政府將繼續推動相關政策。"
)
JA = (
    "政府は今日、今年上半期の経済状況について記者会見を開きました。報道官によると、国内経済は"
    "安定して成長しており、雇用情勢も落ち着いているということです。"
)
EN = (
    "The minister said on Monday that the budget would “protect the most vulnerable” — a "
    "promise the opposition called empty."
)
FR = (
    "Le gouvernement a présenté aujourd’hui son budget pour l’année prochaine. « Nous voulons "
    "réduire le déficit », a déclaré le ministre de l’Économie devant les députés."
)
DE = (
    "Die Regierung hat heute den Haushalt für das nächste Jahr vorgestellt. Der Minister sagte, "
    "man wolle die Ausgaben für Straßen und Brücken deutlich erhöhen."
)


@dataclass(frozen=True)
class Good:
    rel: str  # path under the input folder
    codec: str  # how it is written
    body: str  # the paragraph that must come out, decoded right
    junk: str  # a widget line that must go
    encoding: str  # what the decoder must report


GOOD = (
    Good("en/utf8.txt", "utf-8", EN, "Share", "utf-8"),
    Good("zh/bom.txt", "utf-8-sig", ZH_S, "分享到", "utf-8-sig"),
    Good("zh/utf16.txt", "utf-16", ZH_S, "分享到", "utf-16-le"),
    Good("zh/gbk.txt", "gbk", ZH_S, "分享到", "gb18030"),
    Good("zh/big5.txt", "big5", ZH_T, "分享到", "cp950"),
    Good("ja/sjis.txt", "shift_jis", JA, "Share", "cp932"),
    Good("fr/cp1252.txt", "cp1252", FR, "Share", "cp1252"),
    Good("de/latin1.txt", "latin-1", DE, "Share", "cp1252"),
)

# name -> (what goes in the file, words the report must contain)
BAD = {
    "bad/image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    "bad/nul.txt": (b"Some text\x00\x00\x00 with NUL bytes \xff\xfe\x00 inside", "NUL"),
    "bad/huge.txt": (b"A long line of text. " * 200, "too large"),
}
MAX_BYTES = "2k"


def page(good: Good) -> bytes:
    return f"{good.junk}\n\n{good.body}\n".encode(good.codec)


def build(root: Path) -> dict[str, str]:
    """Write the folder; return ``{rel: expected reason}`` for the files that must fail."""
    for good in GOOD:
        path = root / good.rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(page(good))
    failing = {}
    for rel, (data, reason) in BAD.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        failing[rel] = reason
    os.symlink(root / "no-such-target.txt", root / "bad" / "broken-link.txt")
    failing["bad/broken-link.txt"] = "broken symbolic link"
    locked = root / "bad" / "locked.txt"
    locked.write_bytes(page(GOOD[0]))
    locked.chmod(0)
    if permissions_apply(locked):
        failing["bad/locked.txt"] = "permission denied"
    else:  # running as root: chmod does not stop reading, so the file is simply cleaned
        locked.chmod(0o644)
    (root / ".hidden").mkdir()
    (root / ".hidden" / "secret.txt").write_text("Share\n\nHidden.", encoding="utf-8")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    return failing


def permissions_apply(path: Path) -> bool:
    """Whether a file without read permission really cannot be read (not so for root)."""
    try:
        with open(path, "rb"):
            return False
    except PermissionError:
        return True


def story(i: object) -> str:
    """A one-paragraph article body, long enough to read as prose to any cleaner."""
    return (
        f"Story number {i}: the city council approved the budget on Monday after a debate "
        "that lasted more than six hours."
    )
