# Exception raised while handling another: "During handling ..." separator.
def cleanup():
    raise RuntimeError("cleanup failed")
try:
    print("working")
    [1, 2][5]
except IndexError:
    cleanup()
