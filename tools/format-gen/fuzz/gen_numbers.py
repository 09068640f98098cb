import random, struct, math
random.seed(7)
def bits(x): return struct.unpack('<Q', struct.pack('<d', x))[0]
def rfloat():
    r = random.random()
    if r < 0.3: return struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
    if r < 0.6: return random.choice([1,-1]) * random.random() * 10 ** random.randint(-20, 25)
    if r < 0.8: return round(random.uniform(-1e5, 1e5), random.randint(0, 5))
    return random.choice([0.0, -0.0, 0.5, 1.5, 2.5, 1e16, 1e15, 9.5, 0.05, 999999.5, 1e-5, 5e-324, float('inf'), float('-inf'), float('nan'), 1.7976931348623157e308, 0.125])
def rspec(types):
    s = ''
    if random.random() < 0.3:
        if random.random() < 0.5: s += random.choice('*0x ')
        s += random.choice('<>^=')
    if random.random() < 0.3: s += random.choice('+- ')
    if random.random() < 0.1: s += 'z'
    if random.random() < 0.2: s += '#'
    if random.random() < 0.2: s += '0'
    if random.random() < 0.5: s += str(random.randint(0, 30))
    if random.random() < 0.2: s += random.choice(',_')
    if random.random() < 0.5: s += '.' + str(random.randint(0, 25))
    if random.random() < 0.8: s += random.choice(types)
    return s
lines = []
for _ in range(60000):
    x = rfloat()
    sp = rspec('eEfFgGn%')
    try: r = 'OK\t' + format(x, sp)
    except Exception as e: r = 'ERR\t' + type(e).__name__ + ': ' + str(e)
    lines.append(f"F\t{bits(x)}\t{sp}\t{r}")
for _ in range(30000):
    v = random.choice([random.randint(-1000, 1000), random.getrandbits(random.randint(1, 200)) * random.choice([1, -1])])
    sp = rspec('bcdoxXn%eEfFgG')
    try: r = 'OK\t' + format(v, sp)
    except Exception as e: r = 'ERR\t' + type(e).__name__ + ': ' + str(e)
    lines.append(f"I\t{v}\t{sp}\t{r}")
# percent float
for _ in range(40000):
    x = rfloat()
    fl = ''.join(random.sample('-+ #0', random.randint(0, 3)))
    w = str(random.randint(0, 30)) if random.random() < 0.5 else ''
    p = '.' + str(random.randint(0, 25)) if random.random() < 0.6 else ''
    c = random.choice('eEfFgG')
    f = '%' + fl + w + p + c
    r = f % x
    if len(r) < 400:
        lines.append(f"P\t{bits(x)}\t{f}\tOK\t{r}")
for _ in range(20000):
    v = random.choice([random.randint(-1000, 1000), random.getrandbits(random.randint(1, 100)) * random.choice([1, -1])])
    fl = ''.join(random.sample('-+ #0', random.randint(0, 3)))
    w = str(random.randint(0, 30)) if random.random() < 0.5 else ''
    p = '.' + str(random.randint(0, 25)) if random.random() < 0.4 else ''
    c = random.choice('diuoxX')
    f = '%' + fl + w + p + c
    lines.append(f"Q\t{v}\t{f}\tOK\t{f % v}")
# repr and round
for _ in range(50000):
    x = rfloat()
    n = random.randint(-30, 30)
    try: rr = repr(round(x, n))
    except Exception as e: rr = 'ERR'
    lines.append(f"R\t{bits(x)}\t{n}\tOK\t{repr(x)}\t{rr}")
open('/tmp/fz/cases.tsv', 'w').write('\n'.join(lines) + '\n')
print(len(lines))
