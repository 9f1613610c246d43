//! Attribute access: `getattr`, `setattr`, `delattr`, method lookup and descriptors.
//!
//! The generic algorithm is `object.__getattribute__`'s: a data descriptor found on the type
//! wins, then the instance dict, then a non-data descriptor or plain class attribute (bound if
//! it is a function), then `__getattr__`. Types and modules have their own rules
//! (`type_getattr`, `module_getattr`). A class that defines `__getattribute__` or `__setattr__`
//! in Python gets it called instead.
//!
//! `load_method` is the `LOAD_METHOD` fast path: when the attribute is a plain function on the
//! type and the instance dict does not shadow it, it returns the function and the receiver
//! separately, so no bound-method object is made.

use crate::object::function::Args;
use crate::object::{Payload, PyObject};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// One slot of the attribute cache: what `name` resolves to on the type whose version is
/// `version`. Holding the name keeps its address from being reused by another object.
#[derive(Clone, Default)]
pub struct AttrCacheEntry {
    version: u64,
    name: Option<ObjRef>,
    value: Option<Value>,
}

const ATTR_CACHE_SIZE: usize = 4096;

pub fn new_attr_cache() -> Vec<AttrCacheEntry> {
    vec![AttrCacheEntry::default(); ATTR_CACHE_SIZE]
}

impl Vm {
    /// Finds `name` along a type's MRO (no descriptors applied), through the attribute cache.
    pub fn lookup_type(&self, cls: &ObjRef, name: &ObjRef) -> Option<Value> {
        let data = cls.type_data()?;
        let version = data.version.get();
        let slot = ((version as usize).wrapping_mul(0x9E37_79B9) ^ (Rc::as_ptr(name) as usize >> 4)) & (ATTR_CACHE_SIZE - 1);
        {
            let cache = self.attr_cache.borrow();
            let entry = &cache[slot];
            if entry.version == version && entry.name.as_ref().is_some_and(|n| Rc::ptr_eq(n, name)) {
                return entry.value.clone();
            }
        }
        let value = self.lookup_type_uncached(cls, name);
        self.attr_cache.borrow_mut()[slot] = AttrCacheEntry { version, name: Some(name.clone()), value: value.clone() };
        value
    }

    fn lookup_type_uncached(&self, cls: &ObjRef, name: &ObjRef) -> Option<Value> {
        let data = cls.type_data()?;
        let mro = data.mro.borrow();
        for ty in mro.iter() {
            if let Some(t) = ty.type_data() {
                if let Some(v) = crate::object::dict::table_get_str(&t.attrs.borrow(), name) {
                    return Some(v);
                }
            }
        }
        None
    }

