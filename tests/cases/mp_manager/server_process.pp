# A manager's server is a child process like the others: it is named
# after the manager, takes a number in the Process-N count, and is gone
# from active_children() after shutdown.
import multiprocessing as mp


def nothing():
    pass


if __name__ == '__main__':
    m = mp.Manager()
    print([c.name for c in mp.active_children()])
    p = mp.Process(target=nothing)
    print(p.name)
    p.start()
    p.join(10)
    m.shutdown()
    print(mp.active_children())
    with mp.Manager() as m2:
        print([c.name for c in mp.active_children()])
    print(mp.active_children())
