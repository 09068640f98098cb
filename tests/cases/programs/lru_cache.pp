# An LRU cache class built on a dict plus a doubly linked list, and a memoizing decorator.
class Node:
    __doc__ = "list node"
    def __init__(self, key, value):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Node(None, None)
        self.tail = Node(None, None)
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        if key in self.map:
            node = self.map[key]
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                print("  evict", lru.key)
            node = Node(key, value)
            self.map[key] = node
        self._push_front(node)

    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache.keys(), len(cache))
print(cache.get("a"), cache.keys())
cache.put("d", "D")
print(cache.keys(), "b" in cache, cache.get("b", "miss"))
cache.put("c", "C2")
cache.put("e", "E")
print(cache.keys(), cache.get("c"), cache.hits, cache.misses)

def lru(capacity):
    def deco(fn):
        store = LRUCache(capacity)
        def wrapper(n):
            missing = object()
            v = store.get(n, missing)
            if v is missing:
                v = fn(n)
                store.put(n, v)
            return v
        wrapper.cache = store
        return wrapper
    return deco

@lru(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache.hits, fib.cache.misses, len(fib.cache))
