"""``publisher``: ``source`` is the page's publisher, ``agency`` the outlet credited."""

from __future__ import annotations

import pytest

from articleclean import clean
from articleclean.extract.publisher import copyright_owner, site_of_host
from articleclean.rules import RuleBook

EN = "The minister said the plan would be published next week, officials in the capital confirmed."
EN2 = "Opposition leaders called the move a distraction and promised to fight it in parliament."
ZH = "国务院总理李克强11日在人民大会堂会见了来访的客人，双方就进一步深化合作交换了意见。"


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        pytest.param(
            "© 2024 The Example Times. All rights reserved.", "The Example Times", id="en"
        ),
        pytest.param(
            "Copyright © 2016 Yonhap News Agency.", "Yonhap News Agency", id="en-copyright"
        ),
        pytest.param("© Le Courrier du Lac 2024", "Le Courrier du Lac", id="fr-year-after"),
        pytest.param("© 2024 Corriere della Sera", "Corriere della Sera", id="it-della"),
        pytest.param("© La Gazette des Cimes 2024", "La Gazette des Cimes", id="fr-des"),
        pytest.param("Kestrel Valley News © 2024", "Kestrel Valley News", id="en-mark-after"),
        pytest.param("Copyright © 2024 滨海在线 版权所有", "滨海在线", id="zh-after-mark"),
        pytest.param("港灣日報版權所有 不得轉載", "港灣日報", id="zh-hant-before-label"),
        pytest.param("版权所有：新华网股份有限公司", "新华网", id="zh-company-of-outlet"),
        pytest.param("人 民 网 股 份 有 限 公 司 版 权 所 有", "人民网", id="zh-spaced"),
        pytest.param("© 2014-2020 上海东方报业有限公司", None, id="zh-company-only"),
        pytest.param("Copyright © 2016 Bennett, Coleman & Co. Ltd.", None, id="en-company"),
        pytest.param(  # a dotted legal ending cut by the sentence's stop: no "Kurier ... Sp"
            "© 2024 Kurier Nadwarciański Sp. z o.o. Wszelkie prawa zastrzeżone.",
            None,
            id="pl-company-dotted-ending",
        ),
        pytest.param("© 2024 Fjordposten A/S. Alle rettigheder.", None, id="da-company"),
        pytest.param("Copyright © 2000-2019 XINHUANET.com All Rights Reserved.", None, id="host"),
        pytest.param("He said the copyright belongs to the author.", None, id="prose"),
        # no mark: the name before the rights line
        pytest.param(
            "The Example Times. All rights reserved.", "The Example Times", id="en-rights"
        ),
        pytest.param("Example Times — All Rights Reserved", "Example Times", id="en-rights-dash"),
        pytest.param("Sud Ouest Matin — Tous droits réservés", "Sud Ouest Matin", id="fr-rights"),
        pytest.param(
            "Rheinische Abendpost. Alle Rechte vorbehalten.", "Rheinische Abendpost", id="de-rights"
        ),
        pytest.param(
            "Diario del Sur. Todos los derechos reservados.", "Diario del Sur", id="es-rights"
        ),
        pytest.param("All rights reserved.", None, id="rights-alone"),
        # the notice runs on after the name without a stop
        pytest.param("© 2024 Example Times All rights reserved", "Example Times", id="en-run-on"),
        pytest.param("저작권자 © 한빛일보 무단전재 및 재배포 금지", "한빛일보", id="ko-run-on"),
        pytest.param(
            "© 2024 Rheinische Post Alle Rechte vorbehalten", "Rheinische Post", id="de-run-on"
        ),
        pytest.param("We reserve all rights reserved to us.", None, id="rights-in-prose"),
    ],
)
def test_copyright_owner(line, owner):
    assert copyright_owner(line, RuleBook()) == owner


def test_site_of_host():
    assert site_of_host("news.sina.com.cn") == "新浪网"
    assert site_of_host("www.thepaper.cn") == "澎湃新闻"
    assert site_of_host("unknown.example") is None


@pytest.mark.parametrize(
    ("text", "source", "agency"),
    [
        pytest.param(
            f"Valley Gazette\n\nFire Destroys Old Mill\n\nBy JANE DOE Associated Press\n\n"
            f"{EN}\n\n{EN2}\n\n© 2024 Valley Gazette",
            "Valley Gazette",
            "Associated Press",
            id="wire-story-on-a-paper",
        ),
        pytest.param(
            f"Fire Destroys Old Mill\n\nBy JANE DOE Associated Press\n\n{EN}\n\n{EN2}",
            "Associated Press",
            "Associated Press",
            id="wire-story-naming-no-one-else",
        ),
        pytest.param(
            f"天津托育点投入使用_滨海在线\n\n天津托育点投入使用\n\n2024-03-02 09:30　来源：新华社\n\n{ZH}\n\n{ZH}",
            "滨海在线",
            "新华社",
            id="zh-portal-title-suffix",
        ),
        pytest.param(
            f"Fire Destroys Old Mill\n\n{EN}\n\n{EN2}\n\n© 2024 The Example Times. All rights reserved.",
            "The Example Times",
            None,
            id="copyright-only",
        ),
        pytest.param(f"Fire Destroys Old Mill\n\n{EN}\n\n{EN2}", None, None, id="nothing-named"),
    ],
)
def test_source_and_agency(text, source, agency):
    article = clean(text)
    assert (article.metadata.source, article.metadata.agency) == (source, agency)
    if source is not None:
        assert article.provenance["source"]["step"] == "publisher"


def test_every_field_found_says_how():
    text = (
        f"Valley Gazette\n\nFire Destroys Old Mill\n\nBy Jane Doe\n\nMarch 1, 2024\n\n"
        f"LONDON (Reuters) - {EN}\n\n{EN2}\n\nEdited by John Roe\n\n© 2024 Valley Gazette"
    )
    article = clean(text)
    filled = {k for k, v in article.metadata.to_dict().items() if v not in (None, [], {})}
    assert filled <= set(article.provenance)
    for name in filled:
        assert article.provenance[name]["step"] and article.provenance[name]["how"], name
    explained = article.explain()
    assert "metadata agency: 'Reuters'" in explained and "how=dateline" in explained
