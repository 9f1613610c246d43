//! `type`: calling a class, creating classes (`type(name, bases, ns)`, `__build_class__`), the
//! C3 MRO, and the attributes every class has (`__name__`, `__mro__`, `__dict__` …).
//!
//! Class creation: the metaclass is the most derived of the explicit one and the bases'
//! metaclasses; `__prepare__` makes the namespace; the body runs with it as its locals; then
//! the metaclass is called. `type.__new__` copies the namespace, computes the MRO, turns
//! `__slots__` into slot descriptors, fills the `__class__` cell for zero-argument `super()`,
//! calls `__set_name__` on attributes and `__init_subclass__` on the parent.

use super::types::{BaseKind, TypeData};
use super::{DictTable, Payload, PyObject};
use crate::context::Context;
use crate::object::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Adds read-only attributes backed by native getters.
pub fn add_getters(ctx: &Context, ty: &ObjRef, getters: &[(&'static str, crate::object::NativeFn)]) {
    for (name, f) in getters {
        let fget = ctx.new_builtin(name, "getset", *f, false);
        let prop = PyObject::new(
            ctx.types.property.clone(),
            Payload::Property { fget: Value::Obj(fget), fset: Value::None, fdel: Value::None, doc: Value::None, name: Default::default() },
        );
        ctx.set_type_attr(ty, name, Value::Obj(prop));
    }
}

/// Adds read-write attributes: the native function is called with (obj) to get and
/// (obj, value) to set.
pub fn add_properties(ctx: &Context, ty: &ObjRef, props: &[(&'static str, crate::object::NativeFn)]) {
    for (name, f) in props {
        let func = Value::Obj(ctx.new_builtin(name, "getset", *f, false));
        let prop = PyObject::new(ctx.types.property.clone(), Payload::Property { fget: func.clone(), fset: func, fdel: Value::None, doc: Value::None, name: Default::default() });
        ctx.set_type_attr(ty, name, Value::Obj(prop));
    }
}

/// Gives a type and all its subclasses new versions after an attribute changed, so lookups
/// cached under the old versions (the VM's attribute cache) are never used again.
pub fn invalidate_versions(cls: &ObjRef) {
    if let Some(t) = cls.type_data() {
        t.version.set(super::next_version());
        let subs: Vec<ObjRef> = t.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
        for sub in subs {
            invalidate_versions(&sub);
        }
    }
}

/// C3 linearization.
pub fn compute_mro(vm: &Vm, cls: &ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
            let name = b.type_data().map(|t| t.name()).unwrap_or_default();
            return vm.type_error(format!("duplicate base class {name}"));
        }
    }
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| b.type_data().map(|t| t.mro.borrow().clone()).unwrap_or_default()).collect();
    seqs.push(bases.to_vec());
    let mut result = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let candidate = seqs.iter().map(|s| s[0].clone()).find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, c))));
        let Some(next) = candidate else {
            // CPython names the classes at the heads of the lists left to merge.
            let mut heads: Vec<ObjRef> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(s[0].clone());
                }
            }
            let names: Vec<String> = heads.iter().filter_map(|b| b.type_data().map(|t| t.name())).collect();
            return vm.type_error(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", ")));
        };
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        result.push(next);
    }
}

