# import forms: import, import as, from-import, from-import as, star import.
import sys
import math as m
from math import sqrt, pi as PI
from time import *
import random, math
print(m.sqrt(16), sqrt(2) == m.sqrt(2), PI == math.pi)
print(m is math, type(m).__name__, m.__name__)
print(callable(sleep), callable(monotonic))
print("math" in sys.modules, "random" in sys.modules)
def local_import():
    import math as inner_math
    from sys import argv
    return inner_math.floor(2.7), type(argv).__name__
print(local_import())
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import math
print(math.__name__, sys.__name__)
import sys as system
print(system is sys)
