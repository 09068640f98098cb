# Seed snippet 07: communicate, poll, terminate, send_signal, kill, stdin/stdout
# pipes, returncode.
# run: ../../../examples/07_popen_methods.pp
