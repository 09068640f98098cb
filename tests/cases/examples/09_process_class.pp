# Seed snippet 09: a Process subclass; the main program ends at once and the
# interpreter waits for the child at exit.
# run: ../../../examples/09_process_class.pp
# mask: the time is .*
# timeout: 40
