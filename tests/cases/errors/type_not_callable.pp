# TypeError: 'int' object is not callable.
value = 5
print("value is", value)
result = value(3)
