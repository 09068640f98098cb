# Uncaught NameError for an undefined name.
def compute():
    return undefined_variable + 1
print("start")
compute()
