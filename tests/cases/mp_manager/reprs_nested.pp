# The reprs of proxies and the str of their referents, as CPython shows
# them; proxies stored in other shared objects come back as proxies.
# mask: 0x[0-9a-f]+
import multiprocessing as mp


def fill(outer):
    outer['inner'].append('from child')
    outer['ns'].flag = True


if __name__ == '__main__':
    with mp.Manager() as m:
        objs = [m.dict(), m.list(), m.Namespace(), m.Value('d', 1.5),
                m.Array('i', [1]), m.Queue(), m.JoinableQueue(), m.Lock(),
                m.RLock(), m.Semaphore(3), m.BoundedSemaphore(2), m.Event(),
                m.Condition(), m.Barrier(4)]
        for o in objs:
            print(repr(o))
        for o in objs:
            if type(o).__name__ not in ('AutoProxy[Queue]', 'AutoProxy[JoinableQueue]', 'QueueProxy'):
                print(str(o))
        e = objs[11]
        e.set()
        print(str(e))
        outer = m.dict(inner=m.list([1]), ns=m.Namespace(flag=False))
        p = mp.Process(target=fill, args=(outer,))
        p.start()
        p.join(10)
        inner = outer['inner']
        print(type(inner).__name__, list(inner), outer['ns'].flag)
        print(outer.get('inner')._getvalue(), type(outer['ns']._getvalue()).__name__)
