# not-cpython: a call interrupted by a signal handler's exception (here
# KeyboardInterrupt during q.get()) gives up its connection, so the
# server cancels the blocked get and the manager stays usable from the
# same process (CPython's server thread stays blocked in that get, and
# the next call on the connection waits behind it for ever).
import multiprocessing as mp
import os
import signal
import time


def interrupt(pid, ready):
    ready.wait(10)
    time.sleep(0.2)
    os.kill(pid, signal.SIGINT)


if __name__ == '__main__':
    with mp.Manager() as m:
        q, ready = m.Queue(), m.Event()
        p = mp.Process(target=interrupt, args=(os.getpid(), ready))
        p.start()
        try:
            ready.set()
            q.get(timeout=10)
        except KeyboardInterrupt:
            print('interrupted')
        p.join(10)
        q.put('after')
        print(q.get(timeout=10), q.qsize())
