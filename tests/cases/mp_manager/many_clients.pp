# Four producers and four consumers share a manager's bounded Queue (puts
# and gets both block), a Lock-guarded counter and a Condition whose
# notify_all wakes every waiter: no item is lost or doubled.
import multiprocessing as mp


def produce(q, k):
    for i in range(100):
        q.put(k * 1000 + i)


def consume(q, out):
    got = []
    while True:
        item = q.get(timeout=20)
        if item is None:
            break
        got.append(item)
    out.extend(got)


def waiter(cond, state, lock, counter):
    with cond:
        cond.wait_for(lambda: state.value == 'go', timeout=20)
    with lock:
        counter.value += 1


if __name__ == '__main__':
    with mp.Manager() as m:
        q, out = m.Queue(5), m.list()
        producers = [mp.Process(target=produce, args=(q, k)) for k in range(4)]
        consumers = [mp.Process(target=consume, args=(q, out)) for _ in range(4)]
        for p in producers + consumers:
            p.start()
        for p in producers:
            p.join(20)
        for _ in consumers:
            q.put(None)
        for p in consumers:
            p.join(20)
        items = list(out)
        print(len(items), len(set(items)), sorted(items) == sorted(k * 1000 + i for k in range(4) for i in range(100)))
        cond, state, lock, counter = m.Condition(), m.Value('u', 'wait'), m.Lock(), m.Value('i', 0)
        ws = [mp.Process(target=waiter, args=(cond, state, lock, counter)) for _ in range(4)]
        for w in ws:
            w.start()
        with cond:
            state.value = 'go'
            cond.notify_all()
        for w in ws:
            w.join(20)
        print([w.exitcode for w in ws], counter.value)
