# LEGB name resolution
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        x = "local x"
        return x
    def inner2():
        return x
    return inner(), inner2()
print(outer(), x)
def uses_builtin():
    return len("abc")
print(uses_builtin())
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
import builtins
print(builtins.len is len, hasattr(builtins, "print"))
def read_global():
    return x
def write_global():
    global x
    x = "modified"
print(read_global())
write_global()
print(x, read_global())
