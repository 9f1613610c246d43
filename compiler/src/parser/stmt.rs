//! Statements: the module body, blocks, simple statements (separated by `;`) and compound
//! statements (`if`, `while`, `for`, `try`, `with`, `def`, `class`, decorators, `async`).
//!
//! Invariants (rustpython's grammar):
//! - A simple statement's range runs from its first token to its last (not the `;` or the
//!   newline). A compound statement's range runs from its keyword (`async` included, decorators
//!   excluded) to the end of the last statement of its last block; an `elif` is an `If` nested
//!   in `orelse` whose range runs from `elif` to the end of the whole chain.
//! - Blank lines (`Newline` tokens) are skipped only at module level, as `Program` does.
//! - `match` statements, `type` aliases and type parameters (`def f[T]`, `class C[T]`) bail:
//!   the lexer's soft-keyword pass already turned every other `match`/`case`/`type` into a name.

use rustpython_parser::ast::{self, Expr, ExprContext, Identifier, Ranged, Stmt};
use rustpython_parser::text_size::{TextRange, TextSize};
use rustpython_parser::Tok;

use super::expr::set_context;
use super::tokens::Parser;

fn augmented_op(tok: &Tok) -> Option<ast::Operator> {
    use ast::Operator::*;
    Some(match tok {
        Tok::PlusEqual => Add,
        Tok::MinusEqual => Sub,
        Tok::StarEqual => Mult,
        Tok::AtEqual => MatMult,
        Tok::SlashEqual => Div,
        Tok::PercentEqual => Mod,
        Tok::AmperEqual => BitAnd,
        Tok::VbarEqual => BitOr,
        Tok::CircumflexEqual => BitXor,
        Tok::LeftShiftEqual => LShift,
        Tok::RightShiftEqual => RShift,
        Tok::DoubleStarEqual => Pow,
        Tok::DoubleSlashEqual => FloorDiv,
        _ => return None,
    })
}

/// End of the last statement of the first non-empty block among `blocks`.
fn end_of_last(blocks: &[&[Stmt]]) -> Option<TextSize> {
    blocks.iter().find_map(|block| block.last()).map(|stmt| stmt.end())
}

