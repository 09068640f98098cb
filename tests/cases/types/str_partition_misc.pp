# partition, rpartition, str multiplication, comparison, concatenation, misc.
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100))
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "Z" < "a", "abc" == "abc", "b" > "abc")
print(max(["pear", "Peach", "apple"]), min("hello"), sorted(["b", "B", "a", "A"]))
print("a" + "b" + "c", "con" "cat", str(12) + "3")
print(len(""), len("four"), "abc"[1], "abc".__len__())
print("hello world".capitalize(), "%s" % "x", str(3.0), str([1, "a"]))
print(list("abc"), tuple("ab"), "".join(reversed("abc")))
print("a".__class__.__name__, isinstance("x", str), str is type("x"))
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "".partition("")
except ValueError as e:
    print("ValueError:", e)
