# Creating, closing, joining and terminating pools; worker names and
# reuse; initializer and maxtasksperchild; repr of the pieces.
# mask: 0x[0-9a-f]+
import multiprocessing
import os

state = 'unset'


def init(value):
    global state
    state = value


def report(_):
    return state


def name(_):
    return multiprocessing.current_process().name


def pid(_):
    return os.getpid()


if __name__ == '__main__':
    pool = multiprocessing.Pool(2)
    print(repr(pool))
    print(set(pool.map(name, range(8), chunksize=1)) <= {'ForkPoolWorker-1', 'ForkPoolWorker-2'})
    print(len(set(pool.map(pid, range(50), chunksize=1))) <= 2)
    print(multiprocessing.Process().name)
    print(pool.imap(pid, []), pool.imap_unordered(pid, []))
    print(pool.apply_async(pid, (1,)), pool.map_async(pid, [1]))
    try:
        pool.join()
    except ValueError as e:
        print(e)
    pool.close()
    print(repr(pool))
    for call in (lambda: pool.apply_async(pid, (1,)), lambda: pool.map(pid, [1]),
                 lambda: pool.imap(pid, [1])):
        try:
            call()
        except ValueError as e:
            print(e)
    pool.join()
    print(multiprocessing.active_children())
    pool.terminate()
    print(repr(pool))

    with multiprocessing.Pool(2, initializer=init, initargs=('ready',)) as pool:
        print(set(pool.map(report, range(8), chunksize=1)), state)
    print(repr(pool))
    try:
        pool.apply(pid, (1,))
    except ValueError as e:
        print(e)

    pool = multiprocessing.Pool(1, maxtasksperchild=2)
    pids = [pool.apply(pid, (i,)) for i in range(6)]
    print(len(set(pids)), pids[0] == pids[1], pids[1] == pids[2])
    pool.close()
    pool.join()

    for bad in ({'processes': 0}, {'processes': -2}, {'maxtasksperchild': 0},
                {'maxtasksperchild': 1.5}, {'initializer': 3}):
        try:
            multiprocessing.Pool(**bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    pool = multiprocessing.Pool()
    print(len(pool._pool) == os.cpu_count())
    pool.terminate()
