# All list methods.
lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.extend("ab")
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before last")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(1), lst.index(4, 1), lst.count(1), lst.count("zzz"))
try:
    lst.remove("absent")
except ValueError as e:
    print("ValueError:", e)
try:
    lst.index("absent")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
nums = [5, 2, 8, 1]
c = nums.copy()
nums.reverse()
print(nums, c, c is not nums)
nums.sort()
print(nums)
nums.clear()
print(nums, len(nums))
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 in [1, 2], [1, [2]] == [1, [2]], [1, 2] < [1, 3])
print(list(), list("ab"), list(range(3)), list({"k": 1}), list((1, 2)))
print(len([None] * 5), [1, 2, 3][-1], [x for x in [1, 2]][::-1])
