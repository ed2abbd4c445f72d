"""The line under a byline's name that gives the reporter's job (``credit_blocks._job_title_line``),
and the newsroom's credit that names no person (``credit_blocks._newsroom_line``)."""

from __future__ import annotations

import pytest

import articleclean
from articleclean.extract.credit_blocks import _job_title_line, _newsroom_line
from articleclean.rules import RuleBook

BOOK = RuleBook()

JOBS = [
    ("Staff Reporter", True),
    ("Northshire reporter", True),
    ("Business Correspondent", True),
    ("科学记者", True),
    ("Корреспондент", True),
    ("Corresponsal en Sevilla", True),
    ("Correspondent in Beijing", True),
    ("Enviada especial a Kiev", True),
    # a menu's items and sentences are not job lines
    ("Analyst Coverage", False),
    ("Newsroom Contacts", False),
    ("Reporter in the field.", False),
    ("Customer Service", False),
]


@pytest.mark.parametrize(("line", "is_job"), JOBS, ids=[line for line, _ in JOBS])
def test_job_title_line(line, is_job):
    assert (_job_title_line(line, BOOK) is not None) is is_job


NEWSROOMS = [
    ("Redacción Crónica del Valle", True),
    ("Redazione Il Piccolo", True),
    ("Rédaction Le Courrier du Lac", True),
    ("Redaktion Badische Zeitung", True),
    ("Redação Folha de S.Paulo", True),
    ("Example Times Staff", True),
    # a menu's items, a job, a section: not a newsroom's credit
    ("Newsroom Contacts", False),
    ("Staff Picks", False),
    ("Staff Reporter", False),
    ("Meet Our Staff", False),
    ("Newsroom Policies And Standards", False),
    ("Redacción Deportes", False),
    ("Redacción y contacto", False),
]


@pytest.mark.parametrize(("line", "is_newsroom"), NEWSROOMS, ids=[line for line, _ in NEWSROOMS])
def test_newsroom_line(line, is_newsroom):
    assert _newsroom_line(line, BOOK) is is_newsroom


_PAGE = """{masthead}
{menu}
{headline}
{credit}
{date}
{share}
{body}
© 2024 {masthead}
"""
PAGES = [
    pytest.param(
        dict(
            masthead="Il Piccolo",
            menu="Cronaca\nSport\nEconomia",
            headline="Nubifragio sul Carso, strade chiuse e scantinati allagati",
            credit="Redazione Il Piccolo",
            date="Aggiornato il 12 settembre 2024 alle 18:40",
            share="Condividi su Facebook",
            body="Un violento nubifragio si è abbattuto nel pomeriggio sul Carso triestino, "
            "allagando scantinati e costringendo i vigili del fuoco a oltre cinquanta "
            "interventi in poche ore.",
        ),
        id="it",
    ),
    pytest.param(
        dict(
            masthead="The Example Times",
            menu="News\nSport",
            headline="Storm floods cellars across the valley",
            credit="Example Times Staff",
            date="Published: September 12, 2024 6:40 pm",
            share="Share on Facebook",
            body="A violent storm hit the valley in the afternoon, flooding cellars and "
            "forcing firefighters out on more than fifty calls in a few hours.",
        ),
        id="en",
    ),
]


@pytest.mark.parametrize("parts", PAGES)
def test_a_newsroom_credit_over_the_date_is_no_deck_and_no_author(parts):
    article = articleclean.clean(_PAGE.format(**parts))
    assert article.metadata.title == parts["headline"]
    assert article.metadata.subtitle is None
    assert article.metadata.authors == ()
    assert article.body == parts["body"]
