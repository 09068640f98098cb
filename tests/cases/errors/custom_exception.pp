# Uncaught user-defined exception with a custom __str__.
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(needed)
        self.needed = needed
    def __str__(self):
        return "need %d more" % self.needed
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
acct = Account(50)
acct.withdraw(20)
print("balance", acct.balance)
acct.withdraw(100)
