//! `str` methods. The text algorithms themselves live in `crate::text` (pure functions on
//! `&str` with code-point indices); this file adapts arguments and results.

use super::{Payload, PyObject, PyStr};
use crate::context::Context;
use crate::object::function::Args;
use crate::ops::subscr::{normalize_index, slice_indices, slice_positions};
use crate::text::{self, str_ops, TextError};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use ferropy_compiler::opcode::CompareOp;

fn s<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyStr> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(p) => Ok(p),
            _ => vm.type_error(format!("descriptor requires a 'str' object but received a '{}'", vm.type_name(v))),
        },
        _ => vm.type_error(format!("descriptor requires a 'str' object but received a '{}'", vm.type_name(v))),
    }
}

pub fn text_error<T>(vm: &Vm, e: TextError) -> PyResult<T> {
    vm.err(e.class_name(), e.message())
}

/// An optional str argument (None allowed).
fn opt_str<'a>(vm: &Vm, v: Option<&'a Value>, method: &str, pos: usize) -> PyResult<Option<&'a str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(x) => match vm.str_of(x) {
            Some(t) => Ok(Some(t)),
            None => vm.type_error(format!("{method}() argument {pos} must be str or None, not {}", vm.type_name(x))),
        },
    }
}

fn req_str<'a>(vm: &Vm, v: Option<&'a Value>, what: &str) -> PyResult<&'a str> {
    match v {
        Some(x) => match vm.str_of(x) {
            Some(t) => Ok(t),
            None => vm.type_error(format!("{what}, not {}", vm.type_name(x))),
        },
        None => vm.type_error(format!("{what}, not nothing")),
    }
}

fn opt_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(x) => Ok(Some(vm.index_value(x)?)),
    }
}

fn st_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].as_obj().cloned().expect("class");
    let obj = args.get(1, "object").cloned();
    let encoding = args.get(2, "encoding").cloned();
    let errors = args.get(3, "errors").cloned();
    let text = match obj {
        None => String::new(),
        Some(o) if encoding.is_none() && errors.is_none() => vm.str_string(&o)?,
        Some(o) => {
            let bytes = match &o {
                Value::Obj(b) => match &b.payload {
                    Payload::Bytes(x) => x.to_vec(),
                    Payload::ByteArray(x) => x.borrow().clone(),
                    _ => return vm.type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(&o))),
                },
                _ => return vm.type_error(format!("decoding to str: need a bytes-like object, {} found", vm.type_name(&o))),
            };
            let enc = encoding.as_ref().and_then(|e| vm.str_of(e)).unwrap_or("utf-8").to_string();
            let err = errors.as_ref().and_then(|e| vm.str_of(e)).unwrap_or("strict").to_string();
            crate::object::bytes::decode_bytes(vm, &bytes, &enc, &err)?
        }
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.ctx.types.str) {
        return Ok(vm.new_str(text));
    }
    let d = vm.new_dict_obj();
    Ok(Value::Obj(PyObject::with_dict(cls, d, Payload::Str(PyStr::new(text)))))
}

fn st_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = s(vm, &args.pos[0])?;
    Ok(vm.new_str(text::repr::str_repr(p.as_str())))
}

fn st_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = s(vm, &args.pos[0])?;
    if vm.class_of(&args.pos[0]).type_data().is_some_and(|t| !t.is_heap) {
        return Ok(args.pos[0].clone());
    }
    Ok(vm.new_str(p.as_str()))
}

fn st_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(s(vm, &args.pos[0])?.char_len() as i64))
}

fn st_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(s(vm, &args.pos[0])?.hash()))
}

