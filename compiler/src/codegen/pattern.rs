//! The `match` statement (PEP 634): cases, guards and patterns, compiled as CPython 3.11 does.
//!
//! A match statement evaluates its subject once. Every case but the last one that is tested
//! works on a copy (`COPY 1`), so the subject stays on the stack for the next case; the case
//! that succeeds pops it before its guard-checked body runs, and the last tested case consumes
//! the subject itself. A trailing `case _:` (when there are other cases) is not tested at all:
//! it is simply the code that runs when every case before it has failed.
//!
//! # How a pattern is compiled
//!
//! `compile_pattern` emits code that consumes the value on top of the stack (the pattern's
//! subject) and either falls through on success or jumps to a failure label. The bookkeeping
//! is in `PatternContext`:
//!
//! - **Captures are not stored while matching.** A captured value is rotated underneath
//!   everything the pattern still needs, and its name appended to `stores`; only when the whole
//!   pattern has matched are the names stored, in `stores` order. So a pattern that fails
//!   half-way binds nothing, and the values waiting to be stored sit on the stack with the
//!   oldest capture on top and the newest deepest.
//! - **`on_top`** counts the values above the waiting captures that belong to enclosing
//!   patterns (a sequence being unpacked, a subject kept for a later subscript, the keys tuple
//!   of a mapping pattern…), not counting the subject currently being matched.
//! - **Failure pops exactly what is there.** When a test fails, `on_top + stores.len()` values
//!   must go; the jump goes to `fail_pop[n]` for that `n`. After the case, `fail_pop[n]` …
//!   `fail_pop[1]` are bound in descending order, each followed by one `POP_TOP`, ending at
//!   `fail_pop[0]`, where the next case starts. Every path into `fail_pop[n]` therefore
//!   arrives with the same stack depth, which the assembler's depth pass checks.
//! - **Alternatives** (`p1 | p2`) each start from a fresh context on a copy of the subject; all
//!   must capture the same names, and an alternative whose captures land in another order is
//!   permuted with `SWAP`s into the first alternative's order, so the code after the
//!   alternatives finds them in one layout.
//!
//! The compile-time errors are CPython's, with its positions: CPython reports them at the
//! pattern it most recently started compiling, which `PatternContext::range` tracks.
//!
//! The runtime half — what `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_KEYS`, `MATCH_CLASS`,
//! `GET_LEN` and `COPY_DICT_WITHOUT_KEYS` do — lives in the VM (`vm/src/ops/pattern.rs`).

use super::expr::literal;
use super::{CResult, Compiler, Label};
use crate::code::Constant;
use crate::opcode::{BinaryOp, CompareOp, Opcode};
use num_traits::{FromPrimitive, ToPrimitive};
use rustpython_parser::ast::{self, text_size::TextRange, Ranged};

/// The state of the pattern being compiled (see the module docs).
struct PatternContext {
    /// Names captured so far, in capture order; their values wait on the stack, the first
    /// capture on top.
    stores: Vec<String>,
    /// Whether an irrefutable pattern (a capture or `_`) may appear here.
    allow_irrefutable: bool,
    /// `fail_pop[n]`: where to jump on failure when `n` values must be popped.
    fail_pop: Vec<Label>,
    /// Values above the waiting captures that enclosing patterns still need.
    on_top: usize,
    /// The pattern most recently started: where CPython reports compile errors.
    range: TextRange,
}

impl PatternContext {
    fn new(allow_irrefutable: bool, range: TextRange) -> Self {
        PatternContext { stores: Vec::new(), allow_irrefutable, fail_pop: Vec::new(), on_top: 0, range }
    }
}

/// `_` on its own: matches anything, binds nothing.
fn is_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

