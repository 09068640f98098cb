# Seed snippet 23: at exit the non-daemonic child is waited for, the daemonic
# one terminated.
# run: ../../../examples/23_daemon_vs_nondaemon.pp
