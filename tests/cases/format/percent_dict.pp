# Dict-keyed %-formatting: %(name)s with flags, width, precision.
data = {"name": "Ann", "age": 30, "score": 91.2345, "tags": ["a", "b"]}
print("%(name)s is %(age)d years old" % data)
print("%(name)-8s|%(age)05d|%(score).2f|%(score)10.1f|" % data)
print("%(tags)s %(tags)r %(name)r" % data)
print("%(age)x %(age)o %(age)#x %(name).1s" % data)
print("%(a)s%(a)s" % {"a": "twice"}, "%(x)s %%" % {"x": 1}, "%(missing)s" % {"missing": None})
print("%(name)s" % {"name": "extra keys ok", "unused": 1})
class Lookup(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("%(known)s %(unknown)s" % Lookup(known="K"))
