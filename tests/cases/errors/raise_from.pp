# raise ... from ...: both tracebacks with the "direct cause" separator.
class ParseError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError("cannot parse %r" % text) from e
print(parse("12"))
parse("twelve")
