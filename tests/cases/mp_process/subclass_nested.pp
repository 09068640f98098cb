# A Process subclass with run() and an explicit Process.__init__, nested
# children (Process-1:1), parent_process() in the child, daemon children may
# not have children, kwargs and args.
import multiprocessing
import os


class Worker(multiprocessing.Process):
    def __init__(self, tag):
        multiprocessing.Process.__init__(self)
        self.tag = tag

    def run(self):
        me = multiprocessing.current_process()
        print("run", self.tag, me.name, me is self, multiprocessing.parent_process().pid == os.getppid(), flush=True)
        inner = multiprocessing.Process(target=show, args=("inner",), kwargs={"end": "!"})
        inner.start()
        inner.join()
        print("inner exit", inner.exitcode, inner.name, flush=True)


def show(word, end="."):
    print(word + end, multiprocessing.current_process().name, flush=True)


def spawn_from_daemon():
    try:
        multiprocessing.Process(target=show, args=("x",)).start()
    except AssertionError as e:
        print("AssertionError:", e, flush=True)


if __name__ == "__main__":
    w = Worker("t1")
    print(w.name, w.tag)
    w.start()
    w.join()
    print(w.exitcode)
    d = multiprocessing.Process(target=spawn_from_daemon, daemon=True)
    d.start()
    d.join()
    print(d.exitcode, d.daemon)
    print(multiprocessing.current_process().name, multiprocessing.parent_process())
