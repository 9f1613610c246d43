//! The fast parser (`compiler::parser`) against rustpython-parser, its oracle: wherever the
//! fast parser returns an AST it must equal rustpython's (ranges included), and wherever
//! rustpython fails it must bail. Checked on every Python file of the repository and on
//! snippets chosen for their tricky ranges and precedences.

use std::path::{Path, PathBuf};

use ferropy_compiler::parser::parse_module;
use rustpython_parser::ast;

fn rustpython(source: &str) -> Result<ast::Mod, rustpython_parser::ParseError> {
    rustpython_parser::parse(source, rustpython_parser::Mode::Module, "<test>")
}

fn body(module: &ast::Mod) -> &[ast::Stmt] {
    match module {
        ast::Mod::Module(m) => &m.body,
        _ => &[],
    }
}

/// Whether rustpython's failure is one of its f-string errors, the only kind the fast parser's
/// f-string fallback (`parser::fstring`) may override.
fn is_fstring_error(e: &rustpython_parser::ParseError) -> bool {
    use rustpython_parser::{lexer::LexicalErrorType, ParseErrorType};
    matches!(e.error, ParseErrorType::Lexical(LexicalErrorType::FStringError(_)))
}

/// Repository files holding valid 3.11 f-strings that rustpython rejects: the fast parser's
/// f-string fallback accepts them (the one allowed exception to "rustpython fails, so the fast
/// parser bails"); each must still fail in rustpython with an f-string error.
const FSTRING_FALLBACK_FILES: &[&str] = &["tests/programs/fstrings/nested_triple_quotes.py"];

/// Why the fast parser's result is wrong for `source`, if it is.
fn disagreement(source: &str) -> Option<String> {
    disagreement_allowing(source, false)
}

