"""OS routines for pyproc: the system calls of the native `posix` module,
plus what is better written here (`environ`, `makedirs`, `os.path`)."""

import sys
from posix import *
from posix import _exit

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
