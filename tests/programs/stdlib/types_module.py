# types module
import types
def f(): pass
def g(): yield 1
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(C().m, types.MethodType))
print(isinstance(g(), types.GeneratorType), isinstance(types, types.ModuleType), isinstance(lambda: 0, types.LambdaType))
print(type(None) is types.NoneType, type(...) is types.EllipsisType, type(NotImplemented) is types.NotImplementedType)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=[3]))
del ns.b
print(ns)
mod = types.ModuleType("dynamic_mod", "doc of dynamic")
mod.value = 5
print(mod.__name__, mod.__doc__, mod.value)
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), dict(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print(type(e).__name__, e)
bound = types.MethodType(lambda self, x: (type(self).__name__, x), C())
print(bound(5))
Dyn = types.new_class("Dyn", (C,), {}, lambda ns: ns.update({"z": 26}))
print(Dyn.__name__, Dyn.z, Dyn.__mro__[1].__name__)
print(type(f.__code__) is types.CodeType, isinstance(C.__dict__, types.MappingProxyType))
