# Seed snippet 17: Queue with maxsize, blocking and non-blocking put/get,
# queue.Full / queue.Empty, a producer process.
# run: ../../../examples/17_queue.pp
