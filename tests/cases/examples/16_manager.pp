# Seed snippet 16: a Manager's dict and list, changed by three children.
# run: ../../../examples/16_manager.pp