fn st_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = s(vm, &args.pos[0])?;
    let key = &args.pos[1];
    if let Value::Obj(k) = key {
        if let Payload::Slice(..) = &k.payload {
            let (start, stop, step) = slice_indices(vm, key, p.char_len())?;
            // A slice covering a whole (exact) str is the str itself.
            let whole = step == 1 && start <= 0 && stop as usize >= p.char_len();
            if whole && std::rc::Rc::ptr_eq(vm.class_of(&args.pos[0]), &vm.ctx.types.str) {
                return Ok(args.pos[0].clone());
            }
            if step == 1 {
                return Ok(vm.new_str(p.slice(start.max(0) as usize, stop.max(0) as usize)));
            }
            let chars: Vec<char> = p.as_str().chars().collect();
            let out: String = slice_positions(start, stop, step).into_iter().map(|i| chars[i]).collect();
            return Ok(vm.new_str(out));
        }
    }
    if !crate::ops::number::is_int_like(key) && vm.lookup_type_str(&vm.class_of(key).clone(), "__index__").is_none() {
        return vm.type_error(format!("string indices must be integers, not '{}'", vm.type_name(key)));
    }
    let i = vm.index_value(key)?;
    match normalize_index(i, p.char_len()) {
        Some(j) => Ok(Value::Obj(vm.ctx.char_str(p.char_at(j)))),
        None => vm.index_error("string index out of range"),
    }
}

fn st_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?;
    match vm.str_of(&args.pos[1]) {
        Some(b) => {
            let mut out = String::with_capacity(a.as_str().len() + b.len());
            out.push_str(a.as_str());
            out.push_str(b);
            Ok(vm.new_str(out))
        }
        None => Ok(vm.not_implemented()),
    }
}

fn st_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?.as_str().to_string();
    let Some(n) = super::list::repeat_count(vm, &args.pos[1], "str")? else {
        return Ok(vm.not_implemented());
    };
    Ok(vm.new_str(a.repeat(n)))
}

fn st_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = s(vm, &args.pos[0])?.as_str().to_string();
    let out = super::str_format::percent(vm, &fmt, &args.pos[1])?;
    Ok(vm.new_str(out))
}

fn st_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?;
    match vm.str_of(&args.pos[1]) {
        Some(b) => Ok(Value::bool(crate::ops::compare::compare_ord(a.as_str().cmp(b), op))),
        None => Ok(vm.not_implemented()),
    }
}

fn st_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_compare(vm, args, CompareOp::Eq)
}
fn st_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_compare(vm, args, CompareOp::Ne)
}
fn st_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_compare(vm, args, CompareOp::Lt)
}
fn st_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_compare(vm, args, CompareOp::Le)
}
fn st_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_compare(vm, args, CompareOp::Gt)
}
fn st_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    st_compare(vm, args, CompareOp::Ge)
}

fn st_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?;
    match vm.str_of(&args.pos[1]) {
        Some(b) => Ok(Value::bool(a.as_str().contains(b))),
        None => vm.type_error(format!("'in <string>' requires string as left operand, not {}", vm.type_name(&args.pos[1]))),
    }
}

fn st_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s(vm, &args.pos[0])?;
    let o = args.pos[0].as_obj().cloned().expect("str");
    Ok(super::iter::new_iterator(vm.ctx.types.str_iterator.clone(), super::IterState::Seq { seq: o, index: 0 }))
}

fn st_format_spec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?.as_str().to_string();
    let spec = args.pos.get(1).and_then(|x| vm.str_of(x)).unwrap_or("").to_string();
    if spec.is_empty() {
        return Ok(vm.new_str(a));
    }
    let parsed = match crate::format::parse_format_spec_for(&spec, "str") {
        Ok(p) => p,
        Err(e) => return super::int::format_error(vm, e),
    };
    match crate::format::format_str(&a, &parsed) {
        Ok(r) => Ok(vm.new_str(r)),
        Err(e) => super::int::format_error(vm, e),
    }
}

fn st_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = s(vm, &args.pos[0])?.as_str().to_string();
    let Some(iterable) = args.pos.get(1) else { return vm.type_error("str.join() takes exactly one argument (0 given)") };
    if !vm.is_iterable(iterable) {
        return vm.type_error("can only join an iterable");
    }
    let items = vm.collect(iterable)?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.str_of(item) {
            Some(t) => out.push_str(t),
            None => return vm.type_error(format!("sequence item {i}: expected str instance, {} found", vm.type_name(item))),
        }
    }
    Ok(vm.new_str(out))
}

fn list_of(vm: &Vm, parts: Vec<String>) -> Value {
    vm.new_list(parts.into_iter().map(|p| vm.new_str(p)).collect())
}

