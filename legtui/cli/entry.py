"""The `legtui` console script and `python -m legtui`: `main`, in a process that ends with it.

A command is a short process, so two costs of the interpreter are spared (together 10-11 ms of
the 78 ms of CPU time `legtui log` took; docs/benchmarks.md). `legtui log` in its common shape
runs on a quick path first (`quicklog`), which loads neither argparse nor the store's TinyDB:
- the cyclic garbage collector is paused from the start, while the modules load and the command
  runs (the store's data holds no cycles; a 10-year `demo` peaks 2 MB higher without it). When
  no subcommand is given, `main` turns it back on before it opens the app;
- at the end, what is left is frozen out of the interpreter's final collection, which would
  otherwise walk every module and the store's file once more. Every write has been fsynced and
  closed by then; the standard streams are still flushed as usual.
"""

from __future__ import annotations

import gc
import sys


def run() -> int:
    gc.disable()
    from legtui.cli.quicklog import quick_log

    status = quick_log(sys.argv[1:])  # `legtui log` in its common shape (see quicklog)
    if status is None:
        from legtui.cli.main import main

        status = main()
    gc.freeze()
    return status
