# The self-documenting f-string "=" specifier.
x = 42
name = "pyproc"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{name=}", f"{name=!s}", f"{x=:08.3f}")
print(f"{x * 2 + 1=}")
print(f"{items[0]=} {len(items)=}")
print(f"{name.upper()=}")
print(f"{x=:>6}|")
print(f"{3.5=}", f"{None=}")
