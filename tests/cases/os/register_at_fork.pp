# os.register_at_fork: before hooks run last-registered first, the after
# hooks in registration order, in the right process; errors are reported
# and ignored; a forked child's random numbers differ from its parent's.
import os
import random
import sys

events = []
os.register_at_fork(before=lambda: events.append('before 1'))
os.register_at_fork(before=lambda: events.append('before 2'),
                    after_in_parent=lambda: events.append('parent 2'),
                    after_in_child=lambda: events.append('child 2'))
os.register_at_fork(after_in_parent=lambda: events.append('parent 3'),
                    after_in_child=lambda: events.append('child 3'))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, (repr(events) + '\n').encode())
    os.write(w, (repr(random.random()) + '\n').encode())
    os._exit(0)
os.close(w)
with os.fdopen(r) as f:
    child_events, child_random = f.read().splitlines()
os.waitpid(pid, 0)
print('parent:', events)
print('child: ', child_events)
print('random differs:', child_random != repr(random.random()))

for bad in ({}, {'before': 3}, {'after': print}):
    try:
        os.register_at_fork(**bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    os.register_at_fork(print)
except TypeError as e:
    print('TypeError:', e)
