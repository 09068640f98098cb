# TypeError: unsupported operand types for +.
items = [1, 2, "three"]
total = 0
for item in items:
    print("adding", repr(item))
    total = total + item
