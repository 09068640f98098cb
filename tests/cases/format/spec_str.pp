# Format spec for strings: precision truncates, 's' type, width, alignment.
s = "hello world"
print(format(s, ".5"), format(s, ".5s"), "[" + format(s, "15.3") + "]", "[" + format(s, ">15.3s") + "]")
print("[" + format("", "5") + "]", "[" + format("abc", "") + "]", "[" + format("abc", "1") + "]", format(s, ".0") + "|")
print("[{:^12.4}]".format(s), "[{:*>8.2s}]".format("xyz"), "{:.100}".format("short"))
print("[" + format("中文", "^6") + "]", "[" + format("中文字", ".2") + "]")
