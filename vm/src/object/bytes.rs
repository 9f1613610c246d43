//! `bytes` and `bytearray`: construction, codecs glue, and the core sequence methods.
//! The byte algorithms live in `crate::text::bytes_ops`.

use super::{Payload, PyObject};
use crate::context::Context;
use crate::object::function::Args;
use crate::ops::subscr::{normalize_index, slice_indices, slice_positions};
use crate::text::codecs::{self, CodecError};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use ferropy_compiler::opcode::CompareOp;
use std::cell::RefCell;

/// The bytes of a bytes-like object (bytes, bytearray).
pub fn bytes_like(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => Ok(b.to_vec()),
            Payload::ByteArray(b) => Ok(b.borrow().clone()),
            _ => vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))),
        },
        _ => vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))),
    }
}

fn codec_error<T>(vm: &mut Vm, e: CodecError, data: Value) -> PyResult<T> {
    match e {
        CodecError::Encode(info) | CodecError::Decode(info) => {
            let is_decode = data.as_obj().is_some_and(|o| matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_)));
            let cls = vm.ctx.exc(if is_decode { "UnicodeDecodeError" } else { "UnicodeEncodeError" });
            let args = vec![
                vm.new_str(&*info.encoding),
                data,
                Value::Int(info.start as i64),
                Value::Int(info.end as i64),
                vm.new_str(&*info.reason),
            ];
            let e = vm.call(&Value::Obj(cls), Args::positional(&args))?;
            Err(e.as_obj().cloned().expect("exception"))
        }
        other => vm.err(other.class_name(), other.message()),
    }
}

pub fn decode_bytes(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    match codecs::decode(b, encoding, errors) {
        Ok(s) => Ok(s),
        Err(e) => {
            let data = vm.new_bytes(b.to_vec());
            codec_error(vm, e, data)
        }
    }
}

pub fn encode_str(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    match codecs::encode(s, encoding, errors) {
        Ok(b) => Ok(b),
        Err(e) => {
            let data = vm.new_str(s);
            codec_error(vm, e, data)
        }
    }
}

fn is_bytearray(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::ByteArray(_)))
}

fn me(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(vm, v)
}

/// Builds the contents for `bytes(x)` / `bytearray(x)`.
fn contents_from(vm: &mut Vm, args: &Args, what: &str) -> PyResult<Vec<u8>> {
    let Some(src) = args.get(1, "source") else { return Ok(Vec::new()) };
    let encoding = args.get(2, "encoding");
    if let Some(s) = vm.str_of(src) {
        let Some(enc) = encoding.and_then(|e| vm.str_of(e)) else { return vm.type_error("string argument without an encoding") };
        let errors = args.get(3, "errors").and_then(|e| vm.str_of(e)).unwrap_or("strict").to_string();
        let (s, enc) = (s.to_string(), enc.to_string());
        return encode_str(vm, &s, &enc, &errors);
    }
    if encoding.is_some() {
        return vm.type_error("encoding without a string argument");
    }
    if let Some(n) = crate::ops::number::as_bigint(src) {
        let n = num_traits::ToPrimitive::to_i64(&n).unwrap_or(-1);
        if n < 0 {
            return vm.value_error("negative count");
        }
        return Ok(vec![0; n as usize]);
    }
    if let Ok(b) = bytes_like(vm, src) {
        return Ok(b);
    }
    if !vm.is_iterable(src) {
        return vm.type_error(format!("cannot convert '{}' object to {what}", vm.type_name(src)));
    }
    let items = vm.collect(src)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let i = vm.index_value(&it)?;
        if !(0..256).contains(&i) {
            return vm.value_error("bytes must be in range(0, 256)");
        }
        out.push(i as u8);
    }
    Ok(out)
}

fn b_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].as_obj().cloned().expect("class");
    if let Some(src) = args.pos.get(1) {
        if args.pos.len() == 2 && !args.has_kwargs() {
            if let Some(r) = vm.call_special(src, "__bytes__", &[])? {
                return Ok(r);
            }
        }
    }
    let b = contents_from(vm, &args, "bytes")?;
    Ok(Value::Obj(PyObject::new(cls, Payload::Bytes(b.into_boxed_slice()))))
}

