# Seed snippet 15: Value and Array in shared memory, changed by a child.
# run: ../../../examples/15_value_array.pp
