# Error cases of the process calls: CPython's exception types and messages.
import os

def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("kill missing", os.kill, 999999999 % 4194304 + 4194304, 0)
attempt("kill bad sig", os.kill, os.getpid(), 999)
attempt("kill str", os.kill, "1", 0)
attempt("getpgid missing", os.getpgid, 4194304 + 17)
attempt("getsid missing", os.getsid, 4194304 + 17)
attempt("setpgid missing", os.setpgid, 4194304 + 17, 0)
attempt("waitpid str", os.waitpid, "x", 0)
attempt("waitpid args", os.waitpid, 1)
attempt("WEXITSTATUS big", os.WEXITSTATUS, 2 ** 40)
attempt("WEXITSTATUS none", os.WEXITSTATUS)
attempt("fork args", os.fork, 1)
attempt("getpid args", os.getpid, 1)
attempt("_exit none", os._exit)
attempt("execv empty", os.execv, "/bin/true", [])
attempt("execv str", os.execv, "/bin/true", "ab")
attempt("execv empty first", os.execv, "/bin/true", [""])
attempt("execv missing", os.execv, "/nonexistent/prog", ["prog"])
attempt("execvp missing", os.execvp, "no-such-program-pyproc", ["x"])
attempt("execv not exec", os.execv, "/etc/passwd", ["passwd"])
attempt("system none", os.system)
try:
    os.kill(4194304 + 17, 0)
except OSError as e:
    print(repr(e), e.errno, e.strerror, e.filename, isinstance(e, ProcessLookupError))
