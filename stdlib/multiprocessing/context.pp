"""The process class of the (only) start method pyproc has: fork."""

from multiprocessing import process


class Process(process.BaseProcess):
    _start_method = None


# The exceptions live here in CPython; values sent between processes name
# them by this module.
from _multiprocessing import ProcessError, BufferTooShort, AuthenticationError, TimeoutError
