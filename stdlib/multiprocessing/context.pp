"""The process class of the (only) start method pyproc has: fork."""

from multiprocessing import process


class Process(process.BaseProcess):
    _start_method = None
