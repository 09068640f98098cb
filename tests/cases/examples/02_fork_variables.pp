# Seed snippet 02: the child changes its copy of a variable only.
# run: ../../../examples/02_fork_variables.pp
