//! Call arguments (`f(a, *b, c=d, **e)`, also a class's bases) and parameter lists (of `def`,
//! typed, and of `lambda`, untyped).
//!
//! Invariants, mirroring rustpython's grammar and its `function.rs` checks (any violation
//! bails, so rustpython reports the error):
//! - Call arguments: no positional argument after a keyword argument (a starred one is
//!   allowed), nothing positional after `**`, no keyword given twice. A keyword's range runs
//!   from its name (or `**`) to the end of its value; a generator argument `f(x for x in y)`
//!   has no parentheses of its own, so its range runs from its element to its last clause.
//! - Parameters: `/` only after at least one plain parameter and before `*`; at most one `*`
//!   (a bare `*` must be followed by a keyword-only parameter or `**`); `**name` last; no plain
//!   parameter without a default after one with a default (before `*`); no name twice. An
//!   `Arg`'s range covers its name and annotation, not its default.

use rustpython_parser::ast::{self, Expr, ExprContext, Identifier};
use rustpython_parser::text_size::TextRange;
use rustpython_parser::Tok;

use super::tokens::Parser;

fn empty_arguments(range: TextRange) -> ast::Arguments {
    ast::Arguments::empty(range.into())
}

impl Parser<'_> {
    /// The comma-separated arguments between a call's parentheses (not consuming `)`).
    pub(super) fn call_arguments(&mut self) -> Option<(Vec<Expr>, Vec<ast::Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<ast::Keyword> = Vec::new();
        let mut double_starred = false;
        while !self.at(Tok::Rpar) {
            let start = self.start();
            match self.peek() {
                Tok::DoubleStar => {
                    self.bump();
                    let value = self.test()?;
                    keywords.push(ast::Keyword { arg: None, value, range: self.range_from(start) });
                    double_starred = true;
                }
                Tok::Name { .. } if matches!(self.peek_at(1), Tok::Equal) => {
                    let name = self.name()?;
                    self.bump();
                    let value = self.test()?;
                    if keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name)) {
                        return None;
                    }
                    keywords.push(ast::Keyword { arg: Some(Identifier::new(name)), value, range: self.range_from(start) });
                }
                Tok::Star => {
                    self.bump();
                    let value = self.test()?;
                    if double_starred {
                        return None;
                    }
                    let range = self.range_from(start);
                    args.push(Expr::Starred(ast::ExprStarred { value: Box::new(value), ctx: ExprContext::Load, range }));
                }
                _ => {
                    let elt = self.named_expression_test()?;
                    let arg = if self.at_comprehension() {
                        let generators = self.comprehensions()?;
                        Expr::GeneratorExp(ast::ExprGeneratorExp { elt: Box::new(elt), generators, range: self.range_from(start) })
                    } else {
                        elt
                    };
                    if !keywords.is_empty() {
                        return None;
                    }
                    args.push(arg);
                }
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        Some((args, keywords))
    }

    /// A `def`'s parenthesized parameters.
    pub(super) fn parameters(&mut self) -> Option<ast::Arguments> {
        let start = self.start();
        self.expect(Tok::Lpar)?;
        if self.eat(Tok::Rpar) {
            return Some(empty_arguments(self.range_from(start)));
        }
        let args = self.parameter_list(true)?;
        self.expect(Tok::Rpar)?;
        Some(args)
    }

    /// `lambda [params]: body`.
    pub(super) fn lambda(&mut self) -> Option<Expr> {
        let start = self.start();
        self.expect(Tok::Lambda)?;
        let args = if self.at(Tok::Colon) { None } else { Some(self.parameter_list(false)?) };
        self.expect(Tok::Colon)?;
        let body = self.test()?;
        let range = self.range_from(start);
        let args = args.unwrap_or_else(|| empty_arguments(range));
        Some(Expr::Lambda(ast::ExprLambda { args: Box::new(args), body: Box::new(body), range }))
    }

    /// `ParameterList`: everything between `(` and `)` of a `def` (`typed`), or between
    /// `lambda` and `:`.
    fn parameter_list(&mut self, typed: bool) -> Option<ast::Arguments> {
        let start = self.start();
        let mut posonlyargs = Vec::new();
        let mut args = Vec::new();
        let mut kwonlyargs = Vec::new();
        let mut vararg = None;
        let mut kwarg = None;
        let mut seen_star = false;
        loop {
            match self.peek() {
                Tok::Slash => {
                    if seen_star || !posonlyargs.is_empty() || args.is_empty() {
                        return None;
                    }
                    self.bump();
                    posonlyargs = std::mem::take(&mut args);
                }
                Tok::Star => {
                    if seen_star {
                        return None;
                    }
                    seen_star = true;
                    self.bump();
                    if matches!(self.peek(), Tok::Name { .. }) {
                        vararg = Some(Box::new(self.parameter(typed, true)?));
                    } else if !(self.at(Tok::Comma) && matches!(self.peek_at(1), Tok::Name { .. } | Tok::DoubleStar)) {
                        return None;
                    }
                }
                Tok::DoubleStar => {
                    self.bump();
                    kwarg = Some(Box::new(self.parameter(typed, false)?));
                    self.eat(Tok::Comma);
                    break;
                }
                Tok::Name { .. } => {
                    let param_start = self.start();
                    let def = self.parameter(typed, false)?;
                    let default = if self.eat(Tok::Equal) { Some(Box::new(self.test()?)) } else { None };
                    let range = self.range_from(param_start).into();
                    let param = ast::ArgWithDefault { def, default, range };
                    if seen_star {
                        kwonlyargs.push(param);
                    } else {
                        args.push(param);
                    }
                }
                _ => return None,
            }
            if !self.eat(Tok::Comma) || self.at(Tok::Rpar) || self.at(Tok::Colon) {
                break;
            }
        }
        if !defaults_in_order(&posonlyargs, &args) {
            return None;
        }
        let arguments = ast::Arguments { posonlyargs, args, vararg, kwonlyargs, kwarg, range: self.range_from(start).into() };
        (!has_duplicate_names(&arguments)).then_some(arguments)
    }

    /// One parameter: a name with, in a `def`, an optional annotation (`*args: *Ts` may star
    /// it).
    fn parameter(&mut self, typed: bool, star: bool) -> Option<ast::Arg> {
        let start = self.start();
        let arg = Identifier::new(self.name()?);
        let annotation = if typed && self.eat(Tok::Colon) {
            Some(Box::new(if star { self.test_or_star()? } else { self.test()? }))
        } else {
            None
        };
        Some(ast::Arg { arg, annotation, type_comment: None, range: self.range_from(start) })
    }
}

/// rustpython's `validate_pos_params`: once a positional parameter has a default, all the
/// following ones do.
fn defaults_in_order(posonlyargs: &[ast::ArgWithDefault], args: &[ast::ArgWithDefault]) -> bool {
    let mut seen_default = false;
    for param in posonlyargs.iter().chain(args) {
        if param.default.is_some() {
            seen_default = true;
        } else if seen_default {
            return false;
        }
    }
    true
}

/// rustpython's `validate_arguments`: no parameter name twice.
fn has_duplicate_names(arguments: &ast::Arguments) -> bool {
    let names: Vec<&str> = arguments
        .posonlyargs
        .iter()
        .chain(&arguments.args)
        .chain(&arguments.kwonlyargs)
        .map(|p| p.def.arg.as_str())
        .chain(arguments.vararg.iter().map(|a| a.arg.as_str()))
        .chain(arguments.kwarg.iter().map(|a| a.arg.as_str()))
        .collect();
    names.iter().enumerate().any(|(i, name)| names[..i].contains(name))
}
