//! dict: lookups that may run `__eq__`/`__hash__`, and the dict type's methods.
//!
//! All mutation goes through `dict_set`/`dict_del`, which hash the key first (possibly running
//! Python code), then probe the table; when the probe needs a Python `__eq__`, the candidates'
//! keys are compared with no borrow held and the probe is retried if the table changed.

use super::table::{DictTable, Lookup};
use super::{DictViewKind, IterState, Payload, PyObject};
use crate::object::function::Args;
use crate::ops::hash::fast_eq;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

/// The hash of a str object.
pub fn str_hash(s: &ObjRef) -> i64 {
    match &s.payload {
        Payload::Str(p) => p.hash(),
        _ => 0,
    }
}

fn table_of(d: &ObjRef) -> &RefCell<DictTable> {
    match &d.payload {
        Payload::Dict(t) => t,
        _ => panic!("not a dict"),
    }
}

/// Lookup of a str key in a table that only needs str comparison (namespaces).
pub fn table_get_str(table: &DictTable, key: &ObjRef) -> Option<Value> {
    let hash = str_hash(key);
    let k = Value::Obj(key.clone());
    match table.lookup(hash, &k, |a, b| match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => Some(std::rc::Rc::ptr_eq(x, y) || (x.as_str().is_some() && x.as_str() == y.as_str())),
        _ => Some(false),
    }) {
        Lookup::Found(i) => Some(table.entry(i).value.clone()),
        _ => None,
    }
}

/// `d[key]` for a str key in a namespace dict; never runs Python code.
pub fn dict_get_str(d: &ObjRef, key: &ObjRef) -> Option<Value> {
    match &d.payload {
        Payload::Dict(t) => table_get_str(&t.borrow(), key),
        _ => None,
    }
}

/// `d[key] = value` for a str key in a namespace dict (instance attributes); never runs
/// Python code.
pub fn dict_set_str(d: &ObjRef, key: &ObjRef, value: Value) {
    let Payload::Dict(t) = &d.payload else { return };
    let hash = str_hash(key);
    let k = Value::Obj(key.clone());
    let mut t = t.borrow_mut();
    match t.lookup(hash, &k, |a, b| match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => Some(std::rc::Rc::ptr_eq(x, y) || (x.as_str().is_some() && x.as_str() == y.as_str())),
        _ => Some(false),
    }) {
        Lookup::Found(i) => t.set_value(i, value),
        _ => t.insert_new(hash, k, value),
    }
}

/// Finds the entry index of `key`, running `__eq__` where needed.
pub fn find_entry(vm: &mut Vm, d: &ObjRef, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    loop {
        let (lookup, version) = {
            let t = table_of(d).borrow();
            (t.lookup(hash, key, fast_eq), t.version)
        };
        match lookup {
            Lookup::Found(i) => return Ok(Some(i)),
            Lookup::Missing => return Ok(None),
            Lookup::Unsure(candidates) => {
                for i in candidates {
                    let candidate = table_of(d).borrow().entry(i).key.clone();
                    let equal = vm.eq(&candidate, key)?;
                    if table_of(d).borrow().version != version {
                        break;
                    }
                    if equal {
                        return Ok(Some(i));
                    }
                }
                if table_of(d).borrow().version == version {
                    return Ok(None);
                }
            }
        }
    }
}

pub fn dict_get(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    Ok(find_entry(vm, d, key, hash)?.map(|i| table_of(d).borrow().entry(i).value.clone()))
}

pub fn dict_set(vm: &mut Vm, d: &ObjRef, key: Value, value: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    match find_entry(vm, d, &key, hash)? {
        Some(i) => table_of(d).borrow_mut().set_value(i, value),
        None => table_of(d).borrow_mut().insert_new(hash, key, value),
    }
    Ok(())
}

/// Removes `key`; returns its value, or `None` if it was absent.
pub fn dict_del(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    Ok(find_entry(vm, d, key, hash)?.map(|i| table_of(d).borrow_mut().remove_at(i).value))
}

pub fn dict_len(d: &ObjRef) -> usize {
    table_of(d).borrow().len()
}

/// The (key, value) pairs of any mapping: a dict directly, otherwise via `keys()` and `[]`.
pub fn mapping_items(vm: &mut Vm, mapping: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Value::Obj(o) = mapping {
        if let Payload::Dict(t) = &o.payload {
            let cls = vm.class_of(mapping).clone();
            let overrides_iter = cls.type_data().is_some_and(|t| t.is_heap) && vm.lookup_type_str(&cls, "keys").is_some_and(|k| !matches!(k.as_obj().map(|o| &o.payload), Some(Payload::Builtin(_))));
            if !overrides_iter {
                return Ok(t.borrow().items());
            }
        }
    }
    let keys = vm.call_method(mapping, "keys", &[])?;
    let keys = vm.collect(&keys)?;
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        let v = vm.get_item(mapping, &k)?;
        out.push((k, v));
    }
    Ok(out)
}