impl Vm {
    /// `cls(*args, **kwargs)`.
    pub fn call_type(&mut self, cls: &ObjRef, args: Args) -> PyResult<Value> {
        // type(x) with one argument.
        if Rc::ptr_eq(cls, &self.ctx.types.type_) && args.pos.len() == 1 && args.kwnames.is_empty() {
            return Ok(Value::Obj(self.class_of(&args.pos[0]).clone()));
        }
        let meta = cls.class.clone().unwrap_or_else(|| self.ctx.types.type_.clone());
        if !Rc::ptr_eq(&meta, &self.ctx.types.type_) {
            if let Some(call) = self.lookup_type_str(&meta, "__call__") {
                if !matches!(call.as_obj().map(|o| &o.payload), Some(Payload::Builtin(_))) {
                    let mut pos = vec![Value::Obj(cls.clone())];
                    pos.extend_from_slice(args.pos);
                    return self.call(&call, Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues });
                }
            }
        }
        self.default_type_call(cls, args)
    }

    /// `type.__call__`: `__new__` then `__init__`.
    pub fn default_type_call(&mut self, cls: &ObjRef, args: Args) -> PyResult<Value> {
        let new = self.lookup_type_str(cls, "__new__");
        let mut pos = Vec::with_capacity(args.pos.len() + 1);
        pos.push(Value::Obj(cls.clone()));
        pos.extend_from_slice(args.pos);
        let obj = match new {
            Some(Value::Obj(n)) => {
                let f = match &n.payload {
                    Payload::StaticMethod(f) => f.clone(),
                    _ => Value::Obj(n.clone()),
                };
                self.call(&f, Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues })?
            }
            _ => return self.type_error(format!("cannot create '{}' instances", cls.type_data().map(|t| t.name()).unwrap_or_default())),
        };
        if !self.is_instance(&obj, cls) {
            return Ok(obj);
        }
        let ocls = self.class_of(&obj).clone();
        if let Some(init) = self.lookup_type_str(&ocls, "__init__") {
            pos[0] = obj.clone();
            let r = self.call(&init, Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues })?;
            if !r.is_none() {
                return self.type_error(format!("__init__() should return None, not '{}'", self.type_name(&r)));
            }
        }
        Ok(obj)
    }

    /// Creates a class: `type.__new__(meta, name, bases, namespace, **kwargs)`.
    pub fn new_class(&mut self, meta: &ObjRef, name: &str, bases: Vec<ObjRef>, namespace: &Value, kwargs: &[(String, Value)]) -> PyResult<ObjRef> {
        let object = self.ctx.types.object.clone();
        let bases = if bases.is_empty() { vec![object.clone()] } else { bases };
        for b in &bases {
            match b.type_data() {
                Some(t) if !t.subclassable => {
                    return self.type_error(format!("type '{}' is not an acceptable base type", t.name()));
                }
                None => return self.type_error("bases must be types"),
                _ => {}
            }
        }
        // The payload kind comes from the bases' builtin layouts, which must agree.
        let mut base_kind = BaseKind::Object;
        for b in &bases {
            let k = b.type_data().expect("type").base_kind;
            if k == BaseKind::Object {
                continue;
            }
            if base_kind != BaseKind::Object && base_kind != k {
                return self.type_error("multiple bases have instance lay-out conflict");
            }
            base_kind = k;
        }
        let items = crate::object::dict::mapping_items(self, namespace)?;
        let mut attrs = DictTable::new();
        let mut qualname = name.to_string();
        let mut classcell = None;
        let mut slots: Option<Vec<String>> = None;
        for (k, v) in &items {
            let Some(key) = self.str_of(k) else { continue };
            match key {
                "__qualname__" => {
                    qualname = self.str_of(v).map(str::to_string).unwrap_or(qualname);
                    continue;
                }
                "__classcell__" => {
                    classcell = v.as_obj().cloned();
                    continue;
                }
                "__slots__" => {
                    let names = if self.str_of(v).is_some() { vec![v.clone()] } else { self.collect(v)? };
                    slots = Some(names.iter().map(|n| self.str_of(n).unwrap_or("").to_string()).collect());
                }
                _ => {}
            }
            let key_obj = self.intern(key);
            let value = match (key, v) {
                ("__init_subclass__" | "__class_getitem__", Value::Obj(f)) if matches!(f.payload, Payload::Function(_)) => {
                    Value::Obj(PyObject::new(self.ctx.types.classmethod.clone(), Payload::ClassMethod(v.clone())))
                }
                ("__new__", Value::Obj(f)) if matches!(f.payload, Payload::Function(_)) => {
                    Value::Obj(PyObject::new(self.ctx.types.staticmethod.clone(), Payload::StaticMethod(v.clone())))
                }
                _ => v.clone(),
            };
            let hash = crate::object::dict::str_hash(&key_obj);
            attrs.insert_new(hash, Value::Obj(key_obj), value);
        }
        // A namespace without `__module__` (`type(name, bases, ns)`) gets the calling code's
        // module name, as `type_new` takes it from the current frame's globals.
        let module_key = self.intern("__module__");
        if crate::object::dict::table_get_str(&attrs, &module_key).is_none() {
            let globals = self.frames.last().map(|f| f.globals.clone());
            if let Some(name) = globals.and_then(|g| crate::object::dict::dict_get_str(&g, &self.intern("__name__"))) {
                let hash = crate::object::dict::str_hash(&module_key);
                attrs.insert_new(hash, Value::Obj(module_key), name);
            }
        }
        let eq_key = self.intern("__eq__");
        let hash_key = self.intern("__hash__");
        if crate::object::dict::table_get_str(&attrs, &eq_key).is_some() && crate::object::dict::table_get_str(&attrs, &hash_key).is_none() {
            let hash = crate::object::dict::str_hash(&hash_key);
            attrs.insert_new(hash, Value::Obj(hash_key), Value::None);
        }
        let base_slots: usize = bases.iter().map(|b| b.type_data().map_or(0, |t| t.nslots)).max().unwrap_or(0);
        let inherits_dict = bases.iter().any(|b| b.type_data().is_some_and(|t| t.instance_dict || t.base_kind == BaseKind::Exception));
        let (nslots, instance_dict, slot_names) = match &slots {
            Some(names) => {
                let own: Vec<String> = names.iter().filter(|n| *n != "__dict__" && *n != "__weakref__").cloned().collect();
                (base_slots + own.len(), inherits_dict || names.iter().any(|n| n == "__dict__"), own)
            }
            None => (base_slots, true, Vec::new()),
        };
        let module = crate::object::dict::table_get_str(&attrs, &self.intern("__module__"))
            .and_then(|m| self.str_of(&m).map(str::to_string))
            .unwrap_or_else(|| "builtins".into());
        let cls = PyObject::new(
            meta.clone(),
            Payload::Type(Box::new(TypeData {
                attrs: RefCell::new(attrs),
                name: RefCell::new(name.to_string()),
                qualname: RefCell::new(qualname),
                module: RefCell::new(module),
                bases: RefCell::new(bases.clone()),
                mro: RefCell::new(Vec::new()),
                base_kind,
                is_heap: true,
                nslots,
                instance_dict,
                version: Cell::new(super::next_version()),
                subclassable: true,
                subclasses: RefCell::new(Vec::new()),
                collection_flags: Cell::new(0),
            })),
        );
        let mro = compute_mro(self, &cls, &bases)?;
        *cls.type_data().expect("type").mro.borrow_mut() = mro;
        for b in &bases {
            if let Some(t) = b.type_data() {
                t.subclasses.borrow_mut().push(Rc::downgrade(&cls));
            }
        }
        for (i, slot) in slot_names.iter().enumerate() {
            let desc = PyObject::new(
                self.ctx.types.member_descriptor.clone(),
                Payload::SlotDescriptor { name: slot.clone(), index: base_slots + i, owner: cls.clone() },
            );
            let key = self.intern(slot);
            self.type_setattr(&cls, &key, Some(Value::Obj(desc)))?;
        }
        if let Some(cell) = classcell {
            if let Payload::Cell(c) = &cell.payload {
                *c.borrow_mut() = Some(Value::Obj(cls.clone()));
            }
        }
        // __set_name__ on attributes that want it.
        let entries: Vec<(Value, Value)> = cls.type_data().expect("type").attrs.borrow().items();
        for (k, v) in entries {
            if let Value::Obj(vo) = &v {
                let wants = matches!(vo.payload, Payload::Instance(_) | Payload::Property { .. });
                if wants || vo.class.as_ref().and_then(|c| c.type_data()).is_some_and(|t| t.is_heap) {
                    let vcls = self.class_of(&v).clone();
                    if let Some(set_name) = self.lookup_type_str(&vcls, "__set_name__") {
                        self.call(&set_name, Args::positional(&[v.clone(), Value::Obj(cls.clone()), k.clone()]))?;
                    }
                }
            }
        }
        // super().__init_subclass__(**kwargs)
        let mro = cls.type_data().expect("type").mro.borrow().clone();
        let init_subclass = self.intern("__init_subclass__");
        for parent in mro.iter().skip(1) {
            if let Some(v) = crate::object::dict::table_get_str(&parent.type_data().expect("type").attrs.borrow(), &init_subclass) {
                let func = match &v {
                    Value::Obj(o) => match &o.payload {
                        Payload::ClassMethod(f) => f.clone(),
                        _ => v.clone(),
                    },
                    _ => v.clone(),
                };
                let names: Vec<Value> = kwargs.iter().map(|(k, _)| self.new_str(k.as_str())).collect();
                let values: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
                self.call(&func, Args { pos: &[Value::Obj(cls.clone())], kwnames: &names, kwvalues: &values })?;
                break;
            }
        }
        Ok(cls)
    }

    /// The most derived metaclass among `meta` and the bases' metaclasses.
    pub fn calculate_metaclass(&mut self, meta: &ObjRef, bases: &[ObjRef]) -> PyResult<ObjRef> {
        let mut winner = meta.clone();
        for b in bases {
            let bm = b.class.clone().unwrap_or_else(|| self.ctx.types.type_.clone());
            if self.is_subtype(&winner, &bm) {
                continue;
            }
            if self.is_subtype(&bm, &winner) {
                winner = bm;
                continue;
            }
            return self.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        Ok(winner)
    }
}

