# UnboundLocalError (3.11 wording) when a local is read before assignment.
counter = 0
def increment():
    counter += 1
    return counter
print("calling increment")
increment()
