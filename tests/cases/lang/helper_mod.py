"""Helper module imported by import_local.pp (not a test itself)."""
GREETING = "hello from helper"
counter = 0

def bump():
    global counter
    counter += 1
    return counter

class Shape:
    def __init__(self, sides):
        self.sides = sides
    def __repr__(self):
        return "Shape(%d)" % self.sides

_private = "underscore"
print("helper_mod loaded as", __name__)
