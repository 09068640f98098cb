# At exit the main process joins its non-daemonic children and terminates its
# daemonic ones (snippet 23's lesson), and atexit handlers of the parent do not
# run in children.
import atexit
import multiprocessing
import time

atexit.register(print, "parent atexit")


def quick():
    time.sleep(0.3)
    print("non-daemon child done", flush=True)


def slow():
    time.sleep(5)
    print("daemon child done (never printed)", flush=True)


if __name__ == "__main__":
    multiprocessing.Process(target=slow, daemon=True).start()
    multiprocessing.Process(target=quick).start()
    print("main code done", flush=True)
