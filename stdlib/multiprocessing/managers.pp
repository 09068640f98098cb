"""Managers, as CPython's multiprocessing.managers with the fork start
method: `start()` starts a server Process (`_manager_server`) that owns
the shared objects, and proxies call their methods over a Unix socket.
Proxy classes take (typeid, address, id) where CPython's take a token.

A proxy travels (through a Pipe, a Queue, a pool task) as its type id,
the server's address and the object's id; in each process, proxies of
one server share one connection, opened when first used there, so a
forked child never talks over its parent's socket. The server exits on
`shutdown()`, at the owner's exit, or when the owner's end of their pipe
closes (the owner and the children forked after the manager all gone).
Objects live until the server ends (no reference counting), and there is
no authentication handshake."""

import os
from multiprocessing import process
from _multiprocessing import Pipe, ProcessError, _request
from multiprocessing.connection import Client
from multiprocessing import _manager_types
from multiprocessing._manager_types import Namespace, Value, Array

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token']

_getpid = os.getpid

_INITIAL, _STARTED, _SHUTDOWN = 0, 1, 2


class Token:
    """Type id, server address and object id of a shared object."""

    def __init__(self, typeid, address, id):
        self.typeid = typeid
        self.address = address
        self.id = id

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % (
            type(self).__name__, self.typeid, self.address, self.id)


class _Link:
    """This process's connection to one server, opened when first used."""

    def __init__(self, address, pid):
        self.address = address
        self.pid = pid
        self.conn = None

    def connect(self):
        self.conn = Client(self.address)
        return self.conn

    def call(self, oid, methodname, args, kwds):
        conn = self.conn
        if conn is None or conn.closed:
            conn = self.connect()
        return _request(conn, (oid, methodname, args, kwds))


