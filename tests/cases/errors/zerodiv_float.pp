# Uncaught ZeroDivisionError from float division.
values = [1.5, 0.0]
print("dividing", values)
result = values[0] / values[1]
