import string
from string import Template
from checkutil import show

for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)))
print(string.capwords('  hello   wORLD foo '), string.capwords('a-b-c', '-'), repr(string.capwords('')))
t = Template('$who likes $what; ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'), t.template)
print(t.substitute({'who': 'a', 'what': 'b'}, what='override'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
show('missing', t.substitute, who='x')
for tpl in ['$', 'abc $', 'x $1', 'line1\nline2 ${ bad}', '${x', '$$$x', '$x$y', '${x}y$z_1 end', 'a\n\nb $ c',
            '$é', 'ünïcode $x', '$_ok $A9', '${}', 'x\r\ny $!']:
    T = Template(tpl)
    show(repr(tpl), T.substitute, x=1, y=2, z_1=3, _ok=4, A9=5)
    show(repr(tpl) + ' safe', T.safe_substitute, {'x': 'X'})
    print(T.is_valid(), T.get_identifiers())


class Pct(Template):
    delimiter = '%'


print(Pct('%who %% 100%').safe_substitute(who='me'))
show('pct', Pct('100%').substitute)
print(Template('$a').substitute(a=[1, 2]), Template('${a}b').substitute(a=None))

f = string.Formatter()
for s in ['a{{b', 'x}}y', '{0}', '{}{}', '{a.b[c]!r:>{w}}', '{!s}', '{:}', 'a{', 'a}', '{0!}', '{0!rr}', '{0',
          '{a[}', '{a[:]}', '{0!r:x!y}', 'end{0}tail', '{{}}', '{{{0}}}', '{a:{b:{c}}}', '{[}', '{0[}', '{a.}',
          '{a]}', '{ }', '', 'plain', '{0!r}', '{0!', '{0!r', '{x{y}', '}', '{', '{0:{1}', '{0:}}', '{0!s:^{1}}tail']:
    show('parse ' + repr(s), lambda: list(f.parse(s)))


class Obj:
    attr = {'k': [10, 20]}


for fmt, args, kw in [('{} and {}', (1, 2), {}), ('{1}{0}{1}', ('a', 'b'), {}), ('{x.attr[k][1]:>5}', (), {'x': Obj()}),
                      ('{0!r:^9}|{0!s}|{0!a}', ('é',), {}), ('{:{}}', ('v', 5), {}), ('{0:{1}}', (3.14159, '.2f'), {}),
                      ('{} {1}', (1, 2), {}), ('{0} {}', (1, 2), {}), ('{a[0]}', (), {'a': 'xyz'}), ('{0[1]}', ([5, 6],), {}),
                      ('{missing}', (), {}), ('{5}', (1,), {}), ('{0!z}', (1,), {}), ('{a.}', (), {'a': 1}),
                      ('{a[b]c}', (), {'a': {}}), ('{:{:{}}}', (1, 2, 3), {}), ('{:{:{:{}}}}', (1, 2, 3, 4), {}),
                      ('{{{}}}', (7,), {}), ('{a[-1]}', (), {'a': {'-1': 'neg'}})]:
    show('format ' + fmt, f.format, fmt, *args, **kw)
    show('str.format ' + fmt, fmt.format, *args, **kw)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)


print(Upper().format('{} {x} {y:>6}', 'abc', x='def'))
