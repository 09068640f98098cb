# Uncaught AssertionError with a message.
def withdraw(balance, amount):
    assert amount <= balance, "insufficient funds: %d > %d" % (amount, balance)
    return balance - amount
print(withdraw(100, 30))
print(withdraw(100, 300))
