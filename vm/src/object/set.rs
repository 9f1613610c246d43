//! `set` and `frozenset`: hash tables of keys (values unused), with the set algebra.

use super::table::{DictTable, Lookup};
use super::{Payload, PyObject};
use crate::context::Context;
use crate::object::function::Args;
use crate::ops::hash::fast_eq;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

/// The elements of a set or frozenset, in table order.
pub fn set_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Set(t) => t.borrow().keys(),
            Payload::FrozenSet(t) => t.keys(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

pub fn table_contains(vm: &mut Vm, t: &DictTable, key: &Value, hash: i64) -> PyResult<bool> {
    match t.lookup(hash, key, fast_eq) {
        Lookup::Found(_) => Ok(true),
        Lookup::Missing => Ok(false),
        Lookup::Unsure(candidates) => {
            for i in candidates {
                let k = t.entry(i).key.clone();
                if vm.eq(&k, key)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// Adds a key to a table (no Python code runs while the table is borrowed).
fn table_add(vm: &mut Vm, t: &mut DictTable, key: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    if !table_contains(vm, t, &key, hash)? {
        t.insert_new(hash, key, Value::None);
    }
    Ok(())
}

pub fn table_from(vm: &mut Vm, items: Vec<Value>) -> PyResult<DictTable> {
    let mut t = DictTable::with_capacity(items.len());
    for x in items {
        table_add(vm, &mut t, x)?;
    }
    Ok(t)
}

pub fn set_from_values(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let t = table_from(vm, items)?;
    Ok(vm.new_set(t))
}

pub fn set_add(vm: &mut Vm, target: &Value, item: Value) -> PyResult<()> {
    if let Value::Obj(o) = target {
        if let Payload::Set(t) = &o.payload {
            let hash = vm.hash(&item)?;
            if crate::object::dict::find_entry(vm, o, &item, hash)?.is_none() {
                t.borrow_mut().insert_new(hash, item, Value::None);
            }
        }
    }
    Ok(())
}

pub fn set_update(vm: &mut Vm, target: &Value, iterable: &Value) -> PyResult<()> {
    for x in vm.collect(iterable)? {
        set_add(vm, target, x)?;
    }
    Ok(())
}

fn is_set(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)))
}

fn this_items(vm: &Vm, args: &Args) -> PyResult<Vec<Value>> {
    match args.pos.first() {
        Some(v) if is_set(v) => Ok(set_items(v)),
        _ => vm.type_error("descriptor requires a 'set' object"),
    }
}

/// A new set of the same kind (set or frozenset) as `like`.
fn same_kind(vm: &Vm, like: &Value, t: DictTable) -> Value {
    match like {
        Value::Obj(o) if matches!(o.payload, Payload::FrozenSet(_)) => vm.new_frozenset(t),
        _ => vm.new_set(t),
    }
}

fn contains(vm: &mut Vm, set: &Value, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    match set {
        Value::Obj(o) => match &o.payload {
            Payload::Set(t) => {
                let t = t.borrow().clone();
                table_contains(vm, &t, key, hash)
            }
            Payload::FrozenSet(t) => {
                let t = t.clone();
                table_contains(vm, &t, key, hash)
            }
            _ => Ok(false),
        },
        _ => Ok(false),
    }
}

fn other_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if is_set(v) {
        Ok(set_items(v))
    } else {
        vm.collect(v)
    }
}

fn s_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Value::Obj(o) = &args.pos[0] {
        if let Payload::Set(t) = &o.payload {
            t.borrow_mut().clear();
            if let Some(src) = args.pos.get(1) {
                if !vm.is_iterable(src) {
                    return vm.type_error(format!("'{}' object is not iterable", vm.type_name(src)));
                }
                set_update(vm, &args.pos[0], src)?;
            }
        }
    }
    Ok(Value::None)
}

fn fs_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].as_obj().cloned().expect("class");
    let items = match args.pos.get(1) {
        Some(src) => {
            if !vm.is_iterable(src) {
                return vm.type_error(format!("'{}' object is not iterable", vm.type_name(src)));
            }
            vm.collect(src)?
        }
        None => Vec::new(),
    };
    let t = table_from(vm, items)?;
    Ok(Value::Obj(PyObject::new(cls, Payload::FrozenSet(t))))
}

fn s_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this_items(vm, &args)?.len() as i64))
}

fn s_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_items(vm, &args)?;
    Ok(Value::Bool(contains(vm, &args.pos[0], &args.pos[1])?))
}

fn s_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this_items(vm, &args)?;
    let l = PyObject::new(vm.ctx.types.list.clone(), Payload::List(RefCell::new(items)));
    Ok(super::iter::new_iterator(vm.ctx.types.set_iterator.clone(), super::IterState::Seq { seq: l, index: 0 }))
}

fn s_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_add(vm, &args.pos[0], args.pos[1].clone())?;
    Ok(Value::None)
}

