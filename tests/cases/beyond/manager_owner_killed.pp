# not-cpython: a manager whose owner is killed (SIGKILL, so no shutdown
# runs) stops by itself: its server sees the owner's end of their pipe
# close, and removes its socket. (CPython's server lives on as an orphan.)
# The test then waits for the server's pid to vanish: the orphan is
# reaped by the harness's subreaper, not by this script.
import multiprocessing as mp
import os
import time
from multiprocessing.managers import SyncManager
from multiprocessing.connection import Client


def owner(out):
    m = SyncManager()
    m.start()
    d = m.dict(x=1)
    out.send((m.address, m._process.pid))
    time.sleep(60)


if __name__ == '__main__':
    here, there = mp.Pipe()
    p = mp.Process(target=owner, args=(there,))
    p.start()
    address, server_pid = here.recv()
    c = Client(address)
    c.close()
    print('server up')
    p.kill()
    p.join(10)
    print('owner exit', p.exitcode)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            Client(address).close()
        except FileNotFoundError:
            print('socket gone')
            break
        except ConnectionRefusedError:
            # Closed but not yet removed: the server is on its way out.
            pass
        time.sleep(0.02)
    while time.monotonic() < deadline:
        try:
            os.kill(server_pid, 0)
        except ProcessLookupError:
            print('server gone')
            break
        time.sleep(0.02)
