"""Authors (``byline``) and editors (``editors``), in English and Chinese."""

from __future__ import annotations

import pytest

from articleclean import clean
from articleclean.extract.byline import byline
from articleclean.extract.editors import editors
from articleclean.extract.names import han_name, read_names, title_case_caps

from ..conftest import credited, run_step

EN = "The minister said the plan would be published next week, officials in the capital confirmed."
ZH = "国务院总理李克强11日在人民大会堂会见了来访的客人，双方就进一步深化合作交换了意见。"


@pytest.mark.parametrize(
    ("header", "body", "authors", "source"),
    [
        pytest.param("By Jane Doe and John Roe", EN, ["Jane Doe", "John Roe"], None, id="en-two"),
        pytest.param("By An Baijie(China Daily)", EN, ["An Baijie"], "China Daily", id="en-paren"),
        pytest.param("Jane Doe | Reuters", EN, ["Jane Doe"], "Reuters", id="en-pipe-no-by"),
        pytest.param("Jane Doe, Staff Reporter", EN, ["Jane Doe"], None, id="en-job-title"),
        # "Writer" also labels a credit ("Writer: Jane Doe"); ending a job title it names no one
        pytest.param("Tom Krisher, Staff Writer", EN, ["Tom Krisher"], None, id="en-staff-writer"),
        pytest.param("Tom Krisher, Ap Auto Writer", EN, ["Tom Krisher"], None, id="en-beat-writer"),
        pytest.param(
            "By Robert Burns, AP National Security Writer",
            EN,
            ["Robert Burns"],
            None,
            id="en-by-beat-writer",
        ),
        pytest.param("Writer: Jane Doe", EN, ["Jane Doe"], None, id="en-writer-label"),
        pytest.param("By Jane Doe and HNN Staff", EN, ["Jane Doe"], None, id="en-name-and-desk"),
        pytest.param("By\n\nJane Doe", EN, ["Jane Doe"], None, id="en-by-over-name"),
        pytest.param("BY JANE DOE AND JOHN ROE", EN, ["Jane Doe", "John Roe"], None, id="en-caps"),
        pytest.param("Author: jdoe_42", EN, ["jdoe_42"], None, id="en-handle"),
        pytest.param(
            "Reporting by Jane Doe; Editing by John Roe", EN, ["Jane Doe"], None, id="en-reuters"
        ),
        pytest.param("记者 张伟", ZH, ["张伟"], None, id="zh-reporter"),
        pytest.param("作者：李明", ZH, ["李明"], None, id="zh-author"),
        pytest.param("文/王芳", ZH, ["王芳"], None, id="zh-wen"),
        pytest.param("（记者 张伟 李明）", ZH, ["张伟", "李明"], None, id="zh-paren-two"),
        pytest.param("本报记者 张伟", ZH, ["张伟"], None, id="zh-own-reporter"),
        pytest.param("光明日报记者 王建宏 张文攀", ZH, ["王建宏", "张文攀"], None, id="zh-paper"),
        pytest.param("作者:zboygirl 阅读(1660)", ZH, ["zboygirl"], None, id="zh-handle-counter"),
        pytest.param("作者：\n放飞&心情", ZH, ["放飞&心情"], None, id="zh-label-over-handle"),
        pytest.param("ggjjzhzz\n发表于 2005-9-15 11:46:00", ZH, ["ggjjzhzz"], None, id="zh-poster"),
        pytest.param("記者 陳大文", ZH, ["陳大文"], None, id="zh-hant"),
        pytest.param("作者：本报记者 张伟", ZH, ["张伟"], None, id="zh-nested-labels"),
        pytest.param("文|财新记者 李明", ZH, ["李明"], None, id="zh-agency-reporter"),
        pytest.param("王芳 李明 报道", ZH, ["王芳", "李明"], None, id="zh-reported-by"),
        pytest.param("记者 王芳／北京报道", ZH, ["王芳"], None, id="zh-filed-from"),
        pytest.param("김수연 기자", ZH, ["김수연"], None, id="ko-postfix"),
        pytest.param(
            "Maya Lindqvist, The Riverside Ledger\nPublished July 12, 2016",
            EN,
            ["Maya Lindqvist"],
            "The Riverside Ledger",
            id="en-name-the-paper",
        ),
        pytest.param(
            "Por Maria Silva - Repórter da Agência Brasil - Brasília",
            EN,
            ["Maria Silva"],
            "Agência Brasil",  # the outlet named inside the job title
            id="pt-dash-job-title-place",
        ),
        pytest.param(
            "By MARIA HOLT and DEVON PRICE Associated Press",
            EN,
            ["Maria Holt", "Devon Price"],
            "Associated Press",
            id="en-name-run-into-agency",
        ),
        pytest.param(
            "By Priya Natarajan | Metro Nine News",
            EN,
            ["Priya Natarajan"],
            "Metro Nine News",  # an outlet no list holds, by the word its name ends in
            id="en-name-pipe-unknown-outlet",
        ),
        pytest.param(
            "By Jane Doe and John Roe, Houston Chronicle",
            EN,
            ["Jane Doe", "John Roe"],
            "Houston Chronicle",
            id="en-names-comma-unknown-outlet",
        ),
        pytest.param(
            "Von Anna Schmidt, Frankfurter Rundschau",
            EN,
            ["Anna Schmidt"],
            "Frankfurter Rundschau",
            id="de-name-comma-outlet",
        ),
        pytest.param(
            "Door Anne Bakker en Jeroen Smit",
            EN,
            ["Anne Bakker", "Jeroen Smit"],
            None,
            id="nl-two-full-names",  # "en" joins two full names only
        ),
        pytest.param(
            "Por Ana Ruiz, corresponsal en Bruselas",
            EN,
            ["Ana Ruiz"],
            None,
            id="es-en-before-a-place",  # ... so the Spanish "en" splits off no place
        ),
        pytest.param(
            "كتب: أحمد سالم",
            EN,
            ["أحمد سالم"],
            None,
            id="ar-labelled-name",  # a script with no capitals: a name only after a label
        ),
        pytest.param(
            "Tržnice projde opravou\n\nJan Novák a Petr Svoboda\n12. července 2024 10:30",
            EN,
            ["Jan Novák", "Petr Svoboda"],
            None,
            id="cs-names-over-date",  # joined by a word of "and_cased", with no label
        ),
    ],
)
def test_authors(header, body, authors, source, rules):
    doc = run_step(byline, f"{header}\n\n{body}", rules)
    assert list(doc.meta["authors"]) == authors
    assert credited(f"{header}\n\n{body}", rules) == source
    assert doc.text.split("\n")[-1] == body
    assert all(r.cleaner == "byline" and r.rule for r in doc.removed)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(EN, id="en-no-byline"),
        pytest.param(
            f"By the time the vote came, the deal had collapsed.\n{EN}", id="en-by-sentence"
        ),
        pytest.param(f"By 2020 the plan had failed.\n{EN}", id="en-by-year"),
        pytest.param(f"{EN}\nContact the writer at jane@example.com", id="en-email-only"),
        pytest.param(f"Editor: Jane Doe\n{EN}", id="en-editor-only"),
        pytest.param(f"Share\nTweet\n{EN}", id="en-widgets"),
        pytest.param(f"Opinion Columnist\n{EN}", id="en-job-title-alone"),
        pytest.param(f"{EN}\nMichael Conroy, AP\n{EN}", id="en-photo-credit-in-body"),
        pytest.param(f"记者从市政府获悉，新的政策将于下月实施。\n{ZH}", id="zh-reporter-learned"),
        pytest.param(f"责任编辑：王芳\n{ZH}", id="zh-editor-only"),
        pytest.param(f"联系作者\n{ZH}", id="zh-contact-author-widget"),
        pytest.param(f"这次生育对她的身体影响很大 本报记者 惠禾 摄\n{ZH}", id="zh-photo-credit"),
        pytest.param(f"Por: Redacción\n{EN}", id="es-newsroom-role"),
        pytest.param(f"Posted 03/04/2015 by Club Secretary\n{EN}", id="en-role-not-a-person"),
        pytest.param(f"{ZH}\n相关报道：\n{ZH}", id="zh-related-reports"),
        pytest.param(f"By HNN Staff\n{EN}", id="en-newsroom-staff"),
        # a broadcaster's menu of shows: "60 Minutes" and "48 Hours" are no ages of a post
        pytest.param(
            "Shows\nMorning Edition\nEvening News Tonight\n60 Minutes\nFace The Nation\n"
            f"Sunday Morning\n48 Hours\nLatest headlines\n{EN}",
            id="en-menu-of-shows",
        ),
        pytest.param(f"By Example Times Staff\n{EN}", id="en-outlet-staff"),
        # the header's credit is a newsroom's: the names under teasers below are other stories'
        pytest.param(
            f"By KTV Staff\n{EN}\n{EN}\nRecent content\nHarbour fares to rise\nBy\nLisa Kubota",
            id="en-newsroom-over-a-teaser-box",
        ),
    ],
)
def test_no_authors(text, rules):
    doc = run_step(byline, text, rules)
    assert not doc.meta.get("authors")


