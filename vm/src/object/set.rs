//! `set` and `frozenset`: a `SetTable` (CPython's set hash table) and the set algebra.
//!
//! Each operation builds its result the way CPython 3.11's `Objects/setobject.c` does (which
//! operand is copied, which one is iterated, when the table is pre-sized or purged of dummies),
//! so that the resulting tables — and hence iteration order and reprs — match CPython's.
//!
//! No `RefCell` borrow of a table is held while Python code runs (`__hash__`, `__eq__`,
//! iteration of an arbitrary iterable): probes that need `__eq__` stop, compare with no borrow
//! held, then resume, or restart if the table changed meanwhile.

use super::settable::{Probe, SetTable};
use super::{Payload, PyObject};
use crate::context::Context;
use crate::object::function::Args;
use crate::ops::hash::fast_eq;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

// ----- access to tables -----

/// Read access to a table: a set's (behind a `RefCell`) or a frozenset's.
#[derive(Clone, Copy)]
enum TRef<'a> {
    Cell(&'a RefCell<SetTable>),
    Plain(&'a SetTable),
}

impl<'a> TRef<'a> {
    fn with<R>(self, f: impl FnOnce(&SetTable) -> R) -> R {
        match self {
            TRef::Cell(c) => f(&c.borrow()),
            TRef::Plain(t) => f(t),
        }
    }
}

/// A set operand: its table, the object owning it (if Python can see it) and whether results
/// built from it are frozensets (CPython's `make_new_set_basetype(Py_TYPE(so))`).
#[derive(Clone, Copy)]
struct S<'a> {
    t: TRef<'a>,
    obj: Option<&'a ObjRef>,
    frozen: bool,
}

impl<'a> S<'a> {
    fn len(&self) -> usize {
        self.t.with(|t| t.len())
    }

    fn entries(&self) -> Vec<(i64, Value)> {
        self.t.with(|t| t.entries())
    }

    fn same(&self, other: &S) -> bool {
        matches!((self.obj, other.obj), (Some(a), Some(b)) if Rc::ptr_eq(a, b))
    }

    /// The table of a set being built or updated.
    fn cell(&self) -> &'a RefCell<SetTable> {
        match self.t {
            TRef::Cell(c) => c,
            TRef::Plain(_) => panic!("mutating a frozenset"),
        }
    }
}

/// A set or frozenset (or an instance of a subclass) as an operand.
fn as_s(v: &Value) -> Option<S<'_>> {
    let Value::Obj(o) = v else { return None };
    match &o.payload {
        Payload::Set(c) => Some(S { t: TRef::Cell(c), obj: Some(o), frozen: false }),
        Payload::FrozenSet(t) => Some(S { t: TRef::Plain(t), obj: Some(o), frozen: true }),
        _ => None,
    }
}

/// A table under construction, not yet visible to Python.
struct Built {
    cell: RefCell<SetTable>,
    frozen: bool,
}

impl Built {
    fn new(frozen: bool) -> Built {
        Built { cell: RefCell::new(SetTable::new()), frozen }
    }

    fn s(&self) -> S<'_> {
        S { t: TRef::Cell(&self.cell), obj: None, frozen: self.frozen }
    }

    fn len(&self) -> usize {
        self.cell.borrow().len()
    }

    fn into_value(self, vm: &Vm) -> Value {
        let t = self.cell.into_inner();
        if self.frozen {
            vm.new_frozenset(t)
        } else {
            vm.new_set(t)
        }
    }
}

/// Runs `f` on the table of a set or frozenset object.
pub fn with_table<R>(o: &ObjRef, f: impl FnOnce(&SetTable) -> R) -> Option<R> {
    match &o.payload {
        Payload::Set(c) => Some(f(&c.borrow())),
        Payload::FrozenSet(t) => Some(f(t)),
        _ => None,
    }
}

fn exact_dict<'a>(vm: &Vm, v: &'a Value) -> Option<&'a ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) && o.class.as_ref().is_some_and(|c| Rc::ptr_eq(c, &vm.ctx.types.dict)) => Some(o),
        _ => None,
    }
}

fn dict_entries(d: &ObjRef) -> Vec<(i64, Value)> {
    match &d.payload {
        Payload::Dict(t) => t.borrow().iter().map(|e| (e.hash, e.key.clone())).collect(),
        _ => Vec::new(),
    }
}