impl<'a> Compiler<'a> {
    pub(super) fn compile_match(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.compile_expr(&m.subject)?;
        let end = self.new_label();
        let cases = &m.cases;
        let has_default = cases.len() > 1 && is_wildcard(&cases[cases.len() - 1].pattern);
        let tested = cases.len() - has_default as usize;
        for (i, case) in cases[..tested].iter().enumerate() {
            let range = case.pattern.range();
            self.set_loc(range);
            let keeps_subject = i + 1 < tested;
            if keeps_subject {
                self.emit(Opcode::COPY, 1);
            }
            let mut pc = PatternContext::new(case.guard.is_some() || i + 1 == cases.len(), range);
            self.compile_pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0, "a pattern leaves nothing of its own on the stack");
            for name in &pc.stores {
                self.store_name(name);
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_pop_label(&mut pc, 0);
                self.compile_jump_if(guard, false, fail)?;
            }
            if keeps_subject {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.compile_body(&case.body)?;
            self.jump(end);
            // A failed pattern's clean-up belongs to the pattern's line, not the body's.
            self.set_loc(range);
            self.emit_fail_pop_chain(&mut pc);
        }
        if has_default {
            let case = &cases[cases.len() - 1];
            self.set_loc(case.pattern.range());
            if let Some(guard) = &case.guard {
                self.compile_jump_if(guard, false, end)?;
            }
            self.compile_body(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// Emits code that consumes the subject on top of the stack, falling through when it
    /// matches and jumping to a `fail_pop` label when it does not.
    fn compile_pattern(&mut self, pattern: &'a ast::Pattern, pc: &mut PatternContext) -> CResult {
        let range = pattern.range();
        self.set_loc(range);
        pc.range = range;
        use ast::Pattern::*;
        match pattern {
            MatchValue(p) => self.compile_value_pattern(p, pc),
            MatchSingleton(p) => self.compile_singleton_pattern(p, pc),
            MatchSequence(p) => self.compile_sequence_pattern(p, pc),
            MatchMapping(p) => self.compile_mapping_pattern(p, pc),
            MatchClass(p) => self.compile_class_pattern(p, pc),
            MatchStar(p) => self.store_capture(p.name.as_ref(), pc),
            MatchAs(p) => self.compile_as_pattern(p, pc),
            MatchOr(p) => self.compile_or_pattern(p, pc),
        }
    }

    /// A pattern nested in another: irrefutable patterns are always allowed there.
    fn compile_subpattern(&mut self, pattern: &'a ast::Pattern, pc: &mut PatternContext) -> CResult {
        let allowed = std::mem::replace(&mut pc.allow_irrefutable, true);
        let result = self.compile_pattern(pattern, pc);
        pc.allow_irrefutable = allowed;
        result
    }

    // ----- failure and captures -----

    fn fail_pop_label(&mut self, pc: &mut PatternContext, pops: usize) -> Label {
        while pc.fail_pop.len() <= pops {
            let label = self.new_label();
            pc.fail_pop.push(label);
        }
        pc.fail_pop[pops]
    }

    /// Jumps (with `op`) to the failure label that pops everything this pattern holds.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        let label = self.fail_pop_label(pc, pops);
        self.emit_jump(op, label);
    }

    /// Binds the failure labels: `fail_pop[n]` pops one value and falls into `fail_pop[n-1]`.
    fn emit_fail_pop_chain(&mut self, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (pops, label) in labels.iter().enumerate().rev() {
            self.bind(*label);
            if pops > 0 {
                self.emit(Opcode::POP_TOP, 0);
            }
        }
    }

    /// Moves the top value `count - 1` places down, keeping the order of the others.
    fn rotate(&mut self, count: usize) {
        for depth in (2..=count).rev() {
            self.emit(Opcode::SWAP, depth as u32);
        }
    }

    /// Captures the subject under `name` (pops it for `None`, the wildcard).
    fn store_capture(&mut self, name: Option<&ast::Identifier>, pc: &mut PatternContext) -> CResult {
        let Some(name) = name else {
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        };
        let name = name.as_str();
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", pc.range));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern"), pc.range));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    // ----- the pattern kinds -----

    /// `case 1:`, `case -2.5:`, `case 1+2j:`, `case "s":`, `case Color.RED:` — compared with `==`.
    fn compile_value_pattern(&mut self, p: &'a ast::PatternMatchValue, pc: &mut PatternContext) -> CResult {
        match pattern_constant(&p.value) {
            Some(value) => self.emit_const(value),
            None if matches!(*p.value, ast::Expr::Attribute(_)) => {
                self.compile_expr(&p.value)?;
                self.set_loc(p.range);
            }
            None => return Err(self.error("patterns may only match literals and attribute lookups", pc.range)),
        }
        self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        Ok(())
    }

