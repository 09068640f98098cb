# not-cpython: the `_trace` module that pyproc's multiprocessing uses to name
# what a process is for in `--trace` output does nothing when the program is
# not traced; its errors are CPython-style TypeErrors.
import os
import _trace

print(_trace.enabled())
print(_trace.role("pool worker"))
print(_trace.role("manager", os.getpid()))
for args in [(), (1,), ("a", "b"), ("a", 1, 2)]:
    try:
        _trace.role(*args)
    except TypeError as e:
        print("TypeError:", e)
print("PYPROC_TRACE" in os.environ)
