# isdigit, isalpha, isalnum, isspace, isdecimal, isnumeric, isidentifier, isprintable, isascii.
samples = ["123", "abc", "abc123", "  \t\n", "", "12.5", "-1", "Ab_1", "_x", "1x", "²", "é", "a b", "\x00"]
for s in samples:
    print(repr(s).ljust(10), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isdecimal(),
          s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii())