    /// `case None:`, `case True:`, `case False:` — compared with `is`.
    fn compile_singleton_pattern(&mut self, p: &'a ast::PatternMatchSingleton, pc: &mut PatternContext) -> CResult {
        self.emit_const(literal(&p.value));
        self.emit(Opcode::IS_OP, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        Ok(())
    }

    /// `case x:`, `case _:`, `case <pattern> as x:`.
    fn compile_as_pattern(&mut self, p: &'a ast::PatternMatchAs, pc: &mut PatternContext) -> CResult {
        let Some(inner) = &p.pattern else {
            if !pc.allow_irrefutable {
                let message = match &p.name {
                    Some(name) => format!("name capture '{}' makes remaining patterns unreachable", name.as_str()),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.error(message, pc.range));
            }
            return self.store_capture(p.name.as_ref(), pc);
        };
        // Keep the subject for the capture while the inner pattern consumes a copy.
        pc.on_top += 1;
        self.emit(Opcode::COPY, 1);
        self.compile_pattern(inner, pc)?;
        pc.on_top -= 1;
        self.store_capture(p.name.as_ref(), pc)
    }

    /// `case [a, *rest, b]:` and `case (a, b):` — any sequence but str, bytes and bytearray.
    fn compile_sequence_pattern(&mut self, p: &'a ast::PatternMatchSequence, pc: &mut PatternContext) -> CResult {
        let patterns = &p.patterns;
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcards = true;
        let mut star_is_wildcard = false;
        for (i, sub) in patterns.iter().enumerate() {
            if let ast::Pattern::MatchStar(s) = sub {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", pc.range));
                }
                star = Some(i);
                star_is_wildcard = s.name.is_none();
                only_wildcards &= star_is_wildcard;
            } else {
                only_wildcards &= is_wildcard(sub);
            }
        }
        // The subject stays on top through the type and length checks.
        pc.on_top += 1;
        self.emit(Opcode::MATCH_SEQUENCE, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        let length_check = match star {
            None => Some((size, CompareOp::Eq)),
            Some(_) if size > 1 => Some((size - 1, CompareOp::Ge)),
            Some(_) => None,
        };
        if let Some((length, comparison)) = length_check {
            self.emit(Opcode::GET_LEN, 0);
            self.emit_const(Constant::Int(length.into()));
            self.emit(Opcode::COMPARE_OP, comparison as u32);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        }
        pc.on_top -= 1;
        match star {
            _ if only_wildcards => {
                self.emit(Opcode::POP_TOP, 0);
                Ok(())
            }
            Some(star) if star_is_wildcard => self.match_items_by_subscript(patterns, star, pc),
            _ => self.match_items_by_unpacking(patterns, star, pc),
        }
    }

    /// Unpacks the subject and matches the items in order.
    fn match_items_by_unpacking(&mut self, patterns: &'a [ast::Pattern], star: Option<usize>, pc: &mut PatternContext) -> CResult {
        let size = patterns.len();
        match star {
            None => self.emit(Opcode::UNPACK_SEQUENCE, size as u32),
            Some(before) => {
                let after = size - before - 1;
                if before >= 1 << 8 || after >= 1 << 16 {
                    return Err(self.error("too many expressions in star-unpacking sequence pattern", pc.range));
                }
                self.emit(Opcode::UNPACK_EX, (before | after << 8) as u32);
            }
        }
        pc.on_top += size;
        for sub in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// `[a, *_, b]`: fetches only the items that are tested, by index (counting from the end
    /// with `len(subject) - k`, as the subject may not accept negative indices), rather than
    /// unpacking a middle that is thrown away.
    fn match_items_by_subscript(&mut self, patterns: &'a [ast::Pattern], star: usize, pc: &mut PatternContext) -> CResult {
        let size = patterns.len();
        pc.on_top += 1;
        for (i, sub) in patterns.iter().enumerate() {
            if i == star || is_wildcard(sub) {
                continue;
            }
            self.emit(Opcode::COPY, 1);
            if i < star {
                self.emit_const(Constant::Int(i.into()));
            } else {
                self.emit(Opcode::GET_LEN, 0);
                self.emit_const(Constant::Int((size - i).into()));
                self.emit(Opcode::BINARY_OP, BinaryOp::Subtract as u32);
            }
            self.emit(Opcode::BINARY_SUBSCR, 0);
            self.compile_subpattern(sub, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    /// `case {"key": pattern, Const.NAME: pattern, **rest}:` — any mapping with those keys.
    fn compile_mapping_pattern(&mut self, p: &'a ast::PatternMatchMapping, pc: &mut PatternContext) -> CResult {
        let size = p.keys.len();
        pc.on_top += 1;
        self.emit(Opcode::MATCH_MAPPING, 0);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        if size == 0 && p.rest.is_none() {
            // `{}` matches every mapping.
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GET_LEN, 0);
            self.emit_const(Constant::Int(size.into()));
            self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        }
        self.emit_mapping_keys(p, pc)?;
        self.emit(Opcode::MATCH_KEYS, 0);
        // The keys tuple and the values (or None) now sit on the subject.
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_NONE);
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top = pc.on_top + size - 1;
        for sub in &p.patterns {
            pc.on_top -= 1;
            self.compile_subpattern(sub, pc)?;
        }
        // What follows consumes the keys tuple and the subject.
        pc.on_top -= 2;
        match &p.rest {
            Some(rest) => {
                self.emit(Opcode::COPY_DICT_WITHOUT_KEYS, 0);
                self.store_capture(Some(rest), pc)
            }
            None => {
                self.emit(Opcode::POP_TOP, 0);
                self.emit(Opcode::POP_TOP, 0);
                Ok(())
            }
        }
    }

    /// Pushes the tuple of a mapping pattern's keys (literals, or dotted names looked up now),
    /// refusing literal keys that repeat.
    fn emit_mapping_keys(&mut self, p: &'a ast::PatternMatchMapping, pc: &mut PatternContext) -> CResult {
        let mut constants: Vec<Option<Constant>> = Vec::with_capacity(p.keys.len());
        for key in &p.keys {
            match pattern_constant(key) {
                Some(c) => {
                    if constants.iter().flatten().any(|seen| same_key(seen, &c)) {
                        let message = format!("mapping pattern checks duplicate key ({})", python_repr(&c));
                        return Err(self.error(message, pc.range));
                    }
                    constants.push(Some(c));
                }
                None if matches!(key, ast::Expr::Attribute(_)) => constants.push(None),
                None => return Err(self.error("mapping pattern keys may only match literals and attribute lookups", pc.range)),
            }
        }
        if constants.iter().all(Option::is_some) {
            self.emit_const(Constant::Tuple(constants.into_iter().flatten().collect()));
            return Ok(());
        }
        for (key, constant) in p.keys.iter().zip(constants) {
            match constant {
                Some(c) => self.emit_const(c),
                None => self.compile_expr(key)?,
            }
        }
        self.set_loc(p.range);
        self.emit(Opcode::BUILD_TUPLE, p.keys.len() as u32);
        Ok(())
    }

    /// `case Point(x, y=0):` — an isinstance check, then positional sub-patterns matched
    /// against the attributes `__match_args__` names and keyword ones against named attributes.
    fn compile_class_pattern(&mut self, p: &'a ast::PatternMatchClass, pc: &mut PatternContext) -> CResult {
        let positional = p.patterns.len();
        let count = positional + p.kwd_attrs.len();
        self.check_keyword_attributes(p)?;
        self.compile_expr(&p.cls)?;
        self.set_loc(p.range);
        let names = p.kwd_attrs.iter().map(|a| Constant::Str(a.as_str().to_string())).collect();
        self.emit_const(Constant::Tuple(names));
        self.emit(Opcode::MATCH_CLASS, positional as u32);
        self.emit(Opcode::COPY, 1);
        // The tuple of attributes (or None) is on top now.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_NONE);
        self.emit(Opcode::UNPACK_SEQUENCE, count as u32);
        pc.on_top = pc.on_top + count - 1;
        for sub in p.patterns.iter().chain(&p.kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit(Opcode::POP_TOP, 0);
                continue;
            }
            self.compile_subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// Keyword names of a class pattern: not `__debug__`, and none twice (reported, as
    /// CPython does, at the sub-pattern of the offending keyword).
    fn check_keyword_attributes(&self, p: &ast::PatternMatchClass) -> CResult {
        for (i, (attr, sub)) in p.kwd_attrs.iter().zip(&p.kwd_patterns).enumerate() {
            if attr.as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__", sub.range()));
            }
            if let Some(j) = p.kwd_attrs[i + 1..].iter().position(|other| other == attr) {
                let repeated = p.kwd_patterns[i + 1 + j].range();
                return Err(self.error(format!("attribute name repeated in class pattern: {}", attr.as_str()), repeated));
            }
        }
        Ok(())
    }

    /// `case p1 | p2 | p3:` — each alternative is tried on a copy of the subject.
    fn compile_or_pattern(&mut self, p: &'a ast::PatternMatchOr, pc: &mut PatternContext) -> CResult {
        let end = self.new_label();
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_fail_pop = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = std::mem::replace(&mut pc.on_top, 0);
        let outer_allow_irrefutable = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        let count = p.patterns.len();
        for (i, alternative) in p.patterns.iter().enumerate() {
            pc.stores.clear();
            pc.on_top = 0;
            // An irrefutable alternative must come last, if it is allowed at all.
            pc.allow_irrefutable = i + 1 == count && outer_allow_irrefutable;
            self.emit(Opcode::COPY, 1);
            self.compile_pattern(alternative, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(names) => {
                    let same_names = names.len() == pc.stores.len() && names.iter().all(|n| pc.stores.contains(n));
                    if !same_names {
                        return Err(self.error("alternative patterns bind different names", pc.range));
                    }
                    let captured = pc.stores.clone();
                    self.reorder_captures(&captured, names);
                }
            }
            self.jump(end);
            self.emit_fail_pop_chain(pc);
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail_pop;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_allow_irrefutable;
        // No alternative matched: drop the subject and fail.
        self.emit(Opcode::POP_TOP, 0);
        self.jump_to_fail_pop(pc, Opcode::JUMP_FORWARD);
        self.bind(end);
        // One alternative matched: its captures sit on the subject; move each under the
        // captures and values the enclosing patterns already hold.
        let captured = control.expect("an or-pattern has alternatives");
        let window = captured.len() + 1 + pc.on_top + pc.stores.len();
        for name in captured {
            self.rotate(window);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern"), pc.range));
            }
            pc.stores.push(name);
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    /// Permutes the captured values on top of the stack (first capture on top) from the order
    /// `captured` to the order `control`.
    fn reorder_captures(&mut self, captured: &[String], control: &[String]) {
        let mut current = captured.to_vec();
        for depth in 0..control.len() {
            if current[depth] == control[depth] {
                continue;
            }
            let from = current.iter().position(|n| *n == control[depth]).expect("same names");
            self.swap_stack_items(depth + 1, from + 1);
            current.swap(depth, from);
        }
    }

    /// Exchanges the stack items at two depths (1 = top; `upper` < `lower`).
    fn swap_stack_items(&mut self, upper: usize, lower: usize) {
        if upper == 1 {
            self.emit(Opcode::SWAP, lower as u32);
        } else {
            self.emit(Opcode::SWAP, upper as u32);
            self.emit(Opcode::SWAP, lower as u32);
            self.emit(Opcode::SWAP, upper as u32);
        }
    }
}

// ----- literal patterns as constants -----

/// The constant a literal pattern denotes: a literal, a negated number, or a complex literal
/// `real ± imag j` (folded as CPython's AST optimizer folds them). `None` for anything else.
fn pattern_constant(e: &ast::Expr) -> Option<Constant> {
    match e {
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::Tuple(_) | ast::Constant::Ellipsis => None,
            value => Some(literal(value)),
        },
        ast::Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => match pattern_constant(&u.operand)? {
            Constant::Int(i) => Some(Constant::Int(-i)),
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { re, im } => Some(Constant::Complex { re: -re, im: -im }),
            _ => None,
        },
        ast::Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
            let (lre, lim) = as_complex(&pattern_constant(&b.left)?)?;
            let (rre, rim) = as_complex(&pattern_constant(&b.right)?)?;
            Some(match b.op {
                ast::Operator::Add => Constant::Complex { re: lre + rre, im: lim + rim },
                _ => Constant::Complex { re: lre - rre, im: lim - rim },
            })
        }
        _ => None,
    }
}

/// A number as a complex value (what `int + complex` converts it to); `None` when an int is
/// too large for a float (CPython then leaves the expression unfolded).
fn as_complex(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Int(i) => i.to_f64().filter(|f| f.is_finite()).map(|f| (f, 0.0)),
        Constant::Float(f) => Some((*f, 0.0)),
        Constant::Complex { re, im } => Some((*re, *im)),
        _ => None,
    }
}

/// Whether two literal keys are equal as dict keys (`1`, `1.0`, `True` and `1+0j` are one key).
fn same_key(a: &Constant, b: &Constant) -> bool {
    match (numeric_parts(a), numeric_parts(b)) {
        (Some((are, aim)), Some((bre, bim))) => aim == bim && are.equals(&bre),
        (None, None) => match (a, b) {
            (Constant::Str(x), Constant::Str(y)) => x == y,
            (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
            (Constant::None, Constant::None) => true,
            _ => false,
        },
        _ => false,
    }
}

/// A real part that keeps ints exact, so that large ints compare as Python compares them.
enum RealPart {
    Int(num_bigint::BigInt),
    Float(f64),
}

impl RealPart {
    fn equals(&self, other: &RealPart) -> bool {
        match (self, other) {
            (RealPart::Int(a), RealPart::Int(b)) => a == b,
            (RealPart::Float(a), RealPart::Float(b)) => a == b,
            (RealPart::Int(i), RealPart::Float(f)) | (RealPart::Float(f), RealPart::Int(i)) => {
                f.fract() == 0.0 && num_bigint::BigInt::from_f64(*f).as_ref() == Some(i)
            }
        }
    }
}

fn numeric_parts(c: &Constant) -> Option<(RealPart, f64)> {
    match c {
        Constant::Bool(b) => Some((RealPart::Int((*b as u8).into()), 0.0)),
        Constant::Int(i) => Some((RealPart::Int(i.clone()), 0.0)),
        Constant::Float(f) => Some((RealPart::Float(*f), 0.0)),
        Constant::Complex { re, im } => Some((RealPart::Float(*re), *im)),
        _ => None,
    }
}

// ----- repr of literal keys, for the duplicate-key message -----

/// `repr()` of a literal, as Python prints it.
fn python_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True".into() } else { "False".into() },
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f, true),
        Constant::Complex { re, im } => {
            let imag = format!("{}j", float_repr(*im, false));
            if *re == 0.0 && re.is_sign_positive() {
                imag
            } else {
                let sign = if im.is_sign_negative() && !im.is_nan() { "" } else { "+" };
                format!("({}{sign}{imag})", float_repr(*re, false))
            }
        }
        Constant::Str(s) => crate::repr::str_repr(s),
        Constant::Bytes(b) => crate::repr::bytes_repr(b, ""),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Tuple(_) | Constant::FrozenSet(_) | Constant::Code(_) => crate::dis::constant_repr(c),
    }
}

