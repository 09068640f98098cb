# Listener and Client of the 'AF_UNIX' family: a socket file that the
# listener removes when closed, messages both ways, and the errors of a
# missing or taken address.
import os
from multiprocessing.connection import Listener, Client

with Listener() as listener:
    address = listener.address
    print(type(address).__name__, os.path.exists(address), listener.last_accepted)
    pid = os.fork()
    if pid == 0:
        with Client(address) as c:
            c.send(['hello', 1])
            c.send_bytes(b'raw')
            if c.recv() == 'back':
                os._exit(0)
        os._exit(1)
    conn = listener.accept()
    print(conn.recv(), conn.recv_bytes(), repr(listener.last_accepted))
    conn.send('back')
    _, status = os.waitpid(pid, 0)
    print('child exit', os.waitstatus_to_exitcode(status))
    print('readable at end of file:', conn.poll(5))
    try:
        conn.recv()
    except EOFError:
        print('EOFError')
    conn.close()
    try:
        Listener(address)
    except OSError as e:
        print(type(e).__name__, e.errno)
print(os.path.exists(address))
try:
    Client(address)
except FileNotFoundError as e:
    print('FileNotFoundError', e)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'listener_client.sock')
with Listener(path, 'AF_UNIX') as named:
    print(named.address == path, os.path.exists(path))
print(os.path.exists(path))
