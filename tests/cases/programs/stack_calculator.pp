# A small stack-based (RPN) calculator with an infix-to-postfix converter.
class CalcError(Exception):
    pass

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}

def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            tokens.append(num)
            num = ""
        if ch in PREC or ch in "()":
            tokens.append(ch)
        elif not ch.isspace():
            raise CalcError("bad character %r" % ch)
    if num:
        tokens.append(num)
    return tokens

def to_postfix(tokens):
    out, ops = [], []
    for t in tokens:
        if t in PREC:
            while ops and ops[-1] in PREC and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t not in RIGHT)):
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise CalcError("unbalanced )")
            ops.pop()
        else:
            out.append(t)
    while ops:
        op = ops.pop()
        if op == "(":
            raise CalcError("unbalanced (")
        out.append(op)
    return out

def evaluate(postfix):
    stack = []
    for t in postfix:
        if t in PREC:
            if len(stack) < 2:
                raise CalcError("stack underflow at %s" % t)
            b, a = stack.pop(), stack.pop()
            if t == "+": stack.append(a + b)
            elif t == "-": stack.append(a - b)
            elif t == "*": stack.append(a * b)
            elif t == "/":
                if b == 0:
                    raise CalcError("division by zero")
                stack.append(a / b)
            elif t == "%": stack.append(a % b)
            elif t == "^": stack.append(a ** b)
        else:
            stack.append(float(t) if "." in t else int(t))
    if len(stack) != 1:
        raise CalcError("malformed expression")
    return stack[0]

for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 / 8 - 3", "7 % 4 + 10 % 3", "2 ^ 100",
             "3.5 * (2 - 0.5)", "((2))", "1 / 0", "(1 + 2", "1 + 2)", "4 $ 4", "1 +"]:
    try:
        pf = to_postfix(tokenize(expr))
        print("%-18s -> %-22s = %r" % (expr, " ".join(pf), evaluate(pf)))
    except CalcError as e:
        print("%-18s -> error: %s" % (expr, e))
