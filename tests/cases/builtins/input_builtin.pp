# input() reads lines from stdin (tests/cases/builtins/input_builtin.in).
name = input()
print("Hello,", name)
n = int(input("Enter a number: "))
print()
print("double:", n * 2)
nums = [int(x) for x in input().split()]
print("sum:", sum(nums), "max:", max(nums))
empty = input()
print("empty line:", repr(empty))
tricky = input()
print("with spaces:", repr(tricky))
try:
    input()
    input()
except EOFError as e:
    print("EOFError:", repr(e))
