"""The objects a manager's server holds for its shared types, as CPython's
threading and queue objects behave, but for a server that is one process
with one thread: a call that would block returns a Wait instead, which the
server parks and retries after every request until it finishes or its
timeout passes. Ownership (RLock, Condition) belongs to the client
connection whose request is running (`client`, set by the server)."""

import time
from queue import Empty, Full
from threading import BrokenBarrierError

# The connection whose request the server is running.
client = None


class _NotYet:
    def __repr__(self):
        return 'NOT_YET'


# What a Wait's attempt returns while its call cannot finish.
NOT_YET = _NotYet()


class Wait:
    """A parked blocking call. `attempt()` finishes it (a value, or an
    exception) or returns NOT_YET; when the deadline passes, `on_timeout()`
    does the same once, and a NOT_YET from it leaves the call parked with
    no deadline (a Condition still has to take its lock back)."""

    def __init__(self, attempt, timeout=None, on_timeout=None, on_cancel=None):
        self.attempt = attempt
        if timeout is None:
            self.deadline = None
        else:
            self.deadline = time.monotonic() + max(timeout, 0)
        self.on_timeout = on_timeout
        self.on_cancel = on_cancel


def _addr(obj):
    return '%#x' % id(obj)


class Namespace:
    """`manager.Namespace(**kwds)`: attributes, shown as CPython shows
    them. The proxy reaches them through the underscore methods, which no
    proxied attribute name can shadow."""

    def __init__(self, **kwds):
        for name, value in kwds.items():
            setattr(self, name, value)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (type(self).__name__, ', '.join(temp))

    def _get(self, name):
        return getattr(self, name)

    def _set(self, name, value):
        setattr(self, name, value)

    def _del(self, name):
        delattr(self, name)


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)


class Array:
    """CPython's manager keeps an `array.array`; this keeps a list and
    shows it as an array."""

    def __init__(self, typecode, sequence, lock=True):
        self._typecode = typecode
        self._items = list(sequence)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, value):
        try:
            self._items[i] = value
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % (self._typecode,)
        return 'array(%r, %r)' % (self._typecode, self._items)


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._items = []
        self._head = 0
        self.unfinished_tasks = 0

    def qsize(self):
        return len(self._items) - self._head

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return 0 < self.maxsize <= self.qsize()

    def _take(self):
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        # Compact once the dead prefix outweighs the live items.
        if self._head > 64 and self._head * 2 > len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def _add(self, item):
        self._items.append(item)
        self.unfinished_tasks += 1

    def put(self, item, block=True, timeout=None):
        if not self.full():
            self._add(item)
            return None
        if not block:
            raise Full
        _check_timeout(timeout)

        def attempt():
            if self.full():
                return NOT_YET
            self._add(item)
            return None

        def on_timeout():
            raise Full
        return Wait(attempt, timeout, on_timeout)

    def get(self, block=True, timeout=None):
        if self.qsize():
            return self._take()
        if not block:
            raise Empty
        _check_timeout(timeout)

        def attempt():
            if self.qsize():
                return self._take()
            return NOT_YET

        def on_timeout():
            raise Empty
        return Wait(attempt, timeout, on_timeout)

    def put_nowait(self, item):
        return self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        def attempt():
            if self.unfinished_tasks:
                return NOT_YET
            return None
        return Wait(attempt)


Queue.__module__ = 'queue'


class JoinableQueue(Queue):
    pass


JoinableQueue.__module__ = 'queue'


