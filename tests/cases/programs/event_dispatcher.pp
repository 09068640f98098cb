# A simple event dispatcher with decorator-based registration, priorities and cancellation.
class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.cancelled = False
        self.log = []
    def cancel(self):
        self.cancelled = True

class Dispatcher:
    def __init__(self):
        self.handlers = {}

    def on(self, name, priority=0):
        def register(fn):
            self.handlers.setdefault(name, []).append((priority, len(self.handlers.get(name, [])), fn))
            return fn
        return register

    def off(self, name, fn):
        before = len(self.handlers.get(name, []))
        self.handlers[name] = [h for h in self.handlers.get(name, []) if h[2] is not fn]
        return before - len(self.handlers[name])

    def emit(self, name, **data):
        event = Event(name, **data)
        for priority, order, fn in sorted(self.handlers.get(name, []), key=lambda h: (-h[0], h[1])):
            if event.cancelled:
                event.log.append("skipped " + fn.__name__)
                continue
            try:
                result = fn(event)
            except Exception as e:
                event.log.append("%s failed: %s" % (fn.__name__, e))
            else:
                event.log.append("%s -> %r" % (fn.__name__, result))
        return event

bus = Dispatcher()

@bus.on("login")
def greet(event):
    return "welcome " + event.data["user"]

@bus.on("login", priority=10)
def check_banned(event):
    if event.data["user"] in ("mallory",):
        event.cancel()
        return "banned"
    return "ok"

@bus.on("login", priority=-5)
def audit(event):
    return len(event.data)

@bus.on("crash")
def broken(event):
    raise RuntimeError("handler exploded")

@bus.on("crash")
def after_broken(event):
    return "still runs"

for user in ["alice", "mallory"]:
    ev = bus.emit("login", user=user, ip="10.0.0.%d" % len(user))
    print(user, ev.cancelled)
    for line in ev.log:
        print("   ", line)
print(bus.emit("crash").log)
print(bus.emit("unknown").log)
print(bus.off("login", audit), bus.off("login", audit))
print([fn.__name__ for _, _, fn in bus.handlers["login"]])
print(greet.__name__, greet(Event("direct", user="zed")))
