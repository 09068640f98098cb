import random
random.seed(11)
alpha = '0123456789_.eE+-xXoObBaAfFnNiItTyY \t\u3000\u0663'
lines = []
for _ in range(100000):
    s = ''.join(random.choice(alpha) for _ in range(random.randint(0, 8)))
    if random.random() < 0.5:
        s = random.choice(['', ' ', '-', '+', '0x', '0o', '0b', '0', '1_', '.', 'in', 'na']) + s
    try: fr = repr(float(s))
    except ValueError: fr = 'ERR'
    base = random.choice([0, 2, 8, 10, 16, 36, 7])
    try: ir = str(int(s, base))
    except ValueError: ir = 'ERR'
    lines.append(f"N\t{s.encode().hex()}\t{base}\t{fr}\t{ir}")
palpha = '%%%%()ab-+ #0123.*dsxXcefgrhlLy'
for _ in range(50000):
    f = ''.join(random.choice(palpha) for _ in range(random.randint(1, 8)))
    # classify: strict parse result in python terms = apply with enough int args? use a probe
    try:
        import re
        f % tuple([1]*20) if '(' not in f else f % {'a': 1, '': 1, 'b': 1}
        r = 'OK'
    except ValueError as e: r = 'ERR ' + str(e)
    except (TypeError, KeyError) as e: r = 'OTHER'
    lines.append(f"S\t{f.encode().hex()}\t0\t{r}\t-")
open('/tmp/fz/cases2.tsv', 'w').write('\n'.join(lines) + '\n')
