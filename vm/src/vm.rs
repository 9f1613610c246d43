//! `Vm`: one thread's handle on the interpreter.
//!
//! Every operation on objects takes `&mut Vm`. It owns the thread's frame stack, the exception
//! being handled (`sys.exc_info()`), and the recursion depth, and it reaches the shared
//! `Context` (types, singletons, modules). Protocol operations (attribute access, calls,
//! `repr`, comparison …) are methods on `Vm` defined in `ops/` and `call.rs`; this file holds the
//! constructors and the error helpers.

use crate::context::Context;
use crate::frame::Frame;
use crate::object::{DictTable, ExceptionData, Payload, PyObject, PyStr};
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::rc::Rc;

/// A Python exception being raised: the exception instance.
pub type PyErr = ObjRef;
pub type PyResult<T = Value> = Result<T, PyErr>;

pub struct Vm {
    pub ctx: Rc<Context>,
    pub frames: Vec<Box<Frame>>,
    /// The exception currently being handled (`sys.exc_info()[1]`), if any.
    pub handled: Option<Value>,
    /// Native recursion depth plus Python frames; compared with `recursion_limit`.
    pub depth: usize,
    pub recursion_limit: usize,
    pub builtins: ObjRef,
    pub builtins_dict: ObjRef,
    pub sys: Option<ObjRef>,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// `sys.path` (a list), set up by `sys` initialisation.
    pub path: Option<ObjRef>,
    /// Finished frames kept for reuse, so a call allocates nothing in the common case.
    pub frame_pool: Vec<Box<Frame>>,
    /// Emptied argument vectors kept for reuse by calls of natives from the loop (one per
    /// nesting level in use, so the common call allocates nothing).
    pub arg_buffers: Vec<Vec<Value>>,
    /// Results of attribute lookups along types' MROs, keyed by (type version, name).
    pub attr_cache: std::cell::RefCell<Vec<crate::ops::attr::AttrCacheEntry>>,
    /// This thread's serial in the GIL's books (1 for the main thread).
    pub thread: crate::gil::Serial,
    /// Instructions left before the GIL's tick policy acts (`gil::Gil::tick_expired`).
    pub ticks_left: u32,
    /// Run after this thread has released the GIL for good (`thread::ExitCallback`).
    pub exit_callbacks: Vec<crate::thread::ExitCallback>,
}

impl Vm {
    /// A fresh interpreter with its builtins module.
    pub fn new(ctx: Rc<Context>) -> Vm {
        let modules_dict = PyObject::new(ctx.types.dict.clone(), Payload::Dict(RefCell::new(DictTable::new())));
        let builtins_dict = PyObject::new(ctx.types.dict.clone(), Payload::Dict(RefCell::new(DictTable::new())));
        let builtins = PyObject::with_dict(
            ctx.types.module.clone(),
            builtins_dict.clone(),
            Payload::Module { name: "builtins".into() },
        );
        let mut vm = Vm::bare(ctx, builtins, builtins_dict, modules_dict);
        crate::builtins::init_builtins_module(&mut vm);
        vm
    }

    /// A handle with no frames on existing builtins and modules (`new`, and new threads).
    pub(crate) fn bare(ctx: Rc<Context>, builtins: ObjRef, builtins_dict: ObjRef, modules: ObjRef) -> Vm {
        Vm {
            ctx,
            frames: Vec::new(),
            handled: None,
            depth: 0,
            recursion_limit: 1000,
            builtins,
            builtins_dict,
            sys: None,
            modules,
            path: None,
            frame_pool: Vec::new(),
            arg_buffers: Vec::new(),
            attr_cache: std::cell::RefCell::new(crate::ops::attr::new_attr_cache()),
            thread: crate::gil::current(),
            ticks_left: crate::gil::GIL.tick_reload(),
            exit_callbacks: Vec::new(),
        }
    }

    // ----- frames -----

