"""Process objects, as CPython's multiprocessing.process: a child is made by
os.fork (pyproc writes out its buffered output first), its target runs in
_bootstrap, and it leaves with os._exit, so the parent's atexit handlers do
not run in it. Waiting uses the same pidfd wait as subprocess."""

import os
import sys
import atexit
import _subprocess
import _trace

__all__ = ['BaseProcess', 'current_process', 'active_children',
           'parent_process']


def current_process():
    """Return process object representing the current process"""
    return _current_process


def active_children():
    """Return list of process objects corresponding to live child processes"""
    _cleanup()
    return list(_children)


def parent_process():
    """Return process object representing the parent process"""
    return _parent_process


def _cleanup():
    # Reap children that have finished, so none stays a zombie.
    for p in list(_children):
        if p._poll() is not None:
            _children.discard(p)


class BaseProcess:
    """Process objects represent activity that is run in a separate process.
    The class is analogous to `threading.Thread`."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = _next_count()
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._pid = None
        self._exitcode = None
        self._sentinel = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + \
            ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        '''Method to be run in sub-process; can be overridden in sub-class'''
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        '''Start child process'''
        self._check_closed()
        assert self._pid is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        pid = os.fork()
        if pid == 0:
            code = self._bootstrap()
            os._exit(code)
        _trace.role(self._name + (' (daemonic)' if self.daemon else ''), pid)
        self._pid = pid
        self._sentinel = os.pidfd_open(pid)
        _children.add(self)

    def _poll(self):
        """The exit code if the process has ended (reaping it), else None."""
        if self._exitcode is None and self._pid is not None:
            try:
                pid, status = os.waitpid(self._pid, os.WNOHANG)
            except ChildProcessError:
                # Reaped by someone else (an os.wait() of the program's).
                pid, status = self._pid, 0
            if pid == self._pid:
                self._exitcode = os.waitstatus_to_exitcode(status)
        return self._exitcode

    def terminate(self):
        '''Terminate process; sends SIGTERM signal or uses TerminateProcess()'''
        self._check_closed()
        self._send_signal(15)

    def kill(self):
        '''Terminate process; sends SIGKILL signal or uses TerminateProcess()'''
        self._check_closed()
        self._send_signal(9)

    def _send_signal(self, sig):
        if self._pid is not None and self._exitcode is None:
            try:
                os.kill(self._pid, sig)
            except ProcessLookupError:
                pass

    def join(self, timeout=None):
        '''Wait until child process terminates'''
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._pid is not None, 'can only join a started process'
        if self._exitcode is None:
            status = _subprocess.wait(self._pid, timeout, [])
            if status is not None:
                self._exitcode = os.waitstatus_to_exitcode(status)
        if self._exitcode is not None:
            _children.discard(self)

    def is_alive(self):
        '''Return whether process is alive'''
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._pid is None:
            return False
        if self._poll() is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        '''Close the Process object.

        This method releases resources held by the Process object.  It is
        an error to call this method if the child process is still running.
        '''
        if self._pid is not None:
            if self._poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            if self._sentinel is not None:
                os.close(self._sentinel)
                self._sentinel = None
            self._pid = None
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        '''Return whether process is a daemon'''
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        '''Set whether process is a daemon'''
        assert self._pid is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def exitcode(self):
        '''Return exit code of process or `None` if it has yet to stop'''
        self._check_closed()
        if self._pid is None:
            return self._exitcode
        return self._poll()

    @property
    def ident(self):
        '''Return identifier (PID) of process or `None` if it has yet to start'''
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._pid

    pid = ident

    @property
    def sentinel(self):
        '''Return a file descriptor (Unix) or handle (Windows) suitable for
        waiting for process termination.'''
        self._check_closed()
        if self._sentinel is None:
            raise ValueError("process not started")
        return self._sentinel

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._pid is None:
            status = 'initial'
        else:
            exitcode = self._poll()
            if exitcode is not None:
                status = 'stopped'
            else:
                status = 'started'

        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_name(exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self):
        global _current_process, _parent_process, _process_counter, _children
        global _exit_hooks
        try:
            _children = set()
            _exit_hooks = []
            _process_counter = 0
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
            _current_process = self
            atexit._clear()
            try:
                sys.stdin.close()
                sys.stdin = open(os.devnull)
            except (OSError, ValueError):
                pass
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except:
            exitcode = 1
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        finally:
            _flush_std_streams()
        return exitcode


def _flush_std_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError, OSError):
            pass


def _exitcode_name(exitcode):
    """-SIGTERM for -15, as CPython shows a death by signal."""
    if exitcode < 0:
        import signal
        try:
            return '-' + signal.Signals(-exitcode).name
        except ValueError:
            pass
    return exitcode


class _ParentProcess(BaseProcess):

    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._exitcode = None
        self._sentinel = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        try:
            os.kill(self._pid, 0)
        except ProcessLookupError:
            return False
        return os.getppid() == self._pid

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        '''Wait until parent process terminates'''
        import time
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.is_alive():
            if deadline is not None and time.monotonic() >= deadline:
                return
            time.sleep(0.01)

    def __repr__(self):
        return "<%s name=%r parent=None unknown>" % (type(self).__name__, self._name)


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._pid = None
        self._exitcode = None
        self._sentinel = None
        self._closed = False
        self._config = {'semprefix': '/mp'}

    def __repr__(self):
        return "<%s name=%r parent=None started>" % (type(self).__name__, self._name)


_parent_process = None
_current_process = _MainProcess()
_process_counter = 0
_children = set()

# Run first at exit, newest first, in the main process and in children
# alike (CPython's util.Finalize with exitpriority 0: a manager's
# shutdown).
_exit_hooks = []


def _next_count():
    global _process_counter
    _process_counter += 1
    return _process_counter


def _exit_function():
    """At exit: daemonic children are terminated, then every child is
    joined (the main process waits for its non-daemonic children)."""
    while _exit_hooks:
        _exit_hooks.pop()()
    for p in active_children():
        if p.daemon:
            p._send_signal(15)
    for p in active_children():
        p.join()


atexit.register(_exit_function)
