# Trigonometric and hyperbolic functions.
import math
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi / 4))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print([round(math.sin(math.radians(d)), 6) for d in (0, 30, 45, 60, 90)])
print(math.degrees(math.atan2(3, 4)), math.sin(1e-8))
