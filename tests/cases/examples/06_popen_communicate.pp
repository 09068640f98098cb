# Seed snippet 06 with `communicate`: both sizes end (no pipe deadlock).
# run: ../../../examples/06_popen_pipe_deadlock.pp
# args: communicate