fn ty(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => Ok(o.clone()),
        _ => vm.type_error(format!("descriptor requires a 'type' object but received a '{}'", vm.type_name(v))),
    }
}

fn t_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = ty(vm, &args.pos[0])?;
    if let Some(v) = args.pos.get(1) {
        let Some(s) = vm.str_of(v) else { return vm.type_error("can only assign string to __name__") };
        *t.type_data().expect("type").name.borrow_mut() = s.to_string();
        return Ok(Value::None);
    }
    Ok(vm.new_str(t.type_data().expect("type").name()))
}

fn t_qualname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = ty(vm, &args.pos[0])?;
    if let Some(v) = args.pos.get(1) {
        let s = vm.str_of(v).unwrap_or("").to_string();
        *t.type_data().expect("type").qualname.borrow_mut() = s;
        return Ok(Value::None);
    }
    let q = t.type_data().expect("type").qualname.borrow().clone();
    Ok(vm.new_str(q))
}

fn own_attr(vm: &Vm, t: &ObjRef, name: &str) -> Option<Value> {
    crate::object::dict::table_get_str(&t.type_data()?.attrs.borrow(), &vm.intern(name))
}

fn t_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = ty(vm, &args.pos[0])?;
    if let Some(v) = args.pos.get(1) {
        let key = vm.intern("__module__");
        let data = t.type_data().expect("type");
        let hash = crate::object::dict::str_hash(&key);
        let mut attrs = data.attrs.borrow_mut();
        match attrs.lookup(hash, &Value::Obj(key.clone()), crate::ops::hash::fast_eq) {
            crate::object::table::Lookup::Found(i) => attrs.set_value(i, v.clone()),
            _ => attrs.insert_new(hash, Value::Obj(key), v.clone()),
        }
        drop(attrs);
        invalidate_versions(&t);
        return Ok(Value::None);
    }
    Ok(own_attr(vm, &t, "__module__").unwrap_or_else(|| vm.new_str(t.type_data().expect("type").module.borrow().clone())))
}