impl Parser<'_> {
    pub(super) fn module_body(&mut self) -> Option<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.peek() {
                Tok::EndOfFile => return Some(body),
                Tok::Newline => self.bump(),
                _ => self.statement(&mut body)?,
            }
        }
    }

    fn statement(&mut self, body: &mut Vec<Stmt>) -> Option<()> {
        let stmt = match self.peek() {
            Tok::If => self.if_statement()?,
            Tok::While => self.while_statement()?,
            Tok::For => self.for_statement()?,
            Tok::Try => self.try_statement()?,
            Tok::With => self.with_statement()?,
            Tok::Def => self.function_def(Vec::new())?,
            Tok::Class => self.class_def(Vec::new())?,
            Tok::At => self.decorated()?,
            Tok::Async => match self.peek_at(1) {
                Tok::Def => self.function_def(Vec::new())?,
                Tok::For => self.for_statement()?,
                Tok::With => self.with_statement()?,
                _ => return None,
            },
            Tok::Match | Tok::Case | Tok::Type => return None,
            _ => return self.simple_statements(body),
        };
        body.push(stmt);
        Some(())
    }

    /// Simple statements separated by `;`, up to the end of the line.
    fn simple_statements(&mut self, body: &mut Vec<Stmt>) -> Option<()> {
        loop {
            body.push(self.small_statement()?);
            if !self.eat(Tok::Semi) || self.at(Tok::Newline) {
                break;
            }
        }
        self.expect(Tok::Newline)
    }

    /// `: suite`: simple statements on the same line, or an indented block.
    fn block(&mut self) -> Option<Vec<Stmt>> {
        self.expect(Tok::Colon)?;
        let mut body = Vec::new();
        if !self.eat(Tok::Newline) {
            self.simple_statements(&mut body)?;
            return Some(body);
        }
        self.expect(Tok::Indent)?;
        self.enter()?;
        while !self.eat(Tok::Dedent) {
            self.statement(&mut body)?;
        }
        self.leave();
        Some(body)
    }

    fn small_statement(&mut self) -> Option<Stmt> {
        let start = self.start();
        match self.peek() {
            Tok::Pass => {
                self.bump();
                Some(Stmt::Pass(ast::StmtPass { range: self.range_from(start) }))
            }
            Tok::Break => {
                self.bump();
                Some(Stmt::Break(ast::StmtBreak { range: self.range_from(start) }))
            }
            Tok::Continue => {
                self.bump();
                Some(Stmt::Continue(ast::StmtContinue { range: self.range_from(start) }))
            }
            Tok::Return => self.return_statement(start),
            Tok::Raise => self.raise_statement(start),
            Tok::Del => self.del_statement(start),
            Tok::Import => self.import_statement(start),
            Tok::From => self.import_from_statement(start),
            Tok::Global | Tok::Nonlocal => self.global_statement(start),
            Tok::Assert => self.assert_statement(start),
            Tok::Yield => {
                let value = Box::new(self.yield_expr()?);
                Some(Stmt::Expr(ast::StmtExpr { value, range: self.range_from(start) }))
            }
            _ => self.expression_statement(start),
        }
    }

    fn return_statement(&mut self, start: TextSize) -> Option<Stmt> {
        self.bump();
        let value = if self.starts_expression() { Some(Box::new(self.test_list()?)) } else { None };
        Some(Stmt::Return(ast::StmtReturn { value, range: self.range_from(start) }))
    }

    fn raise_statement(&mut self, start: TextSize) -> Option<Stmt> {
        self.bump();
        let (exc, cause) = if self.starts_expression() {
            let exc = Some(Box::new(self.test()?));
            let cause = if self.eat(Tok::From) { Some(Box::new(self.test()?)) } else { None };
            (exc, cause)
        } else {
            (None, None)
        };
        Some(Stmt::Raise(ast::StmtRaise { exc, cause, range: self.range_from(start) }))
    }

    fn del_statement(&mut self, start: TextSize) -> Option<Stmt> {
        self.bump();
        let mut targets = vec![set_context(self.expression_or_star()?, ExprContext::Del)];
        while self.eat(Tok::Comma) {
            if !self.starts_expression() {
                break;
            }
            targets.push(set_context(self.expression_or_star()?, ExprContext::Del));
        }
        Some(Stmt::Delete(ast::StmtDelete { targets, range: self.range_from(start) }))
    }

    fn import_statement(&mut self, start: TextSize) -> Option<Stmt> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let alias_start = self.start();
            let name = self.dotted_name()?;
            names.push(self.alias(name, alias_start)?);
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        Some(Stmt::Import(ast::StmtImport { names, range: self.range_from(start) }))
    }

    /// `name [as asname]`, the name already read.
    fn alias(&mut self, name: Identifier, start: TextSize) -> Option<ast::Alias> {
        let asname = if self.eat(Tok::As) { Some(Identifier::new(self.name()?)) } else { None };
        Some(ast::Alias { name, asname, range: self.range_from(start) })
    }

    fn dotted_name(&mut self) -> Option<Identifier> {
        let mut name = self.name()?;
        while self.eat(Tok::Dot) {
            name.push('.');
            name.push_str(&self.name()?);
        }
        Some(Identifier::new(name))
    }

    fn import_from_statement(&mut self, start: TextSize) -> Option<Stmt> {
        self.bump();
        let mut level = 0u32;
        loop {
            match self.peek() {
                Tok::Dot => level += 1,
                Tok::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if self.at(Tok::Import) && level > 0 { None } else { Some(self.dotted_name()?) };
        self.expect(Tok::Import)?;
        let names = if self.at(Tok::Star) {
            let range = self.range();
            self.bump();
            vec![ast::Alias { name: Identifier::new("*"), asname: None, range }]
        } else {
            let parenthesized = self.eat(Tok::Lpar);
            let mut names = Vec::new();
            loop {
                let alias_start = self.start();
                let name = Identifier::new(self.name()?);
                names.push(self.alias(name, alias_start)?);
                if !self.eat(Tok::Comma) || (parenthesized && self.at(Tok::Rpar)) {
                    break;
                }
            }
            if parenthesized {
                self.expect(Tok::Rpar)?;
            }
            names
        };
        let level = Some(ast::Int::new(level));
        Some(Stmt::ImportFrom(ast::StmtImportFrom { module, names, level, range: self.range_from(start) }))
    }

    fn global_statement(&mut self, start: TextSize) -> Option<Stmt> {
        let global = self.at(Tok::Global);
        self.bump();
        let mut names = vec![Identifier::new(self.name()?)];
        while self.eat(Tok::Comma) {
            names.push(Identifier::new(self.name()?));
        }
        let range = self.range_from(start);
        Some(if global {
            Stmt::Global(ast::StmtGlobal { names, range })
        } else {
            Stmt::Nonlocal(ast::StmtNonlocal { names, range })
        })
    }

    fn assert_statement(&mut self, start: TextSize) -> Option<Stmt> {
        self.bump();
        let test = Box::new(self.test()?);
        let msg = if self.eat(Tok::Comma) { Some(Box::new(self.test()?)) } else { None };
        Some(Stmt::Assert(ast::StmtAssert { test, msg, range: self.range_from(start) }))
    }

    /// An expression, an assignment (`a = b = c`), an augmented or an annotated assignment.
    fn expression_statement(&mut self, start: TextSize) -> Option<Stmt> {
        let (first, is_tuple) = self.generic_list(Self::test_or_star)?;
        if self.at(Tok::Equal) {
            let mut exprs = vec![first];
            while self.eat(Tok::Equal) {
                exprs.push(self.test_list_or_yield()?);
            }
            let value = Box::new(exprs.pop()?);
            let targets = exprs.into_iter().map(|e| set_context(e, ExprContext::Store)).collect();
            return Some(Stmt::Assign(ast::StmtAssign { targets, value, type_comment: None, range: self.range_from(start) }));
        }
        if let Some(op) = augmented_op(self.peek()) {
            self.bump();
            let value = Box::new(self.test_list_or_yield()?);
            let target = Box::new(set_context(first, ExprContext::Store));
            return Some(Stmt::AugAssign(ast::StmtAugAssign { target, op, value, range: self.range_from(start) }));
        }
        if self.eat(Tok::Colon) {
            if is_tuple || matches!(first, Expr::Starred(_)) {
                return None;
            }
            let annotation = Box::new(self.test()?);
            let value = if self.eat(Tok::Equal) { Some(Box::new(self.test_list_or_yield()?)) } else { None };
            let simple = matches!(first, Expr::Name(_));
            let target = Box::new(set_context(first, ExprContext::Store));
            return Some(Stmt::AnnAssign(ast::StmtAnnAssign { target, annotation, value, simple, range: self.range_from(start) }));
        }
        Some(Stmt::Expr(ast::StmtExpr { value: Box::new(first), range: self.range_from(start) }))
    }

    fn if_statement(&mut self) -> Option<Stmt> {
        let start = self.start();
        self.bump();
        let test = Box::new(self.named_expression_test()?);
        let body = self.block()?;
        let mut elifs = Vec::new();
        while self.at(Tok::Elif) {
            let elif_start = self.start();
            self.bump();
            let elif_test = Box::new(self.named_expression_test()?);
            elifs.push((elif_start, elif_test, self.block()?));
        }
        let mut orelse = if self.eat(Tok::Else) { self.block()? } else { Vec::new() };
        let end = end_of_last(&[&orelse, elifs.last().map_or(&[][..], |e| &e.2[..]), &body])?;
        for (elif_start, elif_test, elif_body) in elifs.into_iter().rev() {
            let range = TextRange::new(elif_start, end);
            orelse = vec![Stmt::If(ast::StmtIf { test: elif_test, body: elif_body, orelse, range })];
        }
        Some(Stmt::If(ast::StmtIf { test, body, orelse, range: TextRange::new(start, end) }))
    }

    fn while_statement(&mut self) -> Option<Stmt> {
        let start = self.start();
        self.bump();
        let test = Box::new(self.named_expression_test()?);
        let body = self.block()?;
        let orelse = if self.eat(Tok::Else) { self.block()? } else { Vec::new() };
        let range = TextRange::new(start, end_of_last(&[&orelse, &body])?);
        Some(Stmt::While(ast::StmtWhile { test, body, orelse, range }))
    }

    fn for_statement(&mut self) -> Option<Stmt> {
        let start = self.start();
        let is_async = self.eat(Tok::Async);
        self.expect(Tok::For)?;
        let target = Box::new(set_context(self.target_list()?, ExprContext::Store));
        self.expect(Tok::In)?;
        let iter = Box::new(self.test_list()?);
        let body = self.block()?;
        let orelse = if self.eat(Tok::Else) { self.block()? } else { Vec::new() };
        let range = TextRange::new(start, end_of_last(&[&orelse, &body])?);
        Some(if is_async {
            Stmt::AsyncFor(ast::StmtAsyncFor { target, iter, body, orelse, type_comment: None, range })
        } else {
            Stmt::For(ast::StmtFor { target, iter, body, orelse, type_comment: None, range })
        })
    }

    fn try_statement(&mut self) -> Option<Stmt> {
        let start = self.start();
        self.bump();
        let body = self.block()?;
        let mut handlers = Vec::new();
        let mut star = None;
        while self.at(Tok::Except) {
            let handler_start = self.start();
            self.bump();
            let is_star = self.eat(Tok::Star);
            if *star.get_or_insert(is_star) != is_star {
                return None;
            }
            let type_ = if self.at(Tok::Colon) && !is_star { None } else { Some(Box::new(self.test()?)) };
            let name = if type_.is_some() && self.eat(Tok::As) { Some(Identifier::new(self.name()?)) } else { None };
            let handler_body = self.block()?;
            let range = TextRange::new(handler_start, end_of_last(&[&handler_body])?);
            handlers.push(ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler { type_, name, body: handler_body, range }));
        }
        let orelse = if self.eat(Tok::Else) { self.block()? } else { Vec::new() };
        let finalbody = if self.eat(Tok::Finally) { self.block()? } else { Vec::new() };
        if handlers.is_empty() && (finalbody.is_empty() || !orelse.is_empty()) {
            return None;
        }
        let end = end_of_last(&[&finalbody, &orelse]).or_else(|| handlers.last().map(|h| h.end()))?;
        let range = TextRange::new(start, end);
        Some(if star == Some(true) {
            Stmt::TryStar(ast::StmtTryStar { body, handlers, orelse, finalbody, range })
        } else {
            Stmt::Try(ast::StmtTry { body, handlers, orelse, finalbody, range })
        })
    }

    fn with_statement(&mut self) -> Option<Stmt> {
        let start = self.start();
        let is_async = self.eat(Tok::Async);
        self.expect(Tok::With)?;
        let items = self.with_items()?;
        let body = self.block()?;
        let range = TextRange::new(start, end_of_last(&[&body])?);
        Some(if is_async {
            Stmt::AsyncWith(ast::StmtAsyncWith { items, body, type_comment: None, range })
        } else {
            Stmt::With(ast::StmtWith { items, body, type_comment: None, range })
        })
    }

    /// `WithItems`. A parenthesized list of items directly followed by `:` is a list of items
    /// (`with (a, b as c):`), never a tuple; otherwise the parenthesis belongs to an expression.
    fn with_items(&mut self) -> Option<Vec<ast::WithItem>> {
        if self.at(Tok::Lpar) {
            if let Some(items) = self.speculate(Self::parenthesized_with_items) {
                return Some(items);
            }
        }
        let mut items = vec![self.with_item()?];
        while self.eat(Tok::Comma) {
            items.push(self.with_item()?);
        }
        Some(items)
    }

    fn parenthesized_with_items(&mut self) -> Option<Vec<ast::WithItem>> {
        self.expect(Tok::Lpar)?;
        let mut items = vec![self.with_item()?];
        while self.eat(Tok::Comma) {
            if self.at(Tok::Rpar) {
                break;
            }
            items.push(self.with_item()?);
        }
        self.expect(Tok::Rpar)?;
        self.at(Tok::Colon).then_some(items)
    }

    fn with_item(&mut self) -> Option<ast::WithItem> {
        let start = self.start();
        let context_expr = self.test()?;
        let optional_vars = if self.eat(Tok::As) { Some(Box::new(set_context(self.bitor()?, ExprContext::Store))) } else { None };
        Some(ast::WithItem { context_expr, optional_vars, range: self.range_from(start).into() })
    }

    /// Decorators, then the `def` or `class` they decorate.
    fn decorated(&mut self) -> Option<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(Tok::At) {
            decorators.push(self.named_expression_test()?);
            self.expect(Tok::Newline)?;
        }
        match self.peek() {
            Tok::Def => self.function_def(decorators),
            Tok::Async if matches!(self.peek_at(1), Tok::Def) => self.function_def(decorators),
            Tok::Class => self.class_def(decorators),
            _ => None,
        }
    }

    fn function_def(&mut self, decorator_list: Vec<Expr>) -> Option<Stmt> {
        let start = self.start();
        let is_async = self.eat(Tok::Async);
        self.expect(Tok::Def)?;
        let name = Identifier::new(self.name()?);
        if self.at(Tok::Lsqb) {
            return None;
        }
        let args = Box::new(self.parameters()?);
        let returns = if self.eat(Tok::Rarrow) { Some(Box::new(self.test()?)) } else { None };
        let body = self.block()?;
        let range = TextRange::new(start, end_of_last(&[&body])?);
        let type_params = Vec::new();
        Some(if is_async {
            Stmt::AsyncFunctionDef(ast::StmtAsyncFunctionDef { name, args, body, decorator_list, returns, type_comment: None, type_params, range })
        } else {
            Stmt::FunctionDef(ast::StmtFunctionDef { name, args, body, decorator_list, returns, type_comment: None, type_params, range })
        })
    }

    fn class_def(&mut self, decorator_list: Vec<Expr>) -> Option<Stmt> {
        let start = self.start();
        self.expect(Tok::Class)?;
        let name = Identifier::new(self.name()?);
        if self.at(Tok::Lsqb) {
            return None;
        }
        let (bases, keywords) = if self.eat(Tok::Lpar) {
            let arguments = self.call_arguments()?;
            self.expect(Tok::Rpar)?;
            arguments
        } else {
            (Vec::new(), Vec::new())
        };
        let body = self.block()?;
        let range = TextRange::new(start, end_of_last(&[&body])?);
        Some(Stmt::ClassDef(ast::StmtClassDef { name, bases, keywords, body, decorator_list, type_params: Vec::new(), range }))
    }
}
