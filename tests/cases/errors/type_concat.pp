# TypeError: can only concatenate str (not "int") to str.
age = 30
message = "Age: " + age
print(message)
