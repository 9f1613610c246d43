# exec, eval and compile
print(eval("1 + 2 * 3"), eval("[x ** 2 for x in range(4)]"), eval("'abc'.upper()"))
x = 10
print(eval("x * 2"), eval("x + y", {"x": 1, "y": 2}), eval("x", {}, {"x": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if k != "__builtins__"))
loc = {}
exec("z = x + 1", {"x": 100}, loc)
print(loc)
code = compile("3 + 4", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
code2 = compile("for i in range(3):\n    print('exec', i)\n", "<loop>", "exec")
exec(code2)
single = compile("1 + 1", "<single>", "single")
exec(single, {})
print(eval("lambda q: q * 3")(7))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
g = {"__builtins__": {}}
try:
    eval("len([])", g)
except NameError as e:
    print(type(e).__name__, e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
exec("result = sum(range(5))")
print(result)
