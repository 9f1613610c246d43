# match inside other statements: loops with break/continue/else, try/finally, with,
# nested matches, generators, recursion; and `match`/`case`/`_` as ordinary names.

def loop(commands):
    log = []
    for i, cmd in enumerate(commands):
        match cmd:
            case "skip":
                continue
            case "stop":
                break
            case ("repeat", int(n)):
                for _ in range(n):
                    match i:
                        case 0:
                            log.append("first")
                        case _:
                            log.append(i)
            case _:
                log.append(cmd)
    else:
        log.append("no break")
    return log


print(loop(["a", "skip", ("repeat", 2), "b"]))
print(loop([("repeat", 1), "stop", "never"]))


def cleanup(value):
    try:
        match value:
            case 0:
                return "zero"
            case [x]:
                raise ValueError(x)
            case _:
                pass
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("  finally for", value)
    return "fell through"


for v in [0, [5], "x"]:
    print(cleanup(v))


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("  exit", exc[0].__name__ if exc[0] else None)
        return True


def inside_with(v):
    with Manager():
        match v:
            case 1:
                return "one"
            case 2:
                raise KeyError("two")
    return "after with"


print(inside_with(1), inside_with(2), inside_with(3))


def tree_sum(node):
    match node:
        case int(n):
            return n
        case [left, right]:
            return tree_sum(left) + tree_sum(right)
        case {"value": v, "children": [*kids]}:
            return v + sum(tree_sum(k) for k in kids)
    raise TypeError(f"bad node {node!r}")


print(tree_sum([[1, 2], {"value": 10, "children": [3, [4, 5]]}]))


def tokens(text):
    for word in text.split():
        match word:
            case "+" | "-" | "*" | "/" as op:
                yield ("op", op)
            case w if w.isdigit():
                received = yield ("num", int(w))
                if received:
                    yield ("note", received)
            case _:
                yield ("name", word)


gen = tokens("x + 12 * y")
print(next(gen), next(gen), next(gen), gen.send("got it"), next(gen), next(gen))


# Nested match statements, each with its own subject.
def nested(a, b):
    match a:
        case int():
            match b:
                case int():
                    return "both ints"
                case _:
                    return "only a"
        case _:
            match b:
                case int():
                    return "only b"
    return "neither"


print(nested(1, 2), nested(1, "x"), nested("x", 2), nested("x", "y"))

# The soft keywords are ordinary names elsewhere.
match = {"case": 1}
case = [match]
_ = "underscore"
print(match["case"], case, _)


def match(*args):
    return args


print(match(1, 2), match.__name__)
match (1, 2):
    case (1, case):
        print("case is now", case)
match [match]:
    case [m]:
        print("matched the function:", m.__name__)
print("_ unchanged by wildcards:", _)


# A match statement as the whole body of a lambda-like helper and in a class body.
class Config:
    settings = {"mode": "fast", "level": 3}
    match settings:
        case {"mode": "fast", "level": int(level)} if level > 2:
            speed = "turbo"
        case _:
            speed = "normal"


print(Config.speed, Config.level)

# Deeply nested patterns.
deep = [[[[[[[[[[1]]]]]]]]]]
match deep:
    case [[[[[[[[[[x]]]]]]]]]]:
        print("deep", x)
