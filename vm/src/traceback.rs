//! Printing uncaught exceptions in CPython 3.11's format.
//!
//! `Traceback (most recent call last):`, then one `  File "…", line N, in name` entry per
//! frame, outermost first, with the source line and, when the failing expression does not span
//! the whole line, a caret line (`~~^~~` for binary operators and subscripts, as CPython's
//! `traceback` module computes it by re-parsing the segment). Runs of more than three
//! identical entries collapse into `[Previous line repeated N more times]`. Chained exceptions
//! are printed first, joined by the two standard banners. SyntaxErrors get their own block.

use crate::object::exception::TbEntry;
use crate::object::Payload;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, Vm};
use std::collections::HashMap;
use std::rc::Rc;

/// Reads source lines of files for tracebacks (like `linecache`).
#[derive(Default)]
pub struct LineCache {
    files: HashMap<String, Option<Vec<String>>>,
    /// Folders to look in for a file that is not where its code says (`sys.path`): CPython's
    /// traceback printer tries each with the file's last path component, which is how code
    /// compiled with `compileall -d` still shows its source lines.
    pub search: Vec<String>,
}

impl LineCache {
    /// A cache that searches `sys.path` for files that have moved.
    pub fn for_vm(vm: &Vm) -> LineCache {
        let search = match &vm.path {
            Some(p) => crate::object::list::list_items(&Value::Obj(p.clone())).iter().filter_map(|x| vm.str_of(x).map(str::to_string)).collect(),
            None => Vec::new(),
        };
        LineCache { files: HashMap::new(), search }
    }

    pub fn line(&mut self, filename: &str, line: u32) -> Option<String> {
        let search = &self.search;
        let lines = self.files.entry(filename.to_string()).or_insert_with(|| {
            let bytes = std::fs::read(filename).ok().or_else(|| {
                let tail = filename.rsplit('/').next().filter(|t| !t.is_empty())?;
                search.iter().find_map(|dir| std::fs::read(std::path::Path::new(if dir.is_empty() { "." } else { dir }).join(tail)).ok())
            })?;
            let text = ferropy_compiler::source::decode_source(&bytes, filename).unwrap_or_else(|_| String::from_utf8_lossy(&bytes).to_string());
            Some(text.lines().map(str::to_string).collect())
        });
        lines.as_ref()?.get(line.checked_sub(1)? as usize).cloned()
    }
}

/// The qualified name of an exception's class, as tracebacks print it.
pub fn exception_type_name(vm: &Vm, exc: &Value) -> String {
    let cls = vm.class_of(exc);
    let data = cls.type_data().expect("type");
    let module = crate::object::dict::table_get_str(&data.attrs.borrow(), &vm.intern("__module__"))
        .and_then(|m| vm.str_of(&m).map(str::to_string))
        .unwrap_or_else(|| data.module.borrow().clone());
    let q = data.qualname.borrow().clone();
    if module == "builtins" || module == "__main__" {
        q
    } else {
        format!("{module}.{q}")
    }
}

/// Candidate names for a "Did you mean" hint, as CPython 3.11's traceback module collects them.
fn suggestion_for(vm: &mut Vm, exc: &PyErr) -> Option<String> {
    let v = Value::Obj(exc.clone());
    let name = vm.get_attr_opt(&v, "name").ok().flatten()?;
    let wrong = vm.str_of(&name)?.to_string();
    let candidates: Vec<String> = if vm.is_instance(&v, &vm.ctx.exc("NameError")) {
        let entries = crate::exceptions::traceback_entries(exc);
        let last = entries.first()?;
        let mut names: Vec<String> = Vec::new();
        if last.code.code.flags & ferropy_compiler::code::flags::OPTIMIZED != 0 {
            names.extend(last.code.code.varnames.iter().cloned());
            names.extend(last.code.code.cellvars.iter().cloned());
            names.extend(last.code.code.freevars.iter().cloned());
        }
        for dict in [last.globals.clone(), Some(vm.builtins_dict.clone())].into_iter().flatten() {
            if let Payload::Dict(t) = &dict.payload {
                let keys = t.borrow().keys();
                names.extend(keys.iter().filter_map(|k| vm.str_of(k).map(str::to_string)));
            }
        }
        names
    } else if vm.is_instance(&v, &vm.ctx.exc("AttributeError")) {
        let obj = vm.get_attr_opt(&v, "obj").ok().flatten()?;
        let dir = vm.call_special(&obj, "__dir__", &[]).ok().flatten()?;
        let items = vm.collect(&dir).ok()?;
        let mut names: Vec<String> = items.iter().filter_map(|k| vm.str_of(k).map(str::to_string)).collect();
        names.sort();
        names
    } else {
        return None;
    };
    crate::suggestions::suggest(&wrong, &candidates)
}

