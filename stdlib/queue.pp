"""Queues between the parts of one program (CPython's `queue`), plus the
`Empty` and `Full` exceptions that multiprocessing queues raise too.

pyproc has no threads, so nothing but the caller can change one of these
queues: a blocking call that cannot proceed waits out its timeout and
fails as CPython would, and without a timeout it raises RuntimeError
instead of hanging for ever.
"""

import time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _forever(what):
    return RuntimeError(what + " would block forever: pyproc has no threads, so nothing else can change this queue")


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _give_up(block, timeout, what, exc):
    # Called when the queue cannot proceed: only the timeout can end it.
    if not block:
        raise exc
    if timeout is None:
        raise _forever(what)
    time.sleep(timeout)
    raise exc


class Queue:
    'Create a queue object with a given maximum size (<= 0: unbounded).'

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            raise _forever("Queue.join() with unfinished tasks")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            _check_timeout(timeout if block else None)
            _give_up(block, timeout, "Queue.put() on a full queue", Full())
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            _check_timeout(timeout if block else None)
            _give_up(block, timeout, "Queue.get() on an empty queue", Empty())
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # FIFO storage: a list read from `_first`, compacted now and then.
    def _init(self, maxsize):
        self.queue = []
        self._first = 0

    def _qsize(self):
        return len(self.queue) - self._first

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        item = self.queue[self._first]
        self.queue[self._first] = None
        self._first += 1
        if self._first * 2 >= len(self.queue):
            del self.queue[:self._first]
            self._first = 0
        return item


class LifoQueue(Queue):
    'Variant of Queue that retrieves most recently added entries first.'

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


def _sift_up(heap, i):
    item = heap[i]
    while i > 0:
        parent = (i - 1) // 2
        if not item < heap[parent]:
            break
        heap[i] = heap[parent]
        i = parent
    heap[i] = item


def _sift_down(heap, i):
    n = len(heap)
    item = heap[i]
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if not heap[child] < item:
            break
        heap[i] = heap[child]
        i = child
    heap[i] = item


class PriorityQueue(Queue):
    'Variant of Queue that retrieves open entries in priority order (lowest first).'

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)
        _sift_up(self.queue, len(self.queue) - 1)

    def _get(self):
        last = self.queue.pop()
        if not self.queue:
            return last
        top = self.queue[0]
        self.queue[0] = last
        _sift_down(self.queue, 0)
        return top


class SimpleQueue:
    'Simple, unbounded, reentrant FIFO queue.'

    def __init__(self):
        self._items = Queue()

    def put(self, item, block=True, timeout=None):
        self._items.put(item)

    def put_nowait(self, item):
        self._items.put(item)

    def get(self, block=True, timeout=None):
        if not self._items.qsize():
            _check_timeout(timeout if block else None)
            _give_up(block, timeout, "SimpleQueue.get() on an empty queue", Empty())
        return self._items.get()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return self._items.empty()

    def qsize(self):
        return self._items.qsize()


SimpleQueue.__module__ = '_queue'
