# Importing a module that lives beside the script; module state is shared.
import helper_mod
print(helper_mod.GREETING)
print(helper_mod.bump(), helper_mod.bump(), helper_mod.counter)
import helper_mod as again
print(again is helper_mod, again.counter)
from helper_mod import Shape, bump
print(Shape(3), bump(), helper_mod.counter)
from helper_mod import *
print(GREETING)
try:
    _private
except NameError as e:
    print("NameError:", e)
print(helper_mod._private, helper_mod.__name__)
print(helper_mod.__doc__)
print(type(helper_mod).__name__)
print(__name__)
