# sys.path is a list of str; sys.modules contains loaded modules.
import sys
print(type(sys.path).__name__, len(sys.path) > 0, all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, "__main__" in sys.modules, type(sys.modules).__name__)
print(sys.modules["sys"] is sys)
print("math" in sys.modules or True)
import math
print("math" in sys.modules, sys.modules["math"] is math)
print(sys.modules["__main__"].__name__)
