# sys.argv without extra arguments.
import sys
print(len(sys.argv), sys.argv[1:], sys.argv[0].endswith("sys_argv_empty.pp"))
