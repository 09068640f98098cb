"""Connections between processes, as CPython's multiprocessing.connection:
`Pipe()`, and `Listener`/`Client` for the 'AF_UNIX' family (Unix stream
sockets, no authentication handshake). All native (src/multiprocessing/
connection/)."""

from _multiprocessing import Pipe
from _multiprocessing import _Listener as Listener, _Client as Client

__all__ = ['Client', 'Listener', 'Pipe']
