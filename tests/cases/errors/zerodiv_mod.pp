# Uncaught ZeroDivisionError from integer modulo.
def remainder(a, b):
    return a % b
print(remainder(7, 3))
print(remainder(7, 0))
