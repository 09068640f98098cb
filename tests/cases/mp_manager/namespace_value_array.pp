# A manager's Namespace, Value and Array, changed by child processes.
import multiprocessing as mp


def work(ns, v, a, k):
    setattr(ns, 'from%d' % k, k)
    a[k] = k * 10
    if k == 0:
        v.value = 'set by child'
        ns.x += 1


if __name__ == '__main__':
    with mp.Manager() as m:
        ns = m.Namespace(x=1, y='why')
        print(str(ns), ns.x, ns.y)
        ns.z = [1, 2]
        del ns.y
        print(str(ns))
        try:
            ns.y
        except AttributeError as e:
            print('AttributeError', e)
        try:
            del ns.nothing
        except AttributeError as e:
            print('AttributeError', e)
        v = m.Value('i', 5)
        print(str(v), v.value, v.get())
        v.set(6)
        v.value += 1
        print(v.value)
        a = m.Array('i', [0, 0, 0])
        print(str(a), len(a), a[0], str(m.Array('d', [])))
        try:
            a[5]
        except IndexError as e:
            print('IndexError', e)
        ps = [mp.Process(target=work, args=(ns, v, a, k)) for k in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join(10)
        print([p.exitcode for p in ps])
        print(str(ns))
        print(v.value, str(a), [a[i] for i in range(len(a))])
