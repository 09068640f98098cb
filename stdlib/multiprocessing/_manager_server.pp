"""A manager's server: one process, one thread, one poll() over the
listening socket, the owner's pipe and every client connection. A
request is (object id, method name, args, kwargs); the answer is
(0, result) or (1, exception). A call that cannot finish yet (Queue.get,
Lock.acquire, Event.wait, ...) is parked, as `_manager_types.Wait`, and
retried after every request, so no client can wedge the server; poll's
timeout is the nearest parked deadline. Object id 0 is the server itself
(create, shutdown, ...)."""

import os
import time
import _multiprocessing
from multiprocessing import _manager_types as _types

_wait = _multiprocessing.wait
_serve_request = _multiprocessing._serve_request
_Wait = _types.Wait
_NOT_YET = _types.NOT_YET


def _remote_error():
    """What CPython's server sends for a failure of its own (creating an
    object, ...): the traceback as text, in a RemoteError."""
    import traceback
    from multiprocessing.managers import RemoteError
    return RemoteError(traceback.format_exc())


class Server:
    def __init__(self, registry, listener, owner):
        self.registry = registry
        self.listener = listener
        self.owner = owner
        self.objects = {}
        self.next_id = 1
        self.clients = {}
        self.parked = []
        self.stopping = False
        # What poll() watches; None when a client came or went.
        self.fds = None

    def serve_forever(self):
        listen_fd = self.listener.fileno()
        owner_fd = self.owner.fileno()
        clients = self.clients
        objects = self.objects
        parked = self.parked
        while not self.stopping:
            timeout = None
            if parked:
                timeout = self._timeout()
            fds = self.fds
            if fds is None:
                fds = self.fds = [listen_fd, owner_fd] + list(clients)
            for fd in _wait(fds, timeout):
                conn = clients.get(fd)
                if conn is None:
                    if fd == listen_fd:
                        conn = self.listener.accept()
                        clients[conn.fileno()] = conn
                        self.fds = None
                    elif fd == owner_fd:
                        return
                    continue
                _types.client = conn
                try:
                    slow = _serve_request(conn, objects, _Wait)
                except Exception:
                    # End of file, or a message no client sends: either
                    # way this connection is done.
                    self._drop(conn)
                    slow = None
                if slow is not None:
                    self._slow_path(conn, slow)
                if parked:
                    self._retry()

    def _slow_path(self, conn, slow):
        """What `_serve_request` leaves to the server: its own requests,
        keyword arguments, blocking calls and unsendable results."""
        if slow[0] == 'wait':
            self._park(conn, slow[1])
        elif slow[0] == 'unsendable':
            self._answer_unsendable(conn, (0, slow[1]), slow[2])
        else:
            self._request(conn, slow[1], slow[2], slow[3], slow[4])

    def _request(self, conn, oid, name, args, kwds):
        try:
            if oid:
                result = getattr(self.objects[oid], name)(*args, **kwds)
            else:
                result = getattr(self, 'op_' + name)(*args)
        except Exception as e:
            if oid:
                self._answer(conn, (1, e))
            else:
                self._answer(conn, (1, _remote_error()))
            return
        if type(result) is _Wait:
            self._park(conn, result)
        else:
            self._answer(conn, (0, result))

    def _answer(self, conn, reply):
        try:
            conn.send(reply)
        except TypeError as e:
            self._answer_unsendable(conn, reply, e)
        except OSError:
            pass

    def _answer_unsendable(self, conn, reply, error):
        """Dict views and iterators go back as lists, as CPython's do;
        anything else that cannot travel is the caller's TypeError."""
        try:
            conn.send((reply[0], list(reply[1])))
        except Exception:
            try:
                conn.send((1, error))
            except OSError:
                pass

    def _park(self, conn, wait):
        _types.client = conn
        try:
            result = wait.attempt()
        except Exception as e:
            self._answer(conn, (1, e))
            return
        if result is _NOT_YET:
            self.parked.append((conn, wait))
        else:
            self._answer(conn, (0, result))

    def _retry(self):
        """Finishes whatever parked calls can finish now, oldest first,
        until a pass finishes none (one may let another proceed). Clients
        that vanished while parked go first: a dead waiter must not take
        an item or a lock."""
        self._drop_vanished()
        progress = True
        while progress and self.parked:
            progress = False
            for entry in list(self.parked):
                conn, wait = entry
                _types.client = conn
                if self._finish(entry, wait.attempt):
                    progress = True

    def _finish(self, entry, step):
        conn = entry[0]
        try:
            result = step()
        except Exception as e:
            self.parked.remove(entry)
            self._answer(conn, (1, e))
            return True
        if result is _NOT_YET:
            return False
        self.parked.remove(entry)
        self._answer(conn, (0, result))
        return True

    def _timeout(self):
        """Seconds to the nearest deadline, expiring the calls whose
        deadline has passed; None when none has one."""
        now = time.monotonic()
        nearest = None
        for entry in list(self.parked):
            wait = entry[1]
            if wait.deadline is None:
                continue
            if wait.deadline <= now:
                wait.deadline = None
                _types.client = entry[0]
                if self._finish(entry, wait.on_timeout):
                    self._retry()
                continue
            if nearest is None or wait.deadline < nearest:
                nearest = wait.deadline
        if nearest is None:
            return None
        return max(nearest - now, 0)

    def _drop_vanished(self):
        """A parked client sends nothing until answered, so a readable
        one has hung up."""
        fds = []
        for entry in self.parked:
            fds.append(entry[0].fileno())
        for fd in _wait(fds, 0):
            conn = self.clients.get(fd)
            if conn is not None:
                self._drop(conn)

    def _drop(self, conn):
        """A client went away: its parked calls are cancelled; what it
        held stays held, as in CPython. The caller retries the others."""
        del self.clients[conn.fileno()]
        self.fds = None
        for entry in list(self.parked):
            if entry[0] is conn:
                self.parked.remove(entry)
                wait = entry[1]
                if wait.on_cancel is not None:
                    wait.on_cancel()
        conn.close()

    def op_create(self, typeid, args, kwds):
        factory = self.registry[typeid]
        if typeid == 'Condition' and args:
            args = (self._local(args[0]),) + tuple(args[1:])
        obj = factory(*args, **kwds)
        oid = self.next_id
        self.next_id += 1
        self.objects[oid] = obj
        return oid

    def _local(self, value):
        """A proxy of this very server stands for its referent (a
        Condition's lock)."""
        if getattr(value, '_address', None) == self.listener.address:
            return self.objects[value._id]
        return value

    def op_getvalue(self, oid):
        return self.objects[oid]

    def op_imul(self, oid, n):
        """`list *= n` (pyproc's list has no `__imul__` method)."""
        obj = self.objects[oid]
        obj *= n
        self.objects[oid] = obj

    def op_exposed(self, oid):
        """The public methods of an object, which its AutoProxy offers."""
        obj = self.objects[oid]
        names = []
        for name in dir(obj):
            if name[0] != '_' and callable(getattr(obj, name)):
                names.append(name)
        return names

    def op_repr(self, oid):
        return repr(self.objects[oid])

    def op_number_of_objects(self):
        return len(self.objects)

    def op_shutdown(self):
        self.stopping = True
        return None

    def op_dummy(self):
        return None


def run(registry, address, owner, owners_end, initializer=None, initargs=()):
    """The server process's whole life: it tells the owner its address
    (or why it has none) and serves until told to stop. Never returns."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    owners_end.close()
    code = 0
    try:
        try:
            listener = _multiprocessing._Listener(address)
        except Exception as e:
            owner.send(e)
            os._exit(1)
        if initializer is not None:
            initializer(*initargs)
        owner.send(listener.address)
        Server(registry, listener, owner).serve_forever()
        listener.close()
    except BaseException:
        import traceback
        traceback.print_exc()
        code = 1
    finally:
        os._exit(code)
