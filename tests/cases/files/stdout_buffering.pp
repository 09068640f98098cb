# stdout to a pipe is block-buffered: os.write(1) overtakes buffered text;
# flush() and newline-free writes keep CPython's order. stderr is
# line-buffered.
import os
import sys

sys.stdout.write("buffered ")
print("text", end="")
os.write(1, b"[raw 1]\n")
print(" more")
sys.stdout.flush()
os.write(1, b"[raw 2]\n")
print("line after flush")
os.write(1, b"[raw 3]\n")
sys.stderr.write("err no newline ")
os.write(2, b"[raw err 1]\n")
sys.stderr.write("err line\n")
os.write(2, b"[raw err 2]\n")
sys.stdout.write("x" * 10000 + "\n")
os.write(1, b"[raw 4]\n")
print("end")
