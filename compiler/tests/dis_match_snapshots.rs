//! Disassembly snapshots of the match statement, one per pattern kind: a change to how
//! patterns compile shows up as a diff to review (`cargo insta review`, or
//! `INSTA_UPDATE=always cargo test -p ferropy-compiler --test dis_match_snapshots` to accept).
//! Debug builds also run the bytecode verifier on everything compiled here.

use ferropy_compiler::{compile_source, dis, Mode, Options};

fn dis_of(source: &str) -> String {
    let code = compile_source(source, "snap.py", Mode::Exec, Options { optimize: 0 }).expect("compiles");
    dis::disassemble(&code)
}

macro_rules! snapshots {
    ($($name:ident: $src:expr;)*) => {
        $(
            #[test]
            fn $name() {
                insta::assert_snapshot!(stringify!($name), dis_of($src));
            }
        )*
    };
}

snapshots! {
    match_literals_and_default: "match x:\n    case 1 | -2:\n        a()\n    case 'text' | 1+2j:\n        b()\n    case None:\n        c()\n    case _:\n        d()\n";
    match_capture_and_guard: "def f(x):\n    match x:\n        case [a, b] if a > b:\n            return a\n        case y:\n            return y\n";
    match_sequence_with_star: "match x:\n    case [first, *rest]:\n        a(first, rest)\n    case (0, *_, last):\n        b(last)\n";
    match_mapping_with_rest: "match x:\n    case {'kind': 'point', 'x': px, **rest}:\n        a(px, rest)\n    case {Key.NAME: v}:\n        b(v)\n";
    match_class_patterns: "match x:\n    case Point(0, y=yy):\n        a(yy)\n    case int(n) | float(n):\n        b(n)\n";
    match_or_reorders_captures: "match x:\n    case [a, b] | (b, a, _):\n        f(a, b)\n";
    match_as_pattern: "match x:\n    case [1, 2] as pair:\n        f(pair)\n";
}
