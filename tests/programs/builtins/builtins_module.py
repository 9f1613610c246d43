# The builtins module and shadowing
import builtins
print(builtins.__name__, builtins.len([1]), builtins.abs is abs, builtins.True_ if False else True)
names = ["print", "len", "range", "Exception", "ValueError", "object", "type", "super", "__import__",
         "__build_class__", "NotImplemented", "Ellipsis", "None", "True", "False", "exec", "eval"]
print([hasattr(builtins, n) for n in names])
def my_len(x):
    return -1
old = builtins.len
builtins.len = my_len
print(len("abc"))
builtins.len = old
print(len("abc"))
builtins.custom_global = "visible everywhere"
print(custom_global)
del builtins.custom_global
try:
    custom_global
except NameError as e:
    print(type(e).__name__, e)
print(type(__builtins__).__name__ in ("module", "dict"))
