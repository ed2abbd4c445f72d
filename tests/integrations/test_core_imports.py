"""The core never imports an engine: only the integration modules do, when imported."""

from __future__ import annotations

import subprocess
import sys


def test_import_articleclean_imports_no_engine():
    code = (
        "import sys, articleclean\n"
        "articleclean.clean('Share\\n\\nThe body.')\n"
        "import articleclean.integrations\n"
        "bad = [m for m in ('datatrove', 'pyspark', 'pandas', 'pyarrow') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
