# An exception propagates after finally blocks print their messages.
def inner():
    try:
        raise TypeError("inner failure")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
