# OSError constructor picks a subclass by errno; str() shows [Errno N].
for errno_, msg in [(2, "x"), (13, "denied"), (17, "exists"), (21, "is dir"), (20, "not dir"),
                    (32, "pipe"), (110, "timed out"), (999, "unknown"), (3, "no process"), (11, "again")]:
    e = OSError(errno_, msg)
    print(type(e).__name__, e.errno, e.strerror, str(e), repr(e))
e = OSError(2, "No such file", "missing.txt")
print(type(e).__name__, e.filename, str(e))
e = OSError("just a message")
print(type(e).__name__, e.errno, str(e), e.args)
print(isinstance(FileNotFoundError(2, "x"), OSError), FileNotFoundError(2, "x").errno)
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as err:
    print("FileNotFoundError:", err.errno, err.strerror, err.filename)
try:
    raise OSError(2, "raised")
except FileNotFoundError as err:
    print("caught as FileNotFoundError:", err)
