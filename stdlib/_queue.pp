"""Where `queue.Empty` claims to live (its `__module__`, as in CPython), so
that an Empty raised in one process can be named and found in another."""

from queue import Empty
