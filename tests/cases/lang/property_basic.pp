# @property with getter, setter and deleter; validation in setters.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        print("get balance")
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        print("set balance", value)
        self._balance = value
    @balance.deleter
    def balance(self):
        print("delete balance")
        del self._balance
    @property
    def summary(self):
        return "%s: %d" % (self.owner, self._balance)
a = Account("ann", 10)
print(a.balance)
a.balance = 25
print(a.summary)
try:
    a.balance = -5
except ValueError as e:
    print("ValueError:", e)
try:
    a.summary = "x"
except AttributeError as e:
    print("AttributeError:", e)
del a.balance
print(hasattr(a, "_balance"))
print(type(Account.balance).__name__)
class Celsius:
    def __init__(self):
        self._c = 0
    def _get(self):
        return self._c
    def _set(self, v):
        self._c = v
    temp = property(_get, _set, doc="temperature")
c = Celsius()
c.temp = 37
print(c.temp, Celsius.temp.__doc__)
