# f-strings with nested format specs.
x = 3.14159265
for w in (8, 10):
    for p in (1, 3):
        print(f"[{x:{w}.{p}f}]")
align = "^"
fill = "*"
print(f"[{'mid':{fill}{align}11}]")
width = 6
print(f"[{42:{width}}] [{42:<{width}}] [{42:0{width}d}] [{-42:+0{width}}]")
spec = ".2e"
print(f"{12345.678:{spec}}", f"{255:{'x'}}", f"{255:#{'b'}}")
for prec in range(4):
    print(f"{2 / 3:.{prec}f}", end=" ")
print()
cols = [("name", 10), ("qty", 5)]
print("|".join(f"{h:^{w}}" for h, w in cols))
print(f"{'left':<{width + 2}}|{'right':>{width + 2}}|")
