# Proxies sent through a Pipe and a manager Queue to a process forked
# before the manager existed: each connects to the server by address.
import multiprocessing as mp


def early(conn):
    d, l, q, back = conn.recv()
    d['early'] = True
    l.append('early')
    q.put(('early', d['from_main']))
    inner = back.get(timeout=10)
    inner['got'] = 'yes'
    conn.send(m_list_len(l))
    conn.close()


def m_list_len(l):
    return len(l)


if __name__ == '__main__':
    here, there = mp.Pipe()
    p = mp.Process(target=early, args=(there,))
    p.start()
    with mp.Manager() as m:
        d, l, q, back = m.dict(from_main=1), m.list(), m.Queue(), m.Queue()
        here.send((d, l, q, back))
        print(q.get(timeout=10))
        inner = m.dict()
        back.put(inner)
        print(here.recv())
        p.join(10)
        print(p.exitcode, sorted(d.items()), list(l), inner.copy())
        # A proxy that made the round trip still reaches the same object.
        here.send(l)
        back = there.recv()
        back.append('again')
        print(list(l), type(back).__name__)
