"""One failing browser test fails alone: isolation_case.py, run in a pytest of its own, has
a live-server test fail while the server is still inside a write transaction for it; the
tests after it must pass (ADR 23)."""

import os
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings

from .conftest import HAVE_CHROMIUM

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not HAVE_CHROMIUM, reason="needs Chromium"),
]


def own_database_url() -> str:
    """The same engine as this run, under a name of its own: on PostgreSQL the inner run's
    test database must not be this run's."""
    url = os.environ.get("DATABASE_URL", "")
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql" or not url:
        return url
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/isolation_{uuid.uuid4().hex[:8]}"))


def test_a_failing_live_server_test_fails_alone(tmp_path):
    report = tmp_path / "report.xml"
    env = {**os.environ, "DATABASE_URL": own_database_url()}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/browser/isolation_case.py", "-p", "no:xdist",
         f"--junitxml={report}", "-q"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    outcomes = {}
    for case in ET.parse(report).iter("testcase"):
        failed = case.find("failure") is not None or case.find("error") is not None
        outcomes[case.get("name")] = "failed" if failed else "passed"
    output = result.stdout[-3000:] + result.stderr[-2000:]
    assert outcomes == {
        "test_fails_on_purpose_while_the_server_still_writes[chromium]": "failed",
        "test_a_database_test_after_it_sees_none_of_its_writes": "passed",
        "test_a_browser_test_after_it_finds_the_demo_and_none_of_its_writes[chromium]": "passed",
        "test_a_transactional_test_after_it_writes_and_reads_back": "passed",
    }, output
    assert "the page did not answer in time (on purpose)" in result.stdout, output