def test_names_line_under_the_headline_is_the_author():
    article = clean(f"犬儒病(上)\n\n胡平\n\n——当代中国的精神危机\n\n{ZH}\n\n{ZH}")
    assert article.metadata.authors == ("胡平",)
    assert "胡平" not in article.body


def test_labelled_author_wins_over_reporters_in_the_dateline():
    text = f"本报讯 （记者 张伟 李明）{ZH}\n\n{ZH}\n\n作者:zboygirl 阅读(1660)"
    assert clean(text).metadata.authors == ("zboygirl",)


@pytest.mark.parametrize(
    ("last", "authors"),
    [
        pytest.param(f"{ZH}（常书香 马丹阳 ）", ["常书香", "马丹阳"], id="zh-two-after-full-stop"),
        pytest.param(f"{ZH}(王芳)", ["王芳"], id="zh-one-ascii-bracket"),
        pytest.param(f"{ZH[:-1]}！”（张伟）", ["张伟"], id="zh-after-quote"),
        pytest.param(f"{ZH}（新华社）", [], id="zh-agency-is-not-a-name"),
        pytest.param(f"{ZH[:-1]}（图一）", [], id="zh-figure-reference"),
        pytest.param(f"{ZH[:-1]}，据悉（张伟）", [], id="zh-not-closing-a-sentence"),
    ],
)
def test_reporters_in_brackets_closing_the_article(last, authors, rules):
    doc = run_step(byline, f"{ZH}\n\n{last}", rules)
    assert list(doc.meta.get("authors") or []) == authors
    assert doc.text.rstrip().split("\n")[-1] == last  # the bracket stays in the body
    assert not doc.removed