class RemoteError(Exception):
    def __str__(self):
        return ('\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75)


_links = {}
_links_pid = None


def _link(address):
    global _links, _links_pid
    pid = _getpid()
    if _links_pid != pid:
        _links = {}
        _links_pid = pid
    link = _links.get(address)
    if link is None:
        link = _links[address] = _Link(address, pid)
    return link


class BaseProxy:
    """A shared object's stand-in: method calls go to the server."""

    def __init__(self, typeid, address, id, manager=None):
        self._typeid = typeid
        self._address = address
        self._id = id
        self._link = None
        self._manager = manager

    def _callmethod(self, methodname, args=(), kwds=None):
        '''
        Try to call a method of the referent and return a copy of the result
        '''
        link = self._link
        if link is None or link.pid != _getpid():
            link = self._link = _link(self._address)
        conn = link.conn
        if conn is None or conn.closed:
            conn = link.connect()
        return _request(conn, (self._id, methodname, args, kwds))

    def _getvalue(self):
        '''
        Get a copy of the value of the referent
        '''
        return _link(self._address).call(0, 'getvalue', (self._id,), None)

    @property
    def _token(self):
        return Token(self._typeid, self._address, self._id)

    def __getstate__(self):
        return (self._typeid, self._address, self._id)

    def __setstate__(self, state):
        self._typeid, self._address, self._id = state
        self._link = None
        self._manager = None

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (
            type(self).__name__, self._typeid, id(self))

    def __str__(self):
        '''
        Return representation of the referent (or a fall-back if that fails)
        '''
        try:
            return _link(self._address).call(0, 'repr', (self._id,), None)
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _forwarder(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


def _expose(cls, names):
    for name in names:
        setattr(cls, name, _forwarder(name))
    cls._exposed_ = tuple(names)
    return cls


class DictProxy(BaseProxy):
    def __getitem__(self, key):
        return self._callmethod('__getitem__', (key,))

    def __setitem__(self, key, value):
        return self._callmethod('__setitem__', (key, value))

    def __delitem__(self, key):
        return self._callmethod('__delitem__', (key,))

    def __contains__(self, key):
        return self._callmethod('__contains__', (key,))

    def __len__(self):
        return self._callmethod('__len__')

    def __iter__(self):
        return iter(self._callmethod('keys'))


_expose(DictProxy, ('clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem',
                    'setdefault', 'update', 'values'))


class ListProxy(BaseProxy):
    def __getitem__(self, index):
        return self._callmethod('__getitem__', (index,))

    def __setitem__(self, index, value):
        return self._callmethod('__setitem__', (index, value))

    def __delitem__(self, index):
        return self._callmethod('__delitem__', (index,))

    def __contains__(self, value):
        return self._callmethod('__contains__', (value,))

    def __len__(self):
        return self._callmethod('__len__')

    def __iter__(self):
        return iter(self._callmethod('copy'))

    def append(self, value):
        return self._callmethod('append', (value,))

    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        _link(self._address).call(0, 'imul', (self._id, value), None)
        return self


_expose(ListProxy, ('__add__', '__mul__', '__reversed__', '__rmul__', 'count',
                    'extend', 'index', 'insert', 'pop', 'remove', 'reverse',
                    'sort'))


class NamespaceProxy(BaseProxy):
    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return object.__getattribute__(self, '_callmethod')('_get', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return object.__getattribute__(self, '_callmethod')('_set', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return object.__getattribute__(self, '_callmethod')('_del', (key,))


class ValueProxy(BaseProxy):
    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


class ArrayProxy(BaseProxy):
    def __len__(self):
        return self._callmethod('__len__')

    def __getitem__(self, index):
        return self._callmethod('__getitem__', (index,))

    def __setitem__(self, index, value):
        return self._callmethod('__setitem__', (index, value))


class AcquirerProxy(BaseProxy):
    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        return self._callmethod('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

    def wait_for(self, predicate, timeout=None):
        import time
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class EventProxy(BaseProxy):
    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        return self._callmethod('set')

    def clear(self):
        return self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class BarrierProxy(BaseProxy):
    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def abort(self):
        return self._callmethod('abort')

    def reset(self):
        return self._callmethod('reset')

    @property
    def parties(self):
        return self._callmethod('_get', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('_get', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('_get', ('broken',))


class AutoProxy(BaseProxy):
    """The proxy of a type registered without one: every public name is
    a method of the referent."""

    def __getattr__(self, name):
        if name[0] == '_':
            return object.__getattribute__(self, name)
        exposed = self.__dict__.get('_exposed_')
        if exposed is None:
            exposed = self._exposed_ = _link(self._address).call(
                0, 'exposed', (self._id,), None)
        if name not in exposed:
            raise AttributeError("'AutoProxy[%s]' object has no attribute '%s'"
                                 % (self._typeid, name))
        return _bound_forwarder(self, name)

    def __repr__(self):
        return '<AutoProxy[%s] object, typeid %r at %#x>' % (
            self._typeid, self._typeid, id(self))


def _bound_forwarder(proxy, name):
    def method(*args, **kwds):
        return proxy._callmethod(name, args, kwds)
    method.__name__ = name
    return method


class QueueProxy(AutoProxy):
    """A queue's AutoProxy, with its methods spelt out (no lookup miss
    per call)."""

    def put(self, item, block=True, timeout=None):
        return self._callmethod('put', (item, block, timeout))

    def get(self, block=True, timeout=None):
        return self._callmethod('get', (block, timeout))


_expose(QueueProxy, ('empty', 'full', 'get_nowait', 'join', 'put_nowait',
                     'qsize', 'task_done'))


class BaseManager:
    '''
    Base class for managers
    '''
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle',
                 ctx=None, *, shutdown_timeout=1.0):
        self._address = address
        self._state = _INITIAL
        self._process = None
        self._owner = None
        self._owner_pid = None
        self._shutdown_timeout = shutdown_timeout

    @property
    def address(self):
        return self._address

    def get_server(self):
        raise NotImplementedError('pyproc managers serve only from start()')

    def connect(self):
        '''
        Connect manager object to the server process
        '''
        _link(self._address).call(0, 'dummy', (), None)
        self._state = _STARTED

    def start(self, initializer=None, initargs=()):
        '''
        Spawn a server process for this manager object
        '''
        if self._state == _STARTED:
            raise ProcessError('Already started server')
        if self._state == _SHUTDOWN:
            raise ProcessError('Manager has shut down')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        registry = {}
        for typeid, entry in type(self)._registry.items():
            registry[typeid] = entry[0]
        here, there = Pipe()
        from multiprocessing import _manager_server
        from multiprocessing.context import Process
        # A Process, as CPython's: named after the manager, counted among
        # the children, and joined with them.
        server = Process(target=_manager_server.run,
                         args=(registry, self._address, there, here,
                               initializer, initargs))
        server.name = type(self).__name__ + '-' + ':'.join(
            str(i) for i in server._identity)
        server.start()
        there.close()
        try:
            address = here.recv()
        except EOFError:
            address = None
        if not isinstance(address, str):
            here.close()
            server.join()
            if isinstance(address, BaseException):
                raise address
            raise ProcessError('the manager server failed to start')
        self._address = address
        self._process = server
        self._owner = here
        self._owner_pid = _getpid()
        self._state = _STARTED
        process._exit_hooks.append(self._at_exit)

    def _at_exit(self):
        if self._owner_pid == _getpid():
            self.shutdown()

    def join(self, timeout=None):
        '''
        Join the manager process (if it has been spawned)
        '''
        if self._process is not None:
            self._process.join(timeout)

    def shutdown(self):
        if self._state != _STARTED or self._owner_pid != _getpid():
            return
        self._state = _SHUTDOWN
        # Proxies that talked to the server keep their broken connection
        # (BrokenPipeError); others will find no socket, as in CPython.
        if _links_pid == _getpid():
            _links.pop(self._address, None)
        try:
            self._owner.send(None)
        except OSError:
            pass
        server = self._process
        server.join(self._shutdown_timeout)
        if server.is_alive():
            server.terminate()
            server.join(0.1)
            if server.is_alive():
                server.kill()
                server.join()
        self._owner.close()

    def _create(self, typeid, args, kwds):
        return _link(self._address).call(0, 'create', (typeid, args, kwds), None)

    def _number_of_objects(self):
        return _link(self._address).call(0, 'number_of_objects', (), None)

    def __enter__(self):
        if self._state == _INITIAL:
            self.start()
        if self._state != _STARTED:
            raise ProcessError('Unable to start server')
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        '''
        Register a typeid with the manager type
        '''
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            setattr(cls, typeid, _creator(typeid, proxytype))


def _creator(typeid, proxytype):
    def temp(self, *args, **kwds):
        oid = self._create(typeid, args, kwds)
        return proxytype(typeid, self._address, oid, manager=self)
    temp.__name__ = typeid
    return temp


class SyncManager(BaseManager):
    '''
    Subclass of `BaseManager` which supports a number of shared object types.
    '''


SyncManager.register('Queue', _manager_types.Queue, QueueProxy)
SyncManager.register('JoinableQueue', _manager_types.JoinableQueue, QueueProxy)
SyncManager.register('Event', _manager_types.Event, EventProxy)
SyncManager.register('Lock', _manager_types.Lock, AcquirerProxy)
SyncManager.register('RLock', _manager_types.RLock, AcquirerProxy)
SyncManager.register('Semaphore', _manager_types.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', _manager_types.BoundedSemaphore, AcquirerProxy)
SyncManager.register('Condition', _manager_types.Condition, ConditionProxy)
SyncManager.register('Barrier', _manager_types.Barrier, BarrierProxy)
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Array', Array, ArrayProxy)
SyncManager.register('Namespace', Namespace, NamespaceProxy)
