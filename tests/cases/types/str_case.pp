# Case methods: upper, lower, title, capitalize, swapcase, casefold, is* checks.
words = ["hello world", "HELLO", "hELLO wORLD", "they're bill's", "x1y2 z", "", "ALL-CAPS_here"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("Hello World".istitle(), "Hello world".istitle(), "ABC".isupper(), "abc1".islower())
print("123".isupper(), "A1".isupper(), "".islower(), "Straße".casefold() == "strasse")
print("hello"[0].upper() + "hello"[1:], "mIxEd".lower().capitalize())