/// `dict.update(other)` semantics: a mapping, or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, target: &Value, other: &Value, _strict: bool) -> PyResult<()> {
    let Value::Obj(d) = target else { return Ok(()) };
    let is_mapping = matches!(other, Value::Obj(o) if matches!(o.payload, Payload::Dict(_)))
        || vm.lookup_type_str(&vm.class_of(other).clone(), "keys").is_some();
    if is_mapping {
        for (k, v) in mapping_items(vm, other)? {
            dict_set(vm, d, k, v)?;
        }
        return Ok(());
    }
    if !vm.is_iterable(other) {
        return vm.type_error(format!("'{}' object is not iterable", vm.type_name(other)));
    }
    let items = vm.collect(other)?;
    for (n, item) in items.iter().enumerate() {
        let pair = match vm.collect(item) {
            Ok(p) => p,
            Err(e) if vm.exc_matches(&e, "TypeError") => {
                return vm.type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence"))
            }
            Err(e) => return Err(e),
        };
        if pair.len() != 2 {
            return vm.value_error(format!("dictionary update sequence element #{n} has length {}; 2 is required", pair.len()));
        }
        let mut it = pair.into_iter();
        let (k, v) = (it.next().expect("key"), it.next().expect("value"));
        dict_set(vm, d, k, v)?;
    }
    Ok(())
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => Ok(o.clone()),
        Some(other) => vm.type_error(format!("descriptor '{name}' requires a 'dict' object but received a '{}'", vm.type_name(other))),
        None => vm.type_error(format!("descriptor '{name}' of 'dict' object needs an argument")),
    }
}

fn new_view(vm: &Vm, d: ObjRef, kind: DictViewKind) -> Value {
    let cls = match kind {
        DictViewKind::Keys => vm.ctx.types.dict_keys.clone(),
        DictViewKind::Values => vm.ctx.types.dict_values.clone(),
        DictViewKind::Items => vm.ctx.types.dict_items.clone(),
    };
    Value::Obj(PyObject::new(cls, Payload::DictView { kind, dict: d }))
}

pub fn dict_iter(vm: &Vm, d: ObjRef, kind: DictViewKind) -> Value {
    let cls = match kind {
        DictViewKind::Keys => vm.ctx.types.dict_keyiterator.clone(),
        DictViewKind::Values => vm.ctx.types.dict_valueiterator.clone(),
        DictViewKind::Items => vm.ctx.types.dict_itemiterator.clone(),
    };
    let size = table_of(&d).borrow().len();
    Value::Obj(PyObject::new(cls, Payload::Iterator(RefCell::new(IterState::Dict { dict: d, pos: 0, kind, size }))))
}

fn d_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__getitem__")?;
    let key = args.pos.get(1).cloned().unwrap_or(Value::None);
    match dict_get(vm, &d, &key)? {
        Some(v) => Ok(v),
        None => {
            let dv = Value::Obj(d.clone());
            if !vm.class_of(&dv).type_data().is_some_and(|t| !t.is_heap) {
                if let Some(r) = vm.call_special(&dv, "__missing__", &[key.clone()])? {
                    return Ok(r);
                }
            }
            vm.key_error(key)
        }
    }
}

fn d_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__setitem__")?;
    dict_set(vm, &d, args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn d_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__delitem__")?;
    match dict_del(vm, &d, &args.pos[1])? {
        Some(_) => Ok(Value::None),
        None => vm.key_error(args.pos[1].clone()),
    }
}

fn d_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__contains__")?;
    Ok(Value::bool(dict_get(vm, &d, &args.pos[1])?.is_some()))
}

fn d_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__len__")?;
    Ok(Value::Int(dict_len(&d) as i64))
}

fn d_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__iter__")?;
    Ok(dict_iter(vm, d, DictViewKind::Keys))
}

fn d_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "get")?;
    if args.pos.len() < 2 {
        return vm.type_error(format!("get expected at least 1 argument, got {}", args.pos.len() - 1));
    }
    Ok(dict_get(vm, &d, &args.pos[1])?.unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn d_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "setdefault")?;
    let default = args.pos.get(2).cloned().unwrap_or(Value::None);
    match dict_get(vm, &d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => {
            dict_set(vm, &d, args.pos[1].clone(), default.clone())?;
            Ok(default)
        }
    }
}

fn d_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "pop")?;
    if args.pos.len() < 2 {
        return vm.type_error("pop expected at least 1 argument, got 0");
    }
    match dict_del(vm, &d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(default) => Ok(default.clone()),
            None => vm.key_error(args.pos[1].clone()),
        },
    }
}

fn d_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "popitem")?;
    let entry = table_of(&d).borrow_mut().pop_last();
    match entry {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => vm.err("KeyError", "popitem(): dictionary is empty"),
    }
}

fn d_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "keys")?;
    Ok(new_view(vm, d, DictViewKind::Keys))
}

fn d_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "values")?;
    Ok(new_view(vm, d, DictViewKind::Values))
}

fn d_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "items")?;
    Ok(new_view(vm, d, DictViewKind::Items))
}

