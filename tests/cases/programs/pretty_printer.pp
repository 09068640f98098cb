# A recursive JSON-like pretty printer for nested dicts/lists/scalars.
def encode_str(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)

def render(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return encode_str(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = [inner + encode_str(str(k)) + ": " + render(v, indent + step, step) for k, v in value.items()]
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(not isinstance(v, (dict, list, tuple)) for v in value) and len(value) <= 4:
            return "[" + ", ".join(render(v) for v in value) + "]"
        parts = [inner + render(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(parts) + "\n" + pad + "]"
    raise TypeError("cannot render %s" % type(value).__name__)

doc = {
    "name": "pyproc",
    "version": [0, 1, 0],
    "stable": False,
    "ratio": 0.75,
    "quote": 'says "hi"\nand leaves\t',
    "owner": None,
    "deps": [{"name": "a", "opt": True}, {"name": "b", "features": ["x", "y", "z", "w", "v"]}],
    "empty": {"list": [], "dict": {}},
    "big": 2 ** 70,
}
print(render(doc))
print(render([1, [2, [3, [4]]]], step=4))
try:
    render({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)

def depth(value):
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, (list, tuple)):
        return 1 + max((depth(v) for v in value), default=0)
    return 0
print("depth", depth(doc))