/// As `disagreement`; with `fstring_fallback`, a source rustpython rejects with an f-string
/// error may be accepted.
fn disagreement_allowing(source: &str, fstring_fallback: bool) -> Option<String> {
    let fast = parse_module(source, "<test>");
    match (fast, rustpython(source)) {
        (Some(_), Err(e)) if fstring_fallback && is_fstring_error(&e) => None,
        (Some(fast), Ok(slow)) if fast == slow => None,
        (Some(fast), Ok(slow)) => {
            let (f, s) = (body(&fast), body(&slow));
            let i = f.iter().zip(s).position(|(a, b)| a != b).unwrap_or(f.len().min(s.len()));
            Some(format!("statement {i} differs:\n  fast: {:?}\n  rustpython: {:?}", f.get(i), s.get(i)))
        }
        (Some(_), Err(e)) => Some(format!("accepted, but rustpython fails: {e}")),
        (None, _) => None,
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

#[test]
fn repository_python_files_parse_as_rustpython_parses_them() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in ["tests/programs", "bench/programs", "stdlib/lib", "examples"] {
        collect(&root.join(dir), &mut files);
    }
    assert!(files.len() > 100, "found only {} Python files under {}", files.len(), root.display());
    let mut failures = Vec::new();
    let mut bailed = 0;
    let mut checked_fallback_files = 0;
    for path in &files {
        let Ok(source) = std::fs::read_to_string(path) else { continue };
        bailed += usize::from(parse_module(&source, "<test>").is_none() && rustpython(&source).is_ok());
        let fallback = FSTRING_FALLBACK_FILES.iter().any(|f| path.ends_with(f));
        if fallback {
            checked_fallback_files += 1;
            match rustpython(&source) {
                Err(e) if is_fstring_error(&e) => {}
                other => failures.push(format!("{}: listed for the f-string fallback, but rustpython gives {:?}", path.display(), other.err())),
            }
            if parse_module(&source, "<test>").is_none() {
                failures.push(format!("{}: the f-string fallback does not accept it", path.display()));
            }
        }
        if let Some(why) = disagreement_allowing(&source, fallback) {
            failures.push(format!("{}: {why}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{} of {} files:\n{}", failures.len(), files.len(), failures.join("\n"));
    assert_eq!(checked_fallback_files, FSTRING_FALLBACK_FILES.len(), "a file of FSTRING_FALLBACK_FILES is missing");
    // The repository's tests have a folder of `match` programs; the standard library bails on
    // fewer than 1% (examples/fast_parser_check).
    assert!(bailed * 20 < files.len(), "bailed on {bailed} of {} files", files.len());
}

/// Snippets the fast parser must parse itself (no bail), exactly as rustpython does.
const SNIPPETS: &[&str] = &[
    "a < b <= c != d\nx = a not in b\ny = a is not b\nz = not a in b\n",
    "x = -2**2\ny = 2**-1\nasync def f():\n    await x ** 2\n    return -await y\n",
    "f = lambda x, y=1, *a, z, w=2, **k: (x, y)\ng = lambda: 0\nh = lambda *, a: a\nl = lambda a, /, b: a\n",
    "f(a, *b, c=1, *d, **e, g=2)\nprint(*a, sep='')\nprint(x, end='')\nf(x for x in y)\nf(a, (b for b in c), key=d)\n",
    "a[1:2, ::3]\na[:, None]\na[::]\na[1:]\na[:2]\na[x, *y]\na[*b]\na[1,]\na[lambda: 1]\na[i:=1]\n",
    "d = {**a, 'b': 1, **c}\ne = {}\ns = {1, 2, *x}\nt = {x for x in y}\nu = {k: v for k, v in w}\n",
    "x = a if b else c if d else e\nw = [y := f(x), y**2]\nz = [y for x in data if (y := f(x))]\n",
    "@dec\n@dec.attr(1)\n@(lambda f: f)\ndef f(a: int = 1, *args: str, b, **kw: 'x') -> None:\n    pass\n",
    "class A(B, metaclass=M, **kw):\n    x: int\n    y: int = 1\n    def f(self): ...\nclass C: pass\nclass D(): pass\n",
    "async def f():\n    async for x in y:\n        pass\n    async with a as b, c:\n        pass\n    return [x async for x in y]\n",
    "def f():\n    global a, b\n    nonlocal c\n    del a, b[0], (c, d), [e]\n",
    "for a, (b, c) in x:\n    pass\nelse:\n    pass\nfor x, in y: pass\nfor *a, b in c: pass\n",
    "x: int\n(y): int = 1\na.b: str = 'c'\nz[0]: list\n",
    "def f():\n    return a, *b\n    yield from g()\n    x = yield\n    y = yield 1, 2\n    yield\n    return\n",
    "raise X from Y\nraise\nraise X\nassert x, 'msg'\nassert y\n",
    "with (a as b, c):\n    pass\nwith (a, b):\n    pass\nwith (a, b) as c:\n    pass\nwith a as (b, c), d:\n    pass\nwith (a):\n    pass\nwith (a)(b) as c: pass\nwith (a, b,): pass\nwith (yield): pass\n",
    "try:\n    pass\nexcept* ValueError as e:\n    pass\nexcept* (TypeError, KeyError):\n    pass\n",
    "try:\n    a\nexcept E as e:\n    b\nexcept (A, B):\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\ntry:\n    pass\nfinally:\n    pass\n",
    "a = 1; b = 2;\nif x: pass\nelif y: pass\nelse: pass\nwhile x: break\nelse: continue\n",
    "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n",
    "x = ('abc'\n     'def'\n     \"ghi\")\ny = b'a' b'b'\nz = u'x' 'y'\nw = 'x' u'y'\nr = r'\\d' '\\n'\n",
    "f'{a!r:>{width}} {b[\"k\"]} {c:.2f} {{}}'\nx = (f'a{b}'\n     'c' f\"{d=}\")\ny = rf'\\d{x}'\n",
    "a = 'tab\\there \\x41 \\u00e9 \\U0001F600 \\101 \\q \\\n end'\nb = b'\\x00\\xff\\777\\q'\nc = '\\N{BULLET}'\nd = '\\ud800'\n",
    "x = 0xFF + 0o17 + 0b1010 + 1_000_000 + 3j + 1e5 + 1. + .5 + 1.5e-3J + 0 + 00\ny = ...\nz = 123456789012345678901234567890\n",
    "match = re.match(p, s)\ntype(x)\n_ = 1\ncase = 2\nprint(match, case, type)\nmatch.group(1)\ntype = 3\n",
    "match(x)\nmatch[a] = 1\nmatch = {1: 2}\ncase = lambda: 0\ntype.x = 1\nx = [match for match in y]\nif x: match = 1\ntype, match = 1, 2\n",
    "a, b = c, d = e\nx = yield = 1\na, *b = c\n[a, b] = c\nx.y, z[0] = 1, 2\na += 1\nb //= 2\nc **= yield\n",
    "import a, b.c as d, e.f.g\nfrom . import x\nfrom .. import y as z\nfrom ...a.b import (c, d as e,)\nfrom m import *\nfrom .... import q\n",
    "def f(a, b, /, c, *, d=1, e):\n    pass\ndef g(*, a): pass\ndef h(**kw,): pass\ndef i(*args,): pass\ndef j(a=1, /, b=2): pass\n",
    "x = (1,)\ny = ()\nz = (1, 2,)\nw = 1,\nv = (yield)\nu = (*a, b)\nt = ((a))\ns = (a := 1)\nif (m := (f(x))): pass\n",
    "x = [*a, *b]\ny = [i for i in range(3) for j in range(i) if i if j]\nz = {**a}\nw = (x for x in y if x)\n",
    "if a:\n    if b:\n        pass\n    elif c:\n        pass\n    # comment\n\n    else:\n        x = 1\n\n# trailing\n",
    "x = not not a\ny = ~-+a\nz = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m\n",
    "x = a.b.c(d)[e].f\ny = (a).b\nz = (a)(b)[c]\nw = 'x'.join(y)\nv = 1 .real\n",
    "def f():\n    '''doc'''\n    x = [\n        1,\n        2,\n    ]\n    return {\n        'a': 1,\n    }\n",
    "del x\ndel (a), [b]\ndel a.b, c[d],\n",
    "print((yield))\nx = await_ = 1\nlambda: (yield)\n",
    "f(*args, **kwargs)\nf(a=1, *b)\nf(**a, b=1)\nf()\nf(a,)\n",
    "",
    "# only a comment",
    "x = 1",
    "if x:\n    pass",
    "x = 1\r\nif y:\r\n    z = '''a\r\nb'''\r\n",
    "def f(*args: *Ts, **kw: int): pass\nasync def g(): yield\n",
    "if x:\n\tpass\n\x0c\ny = 1\n",
    "class A: x = 1; y = 2\nif x: pass;\n",
    "a = [\n    1,  # one\n\n    2,\n]\n",
    "x = 'a' \\\n    'b'\n",
];

#[test]
fn tricky_snippets_parse_exactly_as_rustpython() {
    let mut failures = Vec::new();
    for snippet in SNIPPETS {
        assert!(rustpython(snippet).is_ok(), "rustpython rejects the snippet {snippet:?}");
        match parse_module(snippet, "<test>") {
            None => failures.push(format!("{snippet:?}: bailed")),
            Some(_) => {
                if let Some(why) = disagreement(snippet) {
                    failures.push(format!("{snippet:?}: {why}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn invalid_snippets_bail() {
    let invalid = [
        "f(", "x = ", "def f(:\n    pass\n", "a b\n", "f(a=1, b)\n", "f(**a, *b)\n", "f(a=1, a=2)\n",
        "def f(a, a): pass\n", "def f(a=1, b): pass\n", "def f(*): pass\n", "x := 1\n", "(*a)\n",
        "b'a' 'b'\n", "b'\\xe9' 'x'\n", "'\\x4'\n", "lambda x: (yield\n", "del\n", "a, b: int\n",
        "from x import a,\n", "if x:\npass\n", "  x = 1\n", "x = (1\n", "[x for x in]\n", "{**a for a in b}\n",
        "try:\n    pass\n", "try:\n    pass\nelse:\n    pass\nfinally:\n    pass\n", "'\\N{NOT A NAME}'\n",
        "x = 1 if y\n", "a[]\n", "def f(a, /, /): pass\n", "def f(*a, /): pass\n",
        "b'\u{e9}'\n", "f'{'\n", "import a.\n", "with (a as b) as c: pass\n",
    ];
    for snippet in invalid {
        assert!(rustpython(snippet).is_err(), "rustpython accepts {snippet:?}");
        assert!(parse_module(snippet, "<test>").is_none(), "the fast parser accepts {snippet:?}");
    }
}

#[test]
fn soft_keyword_statements_bail_rather_than_misparse() {
    for snippet in ["match x:\n    case 1:\n        pass\n", "type X = int\n", "class A[T]: pass\n", "def f[T](x: T): pass\n"] {
        assert!(disagreement(snippet).is_none(), "{snippet:?}");
    }
}

#[test]
fn deep_nesting_bails_without_overflowing() {
    let deep = format!("x = {}1{}\n", "(".repeat(500), ")".repeat(500));
    assert!(parse_module(&deep, "<test>").is_none());
    let unary = format!("x = {}1\n", "-".repeat(5000));
    assert!(parse_module(&unary, "<test>").is_none());
    for deep in [
        format!("x = 2{}\n", "**2".repeat(5000)),
        format!("x = {}1\n", "not ".repeat(5000)),
        format!("x = {}1\n", "lambda: ".repeat(5000)),
        format!("x = 1{}\n", " if 1 else 1".repeat(5000)),
    ] {
        assert!(parse_module(&deep, "<test>").is_none());
    }
}

/// Templates where `Q` stands for a triple-quoted string: with `'''a.b'''` rustpython parses
/// them; with `'''a'b'''` (same length, so the same ranges) rustpython 0.4 wrongly rejects them
/// and the fast parser's f-string fallback must build the same tree, apart from that string.
const FSTRING_FALLBACK_TEMPLATES: &[&str] = &[
    "f\"{Q}\"\n",
    "x = f\"a{Q!r:>{w}}b{y!s}c{z!a:{w}.{p}f}\"\n",
    "x = (f\"{Q}\"\n     'plain' f\"{y}\" \"\")\n",
    "u'u' f\"{Q} {{x}} }}{{ \\t\\x41\"\n",
    "f\"{Q=} {x = } {y=!s} {z=:>4}\"\n",
    "rf\"\\d{Q}\\n\"\n",
    "f\"\"\"{Q}\n{\n  x +\n  1\n} {d[\n'k']}\"\"\"\n",
    "f\"{Q != 'x'} {a < b} {a >= b} {x == y} {(lambda: Q)()} {d[Q]} { {Q: 1} }\"\n",
    "f\"{f'{x}'} {Q:{'<'}10} {x:}\"\n",
    "def f():\n    return f\"{Q}{yield}\"\n",
];

#[test]
fn fstring_fallback_builds_rustpython_shapes() {
    for template in FSTRING_FALLBACK_TEMPLATES {
        let valid = template.replace('Q', "'''a.b'''");
        let tricky = template.replace('Q', "'''a'b'''");
        let expected = rustpython(&valid).unwrap_or_else(|e| panic!("rustpython rejects {valid:?}: {e}"));
        let e = rustpython(&tricky).expect_err(&tricky);
        assert!(is_fstring_error(&e), "{tricky:?}: {e}");
        let fast = parse_module(&tricky, "<test>").unwrap_or_else(|| panic!("the fallback rejects {tricky:?}"));
        let expected = format!("{expected:?}").replace("a.b", "a'b");
        assert_eq!(format!("{fast:?}"), expected, "{tricky:?}");
    }
}

#[test]
fn fstring_fallback_rejects_invalid_fstrings() {
    // Each is a syntax error in CPython 3.11; the run's nested `'''a'b'''` makes rustpython
    // fail with an f-string error, so the fallback runs and must refuse.
    let invalid = [
        "f\"{'''a'b'''\"\n", "f\"{'''a'b'''} }\"\n", "f\"{'''a'b'''} {}\"\n", "f\"{'''a'b'''} { }\"\n",
        "f\"{'''a'b'''} {x!z}\"\n", "f\"{'''a'b'''} {x!}\"\n", "f\"{'''a'b'''} {x!r }\"\n",
        "f\"{'''a'b'''} {x!r=}\"\n", "f\"{'''a'b'''} {'\\n'}\"\n", "f\"{'''a'b'''} {x#}\"\n",
        "f\"{'''a'b'''} {x)}\"\n", "f\"{'''a'b'''} {(x]}\"\n", "f\"{'''a'b'''} {x:{y:{z}}}\"\n",
        "f\"{'''a'b'''} {a b}\"\n", "f\"{'''a'b'''} {*x}\"\n", "f\"{'''a'b'''}\" b\"x\"\n",
        "f\"{'''a'b'''} {x:{y}\"\n", "f\"{'''a'b'''} {'''open}\"\n", "f\"{'''a'b'''} {x:}}\"\n",
        "f\"{'''a'b'''} {x=y}\"\n", "f\"{'''a'b'''} {x!rr}\"\n", "f\"{'''a'b'''} {x!r:{}}\"\n",
        "f\"{'''a'b'''} {lambda x: 1}\"\n", "f\"{'''a'b'''} {x:{'''a'b'''}\"\n",
    ];
    for snippet in invalid {
        assert!(rustpython(snippet).is_err(), "rustpython accepts {snippet:?}");
        assert!(parse_module(snippet, "<test>").is_none(), "the fast parser accepts {snippet:?}");
    }
    // Valid, but left to rustpython's error rather than decoded here.
    for snippet in ["f\"{'''a'b'''} \\N{BULLET}\"\n", "f\"{'''a'b'''} \\{x}\"\n"] {
        assert!(parse_module(snippet, "<test>").is_none(), "the fast parser accepts {snippet:?}");
    }
}
