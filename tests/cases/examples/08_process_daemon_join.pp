# Seed snippet 08: a daemonic Process, joined.
# run: ../../../examples/08_process_daemon_join.pp
# mask: \d+
