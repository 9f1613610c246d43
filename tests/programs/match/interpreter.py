# A small expression language: a tokenizer, a parser building tuples and a class-based
# AST, and an evaluator and simplifier written with match statements.
from collections import namedtuple

Num = namedtuple("Num", "value")
Var = namedtuple("Var", "name")
BinOp = namedtuple("BinOp", "op left right")
Call = namedtuple("Call", "func args")
Let = namedtuple("Let", "name value body")


def tokenize(text):
    i = 0
    while i < len(text):
        c = text[i]
        match c:
            case " ":
                i += 1
            case "(" | ")" | "+" | "-" | "*" | "/" | "," | "=":
                yield c
                i += 1
            case _ if c.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                yield int(text[i:j])
                i = j
            case _ if c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                yield text[i:j]
                i = j
            case _:
                raise SyntaxError(f"bad character {c!r}")


class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        token = self.peek()
        self.pos += 1
        return token

    def expr(self):
        left = self.term()
        while (op := self.peek()) in ("+", "-"):
            self.take()
            left = BinOp(op, left, self.term())
        return left

    def term(self):
        left = self.atom()
        while (op := self.peek()) in ("*", "/"):
            self.take()
            left = BinOp(op, left, self.atom())
        return left

    def atom(self):
        match self.take():
            case int(n):
                return Num(n)
            case "let":
                name = self.take()
                assert self.take() == "="
                value = self.expr()
                assert self.take() == "in"
                return Let(name, value, self.expr())
            case "(":
                inner = self.expr()
                assert self.take() == ")"
                return inner
            case "-":
                return BinOp("-", Num(0), self.atom())
            case str(name) if self.peek() == "(":
                self.take()
                args = []
                while self.peek() != ")":
                    args.append(self.expr())
                    if self.peek() == ",":
                        self.take()
                self.take()
                return Call(name, args)
            case str(name):
                return Var(name)
            case token:
                raise SyntaxError(f"unexpected {token!r}")


FUNCTIONS = {"max": max, "min": min, "abs": abs}


def evaluate(node, env):
    match node:
        case Num(value):
            return value
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(name)
        case BinOp("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case BinOp("-", left, right):
            return evaluate(left, env) - evaluate(right, env)
        case BinOp("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case BinOp("/", left, Num(0)):
            raise ZeroDivisionError("literal division by zero")
        case BinOp("/", left, right):
            return evaluate(left, env) // evaluate(right, env)
        case Call(func, [*args]) if func in FUNCTIONS:
            return FUNCTIONS[func](*(evaluate(a, env) for a in args))
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case _:
            raise TypeError(f"cannot evaluate {node!r}")


def simplify(node):
    match node:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match (op, left, right):
                case ("+", Num(0), x) | ("+", x, Num(0)) | ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("-", x, y) if x == y:
                    return Num(0)
                case (_, Num(), Num()):
                    return Num(evaluate(BinOp(op, left, right), {}))
            return BinOp(op, left, right)
        case Call(func, args):
            return Call(func, [simplify(a) for a in args])
        case Let(name, value, body):
            return Let(name, simplify(value), simplify(body))
        case other:
            return other


def show(node):
    match node:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(f, args):
            return f"{f}({', '.join(map(show, args))})"
        case Let(n, v, b):
            return f"let {n} = {show(v)} in {show(b)}"


programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "x * 1 + 0",
    "let y = 4 in y * y - y",
    "max(1, x, 3) + min(4, 5)",
    "abs(-7) * (x - x)",
    "10 / 0",
    "1 / (2 - 2)",
    "undefined + 1",
    "2 * (3 + 4) * 0 + y",
    "1 $ 2",
]
for text in programs:
    try:
        tree = Parser(text).expr()
        simple = simplify(tree)
        print(f"{text:<26} {show(simple):<24} = {evaluate(tree, {'x': 5, 'y': 2})}")
    except Exception as e:
        print(f"{text:<26} {type(e).__name__}: {e}")
