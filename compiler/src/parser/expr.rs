//! Expressions, from `Test` (lambda and conditional expressions) down to atoms and their
//! trailers (calls, subscripts, attributes), plus the comma lists built from them.
//!
//! Invariants (all taken from rustpython's grammar, `python.lalrpop`):
//! - A node's range starts at the first token of the rule that built it and ends at the end
//!   of the last token consumed (`range_from(start)`), so `(a) + b` starts at `(` and a
//!   call ends at its `)`. A parenthesized single expression is the inner node with the
//!   inner range; a tuple's range includes its parentheses (or, unparenthesized, runs from the
//!   first element to the last token, trailing comma included).
//! - The binary operators `|` `^` `&` `<<` `>>` `+` `-` `*` `/` `//` `%` `@` are parsed by
//!   precedence climbing (`binary`); all are left-associative and every node of one chain
//!   starts at the chain's first token.
//! - Elements of displays are parsed by `element`, which also says how the element was written
//!   (`Form`): rustpython rejects a bare starred element in `( )`, a named or starred dict key,
//!   and so on, and those rules depend on the syntax, not on the resulting node.
//! - Anything unexpected returns `None`: the caller bails to rustpython.

use rustpython_parser::ast::{self, Constant, Expr, ExprContext, Identifier, Operator, Ranged};
use rustpython_parser::text_size::{TextRange, TextSize};
use rustpython_parser::Tok;

use super::tokens::Parser;

/// How an element of a display was written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    Plain,
    Named,
    Starred,
}

/// The binary operator a token stands for, with its precedence (higher binds tighter).
fn binary_op(tok: &Tok) -> Option<(Operator, u8)> {
    Some(match tok {
        Tok::Vbar => (Operator::BitOr, 1),
        Tok::CircumFlex => (Operator::BitXor, 2),
        Tok::Amper => (Operator::BitAnd, 3),
        Tok::LeftShift => (Operator::LShift, 4),
        Tok::RightShift => (Operator::RShift, 4),
        Tok::Plus => (Operator::Add, 5),
        Tok::Minus => (Operator::Sub, 5),
        Tok::Star => (Operator::Mult, 6),
        Tok::Slash => (Operator::Div, 6),
        Tok::DoubleSlash => (Operator::FloorDiv, 6),
        Tok::Percent => (Operator::Mod, 6),
        Tok::At => (Operator::MatMult, 6),
        _ => return None,
    })
}

/// Gives `expr` (an assignment, `for`, `with` or `del` target) the context `ctx`, recursing
/// into tuples, lists and starred elements as rustpython's `set_context` does.
pub(super) fn set_context(expr: Expr, ctx: ExprContext) -> Expr {
    match expr {
        Expr::Name(mut e) => {
            e.ctx = ctx;
            Expr::Name(e)
        }
        Expr::Tuple(mut e) => {
            e.elts = e.elts.into_iter().map(|elt| set_context(elt, ctx)).collect();
            e.ctx = ctx;
            Expr::Tuple(e)
        }
        Expr::List(mut e) => {
            e.elts = e.elts.into_iter().map(|elt| set_context(elt, ctx)).collect();
            e.ctx = ctx;
            Expr::List(e)
        }
        Expr::Attribute(mut e) => {
            e.ctx = ctx;
            Expr::Attribute(e)
        }
        Expr::Subscript(mut e) => {
            e.ctx = ctx;
            Expr::Subscript(e)
        }
        Expr::Starred(mut e) => {
            e.value = Box::new(set_context(*e.value, ctx));
            e.ctx = ctx;
            Expr::Starred(e)
        }
        other => other,
    }
}

pub(super) fn constant(value: Constant, range: TextRange) -> Expr {
    Expr::Constant(ast::ExprConstant { value, kind: None, range })
}

fn tuple(elts: Vec<Expr>, range: TextRange) -> Expr {
    Expr::Tuple(ast::ExprTuple { elts, ctx: ExprContext::Load, range })
}

