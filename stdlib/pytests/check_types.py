import types
from types import SimpleNamespace
from checkutil import show

ns = SimpleNamespace(a=1, b='x')
print(ns, repr(SimpleNamespace()), ns.a, ns == SimpleNamespace(a=1, b='x'), ns != SimpleNamespace(a=1))
ns.c = [1]; del ns.a; print(ns, vars(ns))
ns.self = ns; print(ns)
class NS(SimpleNamespace):
    pass
print(NS(q=1), NS(q=1) == SimpleNamespace(q=1))
show('positional', SimpleNamespace, 1)
def f(): pass
def g(): yield
class C:
    def m(self): pass
import sys
print(types.FunctionType is type(f), types.LambdaType is type(f), isinstance(f, types.FunctionType))
print(isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(sys, types.ModuleType), types.NoneType is type(None), types.EllipsisType, types.NotImplementedType)
print(types.FunctionType, types.MethodType, types.GeneratorType, types.BuiltinFunctionType, types.ModuleType)
print(types.CodeType, types.MappingProxyType, types.CellType, types.BuiltinMethodType, types.CoroutineType)
print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType, types.ClassMethodDescriptorType)
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.TracebackType, types.FrameType, types.GenericAlias)
m = types.ModuleType('mymod', 'docstring'); print(m.__name__, m.__doc__)
bm = types.MethodType(lambda self, x: (self, x), 5); print(bm(2))
X = types.new_class('X', (C,), {}, lambda ns: ns.update(z=3)); print(X.z, X.__mro__[1] is C, X.__name__)
print(types.prepare_class('Y', (C,)), types.resolve_bases((C, int)))