fn split_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<String>, i64)> {
    let sep = opt_str(vm, args.get(1, "sep"), name, 1)?.map(str::to_string);
    let maxsplit = match args.get(2, "maxsplit") {
        Some(m) => vm.index_value(m)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn st_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?.as_str().to_string();
    let (sep, max) = split_args(vm, &args, "split")?;
    match str_ops::split(&a, sep.as_deref(), max) {
        Ok(parts) => Ok(list_of(vm, parts)),
        Err(e) => text_error(vm, e),
    }
}

fn st_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?.as_str().to_string();
    let (sep, max) = split_args(vm, &args, "rsplit")?;
    match str_ops::rsplit(&a, sep.as_deref(), max) {
        Ok(parts) => Ok(list_of(vm, parts)),
        Err(e) => text_error(vm, e),
    }
}

fn st_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?.as_str().to_string();
    let keep = match args.get(1, "keepends") {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    Ok(list_of(vm, str_ops::splitlines(&a, keep)))
}

fn strip_impl(vm: &mut Vm, args: Args, f: fn(&str, Option<&str>) -> String, name: &str) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?;
    let chars = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(x) => match vm.str_of(x) {
            Some(t) => Some(t),
            None => return vm.type_error(format!("{name} arg must be None or str")),
        },
    };
    Ok(vm.new_str(f(a.as_str(), chars)))
}

fn st_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, str_ops::strip, "strip")
}
fn st_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, str_ops::lstrip, "lstrip")
}
fn st_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, str_ops::rstrip, "rstrip")
}

fn st_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?;
    let old = req_str(vm, args.pos.get(1), "replace() argument 1 must be str")?;
    let new = req_str(vm, args.pos.get(2), "replace() argument 2 must be str")?;
    let count = match args.get(3, "count") {
        Some(c) => vm.index_value(c)?,
        None => -1,
    };
    Ok(vm.new_str(str_ops::replace(a.as_str(), old, new, count)))
}

fn find_args<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<(&'a str, &'a str, Option<i64>, Option<i64>)> {
    let a = s(vm, &args.pos[0])?.as_str();
    let sub = match args.pos.get(1).and_then(|x| vm.str_of(x)) {
        Some(t) => t,
        None => return req_str(vm, args.pos.get(1), &format!("{name}() argument 1 must be str")).map(|_| unreachable!("not a str")),
    };
    let start = opt_index(vm, args.pos.get(2))?;
    let end = opt_index(vm, args.pos.get(3))?;
    Ok((a, sub, start, end))
}

/// The code-point index of a byte offset (direct for ASCII text).
fn char_index(p: &PyStr, byte: usize) -> usize {
    if p.is_ascii() {
        byte
    } else {
        p.as_str()[..byte].chars().count()
    }
}

/// `find` on ASCII text, where byte and code-point indices agree: O(1) bounds, no scan.
fn ascii_find(a: &str, sub: &str, st: Option<i64>, en: Option<i64>) -> Option<usize> {
    let (st, en) = str_ops::adjust_indices(st, en, a.len());
    if en < st || en - st < sub.len() {
        return None;
    }
    a[st..en].find(sub).map(|b| b + st)
}

fn find_impl(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<usize>> {
    let (a, sub, st, en) = find_args(vm, args, name)?;
    let p = s(vm, &args.pos[0])?;
    if p.is_ascii() {
        return Ok(ascii_find(a, sub, st, en));
    }
    if st.is_none() && en.is_none() {
        return Ok(a.find(sub).map(|b| char_index(p, b)));
    }
    Ok(str_ops::find(a, sub, st, en))
}

fn st_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "find")?.map_or(-1, |i| i as i64)))
}

fn st_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, sub, st, en) = find_args(vm, &args, "rfind")?;
    Ok(Value::Int(str_ops::rfind(a, sub, st, en).map_or(-1, |i| i as i64)))
}

fn st_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "index")? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => vm.value_error("substring not found"),
    }
}

fn st_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, sub, st, en) = find_args(vm, &args, "rindex")?;
    match str_ops::rindex(a, sub, st, en) {
        Ok(i) => Ok(Value::Int(i as i64)),
        Err(e) => text_error(vm, e),
    }
}

