# Uncaught IndexError on a string and tuple in nested calls.
def last_char(s):
    return s[len(s)]
print(last_char.__name__)
last_char("abc")
