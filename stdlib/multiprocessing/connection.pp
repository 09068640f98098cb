"""Connections between processes: `Pipe()` and `wait()` (native, in
_multiprocessing: src/multiprocessing/connection/)."""

from _multiprocessing import Pipe, wait
import _multiprocessing

Connection = type(Pipe()[0])
