# A tokenizer for a small expression language written with str methods only.
KEYWORDS = {"let", "if", "then", "else", "fn", "return"}
OPERATORS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "=", "<", ">", "(", ")", ",", ";"]

class Token:
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return "%s(%r)@%d:%d" % (self.kind, self.text, self.line, self.col)

def tokenize(src):
    tokens = []
    line, col, i = 1, 1, 0
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            line, col, i = line + 1, 1, i + 1
            continue
        if ch.isspace():
            i += 1; col += 1
            continue
        if ch == "#":
            end = src.find("\n", i)
            end = len(src) if end == -1 else end
            col += end - i; i = end
            continue
        start_col = col
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("FLOAT" if "." in text else "INT", text, line, start_col))
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            text = src[i:j]
            tokens.append(Token("KW" if text in KEYWORDS else "NAME", text, line, start_col))
        elif ch == '"':
            j = src.find('"', i + 1)
            if j == -1:
                raise SyntaxError("unterminated string at %d:%d" % (line, start_col))
            j += 1
            tokens.append(Token("STR", src[i + 1:j - 1], line, start_col))
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    j = i + len(op)
                    tokens.append(Token("OP", op, line, start_col))
                    break
            else:
                raise SyntaxError("unexpected %r at %d:%d" % (ch, line, start_col))
        col += j - i
        i = j
    return tokens

program = '''let x = 42;   # the answer
let pi_ish = 3.14;
fn add(a, b) -> a + b;
if x >= 10 then print("big") else print("small");
return add(x, -1) == 41;'''
toks = tokenize(program)
for t in toks[:12]:
    print(t)
print(len(toks), "tokens")
kinds = {}
for t in toks:
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(sorted(kinds.items()))
print([t.text for t in toks if t.kind == "KW"])
print(" ".join(t.text for t in toks if t.line == 4))
for bad in ['let s = "open', "x = 1 @ 2"]:
    try:
        tokenize(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)
