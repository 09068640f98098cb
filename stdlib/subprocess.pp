"""Subprocesses with accessible I/O streams: Popen, run and friends.

The system-level work is native (`_subprocess`, src/modules/subprocess/):
spawning with posix_spawn, waiting on a pidfd, and moving data through the
pipes with poll. This module holds the Python-level API, as CPython's does.
"""

import os
import sys
import time
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns
    a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            import signal
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running, as run() returns it."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# Popen objects whose process may still need reaping: each new Popen polls
# them, so a child nobody waited for does not stay a zombie for long.
_active = []


def _cleanup():
    for p in _active[:]:
        if p.poll() is not None:
            _active.remove(p)


def _text_decode(data, encoding, errors):
    text = data.decode(encoding or "utf-8", errors or "strict")
    return text.replace("\r\n", "\n").replace("\r", "\n")


class Popen:
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        _cleanup()
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if user is not None or group is not None or extra_groups is not None or umask != -1:
            raise NotImplementedError("pyproc's Popen does not support user, group, extra_groups or umask yet")
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if pass_fds and not close_fds:
            close_fds = True

        if isinstance(args, (str, bytes)):
            argv = [args]
        elif hasattr(args, "__fspath__"):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ["/bin/sh", "-c"] + argv
            if executable:
                argv[0] = executable
        if executable is None:
            executable = argv[0]

        opened = []        # every descriptor made here, closed on failure
        child_ends = []    # ours to close once the child has them
        p2cread, p2cwrite = self._source(stdin, opened, child_ends, reading=True)
        c2pread, c2pwrite = self._source(stdout, opened, child_ends, reading=False)
        if stderr == STDOUT:
            errread, errwrite = None, (c2pwrite if c2pwrite is not None else 1)
        else:
            errread, errwrite = self._source(stderr, opened, child_ends, reading=False)
        try:
            pid = _subprocess.spawn(
                argv, executable, cwd, env, p2cread, c2pwrite, errwrite,
                close_fds, tuple(pass_fds), start_new_session,
                process_group, preexec_fn)
        except BaseException:
            for fd in opened:
                os.close(fd)
            raise
        for fd in child_ends:
            os.close(fd)
        if pid is None:
            for fd in opened:
                if fd not in child_ends:
                    os.close(fd)
            raise SubprocessError("Exception occurred in preexec_fn.")
        self.pid = pid
        _active.append(self)

        if p2cwrite is not None:
            if self.text_mode:
                self.stdin = open(p2cwrite, "w", buffering=1 if bufsize == 1 else -1,
                                  encoding=encoding or "utf-8", errors=errors)
            else:
                self.stdin = open(p2cwrite, "wb", bufsize)
        if c2pread is not None:
            if self.text_mode:
                self.stdout = open(c2pread, "r", encoding=encoding or "utf-8", errors=errors)
            else:
                self.stdout = open(c2pread, "rb", bufsize)
        if errread is not None:
            if self.text_mode:
                self.stderr = open(errread, "r", encoding=encoding or "utf-8", errors=errors)
            else:
                self.stderr = open(errread, "rb", bufsize)

    @staticmethod
    def _source(spec, opened, child_ends, reading):
        """(parent's end, child's end) for one of stdin/stdout/stderr."""
        if spec is None:
            return None, None
        if spec == PIPE:
            r, w = os.pipe()
            opened.extend((r, w))
            if reading:
                child_ends.append(r)
                return r, w
            child_ends.append(w)
            return r, w
        if spec == DEVNULL:
            fd = os.open(os.devnull, os.O_RDWR)
            opened.append(fd)
            child_ends.append(fd)
            return (fd, None) if reading else (None, fd)
        if isinstance(spec, int):
            if spec < 0:
                raise ValueError("invalid file descriptor %d" % spec)
            return (spec, None) if reading else (None, spec)
        fd = spec.fileno()
        return (fd, None) if reading else (None, fd)

    def __repr__(self):
        obj_repr = (
            f"<{self.__class__.__name__}: "
            f"returncode: {self.returncode} args: {self.args!r}>"
        )
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def _handle_exitstatus(self, sts):
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def poll(self):
        """Check if the child process has terminated. Set and return the
        returncode attribute."""
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                # Reaped by someone else (a SIGCHLD handler, os.wait).
                self.returncode = 0
                return self.returncode
            if pid == self.pid:
                self._handle_exitstatus(sts)
        return self.returncode

    def _watched_pipes(self):
        pipes = []
        for f, name in ((self.stdout, "stdout"), (self.stderr, "stderr")):
            if f is not None and not f.closed:
                pipes.append((f.fileno(), name))
        return pipes

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if self.returncode is not None:
            return self.returncode
        sts = _subprocess.wait(self.pid, timeout, self._watched_pipes())
        if sts is None:
            raise TimeoutExpired(self.args, timeout)
        self._handle_exitstatus(sts)
        return self.returncode

    def communicate(self, input=None, timeout=None):
        """Send data to stdin, read stdout and stderr until end-of-file, and
        wait for the process to terminate. Returns (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        endtime = None if timeout is None else time.monotonic() + timeout
        if not self._communication_started:
            if input is not None and self.text_mode and isinstance(input, str):
                input = input.encode(self.encoding or "utf-8", self.errors or "strict")
            self._input = input
            self._written = 0
            self._out = bytearray() if self.stdout else None
            self._err = bytearray() if self.stderr else None
            if self.stdin:
                try:
                    self.stdin.flush()
                except BrokenPipeError:
                    pass
                if not input:
                    try:
                        self.stdin.close()
                    except BrokenPipeError:
                        pass
        self._communication_started = True

        while True:
            in_fd = self.stdin.fileno() if self.stdin and not self.stdin.closed else None
            out_fd = self.stdout.fileno() if self.stdout and not self.stdout.closed else None
            err_fd = self.stderr.fileno() if self.stderr and not self.stderr.closed else None
            if in_fd is None and out_fd is None and err_fd is None:
                break
            remaining = None if endtime is None else max(endtime - time.monotonic(), 0)
            written, out_eof, err_eof, timed_out = _subprocess.communicate(
                in_fd, self._input, self._written, out_fd, self._out,
                err_fd, self._err, remaining)
            self._written = written
            if out_eof:
                self.stdout.close()
            if err_eof:
                self.stderr.close()
            if in_fd is not None and written >= len(self._input or b""):
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
            if timed_out:
                raise TimeoutExpired(
                    self.args, timeout,
                    output=bytes(self._out) if self._out else None,
                    stderr=bytes(self._err) if self._err else None)

        # A TimeoutExpired from here names the time that was left, as
        # CPython's does.
        remaining = None if endtime is None else max(endtime - time.monotonic(), 0)
        self.wait(timeout=remaining)
        out = None if self._out is None else bytes(self._out)
        err = None if self._err is None else bytes(self._err)
        if self.text_mode:
            if out is not None:
                out = _text_decode(out, self.encoding, self.errors)
            if err is not None:
                err = _text_decode(err, self.encoding, self.errors)
        return (out, err)

    def send_signal(self, sig):
        """Send a signal to the process (not if it has been reaped, so a
        recycled pid is never hit)."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(15)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(9)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments. Wait for command to complete or
    timeout, then return the returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments; raise CalledProcessError on a non-zero
    exit code, else return 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError(f"{kw} argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        if kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") \
                or kwargs.get("errors"):
            empty = ""
        else:
            empty = b""
        kwargs["input"] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used "
                             "with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
