# A singly linked list with __iter__, __len__, __getitem__, __contains__, __repr__, reverse, sort.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push_front(item)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("LinkedList index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False

ll = LinkedList([3, 1, 4])
ll.append(1)
ll.push_front(5)
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll), sum(ll), sorted(ll), max(ll))
print(ll.remove(4), ll.remove(42), ll)
print(ll.pop_front(), ll, bool(ll), bool(LinkedList()))
print(LinkedList("abc") == LinkedList(["a", "b", "c"]), LinkedList() == LinkedList([]))
print([x * 2 for x in ll], list(zip(ll, "xyz")), ll[1])
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
try:
    empty.pop_front()
except IndexError as e:
    print("IndexError:", e)
it = iter(ll)
print(next(it), next(it), list(it))
