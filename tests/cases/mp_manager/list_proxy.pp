# A manager's list: its methods, errors, iteration, and appends from
# several child processes.
import multiprocessing as mp


def work(l, k):
    l.append(k)
    l.extend([k + 100])


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


if __name__ == '__main__':
    with mp.Manager() as m:
        l = m.list(range(3))
        print(str(l), len(l), 1 in l, 7 in l, list(l), l[1:], l[-1])
        l.append(5)
        l.insert(0, -1)
        l[1] = 10
        print(l, l.index(5), l.count(10), l.pop(), l.pop(0))
        l.remove(10)
        l += [7, 3]
        l *= 2
        print(l)
        l.sort()
        print(l)
        l.sort(key=abs, reverse=True)
        l.reverse()
        del l[0]
        print(l, l + [0], l * 2, sorted(l))
        show('getitem', lambda: l[99])
        show('setitem', lambda: l.__setitem__(99, 1))
        show('remove', lambda: l.remove(42))
        show('index', lambda: l.index(42))
        show('pop', lambda: m.list().pop())
        show('index type', lambda: l['x'])
        del l[:]
        ps = [mp.Process(target=work, args=(l, k)) for k in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join(10)
        print([p.exitcode for p in ps])
        print(sorted(l), len(l))
