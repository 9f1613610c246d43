//! `list`: a growable vector of values, and its methods (including a stable `sort` with
//! `key=` and `reverse=`, which may run Python code: the list is emptied while sorting, as
//! CPython does, so mutation during the sort is detected).

use super::{Payload, PyObject};
use crate::context::Context;
use crate::object::function::Args;
use crate::ops::subscr::{normalize_index, slice_indices, slice_positions};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use ferropy_compiler::opcode::CompareOp;
use std::cell::RefCell;
use std::rc::Rc;

fn cell(v: &Value) -> Option<&RefCell<Vec<Value>>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::List(l) => Some(l),
            _ => None,
        },
        _ => None,
    }
}

/// A snapshot of a list's items.
pub fn list_items(v: &Value) -> Vec<Value> {
    cell(v).map(|l| l.borrow().clone()).unwrap_or_default()
}

/// LIST_EXTEND (`[*x]`, `f(a, *x)`): extends the list being built, naming the unpacking in
/// the error when `iterable` is not iterable.
pub fn list_extend(vm: &mut Vm, target: &Value, iterable: &Value) -> PyResult<()> {
    if !vm.is_iterable(iterable) {
        return vm.type_error(format!("Value after * must be an iterable, not {}", vm.type_name(iterable)));
    }
    extend_from_iterable(vm, target, iterable)
}

/// `list.extend(iterable)`: appends the iterable's items.
pub fn extend_from_iterable(vm: &mut Vm, target: &Value, iterable: &Value) -> PyResult<()> {
    let items = if !vm.is_iterable(iterable) {
        return vm.type_error(format!("'{}' object is not iterable", vm.type_name(iterable)));
    } else {
        vm.collect(iterable)?
    };
    if let Some(l) = cell(target) {
        l.borrow_mut().extend(items);
    }
    Ok(())
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a RefCell<Vec<Value>>> {
    match args.pos.first().and_then(cell) {
        Some(l) => Ok(l),
        None => vm.type_error("descriptor requires a 'list' object"),
    }
}

fn l_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args)?;
    if args.pos.len() > 2 {
        return vm.type_error(format!("list expected at most 1 argument, got {}", args.pos.len() - 1));
    }
    l.borrow_mut().clear();
    if let Some(src) = args.pos.get(1) {
        extend_from_iterable(vm, &args.pos[0], src)?;
    }
    Ok(Value::None)
}

fn l_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return vm.type_error(format!("list.append() takes exactly one argument ({} given)", args.pos.len().saturating_sub(1)));
    }
    this(vm, &args)?.borrow_mut().push(args.pos[1].clone());
    Ok(Value::None)
}

fn l_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    extend_from_iterable(vm, &args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

fn l_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args)?;
    if args.pos.len() != 3 {
        return vm.type_error(format!("insert expected 2 arguments, got {}", args.pos.len() - 1));
    }
    let i = vm.index_value(&args.pos[1])?;
    let mut l = l.borrow_mut();
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(at as usize, args.pos[2].clone());
    Ok(Value::None)
}

fn l_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args)?;
    let i = match args.pos.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let mut l = l.borrow_mut();
    if l.is_empty() {
        drop(l);
        return vm.index_error("pop from empty list");
    }
    match normalize_index(i, l.len()) {
        Some(j) => Ok(l.remove(j)),
        None => {
            drop(l);
            vm.index_error("pop index out of range")
        }
    }
}

fn l_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args)?;
    let items = l.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if vm.eq(x, &args.pos[1])? {
            l.borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    vm.value_error("list.remove(x): x not in list")
}

fn l_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args)?;
    let items = l.borrow().clone();
    let n = items.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.pos.get(2) {
        Some(v) => clamp(vm.index_value(v)?),
        None => 0,
    };
    let stop = match args.pos.get(3) {
        Some(v) => clamp(vm.index_value(v)?),
        None => n,
    };
    for i in start..stop {
        if vm.eq(&items[i as usize], &args.pos[1])? {
            return Ok(Value::Int(i));
        }
    }
    let r = vm.repr_string(&args.pos[1])?;
    vm.value_error(format!("{r} is not in list"))
}

fn l_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args)?.borrow().clone();
    let mut n = 0;
    for x in &items {
        if vm.eq(x, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn l_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?.borrow_mut().clear();
    Ok(Value::None)
}

fn l_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args)?.borrow().clone();
    Ok(vm.new_list(items))
}

fn l_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?.borrow_mut().reverse();
    Ok(Value::None)
}

