# A manager's dict: its methods, errors re-raised with type and message,
# and items set from several child processes.
import multiprocessing as mp


def work(d, k):
    d[k] = k * k
    d.setdefault('seen', 0)
    d.update({'last': 0})


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


if __name__ == '__main__':
    with mp.Manager() as m:
        d = m.dict({'a': 1}, b=2)
        print(str(d), len(d), 'a' in d, 'z' in d)
        d['c'] = [1, 2]
        print(d['c'], d.get('c'), d.get('z'), d.get('z', 9))
        print(sorted(d.keys()), sorted(d.items()), sorted(d))
        print(d.pop('b'), d.setdefault('e', 5), d.setdefault('e', 6))
        del d['c']
        print(d.copy(), type(d.copy()).__name__)
        show('getitem', lambda: d['missing'])
        show('pop', lambda: d.pop('missing'))
        show('del', lambda: d.__delitem__('missing'))
        show('unhashable', lambda: d[[1]])
        show('popitem', lambda: d.popitem())
        d.clear()
        show('empty popitem', lambda: d.popitem())
        ps = [mp.Process(target=work, args=(d, k)) for k in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join(10)
        print([p.exitcode for p in ps])
        print(d['seen'], d['last'], sorted(k for k in d.keys() if k not in ('seen', 'last')))
        print(repr(d).startswith("<DictProxy object, typeid 'dict' at 0x"))
