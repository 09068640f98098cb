# Imported by pool_late_import.pp after its pool was created.
def triple(x):
    return 3 * x


def make_adder(n):
    return lambda x: x + n
