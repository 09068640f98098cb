# Placeholder until the Python-level package lands: the native names only.
from _multiprocessing import *
