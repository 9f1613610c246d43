//! The report for an uncaught exception whose chain holds an exception group or notes, in
//! CPython 3.11's layout (`print_exception_recursive` in its `pythonrun.c`).
//!
//! A group prints its own traceback under `Exception Group Traceback (most recent call
//! last):`, its message and notes, then each sub-exception in a numbered frame drawn with
//! `+-+----` / `|` margins, nested groups one level deeper. At most 15 sub-exceptions are
//! shown per group ("and N more exceptions") and 10 levels of nesting. Every line written at
//! group depth `d > 0` starts with `2*d` spaces and `| ` (the top-level group's header has
//! `+ ` instead). Chained causes and contexts print before the exception they lead to, with
//! the same margins; `seen` stops cycles, as in CPython.
//!
//! Reports without groups or notes keep going through `traceback::format_exception`; this
//! module reuses its pieces (the traceback block, the SyntaxError block, the message line).

use crate::traceback::{format_exception_only, format_traceback, LineCache};
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, Vm};
use std::rc::Rc;

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

struct Printer {
    out: String,
    depth: usize,
    need_close: bool,
    seen: Vec<ObjRef>,
    cache: LineCache,
}

/// Whether the report for `exc` needs this module: a group or notes somewhere in its chain.
pub fn needed(vm: &mut Vm, exc: &PyErr) -> bool {
    let mut seen: Vec<ObjRef> = Vec::new();
    let mut todo = vec![exc.clone()];
    while let Some(e) = todo.pop() {
        if seen.iter().any(|s| Rc::ptr_eq(s, &e)) {
            continue;
        }
        let v = Value::Obj(e.clone());
        if crate::object::exception_group::is_group(vm, &v) || matches!(vm.get_attr_opt(&v, "__notes__"), Ok(Some(_))) {
            return true;
        }
        todo.extend(crate::exceptions::cause_of(&e));
        todo.extend(crate::exceptions::context_of(&e));
        seen.push(e);
    }
    false
}

/// The full report for an uncaught exception.
pub fn format(vm: &mut Vm, exc: &PyErr) -> String {
    let mut p = Printer { out: String::new(), depth: 0, need_close: false, seen: Vec::new(), cache: LineCache::default() };
    p.recursive(vm, exc);
    p.out
}

impl Printer {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn margin(&self) -> &'static str {
        if self.depth > 0 {
            "| "
        } else {
            ""
        }
    }

    /// Writes each line of `text` behind the indent and margin.
    fn emit(&mut self, text: &str) {
        let prefix = format!("{}{}", self.indent(), self.margin());
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
        if !text.is_empty() && !text.ends_with('\n') {
            self.out.push('\n');
        }
    }

    fn recursive(&mut self, vm: &mut Vm, exc: &PyErr) {
        self.cause_and_context(vm, exc);
        if crate::object::exception_group::is_group(vm, &Value::Obj(exc.clone())) {
            self.group(vm, exc);
        } else {
            self.single(vm, exc);
        }
    }

    fn cause_and_context(&mut self, vm: &mut Vm, exc: &PyErr) {
        self.seen.push(exc.clone());
        let seen = |p: &Printer, e: &ObjRef| p.seen.iter().any(|s| Rc::ptr_eq(s, e));
        if let Some(cause) = crate::exceptions::cause_of(exc) {
            if !seen(self, &cause) {
                self.chained(vm, &cause, "The above exception was the direct cause of the following exception:\n");
            }
            return;
        }
        if crate::exceptions::suppress_context(exc) {
            return;
        }
        if let Some(context) = crate::exceptions::context_of(exc) {
            if !seen(self, &context) {
                self.chained(vm, &context, "During handling of the above exception, another exception occurred:\n");
            }
        }
    }

    fn chained(&mut self, vm: &mut Vm, exc: &PyErr, message: &str) {
        let need_close = self.need_close;
        self.recursive(vm, exc);
        self.need_close = need_close;
        self.emit("\n");
        self.emit(message);
        self.emit("\n");
    }

    /// The traceback block, its header behind `header_margin`.
    fn traceback(&mut self, exc: &PyErr, header: &str, header_margin: &str) {
        let entries = crate::exceptions::traceback_entries(exc);
        if entries.is_empty() {
            return;
        }
        let text = format_traceback(&mut self.cache, &entries);
        let body = text.split_once('\n').map_or("", |(_, rest)| rest);
        self.out.push_str(&format!("{}{header_margin}{header}\n", self.indent()));
        self.emit(body);
    }

    fn message_and_notes(&mut self, vm: &mut Vm, exc: &PyErr) {
        match crate::traceback::syntax_error_block(vm, exc) {
            Some(block) => self.emit(&block),
            None => {
                let line = format_exception_only(vm, exc);
                self.emit(&format!("{line}\n"));
            }
        }
        let v = Value::Obj(exc.clone());
        let Ok(Some(notes)) = vm.get_attr_opt(&v, "__notes__") else { return };
        let is_seq = matches!(&notes, Value::Obj(o) if matches!(o.payload, crate::object::Payload::List(_) | crate::object::Payload::Tuple(_)));
        if !is_seq {
            let r = vm.repr_string(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            self.emit(&format!("{r}\n"));
            return;
        }
        for note in vm.collect(&notes).unwrap_or_default() {
            let text = vm.str_string(&note).unwrap_or_else(|_| "<note str() failed>".into());
            self.emit(&format!("{text}\n"));
        }
    }

    fn single(&mut self, vm: &mut Vm, exc: &PyErr) {
        let margin = self.margin();
        self.traceback(exc, "Traceback (most recent call last):", margin);
        self.message_and_notes(vm, exc);
    }

    fn group(&mut self, vm: &mut Vm, exc: &PyErr) {
        if self.depth > MAX_GROUP_DEPTH {
            self.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        if self.depth == 0 {
            self.depth = 1;
        }
        let header_margin = if self.depth == 1 { "+ " } else { "| " };
        self.traceback(exc, "Exception Group Traceback (most recent call last):", header_margin);
        self.message_and_notes(vm, exc);
        let subs = vm.get_attr_opt(&Value::Obj(exc.clone()), "exceptions").ok().flatten().map(|t| vm.collect(&t).unwrap_or_default()).unwrap_or_default();
        let n = subs.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, sub) in subs.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            self.out.push_str(&format!("{}{}+---------------- {title} ----------------\n", self.indent(), if i == 0 { "+-" } else { "  " }));
            self.depth += 1;
            if truncated {
                let remaining = subs.len() - MAX_GROUP_WIDTH;
                self.emit(&format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }));
            } else if let Value::Obj(s) = sub {
                self.recursive(vm, s);
            }
            if last && self.need_close {
                self.out.push_str(&format!("{}+------------------------------------\n", self.indent()));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 {
            self.depth = 0;
        }
    }
}