fn st_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, sub, st, en) = find_args(vm, &args, "count")?;
    if st.is_none() && en.is_none() && !sub.is_empty() {
        return Ok(Value::Int(a.matches(sub).count() as i64));
    }
    Ok(Value::Int(str_ops::count(a, sub, st, en) as i64))
}

fn affix(vm: &mut Vm, args: Args, name: &str, f: fn(&str, &str, Option<i64>, Option<i64>) -> bool) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?.as_str();
    let start = opt_index(vm, args.pos.get(2))?;
    let end = opt_index(vm, args.pos.get(3))?;
    let Some(arg) = args.pos.get(1) else { return vm.type_error(format!("{name}() takes at least 1 argument (0 given)")) };
    if let Some(p) = vm.str_of(arg) {
        let receiver = s(vm, &args.pos[0])?;
        if start.is_none() && end.is_none() {
            return Ok(Value::bool(if name == "startswith" { a.starts_with(p) } else { a.ends_with(p) }));
        }
        if receiver.is_ascii() {
            let (st, en) = str_ops::adjust_indices(start, end, a.len());
            if en < st || en - st < p.len() {
                return Ok(Value::FALSE);
            }
            let window = &a.as_bytes()[st..en];
            return Ok(Value::bool(if name == "startswith" { window.starts_with(p.as_bytes()) } else { window.ends_with(p.as_bytes()) }));
        }
        return Ok(Value::bool(f(a, p, start, end)));
    }
    if let Value::Obj(o) = arg {
        if let Payload::Tuple(items) = &o.payload {
            for it in items.iter() {
                match vm.str_of(it) {
                    Some(p) => {
                        if f(a, p, start, end) {
                            return Ok(Value::TRUE);
                        }
                    }
                    None => return vm.type_error(format!("tuple for {name} must only contain str, not {}", vm.type_name(it))),
                }
            }
            return Ok(Value::FALSE);
        }
    }
    vm.type_error(format!("{name} first arg must be str or a tuple of str, not {}", vm.type_name(arg)))
}

fn st_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", str_ops::startswith)
}
fn st_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", str_ops::endswith)
}

macro_rules! simple {
    ($name:ident, $f:path) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = s(vm, &args.pos[0])?;
            Ok(vm.new_str($f(a.as_str())))
        }
    };
}
simple!(st_upper, str_ops::upper);
simple!(st_lower, str_ops::lower);
simple!(st_title, str_ops::title);
simple!(st_capitalize, str_ops::capitalize);
simple!(st_swapcase, str_ops::swapcase);
simple!(st_casefold, str_ops::casefold);

macro_rules! predicate {
    ($name:ident, $f:path) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = s(vm, &args.pos[0])?;
            Ok(Value::bool($f(a.as_str())))
        }
    };
}
predicate!(st_isdigit, str_ops::isdigit);
predicate!(st_isdecimal, str_ops::isdecimal);
predicate!(st_isnumeric, str_ops::isnumeric);
predicate!(st_isalpha, str_ops::isalpha);
predicate!(st_isalnum, str_ops::isalnum);
predicate!(st_isspace, str_ops::isspace);
predicate!(st_islower, str_ops::islower);
predicate!(st_isupper, str_ops::isupper);
predicate!(st_istitle, str_ops::istitle);
predicate!(st_isidentifier, str_ops::isidentifier);
predicate!(st_isascii, str_ops::isascii);
predicate!(st_isprintable, str_ops::isprintable);

fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(i64, char)> {
    let width = match args.pos.get(1) {
        Some(w) => vm.index_value(w)?,
        None => return vm.type_error(format!("{name}() takes at least 1 argument (0 given)")),
    };
    let fill = match args.pos.get(2) {
        None => ' ',
        Some(f) => match vm.str_of(f) {
            Some(t) if t.chars().count() == 1 => t.chars().next().expect("one char"),
            Some(_) => return vm.type_error("The fill character must be exactly one character long"),
            None => return vm.type_error(format!("{name}() argument 2 must be str, not {}", vm.type_name(f))),
        },
    };
    Ok((width, fill))
}

