# operator module functions
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5))
print(op.neg(3), op.pos(-3), op.abs(-4), op.invert(5), op.lshift(1, 4), op.rshift(32, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.getitem([10, 20], 1), op.index(5), op.matmul is not None)
l = [1, 2, 3]
op.setitem(l, 0, 100); op.delitem(l, 1)
print(l)
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1("abc"), get02("abc"), get1({1: "one"}))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=op.itemgetter(1)), sorted(pairs, key=op.itemgetter(0)))
class P:
    def __init__(self, name, age): self.name, self.age = name, age
    def greet(self, greeting): return f"{greeting}, {self.name}"
people = [P("x", 30), P("y", 20)]
print([p.name for p in sorted(people, key=op.attrgetter("age"))], op.attrgetter("name", "age")(people[0]))
print(op.methodcaller("greet", "hi")(people[1]), op.methodcaller("upper")("abc"))
x = [1]
x = op.iadd(x, [2]); print(x)
print(op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
