# Seed snippet 10: ten apply_async tasks on a Pool(3). The workers print
# concurrently with random sleeps, so this runs the example and checks the
# shape of its output: every task started and finished once, by three
# worker processes (forked once, reused), none of them the parent, and the
# workers drew different random numbers (each reseeds after fork).
import os
import subprocess
import sys

example = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples", "10_pool_apply_async.pp")
# Buffered output, as the harness runs it: unbuffered prints of several
# processes may interleave within a line.
env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
run = subprocess.run([sys.executable, example], capture_output=True, text=True, timeout=60, env=env)
lines = run.stdout.splitlines()
started = {}
times = []
finished = []
for line in lines:
    if "开始执行,进程号为" in line:
        task, pid = line.split("开始执行,进程号为")
        started[int(task)] = int(pid)
    elif " 执行完毕,耗时" in line:
        task, took = line.split(" 执行完毕,耗时")
        finished.append(int(task))
        times.append(float(took))
print(run.returncode, run.stderr)
print(sorted(started), sorted(finished))
print("----start----" in lines, "-----end-----" in lines)
print("worker processes:", len(set(started.values())))
print("random durations differ:", len(set(times)) > 1)
print("lines:", len(lines))