fn t_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = ty(vm, &args.pos[0])?;
    Ok(own_attr(vm, &t, "__doc__").unwrap_or(Value::None))
}

fn t_mro_attr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = ty(vm, &args.pos[0])?;
    let mro: Vec<Value> = t.type_data().expect("type").mro.borrow().iter().map(|c| Value::Obj(c.clone())).collect();
    Ok(vm.new_tuple(mro))
}

fn t_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = ty(vm, &args.pos[0])?;
    let mro: Vec<Value> = t.type_data().expect("type").mro.borrow().iter().map(|c| Value::Obj(c.clone())).collect();
    Ok(vm.new_list(mro))
}

fn t_bases(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = ty(vm, &args.pos[0])?;
    let bases: Vec<Value> = t.type_data().expect("type").bases.borrow().iter().map(|c| Value::Obj(c.clone())).collect();
    Ok(vm.new_tuple(bases))
}

fn t_base(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = ty(vm, &args.pos[0])?;
    let base = t.type_data().expect("type").bases.borrow().first().map(|c| Value::Obj(c.clone()));
    Ok(base.unwrap_or(Value::None))
}

fn t_dict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = ty(vm, &args.pos[0])?;
    Ok(Value::Obj(PyObject::new(vm.ctx.types.mappingproxy.clone(), Payload::MappingProxy(t))))
}

