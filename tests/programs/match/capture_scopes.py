# Capture patterns bind in the enclosing scope: module, function, class body, closures,
# global and nonlocal declarations. The wildcard binds nothing.

match 1:
    case x:
        pass
print("module capture:", x)

match (1, 2):
    case (_, y):
        pass
print("y =", y, "| '_' bound:", "_" in globals())


def local_capture(value):
    match value:
        case [first, *rest]:
            pass
        case other:
            return ("other", other)
    return first, rest


print(local_capture([1, 2, 3]), local_capture("abc"))


def unbound_after_failed_case(value):
    match value:
        case [a]:
            pass
        case _:
            pass
    try:
        return a
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(unbound_after_failed_case([5]), unbound_after_failed_case(5))


class Body:
    match {"k": "v"}:
        case {"k": found}:
            pass
    attribute = found.upper()


print("class body:", Body.found, Body.attribute)


def closures():
    match [10, 20]:
        case [a, b]:
            pass

    def inner():
        return a + b
    return inner()


print("closure:", closures())


def with_nonlocal():
    result = None

    def setter(v):
        nonlocal result
        match v:
            case (result, _):
                pass
    setter((99, 0))
    return result


print("nonlocal:", with_nonlocal())

g = "old"


def with_global(v):
    global g
    match v:
        case str(g):
            return True
    return False


print("global:", with_global("new"), g)


class Private:
    match [7]:
        case [__hidden]:
            pass

    def method(self, value):
        match value:
            case [__hidden]:
                return __hidden


print("mangled:", Private().method([8]), Private._Private__hidden, hasattr(Private, "__hidden"))

# A capture pattern may rebind a name that the subject used.
items = [1, 2]
match items:
    case [items, _]:
        pass
print("rebound:", items)

# Captures do not leak from comprehensions, and lambdas see the final binding.
funcs = []
for i in range(3):
    match i:
        case n:
            funcs.append(lambda: n)
print("late binding:", [f() for f in funcs])


def generator(values):
    for v in values:
        match v:
            case int(n) if n % 2 == 0:
                yield "even", n
            case int(n):
                yield "odd", n
            case str() as s:
                yield "str", (yield s)


gen = generator([1, 2, "x", 3])
print(next(gen), next(gen), next(gen), gen.send("sent"), next(gen))