impl Parser<'_> {
    #[inline]
    pub(super) fn range_from(&self, start: TextSize) -> TextRange {
        TextRange::new(start, self.prev_end())
    }

    /// Whether the current token can begin an expression (after a comma: is it a trailing one).
    pub(super) fn starts_expression(&self) -> bool {
        matches!(
            self.peek(),
            Tok::Name { .. }
                | Tok::Int { .. }
                | Tok::Float { .. }
                | Tok::Complex { .. }
                | Tok::String { .. }
                | Tok::Lpar
                | Tok::Lsqb
                | Tok::Lbrace
                | Tok::Minus
                | Tok::Plus
                | Tok::Tilde
                | Tok::Not
                | Tok::Lambda
                | Tok::Await
                | Tok::Star
                | Tok::True
                | Tok::False
                | Tok::None
                | Tok::Ellipsis
        )
    }

    pub(super) fn at_comprehension(&self) -> bool {
        matches!(self.peek(), Tok::For) || (matches!(self.peek(), Tok::Async) && matches!(self.peek_at(1), Tok::For))
    }

    fn at_named(&self) -> bool {
        matches!(self.peek(), Tok::Name { .. }) && matches!(self.peek_at(1), Tok::ColonEqual)
    }

    /// `Test<"all">`: a lambda, a conditional expression or an `or` test.
    pub(super) fn test(&mut self) -> Option<Expr> {
        self.enter()?;
        let expr = if self.at(Tok::Lambda) { self.lambda() } else { self.conditional() };
        self.leave();
        expr
    }

    fn conditional(&mut self) -> Option<Expr> {
        let start = self.start();
        let body = self.or_test()?;
        if !self.eat(Tok::If) {
            return Some(body);
        }
        let test = self.or_test()?;
        self.expect(Tok::Else)?;
        let orelse = self.test()?;
        Some(Expr::IfExp(ast::ExprIfExp {
            test: Box::new(test),
            body: Box::new(body),
            orelse: Box::new(orelse),
            range: self.range_from(start),
        }))
    }

    /// `NamedExpressionTest`: `name := test` or a test.
    pub(super) fn named_expression_test(&mut self) -> Option<Expr> {
        if self.at_named() {
            self.named_expression()
        } else {
            self.test()
        }
    }

    fn named_expression(&mut self) -> Option<Expr> {
        let range = self.range();
        let id = self.name()?;
        self.expect(Tok::ColonEqual)?;
        let value = self.test()?;
        let end = value.range().end();
        let target = Expr::Name(ast::ExprName { id: Identifier::new(id), ctx: ExprContext::Store, range });
        Some(Expr::NamedExpr(ast::ExprNamedExpr {
            target: Box::new(target),
            value: Box::new(value),
            range: TextRange::new(range.start(), end),
        }))
    }

    /// `*expr` where the operand is a bitwise-or expression.
    fn star_expr(&mut self) -> Option<Expr> {
        let start = self.start();
        self.expect(Tok::Star)?;
        let value = self.bitor()?;
        Some(Expr::Starred(ast::ExprStarred { value: Box::new(value), ctx: ExprContext::Load, range: self.range_from(start) }))
    }

    /// `TestOrStarNamedExpr`, and how it was written.
    pub(super) fn element(&mut self) -> Option<(Expr, Form)> {
        if self.at(Tok::Star) {
            Some((self.star_expr()?, Form::Starred))
        } else if self.at_named() {
            Some((self.named_expression()?, Form::Named))
        } else {
            Some((self.test()?, Form::Plain))
        }
    }

    /// `TestOrStarExpr`.
    pub(super) fn test_or_star(&mut self) -> Option<Expr> {
        if self.at(Tok::Star) {
            self.star_expr()
        } else {
            self.test()
        }
    }

    /// `ExpressionOrStarExpression` (targets of `for`, comprehensions and `del`).
    pub(super) fn expression_or_star(&mut self) -> Option<Expr> {
        if self.at(Tok::Star) {
            self.star_expr()
        } else {
            self.bitor()
        }
    }

    /// `GenericList<element>`: one or more comma-separated elements with an optional trailing
    /// comma; a tuple unless it is one element without a comma. Also says whether it is a tuple.
    pub(super) fn generic_list(&mut self, element: fn(&mut Self) -> Option<Expr>) -> Option<(Expr, bool)> {
        let start = self.start();
        let first = element(self)?;
        if !self.at(Tok::Comma) {
            return Some((first, false));
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(element(self)?);
        }
        Some((tuple(elts, self.range_from(start)), true))
    }

    /// `TestList`.
    pub(super) fn test_list(&mut self) -> Option<Expr> {
        Some(self.generic_list(Self::test_or_star)?.0)
    }

    /// `ExpressionList`.
    pub(super) fn target_list(&mut self) -> Option<Expr> {
        Some(self.generic_list(Self::expression_or_star)?.0)
    }

    /// `TestListOrYieldExpr`.
    pub(super) fn test_list_or_yield(&mut self) -> Option<Expr> {
        if self.at(Tok::Yield) {
            self.yield_expr()
        } else {
            self.test_list()
        }
    }

    pub(super) fn yield_expr(&mut self) -> Option<Expr> {
        let start = self.start();
        self.expect(Tok::Yield)?;
        if self.eat(Tok::From) {
            let value = self.test()?;
            return Some(Expr::YieldFrom(ast::ExprYieldFrom { value: Box::new(value), range: self.range_from(start) }));
        }
        let value = if self.starts_expression() { Some(Box::new(self.test_list()?)) } else { None };
        Some(Expr::Yield(ast::ExprYield { value, range: self.range_from(start) }))
    }

    pub(super) fn or_test(&mut self) -> Option<Expr> {
        self.bool_chain(Tok::Or, ast::BoolOp::Or, Self::and_test)
    }

    fn and_test(&mut self) -> Option<Expr> {
        self.bool_chain(Tok::And, ast::BoolOp::And, Self::not_test)
    }

    /// `a OP b OP c ...` for `or` and `and`: one `BoolOp` node holding every operand (a lone
    /// operand is returned as it is).
    fn bool_chain(&mut self, token: Tok, op: ast::BoolOp, operand: fn(&mut Self) -> Option<Expr>) -> Option<Expr> {
        let start = self.start();
        let first = operand(self)?;
        if !self.at(token.clone()) {
            return Some(first);
        }
        let mut values = vec![first];
        while self.eat(token.clone()) {
            values.push(operand(self)?);
        }
        Some(Expr::BoolOp(ast::ExprBoolOp { op, values, range: self.range_from(start) }))
    }

    fn not_test(&mut self) -> Option<Expr> {
        if !self.at(Tok::Not) {
            return self.comparison();
        }
        let start = self.start();
        self.bump();
        self.enter()?;
        let operand = self.not_test()?;
        self.leave();
        Some(Expr::UnaryOp(ast::ExprUnaryOp { op: ast::UnaryOp::Not, operand: Box::new(operand), range: self.range_from(start) }))
    }

    fn comparison(&mut self) -> Option<Expr> {
        let start = self.start();
        let left = self.bitor()?;
        let Some(first_op) = self.comp_op() else { return Some(left) };
        let mut ops = vec![first_op];
        let mut comparators = vec![self.bitor()?];
        while let Some(op) = self.comp_op() {
            ops.push(op);
            comparators.push(self.bitor()?);
        }
        Some(Expr::Compare(ast::ExprCompare { left: Box::new(left), ops, comparators, range: self.range_from(start) }))
    }

    /// Consumes a comparison operator (`not in` and `is not` are two tokens).
    fn comp_op(&mut self) -> Option<ast::CmpOp> {
        use ast::CmpOp::*;
        let op = match self.peek() {
            Tok::EqEqual => Eq,
            Tok::NotEqual => NotEq,
            Tok::Less => Lt,
            Tok::LessEqual => LtE,
            Tok::Greater => Gt,
            Tok::GreaterEqual => GtE,
            Tok::In => In,
            Tok::Not if matches!(self.peek_at(1), Tok::In) => {
                self.bump();
                NotIn
            }
            Tok::Is if matches!(self.peek_at(1), Tok::Not) => {
                self.bump();
                IsNot
            }
            Tok::Is => Is,
            _ => return None,
        };
        self.bump();
        Some(op)
    }

    /// `Expression<"all">`: the bitwise-or level.
    pub(super) fn bitor(&mut self) -> Option<Expr> {
        self.binary(1)
    }

    /// Precedence climbing over the binary operators binding at least as tight as `min_prec`.
    fn binary(&mut self, min_prec: u8) -> Option<Expr> {
        let start = self.start();
        let mut left = self.factor()?;
        while let Some((op, prec)) = binary_op(self.peek()) {
            if prec < min_prec {
                break;
            }
            self.bump();
            let right = self.binary(prec + 1)?;
            left = Expr::BinOp(ast::ExprBinOp { left: Box::new(left), op, right: Box::new(right), range: self.range_from(start) });
        }
        Some(left)
    }

    /// `Factor`: unary `+`, `-`, `~`, or a power.
    fn factor(&mut self) -> Option<Expr> {
        let op = match self.peek() {
            Tok::Plus => ast::UnaryOp::UAdd,
            Tok::Minus => ast::UnaryOp::USub,
            Tok::Tilde => ast::UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.start();
        self.bump();
        self.enter()?;
        let operand = self.factor()?;
        self.leave();
        Some(Expr::UnaryOp(ast::ExprUnaryOp { op, operand: Box::new(operand), range: self.range_from(start) }))
    }

    /// `Power`: an (awaited) primary, optionally `** factor`.
    fn power(&mut self) -> Option<Expr> {
        let start = self.start();
        let base = self.await_primary()?;
        if !self.eat(Tok::DoubleStar) {
            return Some(base);
        }
        // `a ** b ** c ...` recurses without brackets: count it.
        self.enter()?;
        let exponent = self.factor()?;
        self.leave();
        Some(Expr::BinOp(ast::ExprBinOp {
            left: Box::new(base),
            op: Operator::Pow,
            right: Box::new(exponent),
            range: self.range_from(start),
        }))
    }

    fn await_primary(&mut self) -> Option<Expr> {
        if !self.at(Tok::Await) {
            return self.primary();
        }
        let start = self.start();
        self.bump();
        let value = self.primary()?;
        Some(Expr::Await(ast::ExprAwait { value: Box::new(value), range: self.range_from(start) }))
    }

    /// `AtomExpr2`: an atom followed by calls, subscripts and attribute accesses.
    fn primary(&mut self) -> Option<Expr> {
        let start = self.start();
        let mut expr = self.atom()?;
        loop {
            expr = match self.peek() {
                Tok::Lpar => self.call(expr, start)?,
                Tok::Lsqb => self.subscript(expr, start)?,
                Tok::Dot => self.attribute(expr, start)?,
                _ => return Some(expr),
            };
        }
    }

    fn call(&mut self, func: Expr, start: TextSize) -> Option<Expr> {
        self.expect(Tok::Lpar)?;
        let (args, keywords) = self.call_arguments()?;
        self.expect(Tok::Rpar)?;
        Some(Expr::Call(ast::ExprCall { func: Box::new(func), args, keywords, range: self.range_from(start) }))
    }

    fn subscript(&mut self, value: Expr, start: TextSize) -> Option<Expr> {
        self.expect(Tok::Lsqb)?;
        let slice = self.subscript_list()?;
        self.expect(Tok::Rsqb)?;
        Some(Expr::Subscript(ast::ExprSubscript {
            value: Box::new(value),
            slice: Box::new(slice),
            ctx: ExprContext::Load,
            range: self.range_from(start),
        }))
    }

    fn attribute(&mut self, value: Expr, start: TextSize) -> Option<Expr> {
        self.expect(Tok::Dot)?;
        let attr = Identifier::new(self.name()?);
        Some(Expr::Attribute(ast::ExprAttribute { value: Box::new(value), attr, ctx: ExprContext::Load, range: self.range_from(start) }))
    }

    /// `SubscriptList`: one subscript, or a tuple of them.
    fn subscript_list(&mut self) -> Option<Expr> {
        let start = self.start();
        let first = self.subscript_item()?;
        if !self.at(Tok::Comma) {
            return Some(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if self.at(Tok::Rsqb) {
                break;
            }
            elts.push(self.subscript_item()?);
        }
        Some(tuple(elts, self.range_from(start)))
    }

    /// `Subscript`: an element or a slice `lower:upper:step`.
    fn subscript_item(&mut self) -> Option<Expr> {
        let start = self.start();
        let lower = if self.at(Tok::Colon) {
            None
        } else {
            let (expr, form) = self.element()?;
            if form != Form::Plain || !self.at(Tok::Colon) {
                return Some(expr);
            }
            Some(Box::new(expr))
        };
        self.expect(Tok::Colon)?;
        let upper = self.slice_part()?;
        let step = if self.eat(Tok::Colon) { self.slice_part()? } else { None };
        Some(Expr::Slice(ast::ExprSlice { lower, upper, step, range: self.range_from(start) }))
    }

    /// The optional bound of a slice: `Some(None)` when absent.
    fn slice_part(&mut self) -> Option<Option<Box<Expr>>> {
        if matches!(self.peek(), Tok::Colon | Tok::Comma | Tok::Rsqb) {
            Some(None)
        } else {
            Some(Some(Box::new(self.test()?)))
        }
    }

    fn atom(&mut self) -> Option<Expr> {
        let range = self.range();
        let expr = match self.peek() {
            Tok::Name { .. } => {
                let id = Identifier::new(self.name()?);
                return Some(Expr::Name(ast::ExprName { id, ctx: ExprContext::Load, range }));
            }
            Tok::String { .. } => return self.strings(),
            Tok::Lpar => return self.bracketed(Self::paren_atom),
            Tok::Lsqb => return self.bracketed(Self::list_atom),
            Tok::Lbrace => return self.bracketed(Self::brace_atom),
            Tok::Int { .. } => match self.take() {
                Tok::Int { value } => return Some(constant(Constant::Int(value), range)),
                _ => return None,
            },
            Tok::Float { value } => constant(Constant::Float(*value), range),
            Tok::Complex { real, imag } => constant(Constant::Complex { real: *real, imag: *imag }, range),
            Tok::True => constant(Constant::Bool(true), range),
            Tok::False => constant(Constant::Bool(false), range),
            Tok::None => constant(Constant::None, range),
            Tok::Ellipsis => constant(Constant::Ellipsis, range),
            _ => return None,
        };
        self.bump();
        Some(expr)
    }

    fn bracketed(&mut self, parse: fn(&mut Self) -> Option<Expr>) -> Option<Expr> {
        self.enter()?;
        let expr = parse(self)?;
        self.leave();
        Some(expr)
    }

    /// `( ... )`: empty tuple, parenthesized yield, generator, parenthesized expression or tuple.
    fn paren_atom(&mut self) -> Option<Expr> {
        let start = self.start();
        self.expect(Tok::Lpar)?;
        if self.eat(Tok::Rpar) {
            return Some(tuple(Vec::new(), self.range_from(start)));
        }
        if self.at(Tok::Yield) {
            let expr = self.yield_expr()?;
            self.expect(Tok::Rpar)?;
            return Some(expr);
        }
        let (first, form) = self.element()?;
        if self.at_comprehension() {
            if form == Form::Starred {
                return None;
            }
            let generators = self.comprehensions()?;
            self.expect(Tok::Rpar)?;
            return Some(Expr::GeneratorExp(ast::ExprGeneratorExp { elt: Box::new(first), generators, range: self.range_from(start) }));
        }
        if self.eat(Tok::Rpar) {
            return (form != Form::Starred).then_some(first);
        }
        let elts = self.more_elements(first, Tok::Rpar)?;
        Some(tuple(elts, self.range_from(start)))
    }

    /// The elements after the first of a display, up to and including the `close` bracket.
    fn more_elements(&mut self, first: Expr, close: Tok) -> Option<Vec<Expr>> {
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if self.at(close.clone()) {
                break;
            }
            elts.push(self.element()?.0);
        }
        self.expect(close)?;
        Some(elts)
    }

    /// `[ ... ]`: a list display or a list comprehension.
    fn list_atom(&mut self) -> Option<Expr> {
        let start = self.start();
        self.expect(Tok::Lsqb)?;
        if self.eat(Tok::Rsqb) {
            return Some(Expr::List(ast::ExprList { elts: Vec::new(), ctx: ExprContext::Load, range: self.range_from(start) }));
        }
        let (first, _) = self.element()?;
        if self.at_comprehension() {
            let generators = self.comprehensions()?;
            self.expect(Tok::Rsqb)?;
            return Some(Expr::ListComp(ast::ExprListComp { elt: Box::new(first), generators, range: self.range_from(start) }));
        }
        let elts = self.more_elements(first, Tok::Rsqb)?;
        Some(Expr::List(ast::ExprList { elts, ctx: ExprContext::Load, range: self.range_from(start) }))
    }

    /// `{ ... }`: dict or set display, dict or set comprehension.
    fn brace_atom(&mut self) -> Option<Expr> {
        let start = self.start();
        self.expect(Tok::Lbrace)?;
        if self.at(Tok::Rbrace) || self.at(Tok::DoubleStar) {
            return self.dict_display(start, Vec::new(), Vec::new());
        }
        let (first, form) = self.element()?;
        if form == Form::Plain && self.eat(Tok::Colon) {
            let value = self.test()?;
            if self.at_comprehension() {
                let generators = self.comprehensions()?;
                self.expect(Tok::Rbrace)?;
                return Some(Expr::DictComp(ast::ExprDictComp {
                    key: Box::new(first),
                    value: Box::new(value),
                    generators,
                    range: self.range_from(start),
                }));
            }
            if !self.eat(Tok::Comma) {
                self.expect(Tok::Rbrace)?;
                return Some(Expr::Dict(ast::ExprDict { keys: vec![Some(first)], values: vec![value], range: self.range_from(start) }));
            }
            return self.dict_display(start, vec![Some(first)], vec![value]);
        }
        if self.at_comprehension() {
            if form == Form::Starred {
                return None;
            }
            let generators = self.comprehensions()?;
            self.expect(Tok::Rbrace)?;
            return Some(Expr::SetComp(ast::ExprSetComp { elt: Box::new(first), generators, range: self.range_from(start) }));
        }
        let elts = self.more_elements(first, Tok::Rbrace)?;
        Some(Expr::Set(ast::ExprSet { elts, range: self.range_from(start) }))
    }

    /// The rest of a dict display: entries `key: value` or `**mapping`, comma-separated, up to
    /// and including `}` (`keys`/`values` hold the entries already read, and the comma after them).
    fn dict_display(&mut self, start: TextSize, mut keys: Vec<Option<Expr>>, mut values: Vec<Expr>) -> Option<Expr> {
        while !self.at(Tok::Rbrace) {
            if self.eat(Tok::DoubleStar) {
                keys.push(None);
                values.push(self.bitor()?);
            } else {
                keys.push(Some(self.test()?));
                self.expect(Tok::Colon)?;
                values.push(self.test()?);
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        self.expect(Tok::Rbrace)?;
        Some(Expr::Dict(ast::ExprDict { keys, values, range: self.range_from(start) }))
    }

    /// One or more `[async] for target in iter [if cond]*` clauses.
    pub(super) fn comprehensions(&mut self) -> Option<Vec<ast::Comprehension>> {
        let mut generators = Vec::new();
        while self.at_comprehension() {
            let start = self.start();
            let is_async = self.eat(Tok::Async);
            self.expect(Tok::For)?;
            let target = set_context(self.target_list()?, ExprContext::Store);
            self.expect(Tok::In)?;
            let iter = self.or_test()?;
            let mut ifs = Vec::new();
            while self.eat(Tok::If) {
                ifs.push(self.or_test()?);
            }
            let range = self.range_from(start).into();
            generators.push(ast::Comprehension { target, iter, ifs, is_async, range });
        }
        Some(generators)
    }
}
