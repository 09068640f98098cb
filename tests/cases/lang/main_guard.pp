# if __name__ == '__main__': and module-level names.
import sys
def main(argv):
    print("main called with", len(argv) - 1, "extra args")
    return 0
print("__name__ is", __name__)
print(type(__builtins__).__name__ in ("module", "dict"))
if __name__ == "__main__":
    print("running as script")
    status = main(sys.argv)
    print("status", status)
else:
    print("imported")
print(__name__ == "__main__", sys.modules["__main__"].main is main)
