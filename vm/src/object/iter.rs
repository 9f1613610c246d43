//! The state of the builtin iterators (list, tuple, str, range, dict views, enumerate, zip,
//! map, filter, reversed, `iter(callable, sentinel)` and `__getitem__`-based iteration).
//!
//! One payload serves them all; the object's class gives the Python-visible type name.

use super::DictViewKind;
use crate::value::{ObjRef, Value};

pub enum IterState {
    /// Index-based iteration over a list, tuple, str, bytes or bytearray. For a str the index
    /// is a byte offset (always at a character boundary), so each step is O(1) in any text.
    Seq { seq: ObjRef, index: usize },
    Range { next: i64, stop: i64, step: i64 },
    /// Boxed: three bigints would make every iterator (and so every object) larger.
    BigRange(Box<BigRangeState>),
    Dict { dict: ObjRef, pos: usize, kind: DictViewKind, size: usize },
    /// A set or frozenset: the next slot to look at, and its size when iteration began.
    Set { set: ObjRef, pos: usize, used: usize, len: usize },
    GetItem { obj: Value, index: i64 },
    Callable { func: Value, sentinel: Value },
    Enumerate { iter: Value, count: num_bigint::BigInt },
    Zip { iters: Vec<Value>, strict: bool },
    Map { func: Value, iters: Vec<Value> },
    Filter { func: Value, iter: Value },
    Reversed { seq: Value, index: isize },
    Exhausted,
}

/// A range iterator's state when its bounds do not fit in an `i64`.
pub struct BigRangeState {
    pub next: num_bigint::BigInt,
    pub stop: num_bigint::BigInt,
    pub step: num_bigint::BigInt,
}

use super::{Payload, PyObject};
use crate::object::function::Args;
use crate::vm::{PyResult, Vm};
use num_traits::{Signed, Zero};

/// One step of a builtin iterator; `None` when exhausted.
pub fn iter_next(vm: &mut Vm, it: &ObjRef) -> PyResult<Option<Value>> {
    let Payload::Iterator(cell) = &it.payload else { return Ok(None) };
    // Take the state out so Python code called below can't observe a held borrow.
    let mut state = std::mem::replace(&mut *cell.borrow_mut(), IterState::Exhausted);
    let result = step(vm, &mut state);
    if !matches!(result, Ok(None)) {
        *cell.borrow_mut() = state;
    }
    result
}

