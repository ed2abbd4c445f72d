"""The C extension is optional: without a compiler the package installs and runs pure.

Opt-in (``ARTICLECLEAN_TEST_BUILD=1``): it makes fresh virtual environments and installs a
copy of the project into them with pip, which fetches the build requirements from the
package index (about a minute). Once with ``CC=false`` (no working compiler): the install
succeeds, ``articleclean._speedups`` is absent and the library cleans on the pure path; once
with the compiler: the extension is there and the library uses it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(
    os.environ.get("ARTICLECLEAN_TEST_BUILD", "") in ("", "0"),
    reason="set ARTICLECLEAN_TEST_BUILD=1 to install the project into fresh environments",
)

_IGNORE = shutil.ignore_patterns(
    ".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__", "*.so", "*.pyd",
    ".pytest_cache", ".hypothesis", ".ruff_cache", "cleaned", "corpus", "findings",
)  # fmt: skip

_SMOKE = """
import articleclean, articleclean._compiled as c
article = articleclean.clean("Share this\\n\\nThe body of the story, in full.\\nAll rights reserved.")
print(c.ENABLED, c.extension is not None, article.body)
"""


def _install(tmp: Path, name: str, env: dict[str, str]) -> tuple[str, str]:
    source = tmp / f"src-{name}"
    shutil.copytree(ROOT, source, ignore=_IGNORE)
    target = tmp / f"venv-{name}"
    venv.create(target, with_pip=True)
    python = target / "bin" / "python"
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "-v", "-e", str(source)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr
    smoke = subprocess.run(
        [str(python), "-c", _SMOKE], capture_output=True, text=True, timeout=300, cwd=tmp
    )
    assert smoke.returncode == 0, smoke.stderr
    return done.stdout + done.stderr, smoke.stdout.strip()


@pytest.mark.skipif(sys.platform == "win32", reason="CC is a Unix convention")
def test_install_without_a_compiler_runs_pure(tmp_path):
    log, out = _install(tmp_path, "nocc", {"CC": "false"})
    assert "articleclean: the C extension was not built" in log
    assert out == "False False The body of the story, in full."


def test_install_with_the_compiler_runs_compiled(tmp_path):
    _, out = _install(tmp_path, "cc", {})
    assert out == "True True The body of the story, in full."


def test_install_can_skip_the_extension(tmp_path):
    log, out = _install(tmp_path, "skip", {"ARTICLECLEAN_NO_EXTENSIONS": "1"})
    assert "ARTICLECLEAN_NO_EXTENSIONS is set" in log
    assert out == "False False The body of the story, in full."
