"""Process pools, as CPython's multiprocessing.pool, without its three
handler threads: tasks go into a shared ring the workers take from, and
results come back through another (src/multiprocessing/pool.rs), which
the parent drains whenever it waits on the pool (get, wait, ready, map,
imap, join) or submits to it. Callbacks therefore run in the parent while
it is inside one of those calls, not at an arbitrary moment.

Beyond CPython: a worker that dies mid-task fails that task at once with
WorkerLostError and is replaced (CPython hangs: bpo-22393); results still
pending when the pool is terminated fail the same way instead of never
becoming ready; Ctrl-C while waiting on the pool terminates its workers
before KeyboardInterrupt propagates; lambdas and closures can be sent."""

import os
import signal
import sys
import time
import _multiprocessing
from multiprocessing.context import Process, ProcessError, TimeoutError

__all__ = ['Pool']

INIT = 'INIT'
RUN = 'RUN'
CLOSE = 'CLOSE'
TERMINATE = 'TERMINATE'

# What a task asks of a worker.
_APPLY = 0
_MAP = 1
_STARMAP = 2

# Tasks not yet taken that a lazily fed imap keeps in the ring per worker.
_FEED_AHEAD = 2

_getpid = os.getpid


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """Wraps possible unpickleable errors, so they can be
    safely sent through the socket."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value,
                                                             self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


class WorkerLostError(ProcessError):
    """A task's worker died before it finished, or the pool was terminated
    first (pyproc: CPython's pool waits for such a result for ever)."""


#
# The worker: runs in each pool process.
#

def _run(kind, func, args, kwds):
    if kind == _APPLY:
        return func(*args, **kwds)
    if kind == _MAP:
        return list(map(func, args))
    return [func(*a) for a in args]


def _failure(exc):
    """What a worker sends for the exception being handled: it and its
    traceback's text, which the parent attaches as the cause."""
    import traceback
    return (exc, '\n"""\n%s"""' % traceback.format_exc())


def worker(channel, index, initializer=None, initargs=(), maxtasks=None,
           parent=None):
    _multiprocessing._die_with_parent(parent)
    # Ctrl-C is the parent's to handle: it terminates the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        try:
            initializer(*initargs)
        except Exception as e:
            # Task id 0: the parent fails the pool with it instead of
            # starting replacements that would fail the same way for ever.
            channel.put_result(index, (0, False, _failure(e)))
            sys.exit(1)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        tid, task, error = channel.take_task(index)
        if error is not None:
            channel.put_result(index, (tid, False, (error, None)))
            continue
        if task is None:
            break
        try:
            result = (tid, True, _run(*task))
        except Exception as e:
            result = (tid, False, _failure(e))
        try:
            channel.put_result(index, result)
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[2])
            channel.put_result(index, (tid, False, (wrapped, None)))
        task = result = None
        completed += 1


#
# The pool
#

