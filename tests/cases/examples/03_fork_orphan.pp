# Seed snippet 03: the parent exits first; its child is adopted and prints its
# new parent (os/orphan_adoption checks which process adopts it).
# run: ../../../examples/03_fork_orphan.pp
# mask: \d+
