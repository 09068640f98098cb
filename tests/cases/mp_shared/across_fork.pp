# Values and arrays live in shared memory: what forked children write the
# parent reads, and the other way round, for scalars, arrays and strings.
import multiprocessing as mp
import os
import sys


def fork():
    sys.stdout.flush()
    return os.fork()


counter = mp.Value('i', 0)
total = mp.Value('d', 0.0)
squares = mp.Array('q', 8)
name = mp.Array('c', 16)
flag = mp.RawValue('c', b'n')
go = mp.Event()

pids = []
for k in range(8):
    pid = fork()
    if pid == 0:
        go.wait(5)
        squares[k] = k * k
        with counter.get_lock():
            counter.value += 1
        with total:
            total.value += k / 2
        if k == 3:
            name.value = b'child three'
            flag.value = b'y'
        os._exit(0)
    pids.append(pid)
go.set()
print([os.waitstatus_to_exitcode(os.waitpid(p, 0)[1]) for p in pids])
print(counter.value, total.value, squares[:], name.value, flag.value)

squares[:] = [0] * 8
pid = fork()
if pid == 0:
    print("child sees", squares[:], counter.value, flush=True)
    os._exit(0)
os.waitpid(pid, 0)
