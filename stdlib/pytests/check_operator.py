import operator
from checkutil import show

class O:
    pass

o = O()
o.a = O()
o.a.b = 5
o.name = 'n'

for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow',
             'lshift', 'rshift', 'and_', 'or_', 'xor', 'eq', 'ne', 'lt',
             'le', 'gt', 'ge', 'is_', 'is_not', 'iadd', 'isub', 'imul',
             'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift',
             'iand', 'ior', 'ixor']:
    f = getattr(operator, name)
    show(name, f, 7, 3)
    show(name + ' str', f, 'a', 3)
for name in ['neg', 'pos', 'abs', 'invert', 'inv', 'not_', 'truth', 'index']:
    f = getattr(operator, name)
    show(name, f, -5)
    show(name + ' float', f, 2.5)
show('index str', operator.index, 'x')
show('concat', operator.concat, [1], [2])
show('concat int', operator.concat, 1, 2)
show('iconcat', operator.iconcat, [1], (2,))
show('contains', operator.contains, [1, 2], 2)
show('countOf', operator.countOf, [1, 2, 1, 1.0], 1)
show('indexOf', operator.indexOf, [1, 2, 3], 3)
show('indexOf missing', operator.indexOf, [1, 2, 3], 4)
l = [1, 2, 3]
operator.setitem(l, 0, 'x'); operator.delitem(l, 1)
print(l, operator.getitem(l, -1), operator.getitem('abc', slice(1, None)))
show('getitem oob', operator.getitem, [], 1)
show('length_hint list', operator.length_hint, [1, 2])
show('length_hint iter', operator.length_hint, iter([1, 2, 3]))
show('length_hint gen', operator.length_hint, (x for x in []), 7)
show('length_hint bad', operator.length_hint, 1, 'x')
show('matmul', operator.matmul, 1, 2)
show('call', operator.call, max, 1, 5, 3)
print(operator.__add__(1, 2), operator.__not__(0))

g = operator.itemgetter(1)
print(repr(g), g([4, 5, 6]))
g = operator.itemgetter('a', 'b')
print(repr(g), g({'a': 1, 'b': 2}))
show('itemgetter()', operator.itemgetter)
show('itemgetter missing', operator.itemgetter(5), [1])
a = operator.attrgetter('a.b')
print(repr(a), a(o))
a = operator.attrgetter('name', 'a.b')
print(repr(a), a(o))
show('attrgetter int', operator.attrgetter, 1)
show('attrgetter missing', operator.attrgetter('zz'), o)
m = operator.methodcaller('split', ',', maxsplit=1)
print(repr(m), m('a,b,c'))
print(repr(operator.methodcaller('upper')), operator.methodcaller('upper')('x'))
show('methodcaller()', operator.methodcaller)
show('methodcaller(1)', operator.methodcaller, 1)
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=operator.itemgetter(1)))
