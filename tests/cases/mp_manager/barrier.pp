# A manager's Barrier of 3: the parties get indexes 0, 1 and 2; a wait
# that times out breaks the barrier for everyone.
import multiprocessing as mp
import threading


def party(b, out):
    out.append(b.wait(10))


def late(b, out):
    try:
        b.wait(10)
        out.append('passed')
    except threading.BrokenBarrierError:
        out.append('broken')


if __name__ == '__main__':
    with mp.Manager() as m:
        b, out = m.Barrier(3), m.list()
        print(b.parties, b.n_waiting, b.broken)
        ps = [mp.Process(target=party, args=(b, out)) for _ in range(2)]
        for p in ps:
            p.start()
        out.append(b.wait(10))
        for p in ps:
            p.join(10)
        print(sorted(out))
        out = m.list()
        p = mp.Process(target=late, args=(b, out))
        p.start()
        try:
            b.wait(0.3)
        except threading.BrokenBarrierError:
            print('timed out: broken')
        p.join(10)
        print(list(out), b.broken)
        try:
            b.wait(1)
        except threading.BrokenBarrierError:
            print('still broken')
        b.reset()
        print(b.broken, b.n_waiting)
        b.abort()
        print(b.broken)