// ----- probing with `__eq__` -----

/// Where `key` is in the table, or where it would be inserted.
fn locate(vm: &mut Vm, t: TRef, key: &Value, hash: i64) -> PyResult<Probe> {
    let mut resume = None;
    loop {
        let (probe, generation) = t.with(|tb| (tb.probe(hash, key, fast_eq, resume), tb.generation));
        match probe {
            Probe::Ask { slot, cursor } => {
                let candidate = t.with(|tb| tb.key_at(slot));
                let equal = vm.eq(&candidate, key)?;
                if t.with(|tb| tb.generation != generation || !tb.slot_holds(slot, &candidate)) {
                    // The comparison reallocated the table or replaced that key: start over
                    // (as CPython does).
                    resume = None;
                    continue;
                }
                if equal {
                    return Ok(Probe::Found(slot));
                }
                resume = Some(cursor);
            }
            other => return Ok(other),
        }
    }
}

fn contains_entry(vm: &mut Vm, t: TRef, key: &Value, hash: i64) -> PyResult<bool> {
    Ok(matches!(locate(vm, t, key, hash)?, Probe::Found(_)))
}

/// `set_add_entry`.
fn add_entry(vm: &mut Vm, so: S, key: Value, hash: i64) -> PyResult<()> {
    let cell = so.cell();
    if let Probe::Absent { unused, freeslot } = locate(vm, TRef::Cell(cell), &key, hash)? {
        cell.borrow_mut().insert_absent(hash, key, unused, freeslot);
    }
    Ok(())
}

