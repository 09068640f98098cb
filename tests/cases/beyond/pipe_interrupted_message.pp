# not-cpython: a KeyboardInterrupt raised while recv_bytes waits for the
# rest of a message loses nothing in pyproc: the part already read stays
# buffered and the next recv_bytes returns the whole message. CPython drops
# the part it had read, so its next read starts mid-message.
import multiprocessing as mp
import os
import time

a, b = mp.Pipe()
parent = os.getpid()
payload = b"0123456789" * 10_000
pid = os.fork()
if pid == 0:
    a.close()
    # CPython's framing: a 4-byte big-endian length, then the bytes.
    frame = len(payload).to_bytes(4, "big") + payload
    os.write(b.fileno(), frame[:30_000])
    time.sleep(0.3)
    os.kill(parent, 2)
    time.sleep(0.2)
    os.write(b.fileno(), frame[30_000:])
    b.send("next message")
    os._exit(0)
b.close()
try:
    a.recv_bytes()
    print("not interrupted")
except KeyboardInterrupt:
    print("interrupted mid-message")
got = a.recv_bytes()
print(len(got), got == payload)
print(a.recv())
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