fn ba_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = contents_from(vm, &args, "bytearray")?;
    if let Value::Obj(o) = &args.pos[0] {
        if let Payload::ByteArray(cell) = &o.payload {
            *cell.borrow_mut() = b;
        }
    }
    Ok(Value::None)
}

fn b_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = me(vm, &args.pos[0])?;
    let prefix = if is_bytearray(&args.pos[0]) { vm.type_name(&args.pos[0]) } else { String::new() };
    Ok(vm.new_str(crate::text::repr::bytes_repr(&b, &prefix)))
}

fn b_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(me(vm, &args.pos[0])?.len() as i64))
}

fn same_kind(vm: &Vm, like: &Value, b: Vec<u8>) -> Value {
    if is_bytearray(like) {
        Value::Obj(PyObject::new(vm.ctx.types.bytearray.clone(), Payload::ByteArray(RefCell::new(b))))
    } else {
        vm.new_bytes(b)
    }
}

fn b_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = me(vm, &args.pos[0])?;
    let key = &args.pos[1];
    if let Value::Obj(k) = key {
        if let Payload::Slice(..) = &k.payload {
            let (start, stop, step) = slice_indices(vm, key, b.len())?;
            let out = slice_positions(start, stop, step).into_iter().map(|i| b[i]).collect();
            return Ok(same_kind(vm, &args.pos[0], out));
        }
    }
    let i = vm.index_value(key)?;
    match normalize_index(i, b.len()) {
        Some(j) => Ok(Value::Int(b[j] as i64)),
        None => vm.index_error(if is_bytearray(&args.pos[0]) { "bytearray index out of range" } else { "index out of range" }),
    }
}

fn ba_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.pos[0] else { return Ok(Value::None) };
    let Payload::ByteArray(cell) = &o.payload else { return Ok(Value::None) };
    let key = &args.pos[1];
    if let Value::Obj(k) = key {
        if let Payload::Slice(..) = &k.payload {
            let new = contents_from(vm, &Args::positional(&[Value::None, args.pos[2].clone()]), "bytearray")?;
            let len = cell.borrow().len();
            let (start, stop, step) = slice_indices(vm, key, len)?;
            if step == 1 {
                cell.borrow_mut().splice(start as usize..stop.max(start) as usize, new);
            } else {
                for (p, v) in slice_positions(start, stop, step).into_iter().zip(new) {
                    cell.borrow_mut()[p] = v;
                }
            }
            return Ok(Value::None);
        }
    }
    let i = vm.index_value(key)?;
    let v = vm.index_value(&args.pos[2])?;
    if !(0..256).contains(&v) {
        return vm.value_error("byte must be in range(0, 256)");
    }
    let len = cell.borrow().len();
    match normalize_index(i, len) {
        Some(j) => {
            cell.borrow_mut()[j] = v as u8;
            Ok(Value::None)
        }
        None => vm.index_error("bytearray index out of range"),
    }
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = vm.index_value(&args.pos[1])?;
    if !(0..256).contains(&v) {
        return vm.value_error("byte must be in range(0, 256)");
    }
    if let Value::Obj(o) = &args.pos[0] {
        if let Payload::ByteArray(cell) = &o.payload {
            cell.borrow_mut().push(v as u8);
        }
    }
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let new = contents_from(vm, &Args::positional(&[Value::None, args.pos[1].clone()]), "bytearray")?;
    if let Value::Obj(o) = &args.pos[0] {
        if let Payload::ByteArray(cell) = &o.payload {
            cell.borrow_mut().extend(new);
        }
    }
    Ok(Value::None)
}

fn b_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    let Ok(b) = bytes_like(vm, &args.pos[1]) else {
        return vm.type_error(format!("can't concat {} to {}", vm.type_name(&args.pos[1]), vm.type_name(&args.pos[0])));
    };
    let mut out = a;
    out.extend(b);
    Ok(same_kind(vm, &args.pos[0], out))
}

fn ba_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ba_extend(vm, args)?;
    Ok(args.pos[0].clone())
}

fn b_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    let Some(n) = super::list::repeat_count(vm, &args.pos[1], "bytes")? else {
        return vm.type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(&args.pos[1])));
    };
    Ok(same_kind(vm, &args.pos[0], a.repeat(n)))
}

