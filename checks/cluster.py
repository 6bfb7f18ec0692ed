"""The Dask engine of ``factcheck batch --engine dask``: the articles as a ``dask.bag`` in partitions, checked on a
Dask cluster — a ``LocalCluster`` of worker processes on this machine, or the running cluster whose scheduler
``--scheduler tcp://host:8786`` names.

Dask is optional (``pip install "factcheck[dask]"``: ``dask[bag]`` and ``distributed``), imported only here and
only when this engine runs; without it ``run_dask`` raises a ``FactcheckError`` saying what to install.

**Once per worker.** The checker is built once, by the caller (which reports a bad source list before any work
starts), and sent to each worker once with the options, as one ``archive.Runner``
(``Client.scatter(runner, broadcast=True)``); every task on a worker uses that worker's copy. So no worker reads
the source lists, builds an index, or needs the lists' files or the cache.

**Partitions.** ``dask.bag.from_sequence(jobs, npartitions=N)`` (default: about 50 articles a partition, at least
4 partitions a worker, so every worker stays busy to the end); each partition is checked by
``archive.check_jobs`` — the code the local engine runs, so an article's JSON is the same whichever engine
checked it — and the result lines are serialised on the worker.

**Writing.** The outcomes of a partition come back to the caller, which writes them as each partition completes
(``distributed.as_completed``). One writer, so: the output file is appended and flushed line by line exactly as
without Dask, and ``--resume`` reads it the same way; the workers need no shared writable storage; the progress
bar and the summary see every article. The cost is that results travel to the caller, a few kilobytes an
article, which is small beside the checking. Articles given as files must be readable by the workers under the
same absolute path (one machine, or a shared file system); texts given in JSON Lines travel with the tasks
(and are held by the caller while the bag is built).
"""
from __future__ import annotations

import logging
import math
import socket
from typing import Any, Callable, Optional
from urllib.parse import urlsplit

from .archive import Job, Outcome, Runner, check_jobs
from .errors import FactcheckError

INSTALL = 'install factcheck[dask] (pip install "factcheck[dask]")'
ARTICLES_PER_PARTITION = 50


def _dask() -> tuple[Any, Any]:
    """``dask.bag`` and ``distributed``, or a one-line ``FactcheckError`` saying what to install."""
    try:
        import dask.bag as bag
        import distributed
    except ImportError as exc:
        missing = getattr(exc, "name", None) or "dask"
        raise FactcheckError(f"--engine dask: {missing.split('.')[0]} is not installed; {INSTALL}") from None
    return bag, distributed


def default_partitions(articles: int, workers: int) -> int:
    return max(1, min(articles, max(4 * workers, math.ceil(articles / ARTICLES_PER_PARTITION))))


def run_dask(jobs: list[Job], runner: Runner, on_done: Optional[Callable[[Outcome], None]] = None,
             scheduler: Optional[str] = None, workers: int = 2, partitions: Optional[int] = None) -> None:
    """Check ``jobs`` on a Dask cluster: the one at ``scheduler``, else a ``LocalCluster`` of ``workers`` processes
    (one thread each: the checking holds the GIL). ``on_done(outcome)`` runs here, per article, as each partition
    completes."""
    bag, distributed = _dask()
    if not jobs:
        return
    notify = on_done or (lambda _outcome: None)
    cluster = None
    if scheduler:
        client = _connect(distributed, scheduler)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
    else:
        try:
            cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                               dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
        except Exception as exc:  # noqa: BLE001 - e.g. worker processes that cannot start
            raise FactcheckError(f"--engine dask: the local Dask cluster did not start ({type(exc).__name__}: "
                                 f"{exc}); a script that starts it needs `if __name__ == \"__main__\":`") from None
        client = distributed.Client(cluster, set_as_default=False)
    try:
        shared = client.scatter(runner, broadcast=True, hash=False)
        npartitions = min(len(jobs), partitions or default_partitions(len(jobs), workers))
        parts = bag.from_sequence(jobs, npartitions=npartitions).map_partitions(check_jobs, shared).to_delayed()
        futures = client.compute(parts)
        try:
            for future in distributed.as_completed(futures, loop=client.loop):
                for outcome in future.result():
                    notify(outcome)
                future.release()
        except (distributed.KilledWorker, distributed.CancelledError, OSError) as exc:
            raise FactcheckError(f"--engine dask: the cluster failed ({type(exc).__name__}: {exc}); the results "
                                 f"written so far are kept, --resume continues") from None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _connect(distributed: Any, address: str) -> Any:
    """A client of the scheduler at ``address``; an address that does not answer is a one-line error (checked
    with a plain connection first: a failed ``Client`` start leaves noise on standard error when collected)."""
    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        host, port = None, None
    if parts.scheme not in ("tcp", "tls") or not host or not port:
        raise FactcheckError(f"--scheduler {address}: not a scheduler address; give tcp://HOST:PORT "
                             f"(what 'dask scheduler' prints)")
    try:
        socket.create_connection((host, port), timeout=10).close()
    except OSError as exc:
        raise FactcheckError(f"--scheduler {address}: cannot connect ({exc.strerror or exc})") from None
    try:
        return distributed.Client(address if "://" in address else f"tcp://{address}", timeout="20s",
                                  set_as_default=False)
    except (OSError, ValueError) as exc:
        raise FactcheckError(f"--scheduler {address}: no Dask scheduler answers there ({exc})") from None
