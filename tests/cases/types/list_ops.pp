# list aliasing, copying, comparisons, in, concatenation, multiplication pitfalls.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [1, 2, 3]
b = a[:]
b.append(4)
print(a, b, a == b[:3], a is b)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, 2] == (1, 2))
print(sum([[1], [2, 3]], []), [1] * 0, [] * 10)
stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
print(list(map(list, ["ab", "cd"])), [list(t) for t in zip([1, 2], [3, 4])])
print(max([[1, 2], [1, 3]]), min([[0, 5], [0]]))
lst = [5, 3, 5, 1]
print(lst.index(5), len(lst), lst[len(lst) - 1], sorted(set(lst)))
print(hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2] + (3,)
except TypeError as e:
    print("TypeError:", e)
