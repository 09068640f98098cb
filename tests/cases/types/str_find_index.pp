# find, rfind, index, rindex, count, startswith, endswith, in.
s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("at", 6), s.find("at", 6, 9), s.find("dog"))
print(s.index("the"), s.rindex("the"), s.count("at"), s.count("t"), s.count(""), s.count("at", 10))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("the"), s.startswith("cat", 4), s.startswith(("a", "t")), s.endswith("mat"))
print(s.endswith(("cat", "dog")), s.endswith("sat", 0, 11), "".startswith(""), "abc".endswith(""))
print("cat" in s, "dog" not in s, "" in "abc", "at o" in s)
print("aaaa".count("aa"), "abab".find(""), "abc".rfind(""), "abc".find("c", -1))
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
