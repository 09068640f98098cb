# Seed snippet 18: JoinableQueue with a daemonic consumer, task_done and join.
# run: ../../../examples/18_joinable_queue.pp
