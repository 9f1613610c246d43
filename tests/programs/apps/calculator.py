# A recursive-descent expression evaluator (tokenizer + parser)
import operator
TOKENS = "+-*/()^%"
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif c in TOKENS:
            tokens.append(c)
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    return tokens
class Parser:
    OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod}
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            value = self.OPS[self.take()](value, self.term())
        return value
    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/", "%"):
            value = self.OPS[self.take()](value, self.factor())
        return value
    def factor(self):
        base = self.unary()
        if self.peek() == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        tok = self.take()
        if tok == "(":
            v = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return v
        if isinstance(tok, (int, float)):
            return tok
        raise SyntaxError(f"unexpected token {tok!r}")
def evaluate(src):
    p = Parser(tokenize(src))
    v = p.expr()
    if p.peek() is not None:
        raise SyntaxError(f"trailing token {p.peek()!r}")
    return v
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "7 % 3 + 0.5",
            "2 * (3 + (4 - 1)) / 3", "1 +", "3 $ 4", "(1 + 2", "1 / 0", "2 ^ 100"]:
    try:
        print(f"{src!r:28} = {evaluate(src)!r}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{src!r:28} ! {type(e).__name__}: {e}")