fn d_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "update")?;
    if args.pos.len() > 2 {
        return vm.type_error(format!("update expected at most 1 argument, got {}", args.pos.len() - 1));
    }
    if let Some(other) = args.pos.get(1) {
        dict_update_from(vm, &Value::Obj(d.clone()), other, false)?;
    }
    for (k, v) in args.kwargs() {
        let key = Value::Obj(vm.intern(k));
        dict_set(vm, &d, key, v.clone())?;
    }
    Ok(Value::None)
}

fn d_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "clear")?;
    table_of(&d).borrow_mut().clear();
    Ok(Value::None)
}

fn d_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "copy")?;
    let t = table_of(&d).borrow().clone();
    Ok(Value::Obj(PyObject::new(vm.ctx.types.dict.clone(), Payload::Dict(RefCell::new(t)))))
}

fn d_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].clone();
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    let keys = vm.collect(args.pos.get(1).unwrap_or(&Value::None))?;
    let d = vm.call0(&cls)?;
    for k in keys {
        vm.set_item(&d, k, value.clone())?;
    }
    Ok(d)
}

fn d_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__init__")?;
    if args.pos.len() > 2 {
        return vm.type_error(format!("dict expected at most 1 argument, got {}", args.pos.len() - 1));
    }
    if let Some(other) = args.pos.get(1) {
        dict_update_from(vm, &Value::Obj(d.clone()), other, false)?;
    }
    for (k, v) in args.kwargs() {
        let key = Value::Obj(vm.intern(k));
        dict_set(vm, &d, key, v.clone())?;
    }
    Ok(Value::None)
}

fn d_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__repr__")?;
    let s = crate::ops::protocol::repr_guarded(vm, &args.pos[0], |vm| {
        let items = table_of(&d).borrow().items();
        let mut parts = Vec::with_capacity(items.len());
        for (k, v) in items {
            let ks = vm.repr_string(&k)?;
            let vs = vm.repr_string(&v)?;
            parts.push(format!("{ks}: {vs}"));
        }
        Ok(format!("{{{}}}", parts.join(", ")))
    }, "{...}")?;
    Ok(vm.new_str(s))
}

fn d_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__eq__")?;
    let Value::Obj(other) = &args.pos[1] else { return Ok(vm.not_implemented()) };
    if !matches!(other.payload, Payload::Dict(_)) {
        return Ok(vm.not_implemented());
    }
    if dict_len(&d) != dict_len(other) {
        return Ok(Value::FALSE);
    }
    let items = table_of(&d).borrow().items();
    for (k, v) in items {
        match dict_get(vm, other, &k)? {
            Some(ov) => {
                if !vm.eq(&v, &ov)? {
                    return Ok(Value::FALSE);
                }
            }
            None => return Ok(Value::FALSE),
        }
    }
    Ok(Value::TRUE)
}

fn d_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__or__")?;
    if !matches!(&args.pos[1], Value::Obj(o) if matches!(o.payload, Payload::Dict(_))) {
        return Ok(vm.not_implemented());
    }
    let t = table_of(&d).borrow().clone();
    let new = PyObject::new(vm.ctx.types.dict.clone(), Payload::Dict(RefCell::new(t)));
    dict_update_from(vm, &Value::Obj(new.clone()), &args.pos[1], false)?;
    Ok(Value::Obj(new))
}

fn d_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__ior__")?;
    dict_update_from(vm, &Value::Obj(d.clone()), &args.pos[1], false)?;
    Ok(args.pos[0].clone())
}

fn d_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__reversed__")?;
    let keys = table_of(&d).borrow().keys();
    let rev: Vec<Value> = keys.into_iter().rev().collect();
    let l = vm.new_list(rev);
    vm.get_iter(&l)
}

pub const METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("__getitem__", d_getitem),
    ("__setitem__", d_setitem),
    ("__delitem__", d_delitem),
    ("__contains__", d_contains),
    ("__len__", d_len),
    ("__iter__", d_iter),
    ("__init__", d_init),
    ("__repr__", d_repr),
    ("__eq__", d_eq),
    ("__or__", d_or),
    ("__ior__", d_ior),
    ("__reversed__", d_reversed),
    ("get", d_get),
    ("setdefault", d_setdefault),
    ("pop", d_pop),
    ("popitem", d_popitem),
    ("keys", d_keys),
    ("values", d_values),
    ("items", d_items),
    ("update", d_update),
    ("clear", d_clear),
    ("copy", d_copy),
];

pub fn register(ctx: &crate::context::Context) {
    ctx.add_methods(&ctx.types.dict, "dict", METHODS);
    let fromkeys = ctx.new_builtin("fromkeys", "dict", d_fromkeys, false);
    let cm = PyObject::new(ctx.types.classmethod.clone(), Payload::ClassMethod(Value::Obj(fromkeys)));
    ctx.set_type_attr(&ctx.types.dict, "fromkeys", Value::Obj(cm));
    ctx.set_type_attr(&ctx.types.dict, "__hash__", Value::None);
}
