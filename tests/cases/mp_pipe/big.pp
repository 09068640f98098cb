# 4 MiB messages in both directions of one duplex Pipe at the same time:
# one child writes to the parent while the parent writes to another child.
import multiprocessing as mp
import os
import time


def spawn(work):
    """Forks a child that runs work() and exits 0, or 3 if it raised."""
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            work()
        except BaseException:
            code = 3
        os._exit(code)
    return pid


def reap(pid):
    """The child's exit code, waiting at most 10 s (then it is killed)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.005)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    return "killed"


def get(conn, what="recv"):
    """recv() that fails instead of hanging when nothing comes."""
    if not conn.poll(10):
        raise SystemExit("timed out waiting: " + what)
    return conn.recv()


def blob(seed):
    # 4 MiB that differ per seed and have no period a slip could hide in.
    unit = bytes((i * seed) % 256 for i in range(251)) + bytes([seed])
    return (unit * (4 * 1024 * 1024 // len(unit) + 1))[:4 * 1024 * 1024]


def big_object(seed):
    return {"ints": list(range(seed, seed + 100_000)),
            "text": "é✓" * 500_000,
            "raw": blob(seed)[:1_000_000]}


a, b = mp.Pipe()
report_r, report_w = mp.Pipe(False)


def writer():
    b.send_bytes(blob(3))
    b.send(big_object(5))


def reader():
    got = b.recv_bytes()
    obj = b.recv()
    report_w.send([len(got), got == blob(7), obj == big_object(9)])


w = spawn(writer)
r = spawn(reader)
b.close()
report_w.close()
a.send_bytes(blob(7))
a.send(big_object(9))
got = a.recv_bytes()
print(len(got), got == blob(3))
obj = get(a)
print(sorted(obj), obj == big_object(5))
print(get(report_r, "reader's report"))
print("writer exit", reap(w), "reader exit", reap(r))

# A message bigger than the room asked for by recv_bytes_into.
buf = bytearray(4 * 1024 * 1024 + 10)
c, d = mp.Pipe()


def send_big():
    d.send_bytes(blob(11), 1000, 3_000_000)


p = spawn(send_big)
print(c.recv_bytes_into(buf, 10), buf[10:3_000_010] == blob(11)[1000:3_001_000])
print("sender exit", reap(p))
for x in (a, report_r, c, d):
    x.close()
