# sys.exit inside nested functions runs finally blocks and context managers, then exits 2.
import sys
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit with", a[0].__name__)
def inner():
    with CM():
        try:
            sys.exit(2)
        finally:
            print("inner finally")
try:
    inner()
finally:
    print("outer finally")
