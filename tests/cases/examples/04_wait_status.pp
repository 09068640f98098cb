# Seed snippet 04: wait, waitpid (pid > 0, 0, < -1, WNOHANG, WUNTRACED,
# WCONTINUED) and the status macros.
# run: ../../../examples/04_wait_status.pp