/// `set_discard_entry`: whether the key was there.
fn discard_entry(vm: &mut Vm, so: S, key: &Value, hash: i64) -> PyResult<bool> {
    let cell = so.cell();
    match locate(vm, TRef::Cell(cell), key, hash)? {
        Probe::Found(slot) => {
            cell.borrow_mut().remove_slot(slot);
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// The hash of a key being looked up, removed or discarded: a set key that can't be hashed
/// is looked up as the equivalent frozenset (as CPython's `set_contains` etc. do).
fn lookup_hash(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    match vm.hash(key) {
        Ok(h) => Ok(h),
        Err(e) => {
            if let Value::Obj(o) = key {
                if let Payload::Set(c) = &o.payload {
                    if vm.exc_matches(&e, "TypeError") {
                        return Ok(c.borrow().frozenset_hash());
                    }
                }
            }
            Err(e)
        }
    }
}

/// Calls `f` on each item of an iterable, lazily; `f` returns false to stop.
fn for_each(vm: &mut Vm, iterable: &Value, mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>) -> PyResult<()> {
    let it = vm.get_iter(iterable)?;
    while let Some(x) = vm.next(&it)? {
        if !f(vm, x)? {
            break;
        }
    }
    Ok(())
}

// ----- the algorithms of setobject.c -----

/// `set_merge`: adds all of another set's keys.
fn merge(vm: &mut Vm, so: S, other: S) -> PyResult<()> {
    if so.same(&other) || other.len() == 0 {
        return Ok(());
    }
    let done = {
        let mut t = so.cell().borrow_mut();
        other.t.with(|o| t.merge_into_empty(o))
    };
    if !done {
        for (hash, key) in other.entries() {
            add_entry(vm, so, key, hash)?;
        }
    }
    Ok(())
}

/// `set_update_internal`.
fn update_internal(vm: &mut Vm, so: S, other: &Value) -> PyResult<()> {
    if let Some(o) = as_s(other) {
        return merge(vm, so, o);
    }
    if let Some(d) = exact_dict(vm, other) {
        let entries = dict_entries(d);
        so.cell().borrow_mut().presize(entries.len());
        for (hash, key) in entries {
            add_entry(vm, so, key, hash)?;
        }
        return Ok(());
    }
    for_each(vm, other, |vm, key| {
        let hash = vm.hash(&key)?;
        add_entry(vm, so, key, hash)?;
        Ok(true)
    })
}

/// `set_copy` / `make_new_set_basetype(Py_TYPE(so), so)`.
fn copy(vm: &mut Vm, so: S) -> PyResult<Built> {
    let b = Built::new(so.frozen);
    merge(vm, b.s(), so)?;
    Ok(b)
}

/// `make_new_set(type, iterable)`.
fn make_new(vm: &mut Vm, frozen: bool, iterable: &Value) -> PyResult<Built> {
    let b = Built::new(frozen);
    update_internal(vm, b.s(), iterable)?;
    Ok(b)
}

/// `set_or` (also `union` with one argument).
fn or(vm: &mut Vm, so: S, other: &Value) -> PyResult<Built> {
    let r = copy(vm, so)?;
    if as_s(other).is_some_and(|o| so.same(&o)) {
        return Ok(r);
    }
    update_internal(vm, r.s(), other)?;
    Ok(r)
}

/// `set_intersection`.
fn intersection(vm: &mut Vm, so: S, other: &Value) -> PyResult<Built> {
    if as_s(other).is_some_and(|o| so.same(&o)) {
        return copy(vm, so);
    }
    let result = Built::new(so.frozen);
    if let Some(o) = as_s(other) {
        // Iterate over the smaller set, looking keys up in the larger.
        let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
        for (hash, key) in small.entries() {
            if contains_entry(vm, big.t, &key, hash)? {
                add_entry(vm, result.s(), key, hash)?;
            }
        }
        return Ok(result);
    }
    for_each(vm, other, |vm, key| {
        let hash = vm.hash(&key)?;
        if contains_entry(vm, so.t, &key, hash)? {
            add_entry(vm, result.s(), key, hash)?;
            if result.len() >= so.len() {
                return Ok(false);
            }
        }
        Ok(true)
    })?;
    Ok(result)
}

fn intersection_multi(vm: &mut Vm, so: S, others: &[Value]) -> PyResult<Built> {
    let mut acc: Option<Built> = None;
    for other in others {
        let src = acc.as_ref().map(|b| b.s()).unwrap_or(so);
        let r = intersection(vm, src, other)?;
        acc = Some(r);
    }
    match acc {
        Some(b) => Ok(b),
        None => copy(vm, so),
    }
}

/// `set_difference_update_internal`.
fn difference_update_internal(vm: &mut Vm, so: S, other: &Value) -> PyResult<()> {
    if let Some(o) = as_s(other) {
        if so.same(&o) {
            so.cell().borrow_mut().clear();
            return Ok(());
        }
        // When the other set is more than 8 times larger, discard its intersection instead.
        let entries = if (o.len() >> 3) > so.len() { intersection(vm, so, other)?.s().entries() } else { o.entries() };
        for (hash, key) in entries {
            discard_entry(vm, so, &key, hash)?;
        }
    } else {
        for_each(vm, other, |vm, key| {
            let hash = vm.hash(&key)?;
            discard_entry(vm, so, &key, hash)?;
            Ok(true)
        })?;
    }
    so.cell().borrow_mut().purge_dummies_if_many();
    Ok(())
}

fn copy_and_difference(vm: &mut Vm, so: S, other: &Value) -> PyResult<Built> {
    let r = copy(vm, so)?;
    difference_update_internal(vm, r.s(), other)?;
    Ok(r)
}

/// `set_difference`.
fn difference(vm: &mut Vm, so: S, other: &Value) -> PyResult<Built> {
    let other_set = as_s(other);
    let dict = exact_dict(vm, other);
    let other_size = match (other_set, dict) {
        (Some(o), _) => o.len(),
        (None, Some(d)) => crate::object::dict::dict_len(d),
        (None, None) => return copy_and_difference(vm, so, other),
    };
    if (so.len() >> 2) > other_size {
        return copy_and_difference(vm, so, other);
    }
    let result = Built::new(so.frozen);
    for (hash, key) in so.entries() {
        let present = match (other_set, dict) {
            (Some(o), _) => contains_entry(vm, o.t, &key, hash)?,
            (None, Some(d)) => crate::object::dict::find_entry(vm, d, &key, hash)?.is_some(),
            (None, None) => false,
        };
        if !present {
            add_entry(vm, result.s(), key, hash)?;
        }
    }
    Ok(result)
}

fn difference_multi(vm: &mut Vm, so: S, others: &[Value]) -> PyResult<Built> {
    let Some((first, rest)) = others.split_first() else { return copy(vm, so) };
    let r = difference(vm, so, first)?;
    for other in rest {
        difference_update_internal(vm, r.s(), other)?;
    }
    Ok(r)
}

/// Each key of `entries`: removed from `so` if there, else added.
fn toggle_entries(vm: &mut Vm, so: S, entries: Vec<(i64, Value)>) -> PyResult<()> {
    for (hash, key) in entries {
        if !discard_entry(vm, so, &key, hash)? {
            add_entry(vm, so, key, hash)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference_update`.
fn symmetric_difference_update(vm: &mut Vm, so: S, other: &Value) -> PyResult<()> {
    if let Some(o) = as_s(other) {
        if so.same(&o) {
            so.cell().borrow_mut().clear();
            return Ok(());
        }
        return toggle_entries(vm, so, o.entries());
    }
    if let Some(d) = exact_dict(vm, other) {
        return toggle_entries(vm, so, dict_entries(d));
    }
    let tmp = make_new(vm, so.frozen, other)?;
    let entries = tmp.s().entries();
    toggle_entries(vm, so, entries)
}

/// `set_symmetric_difference`: a new set from `other`, then toggled with `so`'s keys.
fn symmetric_difference(vm: &mut Vm, so: S, other: &Value) -> PyResult<Built> {
    let r = make_new(vm, so.frozen, other)?;
    toggle_entries(vm, r.s(), so.entries())?;
    Ok(r)
}

/// `set_issubset` with a set argument.
fn issubset_s(vm: &mut Vm, so: S, other: S) -> PyResult<bool> {
    if so.len() > other.len() {
        return Ok(false);
    }
    for (hash, key) in so.entries() {
        if !contains_entry(vm, other.t, &key, hash)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issubset(vm: &mut Vm, so: S, other: &Value) -> PyResult<bool> {
    match as_s(other) {
        Some(o) => issubset_s(vm, so, o),
        None => {
            let tmp = intersection(vm, so, other)?;
            Ok(tmp.len() == so.len())
        }
    }
}

fn issuperset(vm: &mut Vm, so: S, other: &Value) -> PyResult<bool> {
    if let Some(o) = as_s(other) {
        return issubset_s(vm, o, so);
    }
    let mut result = true;
    for_each(vm, other, |vm, key| {
        let hash = vm.hash(&key)?;
        if !contains_entry(vm, so.t, &key, hash)? {
            result = false;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(result)
}

fn isdisjoint(vm: &mut Vm, so: S, other: &Value) -> PyResult<bool> {
    if let Some(o) = as_s(other) {
        if so.same(&o) {
            return Ok(so.len() == 0);
        }
        let exact = o.obj.and_then(|x| x.class.as_ref()).is_some_and(|c| Rc::ptr_eq(c, &vm.ctx.types.set) || Rc::ptr_eq(c, &vm.ctx.types.frozenset));
        if exact {
            let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
            for (hash, key) in small.entries() {
                if contains_entry(vm, big.t, &key, hash)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
    }
    let mut result = true;
    for_each(vm, other, |vm, key| {
        let hash = vm.hash(&key)?;
        if contains_entry(vm, so.t, &key, hash)? {
            result = false;
            return Ok(false);
        }
        Ok(true)
    })?;
    Ok(result)
}

// ----- public helpers for the rest of the VM -----

/// The elements of a set or frozenset, in table order.
pub fn set_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Obj(o) => with_table(o, |t| t.keys()).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Whether `key` (with its hash) is in a table.
pub fn table_contains(vm: &mut Vm, t: &SetTable, key: &Value, hash: i64) -> PyResult<bool> {
    contains_entry(vm, TRef::Plain(t), key, hash)
}

/// `key in set_or_frozenset` (a set key is looked up as a frozenset).
pub fn set_contains(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult<bool> {
    let v = Value::Obj(o.clone());
    let Some(so) = as_s(&v) else { return Ok(false) };
    let hash = lookup_hash(vm, key)?;
    contains_entry(vm, so.t, key, hash)
}

/// A table holding `items`, added one by one in order (as `set(list)` does).
pub fn table_from(vm: &mut Vm, items: Vec<Value>) -> PyResult<SetTable> {
    let b = Built::new(false);
    for key in items {
        let hash = vm.hash(&key)?;
        add_entry(vm, b.s(), key, hash)?;
    }
    Ok(b.cell.into_inner())
}

/// The table of a frozenset constant, as CPython's compiler makes it: built from the items in
/// source order, then rebuilt from its own iteration order when the constant is merged.
pub fn frozenset_const_table(vm: &mut Vm, items: Vec<Value>) -> PyResult<SetTable> {
    let first = table_from(vm, items)?;
    if first.is_empty() {
        return Ok(first);
    }
    table_from(vm, first.keys())
}

/// `BUILD_SET n`: a new set with the items added in order.
pub fn set_from_values(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let t = table_from(vm, items)?;
    Ok(vm.new_set(t))
}

/// `SET_ADD` / `set.add`.
pub fn set_add(vm: &mut Vm, target: &Value, item: Value) -> PyResult<()> {
    if let Some(so) = as_s(target) {
        if !so.frozen {
            let hash = vm.hash(&item)?;
            add_entry(vm, so, item, hash)?;
        }
    }
    Ok(())
}

/// `SET_UPDATE` / `set.update` with one argument.
pub fn set_update(vm: &mut Vm, target: &Value, iterable: &Value) -> PyResult<()> {
    if let Some(so) = as_s(target) {
        if !so.frozen {
            update_internal(vm, so, iterable)?;
        }
    }
    Ok(())
}

/// `iter(set)`: walks the live table's slots, failing if the set changes size.
pub fn set_iter(vm: &Vm, o: ObjRef) -> Value {
    let n = with_table(&o, |t| t.len()).unwrap_or(0);
    super::iter::new_iterator(vm.ctx.types.set_iterator.clone(), super::IterState::Set { set: o, pos: 0, used: n, len: n })
}

/// One step of a set iterator (see `IterState::Set`).
pub fn set_iter_step(vm: &mut Vm, set: &ObjRef, pos: &mut usize, used: &mut usize, len: &mut usize) -> PyResult<Option<Value>> {
    let step = with_table(set, |t| {
        if t.len() != *used {
            return Err(());
        }
        Ok(t.next_entry(*pos).map(|(p, _, k)| (p, k.clone())))
    })
    .unwrap_or(Ok(None));
    match step {
        Err(()) => {
            *used = usize::MAX;
            vm.err("RuntimeError", "Set changed size during iteration")
        }
        Ok(Some((p, k))) => {
            *pos = p + 1;
            *len = len.saturating_sub(1);
            Ok(Some(k))
        }
        Ok(None) => Ok(None),
    }
}

/// `__length_hint__` of a set iterator.
pub fn set_iter_length_hint(set: &ObjRef, used: usize, len: usize) -> usize {
    if with_table(set, |t| t.len()) == Some(used) {
        len
    } else {
        0
    }
}

// ----- methods -----

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<S<'a>> {
    match as_s(v) {
        Some(s) => Ok(s),
        None => vm.type_error("descriptor requires a 'set' object"),
    }
}

fn arg<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    match args.pos.get(1) {
        Some(v) if args.pos.len() == 2 => Ok(v),
        _ => vm.type_error(format!("{name}() takes exactly one argument ({} given)", args.pos.len().saturating_sub(1))),
    }
}

fn s_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = this(vm, &args.pos[0])?;
    if args.pos.len() > 2 {
        return vm.type_error(format!("set expected at most 1 argument, got {}", args.pos.len() - 1));
    }
    if so.frozen {
        return Ok(Value::None);
    }
    so.cell().borrow_mut().clear_if_filled();
    if let Some(src) = args.pos.get(1) {
        update_internal(vm, so, src)?;
    }
    Ok(Value::None)
}

fn fs_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].as_obj().cloned().expect("class");
    if args.pos.len() > 2 {
        return vm.type_error(format!("frozenset expected at most 1 argument, got {}", args.pos.len() - 1));
    }
    let exact = Rc::ptr_eq(&cls, &vm.ctx.types.frozenset);
    let t = match args.pos.get(1) {
        Some(src) => {
            if exact {
                if let Value::Obj(o) = src {
                    if matches!(o.payload, Payload::FrozenSet(_)) && o.class.as_ref().is_some_and(|c| Rc::ptr_eq(c, &cls)) {
                        // frozenset(f) is f.
                        return Ok(src.clone());
                    }
                }
            }
            make_new(vm, true, src)?.cell.into_inner()
        }
        None => SetTable::new(),
    };
    Ok(Value::Obj(PyObject::new(cls, Payload::FrozenSet(t))))
}

fn s_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args.pos[0])?.len() as i64))
}

fn s_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = this(vm, &args.pos[0])?;
    let key = arg(vm, &args, "__contains__")?;
    let hash = lookup_hash(vm, key)?;
    Ok(Value::bool(contains_entry(vm, so.t, key, hash)?))
}

fn s_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args.pos[0])?;
    let o = args.pos[0].as_obj().cloned().expect("set object");
    Ok(set_iter(vm, o))
}

fn mutable<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<S<'a>> {
    match as_s(v) {
        Some(s) if !s.frozen => Ok(s),
        _ => vm.type_error(format!("descriptor '{name}' requires a 'set' object")),
    }
}

fn s_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = mutable(vm, &args.pos[0], "add")?;
    let key = arg(vm, &args, "add")?.clone();
    let hash = vm.hash(&key)?;
    add_entry(vm, so, key, hash)?;
    Ok(Value::None)
}

fn discard_impl(vm: &mut Vm, args: &Args, name: &str) -> PyResult<bool> {
    let so = mutable(vm, &args.pos[0], name)?;
    let key = arg(vm, args, name)?;
    let hash = lookup_hash(vm, key)?;
    discard_entry(vm, so, key, hash)
}

fn s_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    discard_impl(vm, &args, "discard")?;
    Ok(Value::None)
}

fn s_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !discard_impl(vm, &args, "remove")? {
        return vm.key_error(args.pos[1].clone());
    }
    Ok(Value::None)
}

fn s_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = mutable(vm, &args.pos[0], "pop")?;
    let key = so.cell().borrow_mut().pop();
    match key {
        Some(k) => Ok(k),
        None => vm.err("KeyError", "pop from an empty set"),
    }
}

fn s_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = mutable(vm, &args.pos[0], "clear")?;
    so.cell().borrow_mut().clear();
    Ok(Value::None)
}

fn s_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = this(vm, &args.pos[0])?;
    Ok(copy(vm, so)?.into_value(vm))
}

fn fs_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = this(vm, &args.pos[0])?;
    let exact = so.obj.and_then(|o| o.class.as_ref()).is_some_and(|c| Rc::ptr_eq(c, &vm.ctx.types.frozenset));
    if exact {
        return Ok(args.pos[0].clone());
    }
    Ok(copy(vm, so)?.into_value(vm))
}

fn s_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = this(vm, &args.pos[0])?;
    let r = copy(vm, so)?;
    for other in &args.pos[1..] {
        if as_s(other).is_some_and(|o| so.same(&o)) {
            continue;
        }
        update_internal(vm, r.s(), other)?;
    }
    Ok(r.into_value(vm))
}

fn s_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = this(vm, &args.pos[0])?;
    Ok(intersection_multi(vm, so, &args.pos[1..])?.into_value(vm))
}

fn s_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = this(vm, &args.pos[0])?;
    Ok(difference_multi(vm, so, &args.pos[1..])?.into_value(vm))
}

fn s_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = this(vm, &args.pos[0])?;
    let other = arg(vm, &args, "symmetric_difference")?;
    Ok(symmetric_difference(vm, so, other)?.into_value(vm))
}

/// A binary operator `left op right`: NotImplemented unless both are sets.
fn binary(vm: &mut Vm, left: &Value, right: &Value, f: fn(&mut Vm, S, &Value) -> PyResult<Built>) -> PyResult<Value> {
    let Some(so) = as_s(left) else { return Ok(vm.not_implemented()) };
    if as_s(right).is_none() {
        return Ok(vm.not_implemented());
    }
    Ok(f(vm, so, right)?.into_value(vm))
}

fn s_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args.pos[0], &args.pos[1], or)
}
fn s_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args.pos[1], &args.pos[0], or)
}
fn s_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args.pos[0], &args.pos[1], intersection)
}
fn s_rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args.pos[1], &args.pos[0], intersection)
}
fn s_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args.pos[0], &args.pos[1], difference)
}
fn s_rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args.pos[1], &args.pos[0], difference)
}
fn s_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args.pos[0], &args.pos[1], symmetric_difference)
}
fn s_rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args.pos[1], &args.pos[0], symmetric_difference)
}

/// An in-place operator: NotImplemented unless the right operand is a set.
fn in_place(vm: &mut Vm, args: &Args, name: &str, f: fn(&mut Vm, S, &Value) -> PyResult<()>) -> PyResult<Value> {
    let so = mutable(vm, &args.pos[0], name)?;
    if as_s(&args.pos[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    f(vm, so, &args.pos[1])?;
    Ok(args.pos[0].clone())
}

fn intersection_update_one(vm: &mut Vm, so: S, other: &Value) -> PyResult<()> {
    let tmp = intersection(vm, so, other)?;
    so.cell().borrow_mut().replace_body(tmp.cell.into_inner());
    Ok(())
}

fn s_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, &args, "__ior__", update_internal)
}
fn s_iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, &args, "__iand__", intersection_update_one)
}
fn s_isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, &args, "__isub__", difference_update_internal)
}
fn s_ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, &args, "__ixor__", symmetric_difference_update)
}

fn s_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = mutable(vm, &args.pos[0], "update")?;
    for other in &args.pos[1..] {
        update_internal(vm, so, other)?;
    }
    Ok(Value::None)
}

fn s_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = mutable(vm, &args.pos[0], "intersection_update")?;
    let tmp = intersection_multi(vm, so, &args.pos[1..])?;
    so.cell().borrow_mut().replace_body(tmp.cell.into_inner());
    Ok(Value::None)
}

fn s_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = mutable(vm, &args.pos[0], "difference_update")?;
    for other in &args.pos[1..] {
        difference_update_internal(vm, so, other)?;
    }
    Ok(Value::None)
}

fn s_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = mutable(vm, &args.pos[0], "symmetric_difference_update")?;
    let other = arg(vm, &args, "symmetric_difference_update")?;
    symmetric_difference_update(vm, so, other)?;
    Ok(Value::None)
}

fn s_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = this(vm, &args.pos[0])?;
    let other = arg(vm, &args, "issubset")?;
    Ok(Value::bool(issubset(vm, so, other)?))
}

fn s_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = this(vm, &args.pos[0])?;
    let other = arg(vm, &args, "issuperset")?;
    Ok(Value::bool(issuperset(vm, so, other)?))
}

fn s_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let so = this(vm, &args.pos[0])?;
    let other = arg(vm, &args, "isdisjoint")?;
    Ok(Value::bool(isdisjoint(vm, so, other)?))
}

/// `set_richcompare`.
fn s_compare(vm: &mut Vm, args: Args, op: &str) -> PyResult<Value> {
    let v = this(vm, &args.pos[0])?;
    let Some(w) = as_s(&args.pos[1]) else { return Ok(vm.not_implemented()) };
    let r = match op {
        "eq" => v.len() == w.len() && issubset_s(vm, v, w)?,
        "ne" => !(v.len() == w.len() && issubset_s(vm, v, w)?),
        "le" => issubset_s(vm, v, w)?,
        "ge" => issubset_s(vm, w, v)?,
        "lt" => v.len() < w.len() && issubset_s(vm, v, w)?,
        _ => v.len() > w.len() && issubset_s(vm, w, v)?,
    };
    Ok(Value::bool(r))
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
    let so = this(vm, &args.pos[0])?;
    let items = so.t.with(|t| t.keys());
    let frozen = so.frozen;
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
    let so = this(vm, &args.pos[0])?;
    Ok(Value::Int(so.t.with(|t| t.frozenset_hash())))
}

pub fn register(ctx: &Context) {
    let shared: &[(&str, crate::object::NativeFn)] = &[
        ("__len__", s_len),
        ("__contains__", s_contains),
        ("__iter__", s_iter),
        ("union", s_union),
        ("intersection", s_intersection),
        ("difference", s_difference),
        ("symmetric_difference", s_symmetric_difference),
        ("issubset", s_issubset),
        ("issuperset", s_issuperset),
        ("isdisjoint", s_isdisjoint),
        ("__or__", s_or),
        ("__ror__", s_ror),
        ("__and__", s_and),
        ("__rand__", s_rand),
        ("__sub__", s_sub),
        ("__rsub__", s_rsub),
        ("__xor__", s_xor),
        ("__rxor__", s_rxor),
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
        ("copy", s_copy),
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
    ctx.add_methods(&ctx.types.frozenset, "frozenset", &[("copy", fs_copy), ("__hash__", fs_hash)]);
    let new = ctx.new_builtin("__new__", "frozenset", fs_new, false);
    ctx.set_type_attr(&ctx.types.frozenset, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
}
