# A multiprocessing.Process child takes its name as its role in the trace;
# the output is the same with and without --trace.
from multiprocessing import Process


def work(n):
    print("worker", n)


p = Process(target=work, args=(1,))
p.start()
p.join()
print("exitcode", p.exitcode)