fn t_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = ty(vm, &args.pos[0])?;
    let data = t.type_data().expect("type");
    let module = own_attr(vm, &t, "__module__").and_then(|m| vm.str_of(&m).map(str::to_string)).unwrap_or_else(|| data.module.borrow().clone());
    let q = data.qualname.borrow().clone();
    if module == "builtins" {
        Ok(vm.new_str(format!("<class '{q}'>")))
    } else {
        Ok(vm.new_str(format!("<class '{module}.{q}'>")))
    }
}

fn t_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = ty(vm, &args.pos[0])?;
    vm.default_type_call(&t, args.shift())
}

fn t_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let meta = ty(vm, &args.pos[0])?;
    if args.pos.len() == 2 && Rc::ptr_eq(&meta, &vm.ctx.types.type_) {
        return Ok(Value::Obj(vm.class_of(&args.pos[1]).clone()));
    }
    if args.pos.len() != 4 {
        return vm.type_error("type() takes 1 or 3 arguments");
    }
    let Some(name) = vm.str_of(&args.pos[1]).map(str::to_string) else {
        return vm.type_error(format!("type.__new__() argument 1 must be str, not {}", vm.type_name(&args.pos[1])));
    };
    if !vm.is_instance(&args.pos[2], &vm.ctx.types.tuple) {
        return vm.type_error(format!("type.__new__() argument 2 must be tuple, not {}", vm.type_name(&args.pos[2])));
    }
    if !vm.is_instance(&args.pos[3], &vm.ctx.types.dict) {
        return vm.type_error(format!("type.__new__() argument 3 must be dict, not {}", vm.type_name(&args.pos[3])));
    }
    let mut bases = Vec::new();
    for b in crate::object::tuple::tuple_items(&args.pos[2]).iter() {
        match b {
            Value::Obj(o) if o.type_data().is_some() => bases.push(o.clone()),
            _ => return vm.type_error("bases must be types"),
        }
    }
    let meta = vm.calculate_metaclass(&meta, &bases)?;
    let kwargs: Vec<(String, Value)> = args.kwargs().map(|(k, v)| (k.to_string(), v.clone())).collect();
    let cls = vm.new_class(&meta, &name, bases, &args.pos[3], &kwargs)?;
    Ok(Value::Obj(cls))
}

fn t_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn t_prepare(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_dict())
}

fn t_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = ty(vm, &args.pos[0])?;
    Ok(Value::bool(vm.is_instance(&args.pos[1], &t)))
}

fn t_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = ty(vm, &args.pos[0])?;
    let sub = ty(vm, &args.pos[1])?;
    Ok(Value::bool(vm.is_subtype(&sub, &t)))
}

fn t_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = ty(vm, &args.pos[0])?;
    let subs: Vec<Value> = t.type_data().expect("type").subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Obj).collect();
    Ok(vm.new_list(subs))
}

fn t_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = args;
    Ok(vm.not_implemented())
}

pub fn register(ctx: &Context) {
    let t = &ctx.types.type_;
    ctx.add_methods(t, "type", &[
        ("__repr__", t_repr),
        ("__call__", t_call),
        ("__init__", t_init),
        ("mro", t_mro),
        ("__instancecheck__", t_instancecheck),
        ("__subclasscheck__", t_subclasscheck),
        ("__subclasses__", t_subclasses),
        ("__or__", t_or),
    ]);
    let new = ctx.new_builtin("__new__", "type", t_new, false);
    ctx.set_type_attr(t, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    let prepare = ctx.new_builtin("__prepare__", "type", t_prepare, false);
    ctx.set_type_attr(t, "__prepare__", Value::Obj(PyObject::new(ctx.types.classmethod.clone(), Payload::ClassMethod(Value::Obj(prepare)))));
    add_properties(ctx, t, &[("__name__", t_name), ("__qualname__", t_qualname), ("__module__", t_module)]);
    add_getters(ctx, t, &[("__doc__", t_doc), ("__mro__", t_mro_attr), ("__bases__", t_bases), ("__base__", t_base), ("__dict__", t_dict)]);
}