def _lock_args(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be positive')
    if timeout == -1:
        return None
    return timeout


def _acquire(try_acquire, blocking, timeout):
    """A lock-like acquire: at once, or parked until `try_acquire()`."""
    if try_acquire():
        return True
    if not blocking:
        return False

    def attempt():
        if try_acquire():
            return True
        return NOT_YET

    def on_timeout():
        return False
    return Wait(attempt, timeout, on_timeout)


class Lock:
    def __init__(self):
        self._locked = False

    def _try(self):
        if self._locked:
            return False
        self._locked = True
        return True

    def acquire(self, blocking=True, timeout=-1):
        return _acquire(self._try, blocking, _lock_args(blocking, timeout))

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    def _is_owned(self):
        return self._locked

    def _release_save(self):
        self.release()
        return None

    def _try_restore(self, owner, saved):
        return self._try()

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return '<%s _thread.lock object at %s>' % (state, _addr(self))


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        owner = client

        def try_acquire():
            if self._count and self._owner is not owner:
                return False
            self._owner = owner
            self._count += 1
            return True
        return _acquire(try_acquire, blocking, _lock_args(blocking, timeout))

    def release(self):
        if not self._count or self._owner is not client:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    def _is_owned(self):
        return self._count > 0 and self._owner is client

    def _release_save(self):
        saved = self._count
        self._count = 0
        self._owner = None
        return saved

    def _try_restore(self, owner, saved):
        if self._count:
            return False
        self._owner = owner
        self._count = saved
        return True

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        owner = 0 if self._owner is None else id(self._owner)
        return '<%s _thread.RLock object owner=%d count=%d at %s>' % (
            state, owner, self._count, _addr(self))


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def _try(self):
        if self._value <= 0:
            return False
        self._value -= 1
        return True

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        return _acquire(self._try, blocking, timeout)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __repr__(self):
        return '<threading.Semaphore at %s: value=%s>' % (_addr(self), self._value)


Semaphore.__module__ = 'threading'


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n

    def __repr__(self):
        return '<threading.BoundedSemaphore at %s: value=%s/%s>' % (
            _addr(self), self._value, self._initial_value)


BoundedSemaphore.__module__ = 'threading'


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True

        def attempt():
            if self._flag:
                return True
            return NOT_YET

        def on_timeout():
            return False
        return Wait(attempt, timeout, on_timeout)

    def __repr__(self):
        return '<threading.Event at %s: %s>' % (_addr(self), 'set' if self._flag else 'unset')


Event.__module__ = 'threading'


class Condition:
    """Waiters are one-item lists, set to True when notified; a waiter
    whose timeout passed is taken off the list, so a notify is never spent
    on it."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self._waiters = []

    def acquire(self, blocking=True, timeout=-1):
        return self._lock.acquire(blocking, timeout)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.acquire()

    def __exit__(self, *args):
        return self._lock.release()

    def wait(self, timeout=None):
        if not self._lock._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        owner = client
        saved = self._lock._release_save()
        waiter = [False]
        self._waiters.append(waiter)
        timed_out = [False]

        def attempt():
            if not waiter[0] and not timed_out[0]:
                return NOT_YET
            if not self._lock._try_restore(owner, saved):
                return NOT_YET
            return waiter[0]

        def on_timeout():
            timed_out[0] = True
            if waiter in self._waiters:
                self._waiters.remove(waiter)
            return attempt()

        def on_cancel():
            if waiter in self._waiters:
                self._waiters.remove(waiter)
        return Wait(attempt, timeout, on_timeout, on_cancel)

    def notify(self, n=1):
        if not self._lock._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter[0] = True

    def notify_all(self):
        self.notify(len(self._waiters))

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))


class Barrier:
    """Each filling of the barrier is a generation; waiters remember
    theirs, so they know when it was released or broken."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._generation = 0
        self._broken_generations = set()
        self._broken = False

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        generation = self._generation
        self._count += 1
        if self._count == self._parties:
            if self._action:
                try:
                    self._action()
                except:
                    self._break()
                    raise
            self._count = 0
            self._generation += 1
            return index

        def attempt():
            if generation in self._broken_generations:
                raise BrokenBarrierError
            if generation != self._generation:
                return index
            return NOT_YET

        def on_timeout():
            self._break()
            raise BrokenBarrierError

        def on_cancel():
            if generation == self._generation:
                self._count -= 1
        return Wait(attempt, timeout, on_timeout, on_cancel)

    def _break(self):
        self._broken = True
        self._broken_generations.add(self._generation)
        self._count = 0
        self._generation += 1

    def abort(self):
        self._break()

    def reset(self):
        if self._count:
            self._broken_generations.add(self._generation)
            self._generation += 1
        self._count = 0
        self._broken = False

    def _get(self, name):
        return getattr(self, name)

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken

    def __repr__(self):
        if self._broken:
            return '<threading.Barrier at %s: broken>' % (_addr(self),)
        return '<threading.Barrier at %s: waiters=%s/%s>' % (
            _addr(self), self._count, self._parties)


Barrier.__module__ = 'threading'