    pub fn lookup_type_str(&self, cls: &ObjRef, name: &'static str) -> Option<Value> {
        let key = self.ctx.intern_static(name);
        self.lookup_type(cls, &key)
    }

    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let key = self.intern(name);
        self.get_attr(obj, &key)
    }

    /// `getattr(obj, name)` with AttributeError turned into `None`.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_attr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn user_hook(&self, cls: &ObjRef, name: &'static str) -> Option<Value> {
        match self.lookup_type_str(cls, name) {
            Some(v @ Value::Obj(_)) if !matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Builtin(_))) => Some(v),
            _ => None,
        }
    }

    pub fn get_attr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Value> {
        let cls = self.class_of(obj).clone();
        if let Some(hook) = self.user_hook(&cls, "__getattribute__") {
            let result = self.call(&hook, Args::positional(&[obj.clone(), Value::Obj(name.clone())]));
            return match result {
                Err(e) if self.exc_matches(&e, "AttributeError") => match self.user_hook(&cls, "__getattr__") {
                    Some(getattr) => self.call(&getattr, Args::positional(&[obj.clone(), Value::Obj(name.clone())])),
                    None => Err(e),
                },
                other => other,
            };
        }
        let result = match obj {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => self.type_getattr(o, name),
            Value::Obj(o) if matches!(o.payload, Payload::Module { .. }) => self.module_getattr(o, name),
            Value::Obj(o) if matches!(o.payload, Payload::Super { .. }) => crate::object::descriptors::super_getattr(self, o, name),
            _ => self.generic_getattr(obj, name),
        };
        match result {
            Err(e) if self.exc_matches(&e, "AttributeError") => match self.user_hook(&cls, "__getattr__") {
                Some(getattr) => self.call(&getattr, Args::positional(&[obj.clone(), Value::Obj(name.clone())])),
                None => Err(e),
            },
            other => other,
        }
    }

    /// Whether a class attribute is a data descriptor (defines `__set__` or `__delete__`).
    pub fn is_data_descriptor(&mut self, desc: &Value) -> bool {
        match desc {
            Value::Obj(o) => match &o.payload {
                Payload::Property { .. } | Payload::SlotDescriptor { .. } => true,
                Payload::Function(_) | Payload::Builtin(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_) | Payload::Str(_) => false,
                _ => {
                    let cls = self.class_of(desc).clone();
                    cls.type_data().is_some_and(|t| t.is_heap)
                        && (self.lookup_type_str(&cls, "__set__").is_some() || self.lookup_type_str(&cls, "__delete__").is_some())
                }
            },
            _ => false,
        }
    }

    /// Whether a descriptor can be read (a data descriptor without `__get__` yields to the
    /// instance dict).
    fn has_get(&mut self, desc: &Value) -> bool {
        match desc {
            Value::Obj(o) => match &o.payload {
                Payload::Property { .. } | Payload::SlotDescriptor { .. } => true,
                _ => {
                    let cls = self.class_of(desc).clone();
                    self.lookup_type_str(&cls, "__get__").is_some()
                }
            },
            _ => false,
        }
    }

    /// Applies a class attribute's `__get__` for access through `obj` (None for class access).
    pub fn bind_descriptor(&mut self, desc: Value, obj: &Value, cls: &ObjRef) -> PyResult<Value> {
        let Value::Obj(d) = &desc else { return Ok(desc) };
        match &d.payload {
            Payload::Function(_) => {
                if obj.is_none() && !self.is_instance(obj, &self.ctx.types.none_type.clone()) {
                    return Ok(desc);
                }
                Ok(self.new_bound_method(desc.clone(), obj.clone()))
            }
            Payload::Builtin(b) if b.is_method => Ok(self.new_bound_method(desc.clone(), obj.clone())),
            Payload::Builtin(_) => Ok(desc),
            Payload::StaticMethod(f) => Ok(f.clone()),
            Payload::ClassMethod(f) => Ok(self.new_bound_method(f.clone(), Value::Obj(cls.clone()))),
            Payload::Property { fget, .. } => {
                if fget.is_none() {
                    let msg = crate::object::descriptors::missing_accessor_message(self, &desc, obj, "getter");
                    return self.attribute_error(msg);
                }
                let fget = fget.clone();
                self.call1(&fget, obj.clone())
            }
            Payload::SlotDescriptor { name, index, .. } => {
                let value = match obj {
                    Value::Obj(o) => match &o.payload {
                        Payload::Instance(slots) => slots.borrow().get(*index).cloned().flatten(),
                        _ => None,
                    },
                    _ => None,
                };
                match value {
                    Some(v) => Ok(v),
                    None => self.attribute_error(format!("'{}' object has no attribute '{name}'", self.type_name(obj))),
                }
            }
            _ => {
                let dcls = self.class_of(&desc).clone();
                if dcls.type_data().is_some_and(|t| t.is_heap) {
                    if let Some(get) = self.lookup_type_str(&dcls, "__get__") {
                        return self.call(&get, Args::positional(&[desc.clone(), obj.clone(), Value::Obj(cls.clone())]));
                    }
                }
                Ok(desc)
            }
        }
    }

    pub fn new_bound_method(&self, func: Value, receiver: Value) -> Value {
        Value::Obj(PyObject::new(self.ctx.types.method.clone(), Payload::BoundMethod { func, receiver }))
    }

    /// `object.__getattribute__`.
    pub fn generic_getattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Value> {
        let cls = self.class_of(obj).clone();
        let desc = self.lookup_type(&cls, name);
        if let Some(d) = &desc {
            if self.is_data_descriptor(d) && self.has_get(d) {
                return self.bind_descriptor(d.clone(), obj, &cls);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(dict) = &o.dict {
                if let Some(v) = crate::object::dict::dict_get_str(dict, name) {
                    return Ok(v);
                }
            }
        }
        if let Some(d) = desc {
            return self.bind_descriptor(d, obj, &cls);
        }
        let attr = name.as_str().unwrap_or("");
        let e = self.new_exception_msg("AttributeError", format!("'{}' object has no attribute '{attr}'", self.type_name(obj)));
        crate::exceptions::set_attribute_error_details(self, &e, obj, attr);
        Err(e)
    }

    /// `type.__getattribute__`: attributes of a class.
    pub fn type_getattr(&mut self, cls_obj: &ObjRef, name: &ObjRef) -> PyResult<Value> {
        let meta = cls_obj.class.clone().unwrap_or_else(|| cls_obj.clone());
        let meta_attr = self.lookup_type(&meta, name);
        let as_value = Value::Obj(cls_obj.clone());
        if let Some(m) = &meta_attr {
            if self.is_data_descriptor(m) {
                return self.bind_descriptor(m.clone(), &as_value, &meta);
            }
        }
        if let Some(attr) = self.lookup_type(cls_obj, name) {
            return match &attr {
                Value::Obj(a) => match &a.payload {
                    Payload::Function(_) | Payload::Builtin(_) => Ok(attr),
                    Payload::StaticMethod(f) => Ok(f.clone()),
                    Payload::ClassMethod(f) => Ok(self.new_bound_method(f.clone(), as_value)),
                    Payload::Property { .. } | Payload::SlotDescriptor { .. } => Ok(attr),
                    _ => {
                        let dcls = self.class_of(&attr).clone();
                        if dcls.type_data().is_some_and(|t| t.is_heap) {
                            if let Some(get) = self.lookup_type_str(&dcls, "__get__") {
                                return self.call(&get, Args::positional(&[attr.clone(), Value::None, as_value]));
                            }
                        }
                        Ok(attr)
                    }
                },
                _ => Ok(attr),
            };
        }
        if let Some(m) = meta_attr {
            return self.bind_descriptor(m, &as_value, &meta);
        }
        let type_name = cls_obj.type_data().map(|t| t.name()).unwrap_or_default();
        let attr = name.as_str().unwrap_or("");
        let e = self.new_exception_msg("AttributeError", format!("type object '{type_name}' has no attribute '{attr}'"));
        crate::exceptions::set_attribute_error_details(self, &e, &as_value, attr);
        Err(e)
    }

    fn module_getattr(&mut self, module: &ObjRef, name: &ObjRef) -> PyResult<Value> {
        if let Some(dict) = &module.dict {
            if let Some(v) = crate::object::dict::dict_get_str(dict, name) {
                return Ok(v);
            }
        }
        let cls = module.class.clone().expect("module class");
        if let Some(d) = self.lookup_type(&cls, name) {
            return self.bind_descriptor(d, &Value::Obj(module.clone()), &cls);
        }
        if let Some(dict) = &module.dict {
            if let Some(getattr) = crate::object::dict::dict_get_str(dict, &self.intern("__getattr__")) {
                return self.call1(&getattr, Value::Obj(name.clone()));
            }
        }
        let mname = match &module.payload {
            Payload::Module { name } => name.clone(),
            _ => String::new(),
        };
        let attr = name.as_str().unwrap_or("");
        let e = self.new_exception_msg("AttributeError", format!("module '{mname}' has no attribute '{attr}'"));
        crate::exceptions::set_attribute_error_details(self, &e, &Value::Obj(module.clone()), attr);
        Err(e)
    }

    /// `(callable, receiver)` for `obj.name(...)`; the receiver is `Null` when the callable is
    /// already bound or is not a method.
    pub fn load_method(&mut self, obj: Value, name: &ObjRef) -> PyResult<(Value, Value)> {
        let plain_instance = match &obj {
            Value::Obj(o) => !matches!(o.payload, Payload::Type(_) | Payload::Module { .. } | Payload::Super { .. }),
            _ => true,
        };
        if plain_instance {
            let cls = self.class_of(&obj).clone();
            if self.user_hook(&cls, "__getattribute__").is_none() {
                if let Some(desc) = self.lookup_type(&cls, name) {
                    let is_method = match &desc {
                        Value::Obj(d) => matches!(&d.payload, Payload::Function(_)) || matches!(&d.payload, Payload::Builtin(b) if b.is_method),
                        _ => false,
                    };
                    if is_method {
                        let shadowed = match &obj {
                            Value::Obj(o) => o.dict.as_ref().is_some_and(|d| crate::object::dict::dict_get_str(d, name).is_some()),
                            _ => false,
                        };
                        if !shadowed {
                            return Ok((desc, obj));
                        }
                    }
                }
            }
        }
        let v = self.get_attr(&obj, name)?;
        Ok((v, Value::Null))
    }

    pub fn set_attr(&mut self, obj: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
        let cls = self.class_of(obj).clone();
        if let Some(hook) = self.user_hook(&cls, "__setattr__") {
            self.call(&hook, Args::positional(&[obj.clone(), Value::Obj(name.clone()), value]))?;
            return Ok(());
        }
        if let Value::Obj(o) = obj {
            if let Payload::Type(_) = &o.payload {
                return self.type_setattr(o, name, Some(value));
            }
        }
        self.generic_setattr(obj, name, Some(value))
    }

    pub fn del_attr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<()> {
        let cls = self.class_of(obj).clone();
        if let Some(hook) = self.user_hook(&cls, "__delattr__") {
            self.call(&hook, Args::positional(&[obj.clone(), Value::Obj(name.clone())]))?;
            return Ok(());
        }
        if let Value::Obj(o) = obj {
            if let Payload::Type(_) = &o.payload {
                return self.type_setattr(o, name, None);
            }
        }
        self.generic_setattr(obj, name, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (value `None` deletes).
    pub fn generic_setattr(&mut self, obj: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
        let cls = self.class_of(obj).clone();
        let attr = name.as_str().unwrap_or("").to_string();
        if let Some(desc) = self.lookup_type(&cls, name) {
            if self.is_data_descriptor(&desc) {
                return self.descriptor_set(&desc, obj, value);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(dict) = &o.dict {
                return match value {
                    Some(v) => crate::object::dict::dict_set(self, dict, Value::Obj(name.clone()), v),
                    None => match crate::object::dict::dict_del(self, dict, &Value::Obj(name.clone()))? {
                        Some(_) => Ok(()),
                        None => self.attribute_error(format!("'{}' object has no attribute '{attr}'", self.type_name(obj))),
                    },
                };
            }
        }
        let tname = self.type_name(obj);
        if self.lookup_type(&cls, name).is_some() && cls.type_data().is_some_and(|t| !t.is_heap) {
            return self.attribute_error(format!("'{tname}' object attribute '{attr}' is read-only"));
        }
        self.attribute_error(format!("'{tname}' object has no attribute '{attr}'"))
    }

    fn descriptor_set(&mut self, desc: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
        let Value::Obj(d) = desc else { return Ok(()) };
        match &d.payload {
            Payload::Property { fset, fdel, .. } => {
                let (f, what) = if value.is_some() { (fset.clone(), "setter") } else { (fdel.clone(), "deleter") };
                if f.is_none() {
                    let msg = crate::object::descriptors::missing_accessor_message(self, desc, obj, what);
                    return self.attribute_error(msg);
                }
                match value {
                    Some(v) => self.call2(&f, obj.clone(), v)?,
                    None => self.call1(&f, obj.clone())?,
                };
                Ok(())
            }
            Payload::SlotDescriptor { index, name, .. } => {
                if let Value::Obj(o) = obj {
                    if let Payload::Instance(slots) = &o.payload {
                        let mut slots = slots.borrow_mut();
                        if *index < slots.len() {
                            if value.is_none() && slots[*index].is_none() {
                                drop(slots);
                                return self.attribute_error(format!("'{}' object has no attribute '{name}'", self.type_name(obj)));
                            }
                            slots[*index] = value;
                            return Ok(());
                        }
                    }
                }
                self.attribute_error(format!("'{}' object has no attribute '{name}'", self.type_name(obj)))
            }
            _ => {
                let dcls = self.class_of(desc).clone();
                match value {
                    Some(v) => {
                        let set = self.lookup_type_str(&dcls, "__set__");
                        match set {
                            Some(set) => self.call(&set, Args::positional(&[desc.clone(), obj.clone(), v]))?,
                            None => return self.attribute_error("__set__"),
                        };
                    }
                    None => {
                        let del = self.lookup_type_str(&dcls, "__delete__");
                        match del {
                            Some(del) => self.call(&del, Args::positional(&[desc.clone(), obj.clone()]))?,
                            None => return self.attribute_error("__delete__"),
                        };
                    }
                }
                Ok(())
            }
        }
    }

    /// `type.__setattr__`.
    pub fn type_setattr(&mut self, cls: &ObjRef, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
        let meta = cls.class.clone().unwrap_or_else(|| cls.clone());
        let attr = name.as_str().unwrap_or("").to_string();
        if let Some(desc) = self.lookup_type(&meta, name) {
            if self.is_data_descriptor(&desc) {
                return self.descriptor_set(&desc, &Value::Obj(cls.clone()), value);
            }
        }
        let data = cls.type_data().expect("a type");
        if !data.is_heap {
            return self.type_error(format!("cannot set '{attr}' attribute of immutable type '{}'", data.name()));
        }
        let key = Value::Obj(name.clone());
        let hash = crate::object::dict::str_hash(name);
        let mut attrs = data.attrs.borrow_mut();
        match attrs.lookup(hash, &key, crate::ops::hash::fast_eq) {
            crate::object::table::Lookup::Found(i) => match value {
                Some(v) => attrs.set_value(i, v),
                None => {
                    attrs.remove_at(i);
                }
            },
            _ => match value {
                Some(v) => attrs.insert_new(hash, key, v),
                None => {
                    drop(attrs);
                    return self.attribute_error(format!("type object '{}' has no attribute '{attr}'", data.name()));
                }
            },
        }
        drop(attrs);
        crate::object::typeobj::invalidate_versions(cls);
        Ok(())
    }
}

#[allow(dead_code)]
fn same(a: &ObjRef, b: &ObjRef) -> bool {
    Rc::ptr_eq(a, b)
}
