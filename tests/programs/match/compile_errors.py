# Compile-time errors of the match statement: message, line and columns as CPython reports
# them (the compiler points at the pattern it was working on).

sources = [
    # Irrefutable patterns must come last.
    "match x:\n case y: pass\n case 1: pass\n",
    "match x:\n case _: pass\n case 1: pass\n",
    "match x:\n case y | 1: pass\n",
    "match x:\n case _ | 1: pass\n",
    "match x:\n case (x | y) : pass\n",
    "match x:\n case [x] | x: pass\n case 1: pass\n",
    "match x:\n case True | x: pass\n case 2: pass\n",
    "match x:\n case a:\n  pass\n case b if b: pass\n",
    "def f():\n match x:\n  case y: pass\n  case z: pass\n",
    "match x:\n case 1:\n  pass\n case (\n  y\n ): pass\n case 2: pass\n",
    "match x:\n case _ as whole: pass\n case 3: pass\n",
    # Fine: a guard makes an irrefutable pattern refutable, and the last case may be one.
    "match x:\n case a if a: pass\n case b: pass\n",
    "match x:\n case [a, b] | [b, a]: pass\n",
    "match x:\n case {**rest}: pass\n case _: pass\n",
    # Alternatives must bind the same names.
    "match x:\n case 1 | y: pass\n",
    "match x:\n case [a] | (b): pass\n",
    "match x:\n case (a, b) | (b, c): pass\n",
    "match x:\n case (1 as a) | (2 as a) | b: pass\n",
    "match x:\n case [*a] | [*b]: pass\n",
    "match x:\n case {'k': a} | {'j': b}: pass\n",
    # Names bound twice.
    "match x:\n case [a, a]: pass\n",
    "match x:\n case [a, *a]: pass\n",
    "match x:\n case a as a: pass\n",
    "match x:\n case {'a': a, **a}: pass\n",
    "match x:\n case [a, (b as a)]: pass\n",
    "match x:\n case {'k': a} | {'j': a, **a}: pass\n",
    "match x:\n case [a, (1 as a) | (2 as a)]: pass\n",
    "match x:\n case C(a, b=a): pass\n",
    # Sequences: one star only.
    "match x:\n case [*a, *b]: pass\n",
    "match x:\n case [*_, *_]: pass\n",
    "match x:\n case [1, 2, *rest, 3, *rest2]: pass\n",
    # Mapping keys.
    "match x:\n case {'a': 1, 'a': 2}: pass\n",
    "match x:\n case {1: 1, True: 2}: pass\n",
    "match x:\n case {1: 1, 1.0: 2}: pass\n",
    "match x:\n case {'a\\n': 1, 'a\\n': 2}: pass\n",
    "match x:\n case {b'a': 1, b'a': 2}: pass\n",
    "match x:\n case {None: 1, None: 2}: pass\n",
    "match x:\n case {-0: 1, 0: 2}: pass\n",
    "match x:\n case {1+2j: 1, 1+2j: 2}: pass\n",
    "match x:\n case {'a': 1, 'b': 2, 'a': 3}: pass\n",
    "match x:\n case {\"it's\": 1, \"it's\": 2}: pass\n",
    "match x:\n case {a.b: 1, a.b: 2}: pass\n",
    "match x:\n case {f'a': 1}: pass\n",
    # Class patterns.
    "match x:\n case C(x=1, x=2): pass\n",
    "match x:\n case C(a, b, c=d, c=e): pass\n",
    "match x:\n case C(__debug__=1): pass\n",
    # __debug__ cannot be bound.
    "match x:\n case __debug__: pass\n",
    "match x:\n case {**__debug__}: pass\n",
    "match x:\n case [*__debug__]: pass\n",
    # Values.
    "match x:\n case f'a': pass\n",
    # Errors the parser reports.
    "match x:\n case C(a, b=c, d): pass\n",
    "match x:\n case 1 + 2: pass\n",
    "match x:\n case 1j + 2: pass\n",
    "match x:\n case a.b as _: pass\n",
    "match x:\n case {1: _, **_}: pass\n",
    "match x:\n case f(): pass\n",
    "match x:\n case -1j: pass\n",
    "match x\n case 1: pass\n",
    "match x:\ncase 1: pass\n",
    # The soft keywords stay usable as names.
    "match = 1\ncase = 2\nmatch(match, case)\n_ = 3\n",
    "match x:\n case match: pass\n",
    "match [match]:\n case [case]: pass\n",
]

for src in sources:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(f"{e.msg} | {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
    else:
        print("ok:", repr(src))
