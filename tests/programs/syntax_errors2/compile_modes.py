# SyntaxError details from compile() in exec, eval and single modes (offset 0 shown as None)
cases = [
    ("x = (1,\n", "exec"),
    ("if x\n    pass\n", "exec"),
    ("f(a=1, 2)", "exec"),
    ("print 'hi'", "exec"),
    ("1 +", "eval"),
    ("x = 1", "eval"),
    ("(1, 2", "eval"),
    ("x = 1\ny = 2\n", "single"),
    ("for x in y: pass", "single"),
    ("if x:\n  pass", "single"),
    ("", "single"),
    ("caf\u00e9 = 1 2", "exec"),
    ("s = '\u00e9' + 1 2", "exec"),
    ("def f():\n\treturn 1\n        return 2\n", "exec"),
    ("class A:\n    def f(self):\n        pass\n  x = 1\n", "exec"),
    ("f\"{a b}\"", "eval"),
    ("f\"{x!q}\"", "eval"),
    ("'abc' b'def'", "eval"),
]
for src, mode in cases:
    try:
        compile(src, "<case>", mode)
        print(mode, repr(src), "compiles")
    except SyntaxError as e:
        end = e.end_offset if e.end_offset and e.end_offset > 0 else None
        off = e.offset if e.offset else None
        print(mode, repr(src), type(e).__name__, e.msg, e.lineno, off, end)
