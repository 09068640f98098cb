# KeyboardInterrupt raised explicitly and not caught.
def work():
    print("working...")
    raise KeyboardInterrupt
work()
