"""Language codes in ``langs=``: what the library emits and BCP 47 tags work; typos are refused.

Issue 18: ``langs=["xx"]``, ``["english"]`` and ``["zh-Hans"]`` were taken silently and
switched every word list off (no authors, fewer removals), though ``zh-Hans`` is the very
code ``metadata.language`` returns.
"""

from __future__ import annotations

import pytest

from articleclean import Pipeline, PipelineError, clean
from articleclean.cli import main
from articleclean.langs import known_languages, resolve_langs
from articleclean.rules import DATA_DIR, RuleBook

ZH_PAGE = (
    "分享到\n\n记者 张伟\n\n"
    "国务院新闻办公室今天举行新闻发布会，介绍今年上半年国民经济运行情况。国家统计局新闻发言人"
    "表示，上半年经济运行总体平稳，稳中有进，就业形势基本稳定，居民收入继续增长。\n"
)
EN_PAGE = (
    "Share\n\nBy Jane Doe\n\n"
    "The city council approved next year's budget on Monday evening after a debate that "
    "lasted more than six hours, with members split over how much to spend on roads.\n"
)


@pytest.mark.parametrize(
    ("codes", "folders"),
    [
        (["zh-Hans"], ("zh",)),
        (["zh-Hant", "zh-TW", "zh"], ("zh",)),
        (["pt-BR"], ("pt",)),
        (["EN", "en-US", "en_GB"], ("en",)),
        (["nb"], ("no",)),
        (["ja", "ko"], ("ja", "ko")),
    ],
    ids=["zh-Hans", "zh-Hant", "pt-BR", "case", "nb", "two"],
)
def test_bcp47_tags_map_to_the_data_folders(codes, folders):
    assert resolve_langs(codes) == folders
    assert Pipeline.default(langs=codes).rules.langs == folders


@pytest.mark.parametrize("bad", [["xx"], ["english"], ["en", "zz-Latn"], [""], [3]])
def test_unknown_codes_are_refused_listing_the_known_ones(bad):
    with pytest.raises(PipelineError, match="unknown language code") as info:
        Pipeline.default(langs=bad)
    message = str(info.value)
    assert "the known codes are: ar, " in message and ", zh" in message
    with pytest.raises(PipelineError):
        RuleBook(tuple(bad))


def test_a_single_code_given_as_a_string_is_one_code():
    assert Pipeline.default(langs="zh-Hans").rules.langs == ("zh",)


def test_every_code_the_language_step_emits_is_accepted():
    emitted = {"zh", "zh-Hans", "zh-Hant", "ja", "ko", "th", "he", "el", "hi", "ar", "fa", "ur"}
    emitted |= {path.parent.name for path in DATA_DIR.glob("*/stopwords.txt")}  # the vote's
    for code in sorted(emitted):
        (folder,) = resolve_langs([code])
        assert folder in known_languages(), code


def test_zh_hans_keeps_the_chinese_word_lists_on():
    article = clean(ZH_PAGE)
    assert article.metadata.language == "zh-Hans"
    again = Pipeline.default(langs=[article.metadata.language]).clean(ZH_PAGE)
    assert again.metadata.authors == ("张伟",)
    assert again.to_dict() == Pipeline.default(langs=["zh"]).clean(ZH_PAGE).to_dict()


def test_a_language_folder_of_a_rule_directory_is_known(tmp_path):
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "share.txt").write_text("Zorblax\n", encoding="utf-8")
    assert resolve_langs(["xx"], [str(tmp_path)]) == ("xx",)
    pipe = Pipeline.default(langs=["xx", "en"], extra_rule_dirs=[str(tmp_path)])
    assert pipe.clean("Zorblax\n\nThe body of the story.").body == "The body of the story."


def test_langs_in_a_config_file_are_checked_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(EN_PAGE, encoding="utf-8")
    (tmp_path / "articleclean.toml").write_text('langs = ["english"]\n', encoding="utf-8")
    assert main(["clean", "page.txt"]) == 2
    err = capsys.readouterr().err
    assert "articleclean.toml" in err and "unknown language code 'english'" in err
    assert "the known codes are:" in err and "Traceback" not in err
    (tmp_path / "articleclean.toml").write_text('langs = ["en-GB"]\n', encoding="utf-8")
    assert main(["clean", "page.txt", "-f", "json"]) == 0
    assert '"Jane Doe"' in capsys.readouterr().out


def test_the_command_takes_langs(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(ZH_PAGE, encoding="utf-8")
    assert main(["clean", "page.txt", "-f", "json", "--langs", "zh-Hans,en"]) == 0
    assert '"张伟"' in capsys.readouterr().out
    assert main(["cleaners", "--langs", "zh-Hant"]) == 0
    assert main(["clean", "page.txt", "--langs", "xx"]) == 2
    err = capsys.readouterr().err
    assert "--langs" in err and "unknown language code 'xx'" in err
    # the command line's languages replace the configuration file's
    (tmp_path / "articleclean.toml").write_text('langs = ["en"]\n', encoding="utf-8")
    assert main(["clean", "page.txt", "-f", "json", "--langs", "zh"]) == 0
    assert '"张伟"' in capsys.readouterr().out