def test_reporters_in_the_dateline_when_nothing_else_names_them():
    article = clean(f"新华社北京7月11日电（记者 张伟 李明）{ZH}\n\n{ZH}")
    assert article.metadata.authors == ("张伟", "李明")
    assert article.metadata.source == "新华社"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        pytest.param("责任编辑：王芳", ["王芳"], id="zh-chief"),
        pytest.param("（编辑 李明）", ["李明"], id="zh-paren"),
        pytest.param("[责任编辑:王芳]", ["王芳"], id="zh-brackets"),
        pytest.param("責任編輯：陳大文", ["陳大文"], id="zh-hant"),
        pytest.param("Editor: Jane Doe", ["Jane Doe"], id="en-label"),
        pytest.param("Edited by John Roe", ["John Roe"], id="en-edited-by"),
    ],
)
def test_editors(line, names, rules):
    doc = run_step(editors, f"{EN}\n{line}", rules)
    assert list(doc.meta["editors"]) == names
    assert doc.text == EN


def test_editor_is_never_an_author():
    article = clean(f"{ZH}\n\n{ZH}\n\n来源：巴彦淖尔日报     编辑：苏亮")
    assert article.metadata.authors == ()
    assert article.metadata.editors == ("苏亮",)
    assert article.metadata.source == "巴彦淖尔日报"
    assert "苏亮" not in article.body


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        pytest.param("胡平", True, id="one-char-surname"),
        pytest.param("欧阳修", True, id="two-char-surname"),
        pytest.param("陳大文", True, id="traditional"),
        pytest.param("看点", False, id="not-a-surname"),
        pytest.param("高山流水", False, id="four-chars-one-char-surname"),
        pytest.param("时间", False, id="label-word"),
    ],
)
def test_han_name(name, ok, rules):
    assert han_name(name, rules) is ok


