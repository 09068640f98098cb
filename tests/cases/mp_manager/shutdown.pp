# Shutting a manager down: by `with`, by shutdown(), and at the owner's
# exit; a proxy of a server that is gone raises; the server is never left
# running (the test harness fails on leftover processes).
# mask: 0x[0-9a-f]+
import multiprocessing as mp
from multiprocessing.managers import SyncManager, BaseManager


def owner_exits_without_shutdown(out):
    m = mp.Manager()
    d = m.dict()
    d['x'] = 1
    out.send(d['x'])


if __name__ == '__main__':
    with mp.Manager() as m:
        d = m.dict(a=1)
        print(type(m).__name__, d['a'])
    try:
        d['a']
    except OSError as e:
        print('after with:', type(e).__name__)
    m = SyncManager()
    print(m.address)
    m.start()
    print(isinstance(m.address, str), repr(m).startswith('<multiprocessing.managers.SyncManager object at'))
    try:
        m.start()
    except mp.ProcessError as e:
        print('ProcessError', e)
    l = m.list([1])
    m.shutdown()
    m.shutdown()
    try:
        l.append(2)
    except OSError as e:
        print('after shutdown:', type(e).__name__)
    try:
        m.start()
    except mp.ProcessError as e:
        print('ProcessError', e)
    here, there = mp.Pipe()
    p = mp.Process(target=owner_exits_without_shutdown, args=(there,))
    p.start()
    print('child saw', here.recv())
    p.join(10)
    print('child exit', p.exitcode)
    last = mp.Manager()
    print(last.Value('i', 3).value)
