# ValueError from int() parsing.
inputs = ["10", "20", "abc"]
total = 0
for text in inputs:
    total += int(text)
    print("running total", total)
