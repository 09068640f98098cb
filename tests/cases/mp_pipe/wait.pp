# multiprocessing.connection.wait over connections and process sentinels.
import multiprocessing
import time
from multiprocessing.connection import wait


def late(conn, delay):
    time.sleep(delay)
    conn.send('late %s' % delay)


if __name__ == '__main__':
    a, b = multiprocessing.Pipe()
    c, d = multiprocessing.Pipe(duplex=False)
    print(wait([a, c], timeout=0.05))
    b.send('now')
    print(wait([a, c]) == [a], a.recv())
    p = multiprocessing.Process(target=late, args=(d, 0.1))
    p.start()
    ready = wait([a, c, p.sentinel], timeout=10)
    print(c in ready, c.recv())
    p.join()
    print(wait([p.sentinel], timeout=5) == [p.sentinel])
    b.close()
    print(wait([a], timeout=5) == [a])
    try:
        a.recv()
    except EOFError:
        print('EOFError')
    print(wait([], timeout=0))
