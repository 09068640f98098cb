# Modules as objects.
import sys
import math
import time
import random
print(type(sys), type(sys).__name__, sys.__name__, math.__name__, time.__name__, random.__name__)
print(repr(sys), repr(time))
print(hasattr(math, "pi"), getattr(math, "tau") == 2 * math.pi, "sqrt" in dir(math))
alias = math
print(alias.floor(3.7), alias is sys.modules["math"])
me = sys.modules[__name__]
print(me.__name__, me.sys is sys)
x_module_level = 42
print(getattr(me, "x_module_level"))
math.custom_attr = "set on module"
import math as again
print(again.custom_attr)
print(callable(math.sqrt), type(math.sqrt).__name__)
