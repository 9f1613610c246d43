//! Per-instruction caches for the loop's hottest lookups: attribute loads and stores, method
//! loads and global loads.
//!
//! Each code object has one slot per instruction. A slot remembers what the last lookup found
//! together with the versions it depended on: a type's version (which changes whenever an
//! attribute of the type or of one of its bases changes) or a dict's version (which changes on
//! every mutation). A slot whose versions still match is used without repeating the lookup;
//! any mismatch falls back to the full lookup, which refills the slot. A stale slot can
//! therefore cost a lookup, never give a wrong answer.
//!
//! Instance-attribute slots also keep a hint: the position of the name in the last instance
//! dict that had it. Instances of a class usually gain their attributes in the same order, so
//! the hint usually finds the entry without hashing; a hint that does not match is only a miss.
//!
//! Type-keyed slots (instance attributes, methods) are polymorphic, up to four ways: code
//! shared by sibling classes (a base-class method run on instances of several subclasses)
//! keeps each type's answer instead of refilling the slot on every call. The newest type goes
//! first; the others move one way along and the oldest is forgotten.
//!
//! The fields are `Cell`s so the common hit path reads them without a `RefCell` borrow.

use crate::object::{CodeData, Payload};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// LOAD_ATTR/STORE_ATTR: the object's type (at `version`) defines nothing under the name and
/// has no `__getattribute__`/`__setattr__` of its own, so the instance dict decides; `aux` is
/// the entry hint.
const INSTANCE_ATTR: u8 = 1;
/// LOAD_METHOD: the type (at `version`) has `value` under the name.
const METHOD: u8 = 2;
/// LOAD_GLOBAL: `value`, valid while the globals dict `key` is at `version` and the builtins
/// at `aux`.
const GLOBAL: u8 = 3;

/// A slot; `kind` 0 means empty (nothing cached yet).
#[derive(Default)]
pub struct CacheSlot {
    kind: Cell<u8>,
    version: Cell<u64>,
    aux: Cell<u64>,
    key: Cell<usize>,
    value: RefCell<Option<Value>>,
    /// The further ways of a type-keyed slot, newest first: their type versions
    /// (`NO_VERSION` when unused) and, for METHOD, their values.
    older_versions: [Cell<u64>; OLDER_WAYS],
    older_values: [RefCell<Option<Value>>; OLDER_WAYS],
}

/// Ways beyond the first in a type-keyed slot (four types in all: enough for the usual
/// family of subclasses sharing a base-class method).
const OLDER_WAYS: usize = 3;

/// No type has this version (versions count up from 1; 0 stands for "not a type").
const NO_VERSION: u64 = u64::MAX;

impl CacheSlot {
    fn empty() -> CacheSlot {
        CacheSlot { older_versions: std::array::from_fn(|_| Cell::new(NO_VERSION)), ..CacheSlot::default() }
    }

    /// Which way of a type-keyed slot of `kind` holds `version`: `Some(0)` for the first,
    /// `Some(1..)` for the older ones.
    #[inline]
    fn way_for(&self, kind: u8, version: u64) -> Option<usize> {
        if self.kind.get() != kind {
            return None;
        }
        if self.version.get() == version {
            return Some(0);
        }
        self.older_versions.iter().position(|v| v.get() == version).map(|i| i + 1)
    }

    /// The value cached in way `way` (see `way_for`).
    fn value_in(&self, way: usize) -> Option<Value> {
        if way == 0 { self.value.borrow().clone() } else { self.older_values[way - 1].borrow().clone() }
    }

    /// Makes `version` (with `value`) the first way; the previous ways of the same kind move
    /// one along and the oldest is forgotten.
    fn remember_type(&self, kind: u8, version: u64, value: Option<Value>) {
        if self.kind.get() == kind {
            for i in (1..OLDER_WAYS).rev() {
                self.older_versions[i].set(self.older_versions[i - 1].get());
                let moved = self.older_values[i - 1].borrow_mut().take();
                *self.older_values[i].borrow_mut() = moved;
            }
            self.older_versions[0].set(self.version.get());
            *self.older_values[0].borrow_mut() = self.value.borrow_mut().take();
        } else {
            self.forget_older_ways();
        }
        self.kind.set(kind);
        self.version.set(version);
        *self.value.borrow_mut() = value;
    }

    fn forget_older_ways(&self) {
        for (v, value) in self.older_versions.iter().zip(&self.older_values) {
            v.set(NO_VERSION);
            *value.borrow_mut() = None;
        }
    }
}

/// Fresh (empty) slots for a code object of `n` instructions.
pub fn new_slots(n: usize) -> Box<[CacheSlot]> {
    (0..n).map(|_| CacheSlot::empty()).collect()
}

#[inline]
fn type_version(cls: &ObjRef) -> u64 {
    cls.type_data().map_or(0, |t| t.version.get())
}

fn table_version(d: &ObjRef) -> u64 {
    match &d.payload {
        Payload::Dict(t) => t.borrow().version,
        _ => 0,
    }
}

