from __future__ import annotations

import codecs

import pytest

from articleclean import DecodeError, clean, decode

ZH = (
    "新华社北京7月11日电 国务院总理李克强11日在人民大会堂会见了来访的客人，双方就经济合作交换了意见。"
    * 3
)
ZH_HANT = "中央社台北11日電 行政院長今天在立法院答詢時表示，政府將持續推動經濟發展與區域合作。" * 3
JA = "政府は昨日、新しい法律が来月から施行されると発表した。東京の記者会見で説明した。" * 3
FR = (
    "Le gouvernement a annoncé hier que la « nouvelle loi » coûtera 5 € — “un record”, déclare le ministre. "
    * 3
)


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        pytest.param(ZH.encode("utf-8"), ZH, "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + ZH.encode("utf-8"), ZH, "utf-8-sig", id="utf-8-bom"),
        pytest.param(ZH.encode("utf-16"), ZH, "utf-16-le", id="utf-16-bom"),
        pytest.param(ZH.encode("gbk"), ZH, "gb18030", id="gbk-widened"),
        pytest.param(ZH.encode("gb2312"), ZH, "gb18030", id="gb2312-widened"),
        pytest.param(ZH_HANT.encode("big5"), ZH_HANT, "cp950", id="big5-widened"),
        pytest.param(JA.encode("shift_jis"), JA, "cp932", id="shift-jis-widened"),
        pytest.param(FR.encode("cp1252"), FR, "cp1252", id="cp1252"),
    ],
)
def test_decode(data, text, encoding):
    assert decode(data) == (text, encoding)


def test_forced_encoding():
    assert decode("café".encode("latin-1"), "latin-1") == ("café", "iso8859-1")


@pytest.mark.parametrize(
    ("data", "encoding", "message"),
    [
        pytest.param(b"\x00\x01\x02\x03binary\x00\xff\xfe\x00\x00", None, "binary", id="nul-bytes"),
        pytest.param(b"abc", "no-such-codec", "unknown encoding", id="unknown-codec"),
        pytest.param("新华社".encode("gbk"), "utf-8", "not valid utf-8", id="forced-wrong"),
    ],
)
def test_decode_errors(data, encoding, message):
    with pytest.raises(DecodeError, match=message):
        decode(data, encoding)


def test_clean_reports_encoding():
    assert clean(ZH.encode("gbk")).metadata.encoding == "gb18030"
    assert clean(ZH).metadata.encoding is None


def test_clean_bytes_binary_raises_decode_error():
    with pytest.raises(DecodeError):
        clean(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")


def test_nul_bytes_in_otherwise_valid_utf8_are_binary():
    with pytest.raises(DecodeError, match="binary"):
        decode(b"Some text\x00\x00\x00 with NUL bytes in it\x00")


def test_utf16_without_bom_is_still_text():
    text = "The minister said the plan would be published next week. " * 5
    assert decode(text.encode("utf-16-le")).text == text


# -- short Western text, and weak guesses (issue 18) -------------------------------------------
# "Über Straße" in cp1252 was read as mac-turkish, "İber Straşe", with no warning.


@pytest.mark.parametrize(
    ("text", "codec", "weak"),
    [
        pytest.param("Über Straße", "cp1252", True, id="de-short"),
        pytest.param("Größe", "cp1252", True, id="de-one-word"),
        pytest.param("naïve résumé", "latin-1", True, id="fr-latin1"),
        pytest.param("Le gouvernement a présenté aujourd’hui son budget", "cp1252", False, id="fr"),
        pytest.param("Ärger über Öl", "cp1252", False, id="de-cp1252-first"),
        pytest.param("Čeština je krásná", "cp1250", False, id="cs-keeps-cp1250"),
        pytest.param("Zażółć gęślą jaźń", "cp1250", True, id="pl-short-second-guess"),
        pytest.param("Türkiye Büyük Millet Meclisi bugün toplandı", "cp1254", False, id="tr"),
        pytest.param("Привет мир", "cp1251", False, id="ru"),
        pytest.param("Καλημέρα κόσμε", "cp1253", False, id="el"),
        pytest.param("新闻", "gbk", False, id="zh-two-characters"),
    ],
)
def test_low_confidence_prefers_a_plausible_reading_and_warns(text, codec, weak):
    from articleclean.decode import decode_with_warning

    decoded, warning = decode_with_warning(text.encode(codec))
    assert decoded.text == text
    assert (warning is not None) == weak, warning
    if weak:
        assert warning.startswith("decode: the encoding is a weak guess")
        assert "pass encoding=..." in warning


@pytest.mark.parametrize(
    "data",
    [b"caf\xc3\xa9 na\xefve", "Größe".encode() + b"\xff", "新闻报道".encode() + b"\xb1"],
    ids=["latin", "one-stray-byte", "cjk"],
)
def test_low_confidence_prefers_utf8_with_a_stray_byte(data):
    """Short UTF-8 with one stray byte came out as cp720, cp857 or cp932 mojibake."""
    from articleclean.decode import decode_with_warning

    decoded, warning = decode_with_warning(data)
    assert decoded.encoding == "utf-8+replace"
    assert decoded.text == data.decode("utf-8", errors="replace")
    assert warning and "read as utf-8" in warning


def test_a_weak_guess_makes_the_result_partial():
    article = clean("Über Straße".encode("cp1252"))
    assert article.body == "Über Straße" and article.metadata.encoding == "cp1252"
    assert article.partial and article.warnings[0].startswith("decode: ")
    assert article.to_dict()["partial"] is True
    assert not clean(FR.encode("cp1252")).partial
    assert not clean("Über Straße").partial  # a str needs no guess


def test_the_command_reports_a_weak_guess_naming_its_option(tmp_path, capsys):
    from articleclean.cli import main

    path = tmp_path / "short.txt"
    path.write_bytes("Über Straße\n".encode("cp1252"))
    assert main(["clean", str(path)]) == 3
    captured = capsys.readouterr()
    assert captured.out == (
        "[articleclean: partial] decode: the encoding is a weak guess: the detector was not sure "
        "(it ranked mac-turkish first); read as cp1252, whose reading looks like text of one "
        "language; check the text, or pass --encoding CODEC to force one\n\nÜber Straße\n"
    )
    assert f"{path}: partial: decode: the encoding is a weak guess" in captured.err
    assert "encoding=..." not in captured.err
    assert main(["clean", str(path), "--encoding", "cp1252"]) == 0
    assert capsys.readouterr().out == "Über Straße\n"