fn s_discard_impl(vm: &mut Vm, set: &Value, key: &Value) -> PyResult<bool> {
    let Value::Obj(o) = set else { return Ok(false) };
    let hash = vm.hash(key)?;
    match crate::object::dict::find_entry(vm, o, key, hash)? {
        Some(i) => {
            if let Payload::Set(t) = &o.payload {
                t.borrow_mut().remove_at(i);
            }
            Ok(true)
        }
        None => Ok(false),
    }
}

fn s_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_discard_impl(vm, &args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

fn s_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !s_discard_impl(vm, &args.pos[0], &args.pos[1])? {
        return vm.key_error(args.pos[1].clone());
    }
    Ok(Value::None)
}

fn s_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Value::Obj(o) = &args.pos[0] {
        if let Payload::Set(t) = &o.payload {
            let e = t.borrow_mut().pop_first();
            return match e {
                Some(e) => Ok(e.key),
                None => vm.err("KeyError", "pop from an empty set"),
            };
        }
    }
    vm.type_error("descriptor 'pop' requires a 'set' object")
}

fn s_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Value::Obj(o) = &args.pos[0] {
        if let Payload::Set(t) = &o.payload {
            t.borrow_mut().clear();
        }
    }
    Ok(Value::None)
}

fn s_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this_items(vm, &args)?;
    let t = table_from(vm, items)?;
    Ok(same_kind(vm, &args.pos[0], t))
}

fn combine(vm: &mut Vm, args: &Args, op: &str) -> PyResult<Value> {
    let mut result = this_items(vm, args)?;
    for other in &args.pos[1..] {
        let items = other_items(vm, other)?;
        let other_t = table_from(vm, items.clone())?;
        let mine = table_from(vm, result.clone())?;
        result = match op {
            "union" => {
                let mut r = result.clone();
                for x in items {
                    let h = vm.hash(&x)?;
                    if !table_contains(vm, &mine, &x, h)? {
                        r.push(x);
                    }
                }
                r
            }
            "intersection" => {
                let mut r = Vec::new();
                for x in result {
                    let h = vm.hash(&x)?;
                    if table_contains(vm, &other_t, &x, h)? {
                        r.push(x);
                    }
                }
                r
            }
            "difference" => {
                let mut r = Vec::new();
                for x in result {
                    let h = vm.hash(&x)?;
                    if !table_contains(vm, &other_t, &x, h)? {
                        r.push(x);
                    }
                }
                r
            }
            _ => {
                let mut r = Vec::new();
                for x in result {
                    let h = vm.hash(&x)?;
                    if !table_contains(vm, &other_t, &x, h)? {
                        r.push(x);
                    }
                }
                for x in items {
                    let h = vm.hash(&x)?;
                    if !table_contains(vm, &mine, &x, h)? {
                        r.push(x);
                    }
                }
                r
            }
        };
    }
    let t = table_from(vm, result)?;
    Ok(same_kind(vm, &args.pos[0], t))
}

fn s_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    combine(vm, &args, "union")
}
fn s_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    combine(vm, &args, "intersection")
}
fn s_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    combine(vm, &args, "difference")
}
fn s_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    combine(vm, &args, "symmetric")
}

fn operator(vm: &mut Vm, args: Args, op: &str) -> PyResult<Value> {
    if !is_set(&args.pos[1]) {
        return Ok(vm.not_implemented());
    }
    combine(vm, &args, op)
}

fn s_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "union")
}
fn s_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "intersection")
}
fn s_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "difference")
}
fn s_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "symmetric")
}

fn replace_contents(vm: &mut Vm, target: &Value, new: &Value) -> PyResult<()> {
    let items = set_items(new);
    let t = table_from(vm, items)?;
    if let Value::Obj(o) = target {
        if let Payload::Set(cell) = &o.payload {
            *cell.borrow_mut() = t;
        }
    }
    Ok(())
}

fn in_place(vm: &mut Vm, args: Args, op: &str, require_set: bool) -> PyResult<Value> {
    if require_set && !is_set(&args.pos[1]) {
        return Ok(vm.not_implemented());
    }
    let r = combine(vm, &args, op)?;
    replace_contents(vm, &args.pos[0], &r)?;
    Ok(if require_set { args.pos[0].clone() } else { Value::None })
}

fn s_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, "union", true)
}
fn s_iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, "intersection", true)
}
fn s_isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, "difference", true)
}
fn s_ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, "symmetric", true)
}
fn s_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, "union", false)
}
fn s_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, "intersection", false)
}
fn s_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, "difference", false)
}
fn s_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, "symmetric", false)
}

fn subset(vm: &mut Vm, a: &[Value], b: &Value) -> PyResult<bool> {
    for x in a {
        if !contains(vm, b, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn s_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mine = this_items(vm, &args)?;
    let other = if is_set(&args.pos[1]) {
        args.pos[1].clone()
    } else {
        let items = vm_collect(vm, &args.pos[1])?;
        set_from_values(vm, items)?
    };
    Ok(Value::Bool(subset(vm, &mine, &other)?))
}

fn vm_collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    vm.collect(v)
}

fn s_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_items(vm, &args)?;
    let other = vm.collect(&args.pos[1])?;
    Ok(Value::Bool(subset(vm, &other, &args.pos[0])?))
}

