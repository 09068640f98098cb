# split, rsplit, splitlines, join.
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  lots   of\tspace \n".split(), "  lots   of space ".split(None, 1))
print("  x  y  ".rsplit(None, 1), "".split(), "".split(","), "abc".split("abc"))
print("a--b--c".split("--"), "a--b--c".rsplit("--", maxsplit=1), "abc".split("x"))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\n\ny".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "no newline".splitlines())
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join("abc"), "|".join([]))
print(" ".join(str(i) for i in range(5)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
csv = "name,age\nann,30\nbob,25"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
print("a b c".split(" ", 0), "a b c".split(maxsplit=-1))
print("x\x0by\x0cz\x1cw".splitlines(), "tab\tsep".split("\t"))