class Pool(object):
    '''
    Class which supports an async version of applying functions to arguments.
    '''

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        self._cache = {}
        # task id -> (job, index in the job's result)
        self._inflight = {}
        self._next_tid = 0
        self._jobs = 0
        # (iterator, result, kind, func, next index) of imaps fed lazily
        self._feeders = []
        self._sentinels_sent = False
        self._pid = os.getpid()
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._channel = _multiprocessing._pool_channel(processes)
        self._pool = [None] * processes
        self._sentinels = []
        for i in range(processes):
            self._start_worker(i)
        self._state = RUN

    def _start_worker(self, i):
        w = Process(target=worker,
                    args=(self._channel, i, self._initializer, self._initargs,
                          self._maxtasksperchild, os.getpid()))
        w.name = w.name.replace('Process', 'ForkPoolWorker')
        w.daemon = True
        w.start()
        self._pool[i] = w
        self._sentinels.append(w.sentinel)

    def __reduce__(self):
        raise NotImplementedError(
              'pool objects cannot be passed between processes or pickled'
              )

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} '
                f'pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")
        self._check_owner()

    def _check_owner(self):
        # A forked child inherits the pool object but not the workers
        # (CPython's pool hangs there, its handler threads being gone).
        if _getpid() != self._pid:
            raise RuntimeError('a Pool can only be used by the process that created it')

    #
    # Submitting
    #

    def _submit(self, job, index, kind, func, args, kwds):
        self._next_tid += 1
        tid = self._next_tid
        self._inflight[tid] = (job, index)
        try:
            self._channel.put_task(tid, (kind, func, args, kwds))
        except Exception as e:
            # As CPython: a task that cannot be sent fails its result.
            del self._inflight[tid]
            self._cache[job]._set(index, (False, e))

    def apply(self, func, args=(), kwds={}):
        '''
        Equivalent of `func(*args, **kwds)`.
        Pool must be running.
        '''
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None,
            error_callback=None):
        '''
        Asynchronous version of `apply()` method.
        '''
        if self._state != RUN or _getpid() != self._pid:
            self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(result._job, 0, _APPLY, func, args, kwds)
        return result

    def map(self, func, iterable, chunksize=None):
        '''
        Apply `func` to each element in `iterable`, collecting the results
        in a list that is returned.
        '''
        return self._map_async(func, iterable, _MAP, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        '''
        Like `map()` method but the elements of the `iterable` are expected to
        be iterables as well and will be unpacked as arguments. Hence
        `func` and (a, b) becomes func(a, b).
        '''
        return self._map_async(func, iterable, _STARMAP, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
            error_callback=None):
        '''
        Asynchronous version of `starmap()` method.
        '''
        return self._map_async(func, iterable, _STARMAP, chunksize,
                               callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None,
            error_callback=None):
        '''
        Asynchronous version of `map()` method.
        '''
        return self._map_async(func, iterable, _MAP, chunksize, callback,
            error_callback)

    def _map_async(self, func, iterable, kind, chunksize=None, callback=None,
            error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        n = len(iterable)
        if chunksize is None:
            chunksize, extra = divmod(n, len(self._pool) * 4)
            if extra:
                chunksize += 1
        if n == 0:
            chunksize = 0
        # Slices of a range are ranges: a chunk of one travels as three ints.
        if not isinstance(iterable, (list, tuple, range)):
            iterable = list(iterable)
        result = MapResult(self, chunksize, n, callback,
                           error_callback=error_callback)
        if chunksize > 0:
            for i, start in enumerate(range(0, n, chunksize)):
                chunk = iterable[start:start + chunksize]
                self._submit(result._job, i, kind, func, chunk, None)
        return result

    def imap(self, func, iterable, chunksize=1):
        '''
        Equivalent of `map()` -- can be MUCH slower than `Pool.map()`.
        '''
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        '''
        Like `imap()` method but ordering of results is arbitrary.
        '''
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    def _imap(self, iterator_class, func, iterable, chunksize):
        self._check_running()
        if chunksize == 1:
            result = iterator_class(self)
            self._feed_lazily(result, _APPLY, func, iterable, 1)
            return result
        if chunksize < 1:
            raise ValueError(
                "Chunksize must be 1+, not {0:n}".format(chunksize))
        result = iterator_class(self)
        self._feed_lazily(result, _MAP, func, iterable, chunksize)
        return (item for chunk in result for item in chunk)

    def _feed_lazily(self, result, kind, func, iterable, chunksize):
        # The iterable is read as workers need tasks, so it may be long or
        # endless (CPython reads it from a thread).
        self._feeders.append([iter(iterable), result, kind, func, 0, chunksize])
        self._feed()

    def _feed(self):
        if self._feeders:
            ahead = _FEED_AHEAD * len(self._pool)
            for feeder in list(self._feeders):
                while self._channel.pending() < ahead:
                    if not self._feed_one(feeder):
                        self._feeders.remove(feeder)
                        break
        if self._state == CLOSE and not self._feeders and not self._sentinels_sent:
            self._sentinels_sent = True
            for _ in self._pool:
                self._channel.put_task(0, None)

    def _feed_one(self, feeder):
        it, result, kind, func, index, chunksize = feeder
        try:
            if chunksize == 1:
                args = (next(it),)
            else:
                args = []
                for x in it:
                    args.append(x)
                    if len(args) == chunksize:
                        break
                if not args:
                    raise StopIteration
                args = tuple(args)
        except StopIteration:
            result._set_length(index)
            return False
        except Exception as e:
            result._set(index, (False, e))
            result._set_length(index + 1)
            return False
        feeder[4] = index + 1
        self._submit(result._job, index, kind, func, args, {})
        return True

    #
    # Collecting results
    #

    def _pump(self, timeout):
        """Delivers the results that have come, waiting up to `timeout`
        (None: for ever) for one, or for a worker to end."""
        if self._feeders or self._state == CLOSE:
            self._feed()
        results = self._channel.get_results(timeout, self._sentinels)
        if results:
            self._deliver_all(results)
        else:
            self._check_workers()

    def _deliver_all(self, results):
        # Every result drained is delivered even if a callback raises;
        # the first such exception is raised once all are.
        error = None
        for tid, ok, value in results:
            try:
                self._deliver(tid, ok, value)
            except BaseException as e:
                if error is None:
                    error = e
        if error is not None:
            raise error

    def _deliver(self, tid, ok, value):
        if tid == 0:
            return self._initializer_failed(value)
        where = self._inflight.pop(tid, None)
        if where is None:
            return
        job, index = where
        result = self._cache.get(job)
        if result is None:
            return
        if not ok:
            exc, tb = value
            if tb is not None:
                exc.__cause__ = RemoteTraceback(tb)
            value = exc
        result._set(index, (ok, value))

    def _initializer_failed(self, failure):
        exc, tb = failure
        exc.__cause__ = RemoteTraceback(tb)
        if self._state != TERMINATE:
            self._terminate_with(exc)

    def _check_workers(self):
        for i, w in enumerate(self._pool):
            if w is None or w._poll() is None:
                continue
            # Its last result may be waiting: it counts, not the slot.
            self._deliver_all(self._channel.get_results(0, []))
            if self._state == TERMINATE:
                return
            tid = self._channel.held(i)
            if tid is not None and tid in self._inflight:
                job, index = self._inflight.pop(tid)
                lost = WorkerLostError('Worker exited prematurely: %s'
                                       % _describe_exit(w.exitcode))
                if job in self._cache:
                    self._cache[job]._set(index, (False, lost))
            self._sentinels.remove(w.sentinel)
            w.close()
            self._pool[i] = None
            if self._needs_replacement():
                self._start_worker(i)

    def _needs_replacement(self):
        if self._state == RUN or (self._state == CLOSE and not self._sentinels_sent):
            return True
        if self._state != CLOSE:
            return False
        # Each live worker will take one of the stop sentinels left in the
        # ring: a replacement is needed only for what is beyond those (tasks,
        # or the sentinel of a worker that died instead of taking it).
        live = len([w for w in self._pool if w is not None])
        return self._channel.pending() > live

    def _wait_for(self, done, timeout):
        """Pumps until `done()` or `timeout` seconds; whether it is done."""
        if done():
            return True
        if _getpid() != self._pid:
            self._check_owner()
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            while True:
                # Feeding an imap may end it (its input is exhausted).
                if self._feeders or self._state == CLOSE:
                    self._feed()
                    if done():
                        return True
                if deadline is None:
                    self._pump(None)
                else:
                    left = deadline - time.monotonic()
                    self._pump(max(left, 0))
                    if left <= 0:
                        return done()
                if done():
                    return True
                if self._state == TERMINATE and not self._inflight and self._all_exited():
                    # Nothing left that could make it done.
                    raise WorkerLostError('the pool was terminated')
        except KeyboardInterrupt:
            if self._state != TERMINATE:
                self.terminate()
            raise

    #
    # Ending
    #

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._feed()

    def terminate(self):
        self._terminate_with(WorkerLostError(
            'the pool was terminated before the task finished'))

    def _terminate_with(self, lost):
        """Stops the workers; pending results fail with `lost`."""
        self._state = TERMINATE
        # An imap ends after the items it was given so far.
        for feeder in self._feeders:
            feeder[1]._set_length(feeder[4])
        self._feeders = []
        self._channel.discard_tasks()
        workers = [w for w in self._pool if w is not None]
        for w in workers:
            w.terminate()
        for w in workers:
            w.join()
            w.close()
        self._pool = [None] * len(self._pool)
        self._sentinels = []
        failed = [(tid, False, (lost, None)) for tid in self._inflight]
        self._deliver_all(failed)
        self._inflight = {}

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._wait_for(self._all_exited, None)

    def _all_exited(self):
        for w in self._pool:
            if w is not None:
                return False
        return True

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


def _describe_exit(code):
    if code is not None and code < 0:
        try:
            return 'signal %d (%s)' % (-code, signal.Signals(-code).name)
        except ValueError:
            return 'signal %d' % -code
    return 'exitcode %s' % code


#
# Results
#

class ApplyResult(object):

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._owner = pool
        pool._jobs += 1
        self._job = pool._jobs
        self._cache = pool._cache
        self._ready = False
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def _is_ready(self):
        return self._ready

    def ready(self):
        if not self._ready and self._owner._state != INIT:
            self._owner._pump(0)
        return self._ready

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._owner._wait_for(self._is_ready, timeout)

    def get(self, timeout=None):
        if not self._ready:
            self._owner._wait_for(self._is_ready, timeout)
        if not self._ready:
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        self._finish()

    def _finish(self):
        self._ready = True
        del self._cache[self._job]
        self._pool = None
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)

AsyncResult = ApplyResult       # create alias -- see #17805


class MapResult(ApplyResult):

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback,
                             error_callback=error_callback)
        self._success = True
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._value = []
            self._ready = True
            del self._cache[self._job]
        else:
            self._number_left = length//chunksize + bool(length % chunksize)
            # Chunk results by index, joined once all have come.
            self._value = [None] * self._number_left

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i] = result
        elif not success and self._success:
            # only store first exception
            self._success = False
            self._value = result
        if self._number_left == 0:
            # only consider the result ready once all jobs are done
            if self._success:
                joined = []
                for chunk in self._value:
                    joined.extend(chunk)
                self._value = joined
            self._finish()


