# Class attributes shared between instances, mutable class attribute pitfall.
class Config:
    defaults = {"debug": False}
    tags = []
    version = 1
    def add_tag(self, t):
        self.tags.append(t)
a = Config()
b = Config()
a.add_tag("x")
print(b.tags, Config.tags)
a.version = 2
print(a.version, b.version, Config.version)
Config.version = 3
print(a.version, b.version)
print("version" in a.__dict__, "version" in b.__dict__)
Config.new_attr = "added later"
print(b.new_attr)
print(getattr(Config, "missing", "default"))
class Sub(Config):
    version = 10
print(Sub.version, Sub.tags is Config.tags, Sub().defaults)
class Const:
    A, B, C = range(3)
    NAMES = [n.lower() for n in ("X", "Y")]
print(Const.A, Const.B, Const.C, Const.NAMES)
def method(self):
    return "attached " + str(self.version)
Config.method = method
print(b.method())
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