fn b_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    match bytes_like(vm, &args.pos[1]) {
        Ok(b) => Ok(Value::Bool(crate::ops::compare::compare_ord(a.cmp(&b), op))),
        Err(_) => Ok(vm.not_implemented()),
    }
}

fn b_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_compare(vm, args, CompareOp::Eq)
}
fn b_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_compare(vm, args, CompareOp::Ne)
}
fn b_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_compare(vm, args, CompareOp::Lt)
}
fn b_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_compare(vm, args, CompareOp::Le)
}
fn b_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_compare(vm, args, CompareOp::Gt)
}
fn b_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    b_compare(vm, args, CompareOp::Ge)
}

fn b_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    let s: String = a.iter().map(|b| *b as char).collect();
    Ok(Value::Int(crate::ops::hash::fix_hash(crate::object::str::hash_str(&s) ^ 0x5bd1_e995)))
}

fn b_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    if let Some(i) = crate::ops::number::as_bigint(&args.pos[1]) {
        let i = num_traits::ToPrimitive::to_i64(&i).unwrap_or(-1);
        if !(0..256).contains(&i) {
            return vm.value_error("byte must be in range(0, 256)");
        }
        return Ok(Value::Bool(a.contains(&(i as u8))));
    }
    let b = bytes_like(vm, &args.pos[1])?;
    Ok(Value::Bool(b.is_empty() || a.windows(b.len()).any(|w| w == b.as_slice())))
}

fn b_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = args.pos[0].as_obj().cloned().expect("bytes");
    Ok(super::iter::new_iterator(vm.ctx.types.bytes_iterator.clone(), super::IterState::Seq { seq: o, index: 0 }))
}

fn b_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    let enc = args.get(1, "encoding").and_then(|e| vm.str_of(e)).unwrap_or("utf-8").to_string();
    let errors = args.get(2, "errors").and_then(|e| vm.str_of(e)).unwrap_or("strict").to_string();
    let s = decode_bytes(vm, &a, &enc, &errors)?;
    Ok(vm.new_str(s))
}

fn b_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    Ok(vm.new_str(a.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

fn b_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = vm.str_of(args.pos.get(1).unwrap_or(&Value::None)).unwrap_or("").to_string();
    match crate::text::bytes_ops::fromhex(&s) {
        Ok(b) => {
            let cls = args.pos[0].clone();
            let v = vm.new_bytes(b);
            if cls.as_obj().is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.ctx.types.bytes)) {
                Ok(v)
            } else {
                vm.call1(&cls, v)
            }
        }
        Err(e) => super::strtype::text_error(vm, e),
    }
}

fn b_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = me(vm, &args.pos[0])?;
    let items = vm.collect(&args.pos[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend(&sep);
        }
        match bytes_like(vm, it) {
            Ok(b) => out.extend(b),
            Err(_) => return vm.type_error(format!("sequence item {i}: expected a bytes-like object, {} found", vm.type_name(it))),
        }
    }
    Ok(same_kind(vm, &args.pos[0], out))
}

fn b_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    let sub = match crate::ops::number::as_bigint(&args.pos[1]) {
        Some(i) => vec![num_traits::ToPrimitive::to_u8(&i).unwrap_or(0)],
        None => bytes_like(vm, &args.pos[1])?,
    };
    if sub.is_empty() {
        return Ok(Value::Int(a.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while i + sub.len() <= a.len() {
        if a[i..i + sub.len()] == sub[..] {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

fn b_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    let sub = match crate::ops::number::as_bigint(&args.pos[1]) {
        Some(i) => vec![num_traits::ToPrimitive::to_u8(&i).unwrap_or(0)],
        None => bytes_like(vm, &args.pos[1])?,
    };
    let pos = if sub.is_empty() { Some(0) } else { a.windows(sub.len()).position(|w| w == sub.as_slice()) };
    Ok(Value::Int(pos.map_or(-1, |p| p as i64)))
}

fn b_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    Ok(same_kind(vm, &args.pos[0], a.to_ascii_uppercase()))
}

fn b_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    Ok(same_kind(vm, &args.pos[0], a.to_ascii_lowercase()))
}

fn b_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    let p = bytes_like(vm, &args.pos[1])?;
    Ok(Value::Bool(a.starts_with(&p)))
}

fn b_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    let p = bytes_like(vm, &args.pos[1])?;
    Ok(Value::Bool(a.ends_with(&p)))
}

