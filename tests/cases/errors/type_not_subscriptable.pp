# TypeError: 'NoneType' object is not subscriptable.
def find(items, key):
    for k, v in items:
        if k == key:
            return v
config = find([("a", [1, 2])], "b")
print("config is", config)
print(config[0])
