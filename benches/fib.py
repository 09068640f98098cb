# Recursive Fibonacci: function-call overhead, small-int arithmetic, comparisons.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    results = [fib(n) for n in (30, 29, 27)]
    print("fib(30), fib(29), fib(27) =", results)
    print("checksum", sum(results) % 1000)


main()
