"""Running articleclean inside engines its users already run.

Each module imports its engine only when it is itself imported, so ``import articleclean``
never pulls an engine in:

* :mod:`articleclean.integrations.datatrove` — a datatrove pipeline step (``pip install
  "articleclean[datatrove]"``);
* :mod:`articleclean.integrations.spark` — a ``mapInPandas`` function and its output schema
  for PySpark (``pip install "articleclean[spark]"``).
"""