/// `repr(float)` (with `add_dot_0`), or the form used inside a complex repr (without).
fn float_repr(f: f64, add_dot_0: bool) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    // Rust's `{:e}` gives the shortest digits that round-trip, as Python's repr does.
    let sci = format!("{:e}", f.abs());
    let (mantissa, exponent) = sci.split_once('e').expect("exponent");
    let exponent: i32 = exponent.parse().expect("exponent digits");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let point = exponent + 1;
    let body = if !(-4 < point && point <= 16) {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        format!("{m}e{}{:02}", if exponent < 0 { '-' } else { '+' }, exponent.abs())
    } else if point <= 0 {
        format!("0.{}{digits}", "0".repeat((-point) as usize))
    } else if point as usize >= digits.len() {
        let zeros = "0".repeat(point as usize - digits.len());
        if add_dot_0 { format!("{digits}{zeros}.0") } else { format!("{digits}{zeros}") }
    } else {
        format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr_follows_python() {
        let cases = [
            (1.0, "1.0"), (0.1, "0.1"), (1e16, "1e+16"), (1e15, "1000000000000000.0"),
            (1e-4, "0.0001"), (1e-5, "1e-05"), (-2.5, "-2.5"), (123456.789, "123456.789"),
            (1.5e300, "1.5e+300"), (-0.0, "-0.0"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f, true), want, "{f}");
        }
        assert_eq!(float_repr(2.0, false), "2");
    }

    #[test]
    fn complex_and_text_reprs_follow_python() {
        assert_eq!(python_repr(&Constant::Complex { re: 1.0, im: 2.0 }), "(1+2j)");
        assert_eq!(python_repr(&Constant::Complex { re: 0.0, im: -1.5 }), "-1.5j");
        assert_eq!(python_repr(&Constant::Complex { re: -0.0, im: 1.0 }), "(-0+1j)");
        assert_eq!(python_repr(&Constant::Str("it's".into())), "\"it's\"");
        assert_eq!(python_repr(&Constant::Str("a\n\u{7}é\u{200b}".into())), "'a\\n\\x07é\\u200b'");
        assert_eq!(python_repr(&Constant::Bytes(b"a'\x00".to_vec())), "b\"a'\\x00\"");
    }

    #[test]
    fn equal_keys_are_found_across_numeric_types() {
        let one = Constant::Int(1.into());
        assert!(same_key(&one, &Constant::Bool(true)));
        assert!(same_key(&one, &Constant::Float(1.0)));
        assert!(same_key(&one, &Constant::Complex { re: 1.0, im: 0.0 }));
        assert!(!same_key(&one, &Constant::Complex { re: 1.0, im: 1.0 }));
        assert!(!same_key(&Constant::Str("1".into()), &one));
        assert!(same_key(&Constant::Float(-0.0), &Constant::Int(0.into())));
    }
}
