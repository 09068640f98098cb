# Seed snippet 05: Popen with shell=True and pipes, wait, communicate.
# run: ../../../examples/05_popen_create.pp
