"""``python -m articleclean``: the same command as the ``articleclean`` script."""

from .cli import run

if __name__ == "__main__":
    run()
