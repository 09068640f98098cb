# A manager's Queue between processes: a consumer blocked in get() until
# a producer puts, timeouts, Empty and Full, and a JoinableQueue's join.
import multiprocessing as mp
import queue
import time


def consumer(q, out):
    out.put(q.get())
    out.put(q.get(timeout=10))


def producer(q, ready):
    ready.get(timeout=10)
    time.sleep(0.2)
    q.put('first')
    q.put('second')


def worker(jq, done):
    while True:
        item = jq.get(timeout=10)
        if item is None:
            jq.task_done()
            break
        done.append(item * 2)
        jq.task_done()


if __name__ == '__main__':
    with mp.Manager() as m:
        q, out, ready = m.Queue(), m.Queue(), m.Queue()
        c = mp.Process(target=consumer, args=(q, out))
        c.start()
        p = mp.Process(target=producer, args=(q, ready))
        p.start()
        ready.put('go')
        print(out.get(timeout=10), out.get(timeout=10))
        c.join(10)
        p.join(10)
        print(c.exitcode, p.exitcode, q.empty(), q.qsize())
        for f in (lambda: q.get(timeout=0.1), q.get_nowait, lambda: q.get(False)):
            try:
                f()
            except queue.Empty as e:
                print('Empty', repr(e))
        small = m.Queue(1)
        small.put(1)
        print(small.full(), small.qsize())
        for f in (lambda: small.put(2, timeout=0.1), lambda: small.put_nowait(2)):
            try:
                f()
            except queue.Full as e:
                print('Full', repr(e))
        try:
            q.get(timeout=-1)
        except ValueError as e:
            print('ValueError', e)
        jq, done = m.JoinableQueue(), m.list()
        w = mp.Process(target=worker, args=(jq, done))
        w.start()
        for i in range(5):
            jq.put(i)
        jq.put(None)
        jq.join()
        print(sorted(done))
        w.join(10)
        try:
            jq.task_done()
        except ValueError as e:
            print('ValueError', e)
