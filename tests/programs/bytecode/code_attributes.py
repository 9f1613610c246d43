# Code objects' co_* attributes: values and shapes that do not depend on whose bytecode it is.
def sample(a, b=1, *args, key, **kw):
    "doc"
    total = a + b
    def inner():
        return total
    return inner


co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals, co.co_firstlineno)
print(co.co_consts[0], hex(co.co_flags), co.co_filename.rsplit("/", 1)[-1])
print(type(co.co_code).__name__, type(co.co_linetable).__name__, type(co.co_exceptiontable).__name__)
lines = list(co.co_lines())
print(all(len(t) == 3 and t[0] < t[1] for t in lines), sorted({t[2] for t in lines if t[2] is not None} - {2}))
positions = list(co.co_positions())
print(all(len(p) == 4 for p in positions), {p[0] for p in positions if p[0] is not None} >= {4, 5, 7})
inner = next(c for c in co.co_consts if hasattr(c, "co_code"))
print(inner.co_name, inner.co_qualname, inner.co_freevars, hex(inner.co_flags))
mod = compile("x = 1\n", "m.py", "exec")
print(mod.co_name, mod.co_flags, mod.co_filename, mod.co_varnames, mod.co_names)
