# String literal forms: quotes, escapes, raw, triple-quoted, implicit concatenation.
print('single', "double", '''triple single''', """triple double""")
print("tab\there", "new\nline", "back\\slash", 'it\'s', "say \"hi\"")
print("\x41\x42", "\101", "\u00e9", "\U0001F600" == "😀", "\N{GREEK SMALL LETTER ALPHA}")
print(r"raw \n stays", R"\d+", len(r"\n"))
print("implicit " "concatenation " 'works')
s = """line one
line two
  indented"""
print(s)
print(s.count("\n"))
print("a\
b")
print(repr("\t\n\r\x00\x7f\\'"), repr('"'), repr("'"), repr("'\""))
print(repr("é中😀"), ascii("é中"))
print(len("\u4e2d\u6587"), "\u4e2d\u6587")
b = b"bytes\x00\xff"
print(b, len(b), rb"\x00")
print(f"{'nested quotes'}", f'{"other"}')
print("" == '', str() == "", repr(""))