/// Sorts values with `key` and `reverse`, stably, using `<` (merge sort, so a failing
/// comparison leaves no half-sorted state behind).
pub fn sort_values(vm: &mut Vm, items: Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<Vec<Value>> {
    let keys = match key {
        Some(k) if !k.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            for it in &items {
                ks.push(vm.call1(k, it.clone())?);
            }
            ks
        }
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    merge_sort(vm, &mut idx, &keys)?;
    if reverse {
        idx.reverse();
    }
    Ok(idx.into_iter().map(|i| items[i].clone()).collect())
}

fn merge_sort(vm: &mut Vm, idx: &mut [usize], keys: &[Value]) -> PyResult<()> {
    if idx.len() <= 1 {
        return Ok(());
    }
    // Fast path: all small ints or all floats or all strs compare without Python code.
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        idx.sort_by_key(|&i| match keys[i] {
            Value::Int(x) => x,
            _ => 0,
        });
        return Ok(());
    }
    if keys.iter().all(|k| vm.py_str(k).is_some() && vm.class_of(k).type_data().is_some_and(|t| !t.is_heap)) {
        idx.sort_by(|&a, &b| vm.str_of(&keys[a]).cmp(&vm.str_of(&keys[b])));
        return Ok(());
    }
    if keys.iter().all(|k| matches!(k, Value::Float(f) if !f.get().is_nan())) {
        idx.sort_by(|&a, &b| match (&keys[a], &keys[b]) {
            (Value::Float(x), Value::Float(y)) => x.get().partial_cmp(&y.get()).unwrap_or(std::cmp::Ordering::Equal),
            _ => std::cmp::Ordering::Equal,
        });
        return Ok(());
    }
    let mid = idx.len() / 2;
    merge_sort(vm, &mut idx[..mid], keys)?;
    merge_sort(vm, &mut idx[mid..], keys)?;
    let (left, right) = (idx[..mid].to_vec(), idx[mid..].to_vec());
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        // Take from the right only when right < left (stability).
        if vm.lt(&keys[right[j]], &keys[left[i]])? {
            idx[k] = right[j];
            j += 1;
        } else {
            idx[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        idx[k] = left[i];
        i += 1;
        k += 1;
    }
    while j < right.len() {
        idx[k] = right[j];
        j += 1;
        k += 1;
    }
    Ok(())
}

fn l_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args)?;
    if args.pos.len() > 1 {
        return vm.type_error("sort() takes no positional arguments");
    }
    let key = args.kw("key").cloned();
    let reverse = match args.kw("reverse") {
        Some(r) => vm.is_true(r)?,
        None => false,
    };
    let items = std::mem::take(&mut *l.borrow_mut());
    let sorted = sort_values(vm, items.clone(), key.as_ref(), reverse);
    let modified = !l.borrow().is_empty();
    match sorted {
        Ok(s) => {
            *l.borrow_mut() = s;
            if modified {
                return vm.value_error("list modified during sort");
            }
            Ok(Value::None)
        }
        Err(e) => {
            *l.borrow_mut() = items;
            Err(e)
        }
    }
}

fn l_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args)?.borrow().len() as i64))
}

fn l_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args)?;
    list_subscript(vm, l, &args.pos[1])
}

/// `l[key]` for a list's items (`__getitem__`, and the subscript fast path for exact lists).
pub fn list_subscript(vm: &mut Vm, l: &RefCell<Vec<Value>>, key: &Value) -> PyResult<Value> {
    if let Value::Obj(k) = key {
        if let Payload::Slice(..) = &k.payload {
            let len = l.borrow().len();
            let (start, stop, step) = slice_indices(vm, key, len)?;
            let items = l.borrow();
            let out: Vec<Value> = if step == 1 {
                if start < stop { items[start as usize..stop as usize].to_vec() } else { Vec::new() }
            } else {
                slice_positions(start, stop, step).into_iter().map(|i| items[i].clone()).collect()
            };
            drop(items);
            return Ok(vm.new_list(out));
        }
    }
    let i = index_arg(vm, key, "list")?;
    let items = l.borrow();
    match normalize_index(i, items.len()) {
        Some(j) => Ok(items[j].clone()),
        None => {
            drop(items);
            vm.index_error("list index out of range")
        }
    }
}

fn index_arg(vm: &mut Vm, key: &Value, what: &str) -> PyResult<i64> {
    if crate::ops::number::is_int_like(key) || vm.lookup_type_str(&vm.class_of(key).clone(), "__index__").is_some() {
        return vm.index_value(key);
    }
    vm.type_error(format!("{what} indices must be integers or slices, not {}", vm.type_name(key)))
}

