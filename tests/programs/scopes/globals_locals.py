# globals() and locals() dictionaries
g_var = 123
print("g_var" in globals(), globals()["g_var"], globals()["__name__"])
globals()["dynamic"] = "created via globals()"
print(dynamic)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    loc = locals()
    x = 1
    return sorted(locals())
print(g())
class C:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
print(locals() is globals())
print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__doc__", "__builtins__")))
