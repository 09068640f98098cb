# pass and Ellipsis as placeholders.
def nothing():
    pass
class Empty:
    pass
def dots():
    ...
print(nothing(), dots())
print(Empty.__name__, type(Empty()).__name__)
print(...)
print(Ellipsis is ...)
print(type(...).__name__)
for _ in range(2):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")
x = [1, ..., 3]
print(x)
