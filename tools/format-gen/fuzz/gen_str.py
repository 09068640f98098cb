import random
random.seed(5)
lines=[]
def rspec():
    s = ''
    if random.random() < 0.4:
        if random.random() < 0.5: s += random.choice('*0x \u00e9')
        s += random.choice('<>^=')
    if random.random() < 0.1: s += random.choice('+- ')
    if random.random() < 0.05: s += 'z'
    if random.random() < 0.05: s += '#'
    if random.random() < 0.2: s += '0'
    if random.random() < 0.6: s += str(random.randint(0, 15))
    if random.random() < 0.05: s += random.choice(',_')
    if random.random() < 0.4: s += '.' + str(random.randint(0, 8))
    if random.random() < 0.3: s += random.choice('sdx')
    return s
for _ in range(30000):
    v = random.choice(['', 'a', 'abc', 'h\u00e9llo w\u00f6rld', '\u65e5\u672c\u8a9e'])
    sp = rspec()
    try: r = 'OK\t' + format(v, sp)
    except Exception as e: r = 'ERR\t' + str(e)
    lines.append(f"{v.encode().hex()}\t{sp.encode().hex()}\t{r}")
open('cases3.tsv','w').write('\n'.join(lines)+'\n')