fn step(vm: &mut Vm, state: &mut IterState) -> PyResult<Option<Value>> {
    match state {
        IterState::Exhausted => Ok(None),
        IterState::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                *next += *step;
                Ok(Some(Value::Int(v)))
            } else {
                Ok(None)
            }
        }
        IterState::BigRange(r) => {
            let BigRangeState { next, stop, step } = &mut **r;
            if (step.is_positive() && *next < *stop) || (step.is_negative() && *next > *stop) {
                let v = next.clone();
                *next += &*step;
                Ok(Some(vm.new_int(v)))
            } else {
                Ok(None)
            }
        }
        IterState::Seq { seq, index } => {
            let item = match &seq.payload {
                Payload::List(l) => l.borrow().get(*index).cloned(),
                Payload::Tuple(t) => t.get(*index).cloned(),
                Payload::Str(s) => {
                    let c = s.as_str()[*index..].chars().next();
                    // The index is a byte offset here: step over the whole character.
                    return Ok(c.map(|c| {
                        *index += c.len_utf8();
                        Value::Obj(vm.ctx.char_str(c))
                    }));
                }
                Payload::Bytes(b) => b.get(*index).map(|x| Value::Int(*x as i64)),
                Payload::ByteArray(b) => b.borrow().get(*index).map(|x| Value::Int(*x as i64)),
                _ => None,
            };
            if item.is_some() {
                *index += 1;
            }
            Ok(item)
        }
        IterState::Dict { dict, pos, kind, size } => {
            let Payload::Dict(t) = &dict.payload else { return Ok(None) };
            let t = t.borrow();
            if t.len() != *size {
                drop(t);
                *size = usize::MAX;
                return vm.err("RuntimeError", "dictionary changed size during iteration");
            }
            while *pos < t.slots() {
                let p = *pos;
                *pos += 1;
                if let Some(e) = t.entry_at(p) {
                    let (k, v) = (e.key.clone(), e.value.clone());
                    drop(t);
                    return Ok(Some(match kind {
                        super::DictViewKind::Keys => k,
                        super::DictViewKind::Values => v,
                        super::DictViewKind::Items => vm.new_tuple(vec![k, v]),
                    }));
                }
            }
            Ok(None)
        }
        IterState::Set { set, pos, used, len } => crate::object::set::set_iter_step(vm, set, pos, used, len),
        IterState::GetItem { obj, index } => {
            let obj = obj.clone();
            match vm.get_item(&obj, &Value::Int(*index)) {
                Ok(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                Err(e) if vm.exc_matches(&e, "IndexError") || vm.exc_matches(&e, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            }
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            let v = vm.call0(&func)?;
            if vm.eq(&v, &sentinel)? {
                Ok(None)
            } else {
                Ok(Some(v))
            }
        }
        IterState::Enumerate { iter, count } => {
            let iter = iter.clone();
            match vm.next(&iter)? {
                Some(v) => {
                    let i = vm.new_int(count.clone());
                    *count += 1;
                    Ok(Some(vm.new_tuple(vec![i, v])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { iters, strict } => {
            if iters.is_empty() {
                return Ok(None);
            }
            let iters = iters.clone();
            let mut items = Vec::with_capacity(iters.len());
            for (n, it) in iters.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => items.push(v),
                    None => {
                        if *strict {
                            if n > 0 {
                                let plural = if n == 1 { "" } else { "s" };
                                return vm.value_error(format!("zip() argument {} is shorter than argument{plural} 1{}", n + 1, if n > 1 { format!("-{n}") } else { String::new() }));
                            }
                            for (m, rest) in iters.iter().enumerate().skip(1) {
                                if vm.next(rest)?.is_some() {
                                    let plural = if m == 1 { "" } else { "s" };
                                    return vm.value_error(format!("zip() argument {} is longer than argument{plural} 1{}", m + 1, if m > 1 { format!("-{m}") } else { String::new() }));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(items)))
        }
        IterState::Map { func, iters } => {
            let (func, iters) = (func.clone(), iters.clone());
            let mut args = Vec::with_capacity(iters.len());
            for it in &iters {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&func, Args::positional(&args)).map(Some)
        }
        IterState::Filter { func, iter } => {
            let (func, iter) = (func.clone(), iter.clone());
            while let Some(v) = vm.next(&iter)? {
                let keep = if func.is_none() {
                    vm.is_true(&v)?
                } else {
                    let r = vm.call1(&func, v.clone())?;
                    vm.is_true(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        IterState::Reversed { seq, index } => {
            if *index < 0 {
                return Ok(None);
            }
            let seq = seq.clone();
            let i = *index;
            *index -= 1;
            match vm.get_item(&seq, &Value::Int(i as i64)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.exc_matches(&e, "IndexError") => {
                    *index = -1;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}

fn it_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn it_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.pos[0] else { return vm.type_error("expected an iterator") };
    match iter_next(vm, o)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn it_length_hint(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Value::Obj(o) = &args.pos[0] else { return Ok(Value::Int(0)) };
    let Payload::Iterator(s) = &o.payload else { return Ok(Value::Int(0)) };
    let n = match &*s.borrow() {
        IterState::Seq { seq, index } => match &seq.payload {
            Payload::List(l) => l.borrow().len().saturating_sub(*index),
            Payload::Tuple(t) => t.len().saturating_sub(*index),
            Payload::Str(st) if st.is_ascii() => st.char_len().saturating_sub(*index),
            Payload::Str(st) => st.as_str()[*index..].chars().count(),
            _ => 0,
        },
        IterState::Set { set, used, len, .. } => crate::object::set::set_iter_length_hint(set, *used, *len),
        IterState::Range { next, stop, step } => {
            if (*step > 0 && next < stop) || (*step < 0 && next > stop) {
                ((stop - next).abs() + step.abs() - 1) as usize / step.unsigned_abs() as usize
            } else {
                0
            }
        }
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

pub fn register(ctx: &crate::context::Context) {
    let t = &ctx.types;
    for ty in [
        &t.list_iterator, &t.list_reverseiterator, &t.tuple_iterator, &t.str_iterator, &t.bytes_iterator,
        &t.range_iterator, &t.dict_keyiterator, &t.dict_valueiterator, &t.dict_itemiterator, &t.set_iterator,
        &t.seq_iterator, &t.callable_iterator, &t.enumerate, &t.zip, &t.map, &t.filter, &t.reversed,
    ] {
        ctx.add_methods(ty, "iterator", &[("__iter__", it_iter), ("__next__", it_next), ("__length_hint__", it_length_hint)]);
    }
}

/// Makes a builtin iterator object.
pub fn new_iterator(cls: ObjRef, state: IterState) -> Value {
    Value::Obj(PyObject::new(cls, Payload::Iterator(std::cell::RefCell::new(state))))
}

#[allow(dead_code)]
fn zero(i: &num_bigint::BigInt) -> bool {
    i.is_zero()
}
