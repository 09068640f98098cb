# f-string basics: expressions, method calls, nested quotes, braces escaping.
name, n = "Ann", 3
items = ["x", "y"]
print(f"Hello {name}! You have {n} new {'message' if n == 1 else 'messages'}.")
print(f"{n * 2 + 1} {n ** 10} {name.upper()} {name[::-1]} {len(items)} {items[0]}")
print(f"{{literal braces}} {{{n}}}")
print(f"{'nested'} {'x' if False else 'y'} {f'{n}-inner'}")
d = {"key": "value"}
print(f"{d['key']} {d}")
print(f"{[i * i for i in range(4)]} {sum(range(5))}")
print(f"{3.14159} {1e20} {True} {None} {b'x'}")
x = 10
print(f"{x}" f"{x + 1}" "plain" f"{x + 2}")
print(f"""multi
line {x}""")
print(F"capital F {x}", rf"raw \n {x}", fr"{x}\t")
print(f"{(lambda v: v * 2)(4)}", f"{x if x > 5 else 0}")
print(f"{'a' 'b'}", f"{x:>{n}}|")