fn st_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (w, f) = pad_args(vm, &args, "center")?;
    let a = s(vm, &args.pos[0])?;
    Ok(vm.new_str(str_ops::center(a.as_str(), w, f)))
}
fn st_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (w, f) = pad_args(vm, &args, "ljust")?;
    let a = s(vm, &args.pos[0])?;
    Ok(vm.new_str(str_ops::ljust(a.as_str(), w, f)))
}
fn st_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (w, f) = pad_args(vm, &args, "rjust")?;
    let a = s(vm, &args.pos[0])?;
    Ok(vm.new_str(str_ops::rjust(a.as_str(), w, f)))
}

fn st_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = vm.index_value(args.pos.get(1).unwrap_or(&Value::Int(0)))?;
    let a = s(vm, &args.pos[0])?;
    Ok(vm.new_str(str_ops::zfill(a.as_str(), w)))
}

fn st_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let size = match args.get(1, "tabsize") {
        Some(t) => vm.index_value(t)?,
        None => 8,
    };
    let a = s(vm, &args.pos[0])?;
    match str_ops::expandtabs(a.as_str(), size) {
        Ok(r) => Ok(vm.new_str(r)),
        Err(e) => text_error(vm, e),
    }
}

fn partition_impl(vm: &mut Vm, args: Args, f: fn(&str, &str) -> Result<(String, String, String), TextError>) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?;
    let sep = match args.pos.get(1).and_then(|x| vm.str_of(x)) {
        Some(t) => t,
        None => return vm.type_error(format!("must be str, not {}", args.pos.get(1).map(|x| vm.type_name(x)).unwrap_or_default())),
    };
    match f(a.as_str(), sep) {
        Ok((x, y, z)) => {
            let parts = vec![vm.new_str(x), vm.new_str(y), vm.new_str(z)];
            Ok(vm.new_tuple(parts))
        }
        Err(e) => text_error(vm, e),
    }
}

fn st_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, str_ops::partition)
}
fn st_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, str_ops::rpartition)
}

fn st_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?;
    let p = req_str(vm, args.pos.get(1), "removeprefix() argument must be str")?;
    Ok(vm.new_str(str_ops::removeprefix(a.as_str(), p)))
}

fn st_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?;
    let p = req_str(vm, args.pos.get(1), "removesuffix() argument must be str")?;
    Ok(vm.new_str(str_ops::removesuffix(a.as_str(), p)))
}

fn st_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?.as_str().to_string();
    let enc = args.get(1, "encoding").and_then(|e| vm.str_of(e)).unwrap_or("utf-8").to_string();
    let errors = args.get(2, "errors").and_then(|e| vm.str_of(e)).unwrap_or("strict").to_string();
    let b = crate::object::bytes::encode_str(vm, &a, &enc, &errors)?;
    Ok(vm.new_bytes(b))
}

fn st_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = s(vm, &args.pos[0])?.as_str().to_string();
    let out = super::str_format::format(vm, &fmt, &args.pos[1..], &args, None)?;
    Ok(vm.new_str(out))
}

fn st_format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = s(vm, &args.pos[0])?.as_str().to_string();
    let mapping = args.pos.get(1).cloned().unwrap_or(Value::None);
    let out = super::str_format::format(vm, &fmt, &[], &Args::positional(&[]), Some(&mapping))?;
    Ok(vm.new_str(out))
}

fn st_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?.as_str().to_string();
    let table = args.pos.get(1).cloned().unwrap_or(Value::None);
    let mut out = String::with_capacity(a.len());
    for c in a.chars() {
        match vm.get_item(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) => match char::from_u32(n as u32) {
                Some(ch) => out.push(ch),
                None => return vm.value_error("character mapping must be in range(0x110000)"),
            },
            Ok(v) => match vm.str_of(&v) {
                Some(t) => out.push_str(t),
                None => return vm.type_error("character mapping must return integer, None or str"),
            },
            Err(e) if vm.exc_matches(&e, "LookupError") => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_str(out))
}

