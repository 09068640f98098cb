# A bank-account class hierarchy with validation, interest, overdraft and a transaction log.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("%s: cannot withdraw %.2f (balance %.2f)" % (account.owner, amount, account.balance))
        self.amount = amount

class Account:
    _next_id = 1000
    kind = "basic"

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.log = []
        Account._next_id += 1
        self.number = Account._next_id

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("deposit", amount))
        return self

    def can_withdraw(self, amount):
        return amount <= self._balance

    def withdraw(self, amount):
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.log.append(("withdraw", amount))
        return self

    def month_end(self):
        pass

    def __repr__(self):
        return "<%s #%d %s %.2f>" % (type(self).__name__, self.number, self.owner, self._balance)

class Savings(Account):
    kind = "savings"

    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def month_end(self):
        interest = round(self._balance * self.rate / 12, 2)
        self._balance += interest
        self.log.append(("interest", interest))

class Checking(Account):
    kind = "checking"

    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def can_withdraw(self, amount):
        return amount <= self._balance + self.overdraft

    def month_end(self):
        if self._balance < 0:
            self._balance -= 15
            self.log.append(("fee", 15))

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e)
        return False
    dst.deposit(amount)
    return True

accounts = [Savings("ann", 1200.0, rate=0.05), Checking("bob", 50.0), Account("cy")]
for acct in accounts:
    print(acct, acct.kind)
print(transfer(accounts[0], accounts[1], 300))
print(transfer(accounts[1], accounts[2], 420))
print(transfer(accounts[1], accounts[2], 100))
try:
    accounts[2].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for month in range(3):
    for acct in accounts:
        acct.month_end()
for acct in accounts:
    print(acct, acct.log)
total = sum(a.balance for a in accounts)
print("total %.2f" % total, sorted(accounts, key=lambda a: a.balance)[0].owner)
