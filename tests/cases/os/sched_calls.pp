# Scheduling calls: sched_param, priorities, policies and their errors.
import os
p = os.sched_param(0)
print(p, os.sched_param(sched_priority=5), p.sched_priority, p == (0,), p[0])
for args in ((), (1, 2)):
    try:
        os.sched_param(*args)
    except TypeError as e:
        print("TypeError:", e)
print(os.sched_getparam(0), os.sched_getscheduler(0) == os.SCHED_OTHER)
print(os.SCHED_OTHER, os.SCHED_FIFO, os.SCHED_RR, os.SCHED_BATCH, os.SCHED_IDLE)
print(os.PRIO_PROCESS, os.PRIO_PGRP, os.PRIO_USER)
n = os.getpriority(os.PRIO_PROCESS, 0)
os.setpriority(os.PRIO_PROCESS, 0, n + 1)
print(os.getpriority(os.PRIO_PROCESS, 0) == n + 1)
try:
    os.setpriority(os.PRIO_PROCESS, 0, n)
    print("lowered")
except PermissionError as e:
    print("PermissionError", e.errno)
print(os.nice(0) == n + 1 or os.nice(0) == n)
try:
    os.sched_setscheduler(0, os.SCHED_OTHER, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    os.sched_setscheduler(0, 12345, os.sched_param(0))
except OSError as e:
    print(type(e).__name__, e)
try:
    os.sched_getaffinity(4194304 + 17)
except OSError as e:
    print(type(e).__name__, e)
print(os.sched_get_priority_min(policy=os.SCHED_RR))
try:
    os.sched_get_priority_max(12345)
except OSError as e:
    print(type(e).__name__, e)
print(type(os.sched_rr_get_interval(0)).__name__, os.sched_yield())
print(isinstance(os.sched_getaffinity(0), set), all(isinstance(c, int) for c in os.sched_getaffinity(0)))