class IMapIterator(object):

    def __init__(self, pool):
        self._pool = pool
        self._owner = pool
        pool._jobs += 1
        self._job = pool._jobs
        self._cache = pool._cache
        # results ready to be yielded, from _items[_pos] on
        self._items = []
        self._pos = 0
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def _has_next(self):
        return (self._pos < len(self._items)
                or (self._length is not None and self._index >= self._length))

    def next(self, timeout=None):
        if self._pos >= len(self._items):
            if self._length is not None and self._index >= self._length:
                self._pool = None
                raise StopIteration from None
            if not self._owner._wait_for(self._has_next, timeout):
                raise TimeoutError from None
            if self._pos >= len(self._items):
                self._pool = None
                raise StopIteration from None
        success, value = self._items[self._pos]
        self._items[self._pos] = None
        self._pos += 1
        if self._pos == len(self._items):
            self._items = []
            self._pos = 0
        if success:
            return value
        raise value

    __next__ = next                    # XXX

    def _push(self, obj):
        self._items.append(obj)
        self._index += 1

    def _set(self, i, obj):
        if i == self._index:
            self._push(obj)
            while self._index in self._unsorted:
                self._push(self._unsorted.pop(self._index))
        else:
            self._unsorted[i] = obj
        self._forget_if_done()

    def _set_length(self, length):
        self._length = length
        self._forget_if_done()

    def _forget_if_done(self):
        if self._length is not None and self._index == self._length:
            self._cache.pop(self._job, None)


class IMapUnorderedIterator(IMapIterator):

    def _set(self, i, obj):
        self._push(obj)
        self._forget_if_done()