fn b_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    let parts: Vec<Vec<u8>> = match args.get(1, "sep").filter(|s| !s.is_none()) {
        None => a.split(|c| c.is_ascii_whitespace()).filter(|p| !p.is_empty()).map(<[u8]>::to_vec).collect(),
        Some(sep) => {
            let sep = bytes_like(vm, sep)?;
            if sep.is_empty() {
                return vm.value_error("empty separator");
            }
            let mut parts = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i + sep.len() <= a.len() {
                if a[i..i + sep.len()] == sep[..] {
                    parts.push(a[start..i].to_vec());
                    i += sep.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            parts.push(a[start..].to_vec());
            parts
        }
    };
    let items = parts.into_iter().map(|p| same_kind(vm, &args.pos[0], p)).collect();
    Ok(vm.new_list(items))
}

fn b_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    let chars = match args.pos.get(1).filter(|c| !c.is_none()) {
        Some(c) => bytes_like(vm, c)?,
        None => b" \t\n\r\x0b\x0c".to_vec(),
    };
    let start = a.iter().position(|c| !chars.contains(c)).unwrap_or(a.len());
    let end = a.iter().rposition(|c| !chars.contains(c)).map_or(start, |e| e + 1);
    Ok(same_kind(vm, &args.pos[0], a[start..end.max(start)].to_vec()))
}

fn b_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = me(vm, &args.pos[0])?;
    let old = bytes_like(vm, &args.pos[1])?;
    let new = bytes_like(vm, &args.pos[2])?;
    let s: String = a.iter().map(|b| *b as char).collect();
    let o: String = old.iter().map(|b| *b as char).collect();
    let n: String = new.iter().map(|b| *b as char).collect();
    let r = crate::text::str_ops::replace(&s, &o, &n, -1);
    Ok(same_kind(vm, &args.pos[0], r.chars().map(|c| c as u8).collect()))
}

pub fn register(ctx: &Context) {
    let shared: &[(&str, crate::object::NativeFn)] = &[
        ("__repr__", b_repr),
        ("__len__", b_len),
        ("__getitem__", b_getitem),
        ("__add__", b_add),
        ("__mul__", b_mul),
        ("__rmul__", b_mul),
        ("__eq__", b_eq),
        ("__ne__", b_ne),
        ("__lt__", b_lt),
        ("__le__", b_le),
        ("__gt__", b_gt),
        ("__ge__", b_ge),
        ("__contains__", b_contains),
        ("__iter__", b_iter),
        ("decode", b_decode),
        ("hex", b_hex),
        ("join", b_join),
        ("count", b_count),
        ("find", b_find),
        ("upper", b_upper),
        ("lower", b_lower),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("split", b_split),
        ("strip", b_strip),
        ("replace", b_replace),
    ];
    ctx.add_methods(&ctx.types.bytes, "bytes", shared);
    ctx.add_methods(&ctx.types.bytes, "bytes", &[("__hash__", b_hash)]);
    ctx.add_methods(&ctx.types.bytearray, "bytearray", shared);
    ctx.add_methods(&ctx.types.bytearray, "bytearray", &[("__init__", ba_init), ("__setitem__", ba_setitem), ("append", ba_append), ("extend", ba_extend), ("__iadd__", ba_iadd)]);
    ctx.set_type_attr(&ctx.types.bytearray, "__hash__", Value::None);
    let new = ctx.new_builtin("__new__", "bytes", b_new, false);
    ctx.set_type_attr(&ctx.types.bytes, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    for t in [&ctx.types.bytes, &ctx.types.bytearray] {
        let fh = ctx.new_builtin("fromhex", "bytes", b_fromhex, false);
        ctx.set_type_attr(t, "fromhex", Value::Obj(PyObject::new(ctx.types.classmethod.clone(), Payload::ClassMethod(Value::Obj(fh)))));
    }
}
