# Process life cycle: names, reprs, exit codes (exception, sys.exit, signal),
# start/close errors, join with timeout, active_children, sentinel.
# mask: process\.p[yp]", line \d+
# mask: \b\d{2,7}\b
import multiprocessing as mp, os, sys, time
def f(x): 
    print("in child", mp.current_process().name, mp.parent_process(), flush=True)
    raise ValueError("boom %s" % x)
def g(): sys.exit(3)
def h(): sys.exit("bye")
if __name__ == '__main__':
    print(mp.current_process(), mp.parent_process(), mp.Process)
    p = mp.Process(target=f, args=(1,))
    print(repr(p), p.pid, p.exitcode, p.name, p.daemon, p.ident, p.is_alive())
    p.start()
    p.join()
    print(repr(p).replace(str(p.pid), 'PID').replace(str(os.getpid()), 'PPID'), p.exitcode)
    for t in (g, h):
        q = mp.Process(target=t, daemon=True); q.start(); q.join(); print(q.exitcode, repr(q).replace(str(q.pid), 'PID').replace(str(os.getpid()), 'PPID'))
    q = mp.Process(target=time.sleep, args=(5,), name="sleeper"); q.start(); q.terminate(); q.join(); print(q.exitcode, repr(q).replace(str(q.pid), "PID"))
    try: q.start()
    except Exception as e: print(type(e).__name__, e)
    q.close()
    try: q.is_alive()
    except Exception as e: print(type(e).__name__, e)
    print(repr(q))
    q = mp.Process(target=time.sleep, args=(0.3,)); q.start()
    try: q.close()
    except Exception as e: print(type(e).__name__, e)
    try: q.daemon = True
    except Exception as e: print(type(e).__name__, e)
    print(q.join(0.01), q.exitcode, mp.active_children() == [q], type(q.sentinel))
    q.join()
    print(mp.active_children(), mp.cpu_count() >= 1)
