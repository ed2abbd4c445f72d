"""The line under a byline's name that gives the reporter's job (``credit_blocks._job_title_line``)."""

from __future__ import annotations

import pytest

from articleclean.extract.credit_blocks import _job_title_line
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
