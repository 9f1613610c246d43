//! Where rustpython-parser is more permissive than CPython's grammar.
//!
//! The compiler parses with rustpython-parser and consults the emulation of CPython's parser
//! (`syntax_checks`) only when something is wrong: the parse failed, or the symbol table or code
//! generator rejected the tree. A few constructs CPython's grammar rejects are accepted by
//! rustpython-parser *and* would compile without complaint; the predicates here recognise them
//! cheaply as the symbol table walks the tree, so that the emulation runs (and reports CPython's
//! error) only for source that has one of them:
//! - an annotation whose target is not a name, attribute or subscript (`f(): int`);
//! - an unparenthesized generator expression that is not a call's only argument
//!   (`f(x for x in y, 1)`);
//! - a backslash inside an f-string's replacement field (3.11 forbids it);
//! - any `match` statement: rustpython-parser's patterns are looser than CPython's
//!   (`case 1 + 2`, `case {1: _, **_}`), and match statements are rare enough that checking
//!   each costs little.
//! A false alarm costs one run of the emulation; a miss lets invalid source compile, so the
//! predicates err on the side of alarm.

use rustpython_parser::ast::{self, Ranged};

/// An annotated assignment's target that CPython's grammar allows.
pub fn annotation_target_ok(target: &ast::Expr) -> bool {
    matches!(target, ast::Expr::Name(_) | ast::Expr::Attribute(_) | ast::Expr::Subscript(_))
}

/// A call with a generator-expression argument that is not its only argument and is not in
/// parentheses of its own.
pub fn call_doubtful(call: &ast::ExprCall, source: &str) -> bool {
    call.args.len() + call.keywords.len() > 1
        && call.args.iter().any(|a| match a {
            ast::Expr::GeneratorExp(g) => source.as_bytes().get(usize::from(g.range.start())) != Some(&b'('),
            _ => false,
        })
}

/// An f-string with a backslash in a replacement field.
pub fn fstring_doubtful(fstring: &ast::ExprJoinedStr, source: &str) -> bool {
    fstring.values.iter().any(|v| match v {
        ast::Expr::FormattedValue(f) => {
            let r = f.value.range();
            source.get(usize::from(r.start())..usize::from(r.end())).map_or(true, |text| text.contains('\\'))
        }
        _ => false,
    })
}