fn l_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args)?;
    list_assign_subscript(vm, l, &args.pos[1], &args.pos[2])?;
    Ok(Value::None)
}

/// The items of an exact list or tuple, copied (the common right-hand side of a slice
/// assignment needs no iteration protocol).
fn exact_list_or_tuple_items(vm: &Vm, value: &Value) -> Option<Vec<Value>> {
    let Value::Obj(o) = value else { return None };
    let cls = vm.class_of(value);
    match &o.payload {
        Payload::List(items) if Rc::ptr_eq(cls, &vm.ctx.types.list) => Some(items.borrow().clone()),
        Payload::Tuple(items) if Rc::ptr_eq(cls, &vm.ctx.types.tuple) => Some(items.to_vec()),
        _ => None,
    }
}

/// `l[key] = value` for a list's items (`__setitem__`, and the fast path for exact lists).
pub fn list_assign_subscript(vm: &mut Vm, l: &RefCell<Vec<Value>>, key: &Value, value: &Value) -> PyResult<()> {
    if let Value::Obj(k) = key {
        if let Payload::Slice(..) = &k.payload {
            let len = l.borrow().len();
            let (start, stop, step) = slice_indices(vm, key, len)?;
            let new_items = match exact_list_or_tuple_items(vm, value) {
                Some(items) => items,
                None => {
                    if !vm.is_iterable(value) {
                        return vm.type_error(if step == 1 { "can only assign an iterable" } else { "must assign iterable to extended slice" });
                    }
                    vm.collect(value)?
                }
            };
            // Collecting may have run code that resized the list.
            let (start, stop, step) = if l.borrow().len() == len { (start, stop, step) } else { slice_indices(vm, key, l.borrow().len())? };
            let mut items = l.borrow_mut();
            if step == 1 {
                let stop = stop.max(start);
                let range = start as usize..stop as usize;
                if range.len() == new_items.len() {
                    // Same length: overwrite in place, no shifting of the tail.
                    for (slot, v) in items[range].iter_mut().zip(new_items) {
                        *slot = v;
                    }
                } else {
                    items.splice(range, new_items);
                }
            } else {
                let pos = slice_positions(start, stop, step);
                if pos.len() != new_items.len() {
                    drop(items);
                    return vm.value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new_items.len(),
                        pos.len()
                    ));
                }
                for (p, v) in pos.into_iter().zip(new_items) {
                    items[p] = v;
                }
            }
            return Ok(());
        }
    }
    let i = index_arg(vm, key, "list")?;
    let mut items = l.borrow_mut();
    match normalize_index(i, items.len()) {
        Some(j) => {
            items[j] = value.clone();
            Ok(())
        }
        None => {
            drop(items);
            vm.index_error("list assignment index out of range")
        }
    }
}

fn l_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args)?;
    let key = &args.pos[1];
    if let Value::Obj(k) = key {
        if let Payload::Slice(..) = &k.payload {
            let len = l.borrow().len();
            let (start, stop, step) = slice_indices(vm, key, len)?;
            let mut pos = slice_positions(start, stop, step);
            pos.sort_unstable();
            let mut items = l.borrow_mut();
            for p in pos.into_iter().rev() {
                items.remove(p);
            }
            return Ok(Value::None);
        }
    }
    let i = index_arg(vm, key, "list")?;
    let mut items = l.borrow_mut();
    match normalize_index(i, items.len()) {
        Some(j) => {
            items.remove(j);
            Ok(Value::None)
        }
        None => {
            drop(items);
            vm.index_error("list assignment index out of range")
        }
    }
}

fn l_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args)?.borrow().clone();
    match cell(&args.pos[1]) {
        Some(b) => {
            let mut out = a;
            out.extend(b.borrow().iter().cloned());
            Ok(vm.new_list(out))
        }
        None => Ok(vm.not_implemented()),
    }
}

fn l_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    extend_from_iterable(vm, &args.pos[0], &args.pos[1])?;
    Ok(args.pos[0].clone())
}

pub fn repeat_count(vm: &mut Vm, n: &Value, what: &str) -> PyResult<Option<usize>> {
    if !crate::ops::number::is_int_like(n) && vm.lookup_type_str(&vm.class_of(n).clone(), "__index__").is_none() {
        let _ = what;
        return Ok(None);
    }
    let n = vm.index_value(n)?;
    Ok(Some(n.max(0) as usize))
}

