# signal.Signals members behave as CPython 3.11's IntEnum: repr names the
# member, str is the number, and they work as ints everywhere.
import signal

s = signal.SIGTERM
print(repr(s), str(s), f"{s}", "%d" % s, "%s" % s, format(s, "x"), format(s, "03d"))
print(s.name, s.value, type(s.value).__name__, type(s).__name__, type(s).__module__)
print(s == 15, 15 == s, hash(s) == hash(15), s + 1, type(s + 1).__name__, s * 2, -s, s // 2)
print(isinstance(s, int), isinstance(s, signal.Signals), int(s), repr(int(s)), bool(s))
print({s: "term"}[15], {15: "fifteen"}[s], s in {15}, 15 in {s}, sorted([s, 3, signal.SIGINT]))
print(list(range(signal.SIGINT)), [0, 1, 2, 3][signal.SIGINT])
print(signal.Signals(15) is s, signal.Signals(s) is s, signal.Signals(2.0))
print(signal.Signals.SIGINT is signal.SIGINT, signal.SIGINT < signal.SIGTERM, max(signal.SIGINT, signal.SIGHUP))
# Aliases are the same member under the first name.
print(repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL), signal.SIGIOT is signal.SIGABRT)
print(repr(signal.SIGRTMIN), repr(signal.SIGRTMAX), signal.SIGRTMAX - signal.SIGRTMIN)
for n in (1, 2, 3, 9, 10, 11, 12, 13, 14, 15, 17, 19):
    print(n, repr(signal.Signals(n)), signal.Signals(n).name)
for bad in (99, 0, 35, "SIGINT", None, [1]):
    try:
        signal.Signals(bad)
    except ValueError as e:
        print("ValueError:", e)
print(signal.Signals.__members__["SIGIOT"], len(signal.Signals.__members__))
names = [n for n in dir(signal) if n.startswith("SIG") and not n.startswith("SIG_")]
print(len(names), sorted(names)[:6])
