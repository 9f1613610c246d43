//! The symbol table's view of the `match` statement (PEP 634).
//!
//! A match statement opens no scope: every name a pattern captures (`case x`, `case [*rest]`,
//! `case {**rest}`, `case P() as p`) is an ordinary assignment in the enclosing scope, exactly
//! as a `for` target is; the wildcard `_` binds nothing (the parser leaves it nameless). What a
//! pattern *reads* is ordinary expressions too: the dotted names of value patterns and mapping
//! keys, and the class of a class pattern. Keyword names of class patterns (`P(x=…)`) are
//! attribute names, not variables, so they are not recorded.
//!
//! Errors about the patterns themselves (duplicate captures, unreachable cases, alternatives
//! binding different names) are codegen's, as in CPython, because they follow from the order
//! in which the compiler walks a pattern.

use super::{Builder, Result};
use rustpython_parser::ast::{self, Ranged};

impl Builder<'_> {
    /// `match subject:` and its cases, in source order.
    pub(super) fn visit_match(&mut self, m: &ast::StmtMatch) -> Result<()> {
        self.visit_expr(&m.subject)?;
        for case in &m.cases {
            self.visit_pattern(&case.pattern)?;
            if let Some(guard) = &case.guard {
                self.visit_expr(guard)?;
            }
            self.visit_body(&case.body)?;
        }
        Ok(())
    }

    fn visit_pattern(&mut self, pattern: &ast::Pattern) -> Result<()> {
        use ast::Pattern::*;
        match pattern {
            MatchValue(p) => self.visit_expr(&p.value),
            MatchSingleton(_) => Ok(()),
            MatchSequence(p) => p.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
            MatchMapping(p) => {
                p.keys.iter().try_for_each(|k| self.visit_expr(k))?;
                p.patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                self.bind_capture(p.rest.as_ref(), p.range)
            }
            MatchClass(p) => {
                self.visit_expr(&p.cls)?;
                p.patterns.iter().chain(&p.kwd_patterns).try_for_each(|p| self.visit_pattern(p))
            }
            MatchStar(p) => self.bind_capture(p.name.as_ref(), p.range),
            MatchAs(p) => {
                if let Some(inner) = &p.pattern {
                    self.visit_pattern(inner)?;
                }
                self.bind_capture(p.name.as_ref(), p.range())
            }
            MatchOr(p) => p.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
        }
    }

    fn bind_capture(&mut self, name: Option<&ast::Identifier>, range: ast::text_size::TextRange) -> Result<()> {
        match name {
            Some(name) => self.bind(name.as_str(), range),
            None => Ok(()),
        }
    }
}