/// The last line: `Type: message` (or just `Type`).
pub fn format_exception_only(vm: &mut Vm, exc: &PyErr) -> String {
    let v = Value::Obj(exc.clone());
    let name = exception_type_name(vm, &v);
    let mut msg = match vm.str(&v) {
        Ok(s) => s.as_str().unwrap_or("").to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    if let Some(s) = suggestion_for(vm, exc) {
        msg.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

fn format_entry(cache: &mut LineCache, entry: &TbEntry) -> String {
    let code = &entry.code.code;
    let line = entry.line();
    let mut out = format!("  File \"{}\", line {}, in {}\n", code.filename, line, code.name);
    let Some(text) = cache.line(&code.filename, line) else { return out };
    let stripped = text.trim_start();
    if stripped.trim_end().is_empty() {
        return out;
    }
    let stripped_chars = text.chars().count() - stripped.chars().count();
    let stripped = stripped.trim_end();
    out.push_str(&format!("    {stripped}\n"));
    let Some(loc) = code.location(entry.instr as usize) else { return out };
    if loc.line != line {
        return out;
    }
    let chars: Vec<char> = text.chars().collect();
    let start = loc.col as usize;
    let mut end = loc.end_col as usize;
    let mut anchors = None;
    if loc.end_line == loc.line {
        if start <= end && end <= chars.len() {
            let segment: String = chars[start..end].iter().collect();
            anchors = ferropy_compiler::anchors::caret_anchors(&segment);
        }
    } else {
        end = stripped_chars + stripped.chars().count();
    }
    if start < stripped_chars || end < start {
        return out;
    }
    let spans_line = end - start >= stripped.chars().count();
    let has_anchor = anchors.is_some_and(|(l, r)| r > l);
    if !spans_line || has_anchor {
        let mut carets = " ".repeat(4 + start - stripped_chars);
        match anchors {
            Some((l, r)) => {
                for i in 0..(end - start) {
                    carets.push(if i >= l && i < r { '^' } else { '~' });
                }
            }
            None => carets.push_str(&"^".repeat(end - start)),
        }
        out.push_str(&carets);
        out.push('\n');
    }
    out
}

fn same_entry(a: &TbEntry, b: &TbEntry) -> bool {
    Rc::ptr_eq(&a.code, &b.code) && a.line() == b.line() && a.code.code.name == b.code.code.name
}

/// The `Traceback (most recent call last):` block for the entries (innermost first).
pub fn format_traceback(cache: &mut LineCache, entries: &[TbEntry]) -> String {
    let mut out = String::from("Traceback (most recent call last):\n");
    let mut last: Option<&TbEntry> = None;
    let mut repeats = 0;
    for entry in entries.iter().rev() {
        if let Some(prev) = last {
            if same_entry(prev, entry) {
                repeats += 1;
                if repeats >= 3 {
                    continue;
                }
            } else {
                if repeats >= 3 {
                    let n = repeats - 2;
                    out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
                }
                repeats = 0;
            }
        }
        out.push_str(&format_entry(cache, entry));
        last = Some(entry);
    }
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
    }
    out
}

pub(crate) fn syntax_error_block(vm: &mut Vm, exc: &PyErr) -> Option<String> {
    let v = Value::Obj(exc.clone());
    if !vm.is_instance(&v, &vm.ctx.exc("SyntaxError")) {
        return None;
    }
    let get = |vm: &mut Vm, n: &str| vm.get_attr_opt(&v, n).ok().flatten().unwrap_or(Value::None);
    let filename = get(vm, "filename");
    let lineno = get(vm, "lineno");
    let offset = get(vm, "offset");
    let end_offset = get(vm, "end_offset");
    let end_lineno = get(vm, "end_lineno");
    let text = get(vm, "text");
    let msg = get(vm, "msg");
    let mut out = String::new();
    let fname = vm.str_of(&filename).unwrap_or("<string>").to_string();
    if let Value::Int(l) = lineno {
        out.push_str(&format!("  File \"{fname}\", line {l}\n"));
    }
    if let Some(t) = vm.str_of(&text) {
        // CPython's `print_exception` + `print_error_text` (pythonrun.c): SyntaxError subclasses
        // get a single caret; a range spanning lines runs to the end of the first; offsets are
        // clipped to the text; no caret when it would point left of the stripped text.
        let int = |x: &Value| if let Value::Int(i) = x { Some(*i) } else { None };
        let line_no = int(&lineno).unwrap_or(0);
        let mut offset = int(&offset).unwrap_or(-1);
        let exact = Rc::ptr_eq(vm.class_of(&v), &vm.ctx.exc("SyntaxError"));
        let (end_line, mut end_off) = if exact {
            (int(&end_lineno).unwrap_or(line_no), int(&end_offset).unwrap_or(-1))
        } else {
            (line_no, -1)
        };
        let line_size = t.len() as i64;
        if end_line > line_no {
            end_off = line_size;
        }
        if end_off > line_size + 1 {
            end_off = line_size + 1;
        }
        let carets = if end_off > 0 && end_off > offset { end_off - offset } else { 1 };
        offset -= 1;
        let mut text = t;
        while let Some(rest) = text.strip_prefix([' ', '\t', '\x0c']) {
            text = rest;
            offset -= 1;
        }
        let mut len = text.len() as i64;
        if text.ends_with('\n') {
            len -= 1;
        }
        offset = offset.min(len);
        while let Some(nl) = text.find('\n') {
            if nl as i64 >= offset {
                break;
            }
            text = &text[nl + 1..];
            len -= nl as i64 + 1;
            offset -= nl as i64 + 1;
        }
        let _ = len;
        out.push_str("    ");
        out.push_str(text);
        if !text.ends_with('\n') {
            out.push('\n');
        }
        if offset >= 0 {
            out.push_str(&format!("    {}{}\n", " ".repeat(offset as usize), "^".repeat(carets.max(0) as usize)));
        }
    }
    let name = exception_type_name(vm, &v);
    let m = vm.str_of(&msg).map(str::to_string).unwrap_or_default();
    out.push_str(&if m.is_empty() { name } else { format!("{name}: {m}") });
    out.push('\n');
    Some(out)
}

fn format_one(vm: &mut Vm, cache: &mut LineCache, exc: &PyErr, seen: &mut Vec<ObjRef>) -> String {
    seen.push(exc.clone());
    let mut out = String::new();
    let cause = crate::exceptions::cause_of(exc);
    let context = crate::exceptions::context_of(exc);
    if let Some(c) = cause.filter(|c| !seen.iter().any(|s| Rc::ptr_eq(s, c))) {
        out.push_str(&format_one(vm, cache, &c, seen));
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if let Some(c) = context.filter(|c| !crate::exceptions::suppress_context(exc) && !seen.iter().any(|s| Rc::ptr_eq(s, c))) {
        out.push_str(&format_one(vm, cache, &c, seen));
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    let entries = crate::exceptions::traceback_entries(exc);
    if !entries.is_empty() {
        out.push_str(&format_traceback(cache, &entries));
    }
    match syntax_error_block(vm, exc) {
        Some(block) => out.push_str(&block),
        None => {
            out.push_str(&format_exception_only(vm, exc));
            out.push('\n');
        }
    }
    out
}

/// The full report for an uncaught exception.
pub fn format_exception(vm: &mut Vm, exc: &PyErr) -> String {
    if crate::group_traceback::needed(vm, exc) {
        return crate::group_traceback::format(vm, exc);
    }
    let mut cache = LineCache::for_vm(vm);
    format_one(vm, &mut cache, exc, &mut Vec::new())
}

/// Prints an uncaught exception to `sys.stderr`.
pub fn print_exception(vm: &mut Vm, exc: &PyErr) {
    let text = format_exception(vm, exc);
    let stderr = crate::builtins::functions::sys_stream(vm, "stderr").unwrap_or(Value::None);
    if stderr.is_none() || crate::builtins::file::write_to(vm, &stderr, &text).is_err() {
        eprint!("{text}");
    }
    let _ = stderr.as_obj().map(|o| match &o.payload {
        Payload::File(f) => f.borrow_mut().flush().ok(),
        _ => None,
    });
}
