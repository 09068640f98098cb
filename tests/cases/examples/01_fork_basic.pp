# Seed snippet 01: os.fork, both processes print. The parent never waits, so
# its child is still a zombie when the parent exits (the lesson of 01).
# run: ../../../examples/01_fork_basic.pp
# mask: \d+
# zombies: 1