fn s_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_items(vm, &args)?;
    for x in vm.collect(&args.pos[1])? {
        if contains(vm, &args.pos[0], &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn s_compare(vm: &mut Vm, args: Args, op: &str) -> PyResult<Value> {
    if !is_set(&args.pos[1]) {
        return Ok(vm.not_implemented());
    }
    let a = set_items(&args.pos[0]);
    let b = set_items(&args.pos[1]);
    let a_in_b = subset(vm, &a, &args.pos[1])?;
    let b_in_a = subset(vm, &b, &args.pos[0])?;
    Ok(Value::Bool(match op {
        "eq" => a_in_b && a.len() == b.len(),
        "ne" => !(a_in_b && a.len() == b.len()),
        "le" => a_in_b,
        "lt" => a_in_b && a.len() < b.len(),
        "ge" => b_in_a,
        _ => b_in_a && a.len() > b.len(),
    }))
}

fn s_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_compare(vm, args, "eq")
}
fn s_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_compare(vm, args, "ne")
}
fn s_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_compare(vm, args, "le")
}
fn s_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_compare(vm, args, "lt")
}
fn s_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_compare(vm, args, "ge")
}
fn s_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s_compare(vm, args, "gt")
}

fn s_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this_items(vm, &args)?;
    let frozen = matches!(&args.pos[0], Value::Obj(o) if matches!(o.payload, Payload::FrozenSet(_)));
    let name = vm.type_name(&args.pos[0]);
    let s = crate::ops::protocol::repr_guarded(vm, &args.pos[0], |vm| {
        let mut parts = Vec::with_capacity(items.len());
        for x in &items {
            parts.push(vm.repr_string(x)?);
        }
        Ok(if items.is_empty() {
            format!("{name}()")
        } else if frozen || name != "set" {
            format!("{name}({{{}}})", parts.join(", "))
        } else {
            format!("{{{}}}", parts.join(", "))
        })
    }, &format!("{name}(...)"))?;
    Ok(vm.new_str(s))
}

fn fs_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this_items(vm, &args)?;
    let mut h: u64 = 0;
    for x in &items {
        let xh = vm.hash(x)? as u64;
        h ^= (xh ^ (xh << 16) ^ 89_869_747).wrapping_mul(3_644_798_167);
    }
    h ^= (items.len() as u64 + 1).wrapping_mul(1_927_868_237);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    Ok(Value::Int(crate::ops::hash::fix_hash(h as i64)))
}

pub fn register(ctx: &Context) {
    let shared: &[(&str, crate::object::NativeFn)] = &[
        ("__len__", s_len),
        ("__contains__", s_contains),
        ("__iter__", s_iter),
        ("copy", s_copy),
        ("union", s_union),
        ("intersection", s_intersection),
        ("difference", s_difference),
        ("symmetric_difference", s_symmetric_difference),
        ("issubset", s_issubset),
        ("issuperset", s_issuperset),
        ("isdisjoint", s_isdisjoint),
        ("__or__", s_or),
        ("__ror__", s_or),
        ("__and__", s_and),
        ("__rand__", s_and),
        ("__sub__", s_sub),
        ("__xor__", s_xor),
        ("__rxor__", s_xor),
        ("__eq__", s_eq),
        ("__ne__", s_ne),
        ("__le__", s_le),
        ("__lt__", s_lt),
        ("__ge__", s_ge),
        ("__gt__", s_gt),
        ("__repr__", s_repr),
    ];
    ctx.add_methods(&ctx.types.set, "set", shared);
    ctx.add_methods(&ctx.types.frozenset, "frozenset", shared);
    ctx.add_methods(&ctx.types.set, "set", &[
        ("__init__", s_init),
        ("add", s_add),
        ("discard", s_discard),
        ("remove", s_remove),
        ("pop", s_pop),
        ("clear", s_clear),
        ("update", s_update),
        ("intersection_update", s_intersection_update),
        ("difference_update", s_difference_update),
        ("symmetric_difference_update", s_symmetric_difference_update),
        ("__ior__", s_ior),
        ("__iand__", s_iand),
        ("__isub__", s_isub),
        ("__ixor__", s_ixor),
    ]);
    ctx.set_type_attr(&ctx.types.set, "__hash__", Value::None);
    ctx.add_methods(&ctx.types.frozenset, "frozenset", &[("__hash__", fs_hash)]);
    let new = ctx.new_builtin("__new__", "frozenset", fs_new, false);
    ctx.set_type_attr(&ctx.types.frozenset, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
}

#[allow(dead_code)]
fn unused(_: &ObjRef) {}