fn l_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args)?.borrow().clone();
    let Some(n) = repeat_count(vm, &args.pos[1], "list")? else {
        return Ok(vm.not_implemented());
    };
    let mut out = Vec::with_capacity(a.len() * n);
    for _ in 0..n {
        out.extend(a.iter().cloned());
    }
    Ok(vm.new_list(out))
}

fn l_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(vm, &args)?;
    let Some(n) = repeat_count(vm, &args.pos[1], "list")? else {
        return Ok(vm.not_implemented());
    };
    let a = l.borrow().clone();
    let mut out = Vec::with_capacity(a.len() * n);
    for _ in 0..n {
        out.extend(a.iter().cloned());
    }
    *l.borrow_mut() = out;
    Ok(args.pos[0].clone())
}

/// Lexicographic comparison of two sequences.
pub fn compare_sequences(vm: &mut Vm, a: &[Value], b: &[Value], op: CompareOp) -> PyResult<Value> {
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && a.len() != b.len() {
        return Ok(Value::bool(op == CompareOp::Ne));
    }
    for (x, y) in a.iter().zip(b) {
        if !vm.eq(x, y)? {
            return match op {
                CompareOp::Eq => Ok(Value::FALSE),
                CompareOp::Ne => Ok(Value::TRUE),
                _ => vm.rich_compare(x, y, op),
            };
        }
    }
    Ok(Value::bool(crate::ops::compare::compare_ord(a.len().cmp(&b.len()), op)))
}

fn l_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let a = this(vm, &args)?.borrow().clone();
    match cell(&args.pos[1]) {
        Some(b) => {
            let b = b.borrow().clone();
            compare_sequences(vm, &a, &b, op)
        }
        None => Ok(vm.not_implemented()),
    }
}

fn l_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    l_compare(vm, args, CompareOp::Eq)
}
fn l_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    l_compare(vm, args, CompareOp::Ne)
}
fn l_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    l_compare(vm, args, CompareOp::Lt)
}
fn l_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    l_compare(vm, args, CompareOp::Le)
}
fn l_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    l_compare(vm, args, CompareOp::Gt)
}
fn l_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    l_compare(vm, args, CompareOp::Ge)
}

fn l_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args)?.borrow().clone();
    let s = crate::ops::protocol::repr_guarded(vm, &args.pos[0], |vm| {
        let mut parts = Vec::with_capacity(items.len());
        for x in &items {
            parts.push(vm.repr_string(x)?);
        }
        Ok(format!("[{}]", parts.join(", ")))
    }, "[...]")?;
    Ok(vm.new_str(s))
}

fn l_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this(vm, &args)?.borrow().clone();
    for x in &items {
        if vm.eq(x, &args.pos[1])? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn l_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    let o = args.pos[0].as_obj().cloned().expect("list");
    Ok(super::iter::new_iterator(vm.ctx.types.list_iterator.clone(), super::IterState::Seq { seq: o, index: 0 }))
}

fn l_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = this(vm, &args)?.borrow().len();
    Ok(super::iter::new_iterator(vm.ctx.types.list_reverseiterator.clone(), super::IterState::Reversed { seq: args.pos[0].clone(), index: n as isize - 1 }))
}

pub fn register(ctx: &Context) {
    ctx.add_methods(&ctx.types.list, "list", &[
        ("__init__", l_init),
        ("append", l_append),
        ("extend", l_extend),
        ("insert", l_insert),
        ("pop", l_pop),
        ("remove", l_remove),
        ("index", l_index),
        ("count", l_count),
        ("clear", l_clear),
        ("copy", l_copy),
        ("reverse", l_reverse),
        ("sort", l_sort),
        ("__len__", l_len),
        ("__getitem__", l_getitem),
        ("__setitem__", l_setitem),
        ("__delitem__", l_delitem),
        ("__add__", l_add),
        ("__iadd__", l_iadd),
        ("__mul__", l_mul),
        ("__rmul__", l_mul),
        ("__imul__", l_imul),
        ("__eq__", l_eq),
        ("__ne__", l_ne),
        ("__lt__", l_lt),
        ("__le__", l_le),
        ("__gt__", l_gt),
        ("__ge__", l_ge),
        ("__repr__", l_repr),
        ("__contains__", l_contains),
        ("__iter__", l_iter),
        ("__reversed__", l_reversed),
    ]);
    ctx.set_type_attr(&ctx.types.list, "__hash__", Value::None);
}

#[allow(dead_code)]
fn unused(_: &ObjRef) -> Option<PyObject> {
    None
}
