# Placeholder until the package proper lands: the native objects.
from _multiprocessing import *
