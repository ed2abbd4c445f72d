"""Build hook for the optional C extension; the project's metadata is in pyproject.toml.

``articleclean._speedups`` (src/articleclean/_speedups.c) holds compiled equals of the
per-line primitives (tokens, keys, the literal screen). It is optional: without a C
compiler, or when it fails to build, or with ``ARTICLECLEAN_NO_EXTENSIONS=1`` in the
environment, the package installs without it and runs its pure-Python path (slower, with
the same results).
"""

import os
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class optional_build_ext(build_ext):
    """``build_ext`` that warns instead of failing when the extension cannot be built."""

    def run(self):
        if os.environ.get("ARTICLECLEAN_NO_EXTENSIONS", "").strip() not in ("", "0"):
            self._skip("ARTICLECLEAN_NO_EXTENSIONS is set")
            return
        try:
            super().run()
        except Exception as exc:  # no compiler at all, a broken toolchain, ...
            self._skip(exc)

    def build_extension(self, ext):
        try:
            super().build_extension(ext)
        except Exception as exc:
            self._skip(exc)

    def _skip(self, why):
        print(
            f"articleclean: the C extension was not built ({why}); "
            "the pure-Python path will be used (same results, slower)",
            file=sys.stderr,
        )


setup(
    ext_modules=[
        Extension(
            "articleclean._speedups",
            sources=["src/articleclean/_speedups.c"],
            optional=True,
        )
    ],
    cmdclass={"build_ext": optional_build_ext},
)
