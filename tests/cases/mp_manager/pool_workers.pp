# Proxies as pool tasks' arguments, for workers forked before the manager
# existed (each connects by address) and after it.
import multiprocessing as mp
import os


def work(args):
    d, q, k = args
    d[k] = k * k
    q.put(k)
    return os.getpid() != d['owner']


if __name__ == '__main__':
    early = mp.Pool(2)
    with mp.Manager() as m:
        d, q = m.dict(owner=os.getpid()), m.Queue()
        print(early.map(work, [(d, q, k) for k in range(6)]))
        late = mp.Pool(2)
        print(late.apply_async(work, ((d, q, 10),)).get(timeout=10))
        late.close()
        late.join()
        print(sorted(q.get(timeout=10) for _ in range(7)))
        del d['owner']
        print(sorted(d.items()))
    early.close()
    early.join()
