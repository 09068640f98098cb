"""Connections between processes: `Pipe()`, `wait()`, and `Listener`/
`Client` for the 'AF_UNIX' family (Unix stream sockets, no authentication
handshake). All native, in _multiprocessing: src/multiprocessing/
connection/."""

from _multiprocessing import Pipe, wait
from _multiprocessing import _Listener as Listener, _Client as Client
import _multiprocessing

Connection = type(Pipe()[0])
