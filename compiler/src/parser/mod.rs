//! A fast path for parsing modules: a hand-written recursive-descent parser over
//! rustpython-parser's own lexer that builds exactly the AST `rustpython_parser::parse`
//! builds for `Mode::Module`, the same `rustpython_ast` nodes with the same ranges.
//!
//! rustpython-parser's LALRPOP tables spend most of a parse shuffling large symbols; this
//! parser spends its time in the lexer. It never reports an error: on anything it does not
//! expect (a syntax error, a lexer error, a construct it leaves to rustpython: `match`
//! statements, `type` aliases, type parameters, nesting deeper than 200) it returns `None`
//! and the caller parses again with rustpython, which produces the AST or the error as before.
//!
//! Invariants:
//! - `Some(module)` is `==` to what `rustpython_parser::parse(source, Mode::Module, ..)`
//!   returns; whenever that would fail, the result is `None`. When unsure, bail. The one
//!   exception: a valid 3.11 f-string that rustpython 0.4 rejects (a triple-quoted string
//!   nested in a replacement field) is parsed by `fstring` per CPython's rules instead.
//! - No panics on any input; recursion depth is bounded (`tokens::Parser::enter`).
//! - The grammar rules and node shapes follow rustpython's `python.lalrpop`; each module
//!   below says which part it owns: `tokens` the cursor, `expr` expressions, `args` call
//!   arguments and parameters, `strings` string literals, `fstring` the f-strings rustpython
//!   wrongly rejects, `stmt` statements.
//!
//! `tests/fast_parser.rs` checks the equality on every Python file of the repository and on
//! tricky snippets; `examples/fast_parser_check.rs` checks it over a whole source tree.

mod args;
mod expr;
mod fstring;
mod stmt;
mod strings;
mod tokens;

use rustpython_parser::ast;

/// Parses `source` as a module, or `None` when rustpython must do it (see the module docs).
pub fn parse_module(source: &str, filename: &str) -> Option<ast::Mod> {
    let tokens = tokens::lex(source)?;
    let mut parser = tokens::Parser::new(source, filename, tokens);
    let body = parser.module_body()?;
    Some(ast::Mod::Module(ast::ModModule { body, type_ignores: Vec::new(), range: Default::default() }))
}
