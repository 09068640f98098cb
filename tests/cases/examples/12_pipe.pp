# Seed snippet 12: a Pipe between parent and child.
# run: ../../../examples/12_pipe.pp