def test_read_names_rejects_a_part_that_is_not_a_name(rules):
    assert read_names("Jane Doe and the team", rules) is None
    assert read_names("jane@example.com", rules) is None


def test_title_case_only_for_all_caps():
    assert title_case_caps("JOHN O'BRIEN") == "John O'Brien"
    assert title_case_caps("John McDonald") == "John McDonald"


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        pytest.param(
            f"Headline Of The Story\nBy Oliver Grant, Business Reporter\n\n{EN}\n\n{EN}",
            ("Oliver Grant",),
            id="en-job-title-by-its-last-word",
        ),
        pytest.param(
            f"Headline Of The Story\nWords by Lena Hart · Photographs by Sam Oduya\n\n{EN}\n\n{EN}",
            ("Lena Hart",),
            id="en-photographer-is-no-author",
        ),
        pytest.param(
            f"Headline Of The Story\nInterview by Tom Ellery\n\n{EN}\n\n{EN}",
            ("Tom Ellery",),
            id="en-interview-by",
        ),
        pytest.param(
            f"Headline Of The Story\nAnalysis by\nChris Cillizza\n, CNN Editor-at-large\n\n{EN}\n\n{EN}",
            ("Chris Cillizza",),
            id="en-analysis-by-over-lines",
        ),
        pytest.param(
            f"Headline Of The Story\n\n{EN}\n\n{EN}\n\nAbout the author\n\nDaniel Okoye\n\n"
            "Daniel Okoye covers education for the Times.",
            ("Daniel Okoye",),
            id="en-author-box",
        ),
        pytest.param(
            f"城中村改造试点启动\n\n作者：新华社记者 刘洋　东江晚报记者 黄志强 吴敏\n\n{ZH}\n\n{ZH}",
            ("刘洋", "黄志强", "吴敏"),
            id="zh-two-affiliations-on-one-line",
        ),
        pytest.param(
            f"社区开设老年人智能手机课堂\n\n记者 王珊 实习生 李可欣\n\n{ZH}\n\n{ZH}",
            ("王珊", "李可欣"),
            id="zh-intern",
        ),
        pytest.param(
            f"全市快递服务站全覆盖\n\n作者：何静怡\n\n本报讯（记者 何静怡 通讯员 彭涛 钟丽）{ZH}\n\n{ZH}",
            ("何静怡", "彭涛", "钟丽"),
            id="zh-byline-and-dateline-name-the-same-reporter",
        ),
        pytest.param(
            f"北极海冰面积降至第二低\n周敏\n科学记者\n2023年9月26日\n{ZH}\n{ZH}",
            ("周敏",),
            id="zh-name-over-role-line",
        ),
    ],
)
def test_author_forms_of_issue_19(text, authors):
    article = clean(text)
    assert article.metadata.authors == authors
    assert article.metadata.title is not None or "About the author" in text