fn st_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = vm.new_dict_obj();
    let a = &args.pos;
    match a.len() {
        1 => {
            for (k, v) in crate::object::dict::mapping_items(vm, &a[0])? {
                let key = match vm.str_of(&k) {
                    Some(t) if t.chars().count() == 1 => Value::Int(t.chars().next().expect("char") as i64),
                    Some(_) => return vm.value_error("string keys in translate table must be of length 1"),
                    None => k,
                };
                crate::object::dict::dict_set(vm, &d, key, v)?;
            }
        }
        2 | 3 => {
            let (x, y) = (vm.str_of(&a[0]).unwrap_or("").to_string(), vm.str_of(&a[1]).unwrap_or("").to_string());
            if x.chars().count() != y.chars().count() {
                return vm.value_error("the first two maketrans arguments must have equal length");
            }
            for (c1, c2) in x.chars().zip(y.chars()) {
                crate::object::dict::dict_set(vm, &d, Value::Int(c1 as i64), Value::Int(c2 as i64))?;
            }
            if let Some(z) = a.get(2) {
                for c in vm.str_of(z).unwrap_or("").to_string().chars() {
                    crate::object::dict::dict_set(vm, &d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => return vm.type_error("maketrans() takes at most 3 arguments"),
    }
    Ok(Value::Obj(d))
}

fn st_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = s(vm, &args.pos[0])?.as_str().to_string();
    let v = vm.new_str(a);
    Ok(vm.new_tuple(vec![v]))
}

pub fn register(ctx: &Context) {
    let t = &ctx.types.str;
    ctx.add_methods(t, "str", &[
        ("__repr__", st_repr),
        ("__str__", st_str),
        ("__len__", st_len),
        ("__hash__", st_hash),
        ("__getitem__", st_getitem),
        ("__add__", st_add),
        ("__mul__", st_mul),
        ("__rmul__", st_mul),
        ("__mod__", st_mod),
        ("__eq__", st_eq),
        ("__ne__", st_ne),
        ("__lt__", st_lt),
        ("__le__", st_le),
        ("__gt__", st_gt),
        ("__ge__", st_ge),
        ("__contains__", st_contains),
        ("__iter__", st_iter),
        ("__format__", st_format_spec),
        ("__getnewargs__", st_getnewargs),
        ("join", st_join),
        ("split", st_split),
        ("rsplit", st_rsplit),
        ("splitlines", st_splitlines),
        ("strip", st_strip),
        ("lstrip", st_lstrip),
        ("rstrip", st_rstrip),
        ("replace", st_replace),
        ("find", st_find),
        ("rfind", st_rfind),
        ("index", st_index),
        ("rindex", st_rindex),
        ("count", st_count),
        ("startswith", st_startswith),
        ("endswith", st_endswith),
        ("upper", st_upper),
        ("lower", st_lower),
        ("title", st_title),
        ("capitalize", st_capitalize),
        ("swapcase", st_swapcase),
        ("casefold", st_casefold),
        ("isdigit", st_isdigit),
        ("isdecimal", st_isdecimal),
        ("isnumeric", st_isnumeric),
        ("isalpha", st_isalpha),
        ("isalnum", st_isalnum),
        ("isspace", st_isspace),
        ("islower", st_islower),
        ("isupper", st_isupper),
        ("istitle", st_istitle),
        ("isidentifier", st_isidentifier),
        ("isascii", st_isascii),
        ("isprintable", st_isprintable),
        ("center", st_center),
        ("ljust", st_ljust),
        ("rjust", st_rjust),
        ("zfill", st_zfill),
        ("expandtabs", st_expandtabs),
        ("partition", st_partition),
        ("rpartition", st_rpartition),
        ("removeprefix", st_removeprefix),
        ("removesuffix", st_removesuffix),
        ("encode", st_encode),
        ("format", st_format),
        ("format_map", st_format_map),
        ("translate", st_translate),
    ]);
    let new = ctx.new_builtin("__new__", "str", st_new, false);
    ctx.set_type_attr(t, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    let mt = ctx.new_builtin("maketrans", "str", st_maketrans, false);
    ctx.set_type_attr(t, "maketrans", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(mt)))));
}
