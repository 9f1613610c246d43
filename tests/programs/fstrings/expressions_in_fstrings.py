# Arbitrary expressions inside f-strings
items = [1, 2, 3]
d = {"a": 1, "b": [10, 20]}
print(f"{len(items)} {sum(items) / len(items):.2f} {items[-1]} {items[::-1]}")
print(f"{d['a']} {d['b'][1]} {d.get('z', 'missing')}")
print(f"{'yes' if items else 'no'} {(lambda x: x * 2)(21)}")
print(f"{', '.join(str(i) for i in items)}")
print(f"{[x ** 2 for x in items]} {dict(a=1)} {{1, 2}}")
class P:
    def __init__(self):
        self.name = "pt"
    def m(self, k):
        return k * 3
p = P()
print(f"{p.name.upper()} {p.m('ab')} {p.name!r:>6}")
print(f"{(x := 5) + 1} {x}")
print(f"{3 > 2 and 'ok'} {not items} {-items[0]}")
print(f"{'a' 'b'}", f"{'tab'!r}")
a, b = 7, 3
print(f"{a}/{b} = {a / b:.3f}, {a}//{b} = {a // b}, {a}%{b} = {a % b}")
multi = f"""
{a:>3}
{b:<3}|
"""
print(repr(multi))
