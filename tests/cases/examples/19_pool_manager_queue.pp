# Seed snippet 19: a Manager's Queue filled by a Pool worker.
# run: ../../../examples/19_pool_manager_queue.pp
