# Ids, times, cpu_count and uname.
import os
print(type(os.getuid()).__name__, type(os.geteuid()).__name__, type(os.getgid()).__name__, os.getuid() >= 0)
print(type(os.getegid()).__name__, isinstance(os.getgroups(), list))
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t[4] == t.elapsed, t.children_user >= 0)
print(tuple(t) == t, isinstance(t, tuple), t._fields if hasattr(t, "_fields") else "no _fields")
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname)
print(repr(os.times_result((1.0, 2.0, 3.0, 4.0, 5.0))))
print(os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE, os.EX_CONFIG)
print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED)
