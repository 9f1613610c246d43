//! Disassembly snapshots, one per construct: a change to code generation shows up as a diff
//! to review (`cargo insta review`, or `INSTA_UPDATE=always cargo test` to accept).

use ferropy_compiler::{compile_source, dis, Mode, Options};

fn dis_of(source: &str, optimize: u8) -> String {
    let code = compile_source(source, "snap.py", Mode::Exec, Options { optimize }).expect("compiles");
    dis::disassemble(&code)
}

macro_rules! snapshots {
    ($($name:ident: $src:expr;)*) => {
        $(
            #[test]
            fn $name() {
                insta::assert_snapshot!(stringify!($name), dis_of($src, 0));
            }
        )*
    };
}

snapshots! {
    assign_and_arith: "x = 1\ny = x * 2 + 3 // 4 - -x\n";
    augmented_assign: "x = 1\nx += 2\nx **= 3\na.b -= 1\nc[0] |= 4\n";
    chained_compare: "print(1 < x <= 3)\n";
    boolean_ops: "r = a and b or not c\n";
    conditional_expression: "r = a if b else c\n";
    walrus: "if (n := len(a)) > 3:\n    print(n)\n";
    if_elif_else: "if a:\n    x = 1\nelif b:\n    x = 2\nelse:\n    x = 3\n";
    while_else_break_continue: "while a:\n    if b:\n        break\n    if c:\n        continue\nelse:\n    d()\n";
    for_else: "for i in range(3):\n    print(i)\nelse:\n    print('done')\n";
    function_def: "def f(a, b=2, *args, c, d=4, **kw):\n    return a + b\n";
    positional_only: "def f(a, /, b, *, c):\n    return a, b, c\n";
    closure_and_nonlocal: "def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n";
    global_statement: "def f():\n    global g\n    g = 1\n";
    lambda_expression: "f = lambda x, y=1: x + y\n";
    decorators: "@dec\n@dec2(1)\ndef f():\n    pass\n";
    class_def: "class C(Base, metaclass=Meta):\n    x = 1\n    def m(self):\n        return super().m()\n";
    docstrings: "'''module doc'''\ndef f():\n    '''function doc'''\n    return 1\n";
    calls: "f(1, x=2)\nf(*a, **k)\no.m(1, 2)\n";
    list_comprehension: "r = [x * 2 for x in xs if x]\n";
    dict_set_comprehension: "d = {k: v for k, v in items}\ns = {x for x in xs}\n";
    generator_expression: "g = (x for x in xs)\n";
    generator_function: "def g():\n    x = yield 1\n    yield from other()\n    return x\n";
    try_except_else_finally: "try:\n    a()\nexcept ValueError as e:\n    b(e)\nexcept:\n    c()\nelse:\n    d()\nfinally:\n    e()\n";
    raise_from: "raise ValueError('x') from None\n";
    with_statement: "with open(p) as f, lock:\n    f.read()\n";
    return_in_finally: "def f():\n    try:\n        return 1\n    finally:\n        print('x')\n";
    break_in_try_finally: "for x in xs:\n    try:\n        break\n    finally:\n        done()\n";
    assert_statement: "assert x, 'message'\n";
    imports: "import a.b.c\nimport d.e as f\nfrom g import h, i as j\nfrom . import k\nfrom .m import *\n";
    starred_assignment: "a, *b, c = xs\n[d, e] = f\n";
    slices: "a[1:2]\na[::2]\na[1:2] = b\ndel a[0]\n";
    fstrings: "s = f'{a!r:>{w}} and {b}'\n";
    literals: "x = (1, 2.5, 3j, 'str', b'bytes', None, True, ...)\ny = [1, 2]\nz = {1: 2}\nw = {1, 2}\n";
    annotations: "x: int = 1\ndef f(a: int) -> str:\n    y: int = 2\n";
    delete_statement: "del a, b.c, d[e]\n";
}

#[test]
fn optimize_removes_asserts_and_debug_blocks() {
    insta::assert_snapshot!("optimized", dis_of("assert x\nif __debug__:\n    print('debug')\ndef f():\n    '''doc'''\n", 2));
}
