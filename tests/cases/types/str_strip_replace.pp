# strip family, replace, removeprefix/removesuffix, expandtabs, translate.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "..a..".lstrip("."), "..a..".rstrip("."))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", "bb"))
print("abc".replace("", "-"), "abc".replace("x", "y"), "aaaa".replace("aa", "b"))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print("a\tb\tc".expandtabs(4), "1\t12\t123\t".expandtabs(4) + "|")
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), "hello".translate({ord("l"): None, ord("o"): "0"}))
print(" x ".strip(" x"), "".strip(), "\u3000full-width space\u3000".strip())
print("Mississippi".replace("ss", "SS").replace("i", "!", 2))
