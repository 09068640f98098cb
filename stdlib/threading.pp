# Only what the multiprocessing package needs so far: the error
# Barrier.wait raises (CPython raises threading's class).


class BrokenBarrierError(RuntimeError):
    pass
