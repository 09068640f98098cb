# BaseManager.register: a program's own class served by its own manager
# class, through an AutoProxy or a proxy type of its own.
# mask: 0x[0-9a-f]+
import multiprocessing as mp
from multiprocessing.managers import BaseManager, BaseProxy


class Counter:
    def __init__(self, start=0):
        self.n = start

    def incr(self, by=1):
        self.n += by
        return self.n

    def value(self):
        return self.n

    def fail(self):
        raise ValueError('counter failed: %d' % self.n)


class CounterProxy(BaseProxy):
    _exposed_ = ('incr', 'value')

    def incr(self, by=1):
        return self._callmethod('incr', (by,))

    def value(self):
        return self._callmethod('value')


class MyManager(BaseManager):
    pass


MyManager.register('Counter', Counter)
MyManager.register('Tally', Counter, CounterProxy)


def bump(c):
    for _ in range(10):
        c.incr()


if __name__ == '__main__':
    with MyManager() as m:
        c = m.Counter(5)
        print(repr(c), str(c) == repr(c) or 'str differs')
        print(c.incr(), c.incr(by=10), c.value())
        try:
            c.fail()
        except ValueError as e:
            print('ValueError', e)
        try:
            c.n
        except AttributeError as e:
            print('AttributeError', e)
        t = m.Tally()
        ps = [mp.Process(target=bump, args=(t,)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join(10)
        print(type(t).__name__, t.value())
        print(hasattr(MyManager, 'Counter'), hasattr(BaseManager, 'Counter'))
