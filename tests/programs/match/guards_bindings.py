# Guards, and what is bound when: names are bound only once a whole pattern has matched
# (a failed pattern binds nothing, even partially), and stay bound when the guard fails.

def trace(label, value=True):
    print("  guard", label)
    return value


def run(v):
    match v:
        case [x, y] if trace("sum", x + y > 10):
            return f"big pair {x}+{y}"
        case [x, y] if trace("equal", x == y):
            return f"equal pair {x}"
        case [x, *_] if trace("first odd", x % 2):
            return f"starts odd {x}"
        case int(n) if (half := n // 2) > 3:
            return f"int with half {half}"
        case _ if trace("default guard", isinstance(v, str)):
            return "some str"
        case _:
            return "default"


for v in [[5, 6], [2, 2], [3, 4], [2, 4, 6], 10, 4, "s", None]:
    print(v, "->", run(v))

# Bindings after a failed guard survive into the next case and after the statement.
match (1, 2):
    case (a, b) if a > b:
        print("unreachable")
    case _:
        print("guard failed, yet a, b =", a, b)

# A pattern that fails half-way binds nothing: `first` keeps its old value.
first = "old"
match [1, 2, 3]:
    case [first, 99, _]:
        print("no")
    case _:
        print("first is still", first)

# The same for alternatives: only the alternative that matched binds.
sentinel = "unset"
p = q = sentinel
match ("k", 2):
    case ("k", 1, p) | ("k", p):
        print("p =", p, "q =", q)

# A capture inside an alternative that failed later in the pattern leaves no trace.
z = "before"
match [1, 2]:
    case [z, 3] | [0, z]:
        print("no")
    case _:
        print("z =", z)


# Guards see the captures and may use anything in scope; they are evaluated lazily.
def guarded(items, limit):
    results = []
    for item in items:
        match item:
            case (name, price) if price > limit:
                results.append(f"{name} too expensive")
            case (name, price) if name.startswith("_"):
                results.append("hidden")
            case (name, _):
                results.append(name)
    return results


print(guarded([("tea", 3), ("gold", 1000), ("_x", 1)], 100))

# A guard that raises propagates, after binding the captures.
try:
    match 0:
        case n if 1 / n:
            pass
except ZeroDivisionError as e:
    print("guard raised:", e, "| n =", n)

# The default case can have a guard too; if it fails, nothing runs.
for v in [1, 2]:
    match v:
        case 0:
            print("zero")
        case _ if v == 1:
            print("default with guard passed for", v)
    print("after match", v)

# Walrus in a guard binds in the enclosing scope.
match [3, 4]:
    case [a, b] if (total := a + b) > 5:
        print("total", total)
print("total still visible:", total)
