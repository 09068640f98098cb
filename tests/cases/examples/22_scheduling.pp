# Seed snippet 22: nice, sched_yield, affinity, policies, process groups.
# run: ../../../examples/22_scheduling.pp
