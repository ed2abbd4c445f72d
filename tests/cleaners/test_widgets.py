"""share_buttons, print_mail_widgets, font_size_toggles: what they remove and what they keep."""

from __future__ import annotations

import pytest

from articleclean.cleaners.widgets import font_size_toggles, print_mail_widgets, share_buttons

from ..conftest import run_step

BODY = "The minister said the plan would be published next week, officials confirmed."

REMOVES = [
    # (cleaner, input, expected text left)
    pytest.param(share_buttons, f"Share\n{BODY}", BODY, id="en-share-alone"),
    pytest.param(
        share_buttons,
        f"Share this article\nFacebook Twitter WhatsApp\n{BODY}",
        BODY,
        id="en-share-bar",
    ),
    pytest.param(share_buttons, f"Share\n12\n{BODY}", BODY, id="en-share-count-line"),
    pytest.param(share_buttons, f"{BODY}\nTweet 0 | Share 14", BODY, id="en-share-counts-inline"),
    pytest.param(share_buttons, f"分享到：微信 微博 QQ空间\n{BODY}", BODY, id="zh-share-bar"),
    pytest.param(share_buttons, f"{BODY}\n分享按钮", BODY, id="zh-share-button"),
    pytest.param(share_buttons, f"{BODY}\n分享給朋友：\n轉發", BODY, id="zh-hant-share"),
    pytest.param(
        print_mail_widgets, f"Print\nEmail this article\n{BODY}", BODY, id="en-print-mail"
    ),
    pytest.param(
        print_mail_widgets, f"{BODY}\n【打印本页】【关闭窗口】", BODY, id="zh-print-close"
    ),
    pytest.param(
        print_mail_widgets, f"{BODY}\n列印本頁 | 關閉視窗", BODY, id="zh-hant-print-close"
    ),
    pytest.param(
        share_buttons,
        "Talks resumed after a week of\nShare\nstalled negotiations.",
        "Talks resumed after a week of\nstalled negotiations.",
        id="en-share-set-into-a-sentence",
    ),
    pytest.param(
        print_mail_widgets,
        f"{BODY}\n友善列印\n轉寄好友\n加入書籤\n回上一頁",
        BODY,
        id="zh-hant-big5-tools",
    ),
    pytest.param(
        print_mail_widgets,
        f"{BODY}\n\nless\n\nBack to Gallery",
        BODY,
        id="en-caption-toggle-and-gallery-way-back",
    ),
    pytest.param(
        font_size_toggles, f"字級：\n\n大\n\n中\n\n小\n\n{BODY}", BODY, id="zh-hant-size-links"
    ),
    pytest.param(font_size_toggles, f"A A A\n{BODY}", BODY, id="en-aaa"),
    pytest.param(
        font_size_toggles, f"Text size: Large Medium Small\n{BODY}", BODY, id="en-text-size"
    ),
    pytest.param(font_size_toggles, f"【字号 大 中 小】\n{BODY}", BODY, id="zh-font-size"),
    pytest.param(font_size_toggles, f"字號：大 中 小\n{BODY}", BODY, id="zh-hant-font-size"),
]


@pytest.mark.parametrize(("cleaner", "text", "left"), REMOVES)
def test_removes(cleaner, text, left, rules):
    doc = run_step(cleaner, text, rules)
    assert doc.text.strip() == left
    assert doc.removed and all(r.cleaner == cleaner.__name__ for r in doc.removed)
    assert all(r.rule for r in doc.removed)


KEEPS = [
    pytest.param(share_buttons, "He shared the report with reporters.", id="en-shared-verb"),
    pytest.param(share_buttons, "Share prices fell 3 percent on Monday.", id="en-share-prices"),
    pytest.param(
        share_buttons, "He posted on\nFacebook\nthat he would resign.", id="en-link-fragment"
    ),
    pytest.param(
        share_buttons, "Follow us on\nTwitter\n, where we post updates.", id="en-fragment-comma"
    ),
    pytest.param(
        share_buttons, "Read why the plan is promising. (\nShare\n)", id="en-link-in-brackets"
    ),
    pytest.param(
        share_buttons, "他在微信上分享了这篇文章，引发热议。", id="zh-prose-mentions-wechat"
    ),
    pytest.param(print_mail_widgets, "Print newspapers are losing readers.", id="en-print-noun"),
    pytest.param(print_mail_widgets, "Close to 40 people attended.", id="en-close-adverb"),
    pytest.param(font_size_toggles, "Small businesses were hit hardest.", id="en-small-adjective"),
    pytest.param(font_size_toggles, "中小企业融资难的问题仍然突出。", id="zh-zhongxiao-prose"),
]


@pytest.mark.parametrize(("cleaner", "text"), KEEPS)
def test_keeps_prose(cleaner, text, rules):
    doc = run_step(cleaner, text, rules)
    assert doc.removed == ()
    assert doc.text == text


def test_mixed_bar_is_split_between_cleaners(rules):
    text = f"Print Mail Large Medium Small 分享按钮 0\n{BODY}"
    doc = run_step(print_mail_widgets, text, rules)
    assert doc.lines[0].text == "Large Medium Small 分享按钮 0"
    assert doc.removed[0].text == "Print Mail " and doc.removed[0].span == (0, 11)
    doc = run_step(share_buttons, doc.lines[0].text, rules)
    assert doc.text == "Large Medium Small"
    assert doc.removed[0].rule.startswith("zh/share.txt:")
