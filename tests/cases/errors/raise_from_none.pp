# raise ... from None hides the context in the traceback.
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError("no entry for " + key) from None
print(lookup({"a": 1}, "a"))
lookup({}, "zzz")