fn is_native(v: Option<Value>) -> bool {
    matches!(v.as_ref().and_then(|v| v.as_obj()).map(|o| &o.payload), Some(Payload::Builtin(_)))
}

impl Vm {
    /// Whether attribute `name` of instances of `cls` is decided by the instance dict alone.
    fn instance_dict_decides(&self, cls: &ObjRef, name: &ObjRef, hook: &'static str) -> bool {
        self.lookup_type(cls, name).is_none() && is_native(self.lookup_type_str(cls, hook))
    }

    /// LOAD_ATTR through the instruction's cache slot.
    pub fn load_attr_cached(&mut self, obj: &Value, name: &ObjRef, code: &Rc<CodeData>, pc: usize) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if let (Some(dict), Some(cls)) = (&o.dict, &o.class) {
                let slot = &code.caches[pc];
                let version = type_version(cls);
                if slot.way_for(INSTANCE_ATTR, version).is_some() {
                    if let Payload::Dict(t) = &dict.payload {
                        let t = t.borrow();
                        if let Some(v) = t.value_at_hint(slot.aux.get() as usize, name) {
                            return Ok(v);
                        }
                        if let Some(i) = t.index_of_str(name) {
                            slot.aux.set(i as u64);
                            return Ok(t.entry(i).value.clone());
                        }
                    }
                } else if self.instance_dict_decides(cls, name, "__getattribute__") {
                    slot.remember_type(INSTANCE_ATTR, version, None);
                    slot.aux.set(u64::MAX);
                }
            }
        }
        self.get_attr(obj, name)
    }

    /// STORE_ATTR through the instruction's cache slot (plain instances only).
    pub fn store_attr_cached(&mut self, obj: &Value, name: &ObjRef, value: Value, code: &Rc<CodeData>, pc: usize) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if let (Some(dict), Some(cls), Payload::Instance(_)) = (&o.dict, &o.class, &o.payload) {
                let slot = &code.caches[pc];
                let version = type_version(cls);
                if slot.way_for(INSTANCE_ATTR, version).is_some() {
                    if let Payload::Dict(t) = &dict.payload {
                        let mut t = t.borrow_mut();
                        let hint = slot.aux.get() as usize;
                        if t.value_at_hint(hint, name).is_some() {
                            t.set_value(hint, value);
                            return Ok(());
                        }
                        drop(t);
                        crate::object::dict::dict_set_str(dict, name, value);
                        if let Some(i) = dict_index(dict, name) {
                            slot.aux.set(i as u64);
                        }
                        return Ok(());
                    }
                } else if self.instance_dict_decides(cls, name, "__setattr__") {
                    slot.remember_type(INSTANCE_ATTR, version, None);
                    slot.aux.set(u64::MAX);
                }
            }
        }
        self.set_attr(obj, name, value)
    }

    /// LOAD_METHOD through the instruction's cache slot.
    pub fn load_method_cached(&mut self, obj: Value, name: &ObjRef, code: &Rc<CodeData>, pc: usize) -> PyResult<(Value, Value)> {
        let slot = &code.caches[pc];
        let version = type_version(self.class_of(&obj));
        if let Some(way) = slot.way_for(METHOD, version) {
            let shadowed = match &obj {
                Value::Obj(o) => o.dict.as_ref().is_some_and(|d| dict_index(d, name).is_some()),
                _ => false,
            };
            if !shadowed {
                if let Some(func) = slot.value_in(way) {
                    return Ok((func, obj));
                }
            }
        }
        let (callable, receiver) = self.load_method(obj, name)?;
        if !matches!(receiver, Value::Null) {
            slot.remember_type(METHOD, version, Some(callable.clone()));
        }
        Ok((callable, receiver))
    }

    /// LOAD_GLOBAL through the instruction's cache slot.
    pub fn load_global_cached(&mut self, name: &ObjRef, globals: &ObjRef, builtins: &ObjRef, code: &Rc<CodeData>, pc: usize) -> Option<Value> {
        let slot = &code.caches[pc];
        let key = Rc::as_ptr(globals) as usize;
        let (gv, bv) = (table_version(globals), table_version(builtins));
        if slot.kind.get() == GLOBAL && slot.key.get() == key && slot.version.get() == gv && slot.aux.get() == bv {
            if let Some(v) = slot.value.borrow().clone() {
                return Some(v);
            }
        }
        let value = crate::object::dict::dict_get_str(globals, name).or_else(|| crate::object::dict::dict_get_str(builtins, name))?;
        if slot.kind.get() != GLOBAL {
            slot.forget_older_ways();
        }
        slot.kind.set(GLOBAL);
        slot.key.set(key);
        slot.version.set(gv);
        slot.aux.set(bv);
        *slot.value.borrow_mut() = Some(value.clone());
        Some(value)
    }
}

fn dict_index(d: &ObjRef, name: &ObjRef) -> Option<usize> {
    match &d.payload {
        Payload::Dict(t) => t.borrow().index_of_str(name),
        _ => None,
    }
}
