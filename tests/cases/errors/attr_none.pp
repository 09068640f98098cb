# AttributeError on None returned by a function (e.g. list.sort()).
numbers = [3, 1, 2]
result = numbers.sort()
print(numbers)
result.append(4)