    /// A frame for `code`, recycled from the pool when one is free.
    pub fn alloc_frame(&mut self, code: &std::rc::Rc<crate::object::CodeData>, globals: &ObjRef, builtins: &ObjRef, locals: Option<Value>) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals, builtins);
                f.locals = locals;
                f.fill_fast();
                f
            }
            None => Box::new(Frame::new(code.clone(), globals.clone(), builtins.clone(), locals)),
        }
    }

    /// A frame for `code` with no fast locals yet (the caller pushes the arguments, then calls
    /// `fill_fast`).
    #[inline]
    pub fn recycled_frame(&mut self, code: &std::rc::Rc<crate::object::CodeData>, globals: &ObjRef, builtins: &ObjRef) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals, builtins);
                f
            }
            None => {
                let mut f = Box::new(Frame::new(code.clone(), globals.clone(), builtins.clone(), None));
                f.fast.clear();
                f
            }
        }
    }

    /// Returns a finished frame to the pool.
    pub fn release_frame(&mut self, mut frame: Box<Frame>) {
        if self.frame_pool.len() < 256 {
            // The frame keeps its code object (and so its constants) until it is reused, at
            // most 256 of them: swapping in a stand-in here cost two reference-count updates
            // per call.
            frame.clear();
            self.frame_pool.push(frame);
        }
    }

    // ----- type queries -----

    /// The class of a value.
    #[inline]
    pub fn class_of<'a>(&'a self, v: &'a Value) -> &'a ObjRef {
        let t = &self.ctx.types;
        match v {
            Value::None => &t.none_type,
            Value::Bool(_) => &t.bool_,
            Value::Int(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Obj(o) => o.class.as_ref().unwrap_or(&t.type_),
            Value::Null => panic!("NULL escaped the operand stack"),
        }
    }

    /// `type(v).__name__`.
    pub fn type_name(&self, v: &Value) -> String {
        self.class_of(v).type_data().map(|t| t.name()).unwrap_or_default()
    }

    /// Whether `cls` is `base` or a subclass of it (by MRO).
    pub fn is_subtype(&self, cls: &ObjRef, base: &ObjRef) -> bool {
        if Rc::ptr_eq(cls, base) {
            return true;
        }
        match cls.type_data() {
            Some(t) => t.mro.borrow().iter().any(|c| Rc::ptr_eq(c, base)),
            None => false,
        }
    }

    /// `isinstance(v, cls)` for a single class, without `__instancecheck__`.
    pub fn is_instance(&self, v: &Value, cls: &ObjRef) -> bool {
        self.is_subtype(self.class_of(v), cls)
    }

    // ----- constructors -----

    pub fn new_str(&self, s: impl Into<Box<str>>) -> Value {
        Value::Obj(self.ctx.new_str(s))
    }

    pub fn intern(&self, s: &str) -> ObjRef {
        self.ctx.intern(s)
    }

    pub fn new_int(&self, i: BigInt) -> Value {
        match i.to_i64() {
            Some(small) => Value::Int(small),
            None => Value::Obj(PyObject::new(self.ctx.types.int.clone(), Payload::Int(i))),
        }
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.ctx.empty_tuple.clone());
        }
        Value::Obj(PyObject::new(self.ctx.types.tuple.clone(), Payload::Tuple(items.into_boxed_slice())))
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(PyObject::new(self.ctx.types.list.clone(), Payload::List(RefCell::new(items))))
    }

    pub fn new_dict_obj(&self) -> ObjRef {
        PyObject::new(self.ctx.types.dict.clone(), Payload::Dict(RefCell::new(DictTable::new())))
    }

    pub fn new_dict(&self) -> Value {
        Value::Obj(self.new_dict_obj())
    }

    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(PyObject::new(self.ctx.types.bytes.clone(), Payload::Bytes(b.into_boxed_slice())))
    }

    pub fn new_set(&self, table: crate::object::SetTable) -> Value {
        Value::Obj(PyObject::new(self.ctx.types.set.clone(), Payload::Set(RefCell::new(table))))
    }

    pub fn new_frozenset(&self, table: crate::object::SetTable) -> Value {
        Value::Obj(PyObject::new(self.ctx.types.frozenset.clone(), Payload::FrozenSet(table)))
    }

    pub fn new_complex(&self, re: f64, im: f64) -> Value {
        Value::Obj(PyObject::new(self.ctx.types.complex.clone(), Payload::Complex(re, im)))
    }

    pub fn not_implemented(&self) -> Value {
        self.ctx.not_implemented.clone()
    }

    pub fn is_not_implemented(&self, v: &Value) -> bool {
        v.is(&self.ctx.not_implemented)
    }

    // ----- exceptions -----

    /// An exception instance of a builtin class with a str message.
    pub fn new_exception_msg(&self, name: &str, msg: impl Into<Box<str>>) -> PyErr {
        let cls = self.ctx.exc(name);
        let args = self.new_tuple(vec![self.new_str(msg)]);
        self.new_exception_with_args(cls, args)
    }

    pub fn new_exception_with_args(&self, cls: ObjRef, args: Value) -> PyErr {
        let dict = self.new_dict_obj();
        PyObject::with_dict(cls, dict, Payload::Exception(RefCell::new(ExceptionData::new(args))))
    }

    pub fn err<T>(&self, name: &str, msg: impl Into<Box<str>>) -> PyResult<T> {
        Err(self.new_exception_msg(name, msg))
    }

    pub fn type_error<T>(&self, msg: impl Into<Box<str>>) -> PyResult<T> {
        self.err("TypeError", msg)
    }

    pub fn value_error<T>(&self, msg: impl Into<Box<str>>) -> PyResult<T> {
        self.err("ValueError", msg)
    }

    pub fn index_error<T>(&self, msg: impl Into<Box<str>>) -> PyResult<T> {
        self.err("IndexError", msg)
    }

    pub fn overflow_error<T>(&self, msg: impl Into<Box<str>>) -> PyResult<T> {
        self.err("OverflowError", msg)
    }

    pub fn zero_division<T>(&self, msg: impl Into<Box<str>>) -> PyResult<T> {
        self.err("ZeroDivisionError", msg)
    }

    pub fn attribute_error<T>(&self, msg: impl Into<Box<str>>) -> PyResult<T> {
        self.err("AttributeError", msg)
    }

    /// `KeyError(key)`: the key itself is the argument.
    pub fn key_error<T>(&self, key: Value) -> PyResult<T> {
        let args = self.new_tuple(vec![key]);
        Err(self.new_exception_with_args(self.ctx.exc("KeyError"), args))
    }

    /// `StopIteration(value)`.
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let args = if value.is_none() { self.new_tuple(vec![]) } else { self.new_tuple(vec![value.clone()]) };
        let e = self.new_exception_with_args(self.ctx.exc("StopIteration"), args);
        let _ = self.set_attr_in_dict(&e, "value", value);
        e
    }

    /// Sets an entry in an object's attribute dict directly (no descriptors).
    pub fn set_attr_in_dict(&mut self, obj: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        match &obj.dict {
            Some(d) => {
                let key = Value::Obj(self.intern(name));
                crate::object::dict::dict_set(self, d, key, value)
            }
            None => Ok(()),
        }
    }

    /// Whether an exception instance is of the builtin class `name` (or a subclass).
    pub fn exc_matches(&self, exc: &PyErr, name: &str) -> bool {
        self.is_subtype(exc.class.as_ref().unwrap_or(&self.ctx.types.type_), &self.ctx.exc(name))
    }

    /// The str of a value known to be a str object.
    pub fn str_of<'v>(&self, v: &'v Value) -> Option<&'v str> {
        match v {
            Value::Obj(o) => o.as_str(),
            _ => None,
        }
    }

    pub fn py_str<'v>(&self, v: &'v Value) -> Option<&'v PyStr> {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// The module `sys`.
    pub fn sys_module(&self) -> ObjRef {
        self.sys.clone().expect("sys is initialised")
    }
}
