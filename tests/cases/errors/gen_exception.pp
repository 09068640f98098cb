# Exception raised inside a generator while being consumed.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator broke")
for n in numbers():
    print("got", n)
