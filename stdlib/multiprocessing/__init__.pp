"""Process-based parallelism, as CPython's multiprocessing with the fork
start method. Processes are in multiprocessing.process; pipes, queues,
locks and shared memory are native (_multiprocessing, src/multiprocessing/)."""

import os
from multiprocessing.process import current_process, active_children, parent_process
from multiprocessing.context import Process
from _multiprocessing import *


def cpu_count():
    """Returns the number of CPUs in the system"""
    num = os.cpu_count()
    if num is None:
        raise NotImplementedError('cannot determine number of cpus')
    return num


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """Returns a process pool object"""
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def get_start_method(allow_none=False):
    return 'fork'


def get_all_start_methods():
    return ['fork']


def set_start_method(method, force=False):
    if method != 'fork':
        raise ValueError("pyproc supports only the 'fork' start method, not %r" % (method,))


def freeze_support():
    pass


def Manager():
    '''Returns a manager associated with a running server process

    The managers methods such as `Lock()`, `Condition()` and `Queue()`
    can be used to create shared objects.
    '''
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m
