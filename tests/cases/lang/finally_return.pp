# finally always runs; return in finally overrides return/exception.
def f1():
    try:
        return "try"
    finally:
        print("  f1 finally runs")
def f2():
    try:
        return "try"
    finally:
        return "finally"
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
def f5():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("  f5 finally", i)
def f6():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
print(f6())
def f7():
    log = []
    while True:
        try:
            log.append("body")
            break
        finally:
            log.append("finally")
    return log
print(f7())
