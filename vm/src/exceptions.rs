//! The builtin exception hierarchy, exception methods, and the raise/catch machinery.
//!
//! Exception classes are ordinary types whose instances carry an `Exception` payload (args,
//! traceback entries, cause, context). Class-specific attributes live in the instance dict and
//! are set by the class's `__init__` (`StopIteration.value`, `SystemExit.code`,
//! `OSError.errno`/`strerror`/`filename`, `SyntaxError.lineno` …). `str()` of an exception
//! follows CPython per class (KeyError shows the repr of its key; OSError its errno form).

use crate::context::Context;
use crate::object::exception::{TbEntry, TracebackData};
use crate::object::function::Args;
use crate::object::types::BaseKind;
use crate::object::{DictTable, Payload, PyObject};
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// (name, parent) in definition order.
const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("ExceptionGroup", "BaseExceptionGroup"), // and Exception: see exception_group::add_second_base
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

pub fn build_hierarchy(ctx: &Context) -> HashMap<&'static str, ObjRef> {
    let mut map: HashMap<&'static str, ObjRef> = HashMap::new();
    for (name, parent) in HIERARCHY {
        let base = if parent.is_empty() { ctx.types.object.clone() } else { map[parent].clone() };
        let mut mro = vec![];
        let ty = PyObject::new(
            ctx.types.type_.clone(),
            Payload::Type(Box::new(crate::object::TypeData {
                attrs: RefCell::new(DictTable::new()),
                name: RefCell::new(name.to_string()),
                qualname: RefCell::new(name.to_string()),
                module: RefCell::new("builtins".into()),
                bases: RefCell::new(vec![base.clone()]),
                mro: RefCell::new(Vec::new()),
                base_kind: BaseKind::Exception,
                is_heap: false,
                nslots: 0,
                instance_dict: true,
                version: Cell::new(crate::object::next_version()),
                subclassable: true,
                subclasses: RefCell::new(Vec::new()),
                collection_flags: Cell::new(0),
            })),
        );
        mro.push(ty.clone());
        mro.extend(base.type_data().expect("type").mro.borrow().iter().cloned());
        *ty.type_data().expect("type").mro.borrow_mut() = mro;
        map.insert(name, ty);
    }
    crate::object::exception_group::add_second_base(&map);
    map.insert("EnvironmentError", map["OSError"].clone());
    map.insert("IOError", map["OSError"].clone());
    map
}

fn exc_data(e: &ObjRef) -> Option<&RefCell<crate::object::ExceptionData>> {
    match &e.payload {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

pub fn push_traceback(exc: &PyErr, entry: TbEntry) {
    if let Some(d) = exc_data(exc) {
        d.borrow_mut().traceback.push(entry);
    }
}

pub fn traceback_entries(exc: &PyErr) -> Vec<TbEntry> {
    exc_data(exc).map(|d| d.borrow().traceback.clone()).unwrap_or_default()
}

pub fn set_cause(exc: &PyErr, cause: &PyErr) {
    if let Some(d) = exc_data(exc) {
        let mut d = d.borrow_mut();
        d.cause = Value::Obj(cause.clone());
        d.suppress_context = true;
    }
}

pub fn cause_of(exc: &PyErr) -> Option<ObjRef> {
    exc_data(exc).and_then(|d| d.borrow().cause.as_obj().cloned())
}

pub fn context_of(exc: &PyErr) -> Option<ObjRef> {
    exc_data(exc).and_then(|d| d.borrow().context.as_obj().cloned())
}

pub fn suppress_context(exc: &PyErr) -> bool {
    exc_data(exc).is_some_and(|d| d.borrow().suppress_context)
}

/// Sets `exc.__context__ = ctx` unless that would make a cycle (as CPython breaks them).
pub fn set_context_checked(exc: &PyErr, ctx: &ObjRef) {
    if Rc::ptr_eq(exc, ctx) {
        return;
    }
    // Walk ctx's context chain; if exc is on it, cut the link to it.
    let mut cur = ctx.clone();
    loop {
        let next = context_of(&cur);
        match next {
            Some(n) if Rc::ptr_eq(&n, exc) => {
                if let Some(d) = exc_data(&cur) {
                    d.borrow_mut().context = Value::None;
                }
                break;
            }
            Some(n) => cur = n,
            None => break,
        }
    }
    if let Some(d) = exc_data(exc) {
        d.borrow_mut().context = Value::Obj(ctx.clone());
    }
}

pub fn set_name_attr(vm: &Vm, e: &PyErr, name: &str) {
    if let Some(d) = &e.dict {
        if let Payload::Dict(t) = &d.payload {
            let key = vm.intern("name");
            let hash = crate::object::dict::str_hash(&key);
            t.borrow_mut().insert_new(hash, Value::Obj(key), vm.new_str(name));
        }
    }
}

pub fn set_attribute_error_details(vm: &Vm, e: &PyErr, obj: &Value, name: &str) {
    set_name_attr(vm, e, name);
    if let Some(d) = &e.dict {
        if let Payload::Dict(t) = &d.payload {
            let key = vm.intern("obj");
            let hash = crate::object::dict::str_hash(&key);
            t.borrow_mut().insert_new(hash, Value::Obj(key), obj.clone());
        }
    }
}

/// Turns the operand of `raise` into an exception instance (instantiating a class), with
/// its cause set. `Err` carries the TypeError when the operand is not an exception.
pub fn make_raisable(vm: &mut Vm, exc: Value, cause: Option<Value>) -> Result<PyErr, PyErr> {
    let exc = instantiate(vm, exc, "exceptions must derive from BaseException")?;
    if let Some(cause) = cause {
        let cause_obj = if cause.is_none() {
            None
        } else {
            Some(instantiate(vm, cause, "exception causes must derive from BaseException")?)
        };
        if let Some(d) = exc_data(&exc) {
            let mut d = d.borrow_mut();
            d.cause = cause_obj.map(Value::Obj).unwrap_or(Value::None);
            d.suppress_context = true;
        }
    }
    Ok(exc)
}

fn instantiate(vm: &mut Vm, v: Value, message: &str) -> Result<PyErr, PyErr> {
    let base = vm.ctx.exc("BaseException");
    match &v {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
            if !vm.is_subtype(o, &base) {
                return Err(vm.new_exception_msg("TypeError", message));
            }
            let inst = vm.call0(&v)?;
            match inst {
                Value::Obj(e) if vm.is_instance(&Value::Obj(e.clone()), &base) => Ok(e),
                other => {
                    let r = vm.repr_string(&v).unwrap_or_default();
                    let msg = format!("calling {r} should have returned an instance of BaseException, not {}", vm.type_name(&other));
                    Err(vm.new_exception_msg("TypeError", msg))
                }
            }
        }
        Value::Obj(o) if vm.is_instance(&v, &base) => Ok(o.clone()),
        _ => Err(vm.new_exception_msg("TypeError", message)),
    }
}

/// `gen.throw(typ[, val])`.
pub fn exception_from_throw(vm: &mut Vm, typ: Value, val: Option<Value>) -> PyResult<PyErr> {
    match (&typ, val) {
        (Value::Obj(o), Some(v)) if matches!(o.payload, Payload::Type(_)) => {
            if vm.is_instance(&v, o) {
                return v.as_obj().cloned().ok_or_else(|| vm.new_exception_msg("TypeError", "bad exception"));
            }
            let args = match &v {
                Value::Obj(t) if matches!(t.payload, Payload::Tuple(_)) => crate::object::tuple::tuple_items(&v).to_vec(),
                _ => vec![v],
            };
            let e = vm.call(&typ, Args::positional(&args))?;
            Ok(e.as_obj().cloned().expect("exception instance"))
        }
        _ => match make_raisable(vm, typ, None) {
            Ok(e) => Ok(e),
            Err(_) => vm.type_error("exceptions must be classes or instances deriving from BaseException, not str"),
        },
    }
}

impl Vm {
    /// CHECK_EXC_MATCH: `isinstance(exc, ty)` where ty is a class or tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let base = self.ctx.exc("BaseException");
        let classes: Vec<Value> = match ty {
            Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => crate::object::tuple::tuple_items(ty).to_vec(),
            other => vec![other.clone()],
        };
        for c in &classes {
            match c {
                Value::Obj(co) if matches!(co.payload, Payload::Type(_)) && self.is_subtype(co, &base) => {}
                _ => return self.type_error("catching classes that do not inherit from BaseException is not allowed"),
            }
        }
        Ok(classes.iter().any(|c| self.is_instance(exc, c.as_obj().expect("class"))))
    }

    /// BEFORE_WITH: looks up `__enter__`/`__exit__` on the type and calls `__enter__`.
    pub fn before_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let cls = self.class_of(&mgr).clone();
        let enter = self.lookup_type_str(&cls, "__enter__");
        let exit = self.lookup_type_str(&cls, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missing = if self.lookup_type_str(&cls, "__enter__").is_none() { "" } else { " (missed __exit__ method)" };
            return self.type_error(format!("'{}' object does not support the context manager protocol{missing}", self.type_name(&mgr)));
        };
        let exit = self.bind_descriptor(exit, &mgr, &cls)?;
        let enter = self.bind_descriptor(enter, &mgr, &cls)?;
        let entered = self.call0(&enter)?;
        Ok((exit, entered))
    }

    /// WITH_EXCEPT_START: `exit(type(exc), exc, exc.__traceback__)`.
    pub fn call_exit_with_exception(&mut self, exit: &Value, exc: &Value) -> PyResult<Value> {
        let ty = Value::Obj(self.class_of(exc).clone());
        let tb = match exc {
            Value::Obj(e) => traceback_object(self, e),
            _ => Value::None,
        };
        self.call(exit, Args::positional(&[ty, exc.clone(), tb]))
    }
}

/// `exc.__traceback__`: a traceback object over the recorded entries, or None.
pub fn traceback_object(vm: &Vm, exc: &PyErr) -> Value {
    let entries = traceback_entries(exc);
    if entries.is_empty() {
        return Value::None;
    }
    let pos = entries.len() - 1;
    Value::Obj(PyObject::new(vm.ctx.types.traceback.clone(), Payload::Traceback(TracebackData { entries: Rc::new(entries), pos })))
}

// ----- methods -----

fn this(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Exception(_)) => Ok(o.clone()),
        _ => vm.type_error("descriptor requires a 'BaseException' object"),
    }
}

fn args_of(e: &ObjRef) -> Vec<Value> {
    exc_data(e).map(|d| crate::object::tuple::tuple_items(&d.borrow().args).to_vec()).unwrap_or_default()
}

fn be_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.pos.first() else { return vm.type_error("BaseException.__new__(X): X is not a type object") };
    let rest = vm.new_tuple(args.pos[1..].to_vec());
    Ok(Value::Obj(vm.new_exception_with_args(cls.clone(), rest)))
}

fn be_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    if let Some(d) = exc_data(&e) {
        d.borrow_mut().args = vm.new_tuple(args.pos[1..].to_vec());
    }
    Ok(Value::None)
}

pub fn exception_str(vm: &mut Vm, e: &ObjRef) -> PyResult<String> {
    let a = args_of(e);
    match a.len() {
        0 => Ok(String::new()),
        1 => vm.str_string(&a[0]),
        _ => {
            let t = vm.new_tuple(a);
            vm.str_string(&t)
        }
    }
}

fn be_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let s = exception_str(vm, &e)?;
    Ok(vm.new_str(s))
}

fn be_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let name = vm.type_name(&args.pos[0]);
    let a = args_of(&e);
    let inner = if a.len() == 1 {
        vm.repr_string(&a[0])?
    } else {
        let t = vm.new_tuple(a);
        let r = vm.repr_string(&t)?;
        r[1..r.len() - 1].trim_end_matches(',').to_string()
    };
    Ok(vm.new_str(format!("{name}({inner})")))
}

fn be_args(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    if let Some(new) = args.pos.get(1) {
        let t = vm.collect(new)?;
        let t = vm.new_tuple(t);
        exc_data(&e).expect("exception").borrow_mut().args = t;
        return Ok(Value::None);
    }
    Ok(exc_data(&e).map(|d| d.borrow().args.clone()).unwrap_or(Value::None))
}

fn be_with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    set_traceback(vm, &e, args.pos.get(1).unwrap_or(&Value::None))?;
    Ok(args.pos[0].clone())
}

fn set_traceback(vm: &mut Vm, e: &ObjRef, tb: &Value) -> PyResult<()> {
    let entries = match tb {
        Value::None => Vec::new(),
        Value::Obj(t) => match &t.payload {
            Payload::Traceback(td) => td.entries[..=td.pos].to_vec(),
            _ => return vm.type_error("__traceback__ must be a traceback or None"),
        },
        _ => return vm.type_error("__traceback__ must be a traceback or None"),
    };
    exc_data(e).expect("exception").borrow_mut().traceback = entries;
    Ok(())
}

fn be_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    if let Some(tb) = args.pos.get(1) {
        set_traceback(vm, &e, tb)?;
        return Ok(Value::None);
    }
    Ok(traceback_object(vm, &e))
}

fn be_cause(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    if let Some(c) = args.pos.get(1) {
        let mut d = exc_data(&e).expect("exception").borrow_mut();
        d.cause = c.clone();
        d.suppress_context = true;
        return Ok(Value::None);
    }
    Ok(exc_data(&e).map(|d| d.borrow().cause.clone()).unwrap_or(Value::None))
}

fn be_context(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    if let Some(c) = args.pos.get(1) {
        exc_data(&e).expect("exception").borrow_mut().context = c.clone();
        return Ok(Value::None);
    }
    Ok(exc_data(&e).map(|d| d.borrow().context.clone()).unwrap_or(Value::None))
}

fn be_suppress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    if let Some(c) = args.pos.get(1) {
        let b = vm.is_true(c)?;
        exc_data(&e).expect("exception").borrow_mut().suppress_context = b;
        return Ok(Value::None);
    }
    Ok(Value::bool(suppress_context(&e)))
}

fn set_attr(vm: &mut Vm, e: &ObjRef, name: &str, v: Value) -> PyResult<()> {
    vm.set_attr_in_dict(e, name, v)
}

fn stop_iteration_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    be_init(vm, args)?;
    let e = this(vm, &args)?;
    set_attr(vm, &e, "value", args.pos.get(1).cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn system_exit_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    be_init(vm, args)?;
    let e = this(vm, &args)?;
    let code = match args.pos.len() {
        1 => Value::None,
        2 => args.pos[1].clone(),
        _ => vm.new_tuple(args.pos[1..].to_vec()),
    };
    set_attr(vm, &e, "code", code)?;
    Ok(Value::None)
}

fn key_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let a = args_of(&e);
    if a.len() == 1 {
        let r = vm.repr_string(&a[0])?;
        return Ok(vm.new_str(r));
    }
    be_str(vm, args)
}

fn import_error_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let positional = Args::positional(args.pos);
    be_init(vm, positional)?;
    let e = this(vm, &args)?;
    set_attr(vm, &e, "name", args.kw("name").cloned().unwrap_or(Value::None))?;
    set_attr(vm, &e, "path", args.kw("path").cloned().unwrap_or(Value::None))?;
    set_attr(vm, &e, "msg", args.pos.get(1).cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn name_error_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    be_init(vm, Args::positional(args.pos))?;
    let e = this(vm, &args)?;
    set_attr(vm, &e, "name", args.kw("name").cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn attribute_error_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    be_init(vm, Args::positional(args.pos))?;
    let e = this(vm, &args)?;
    set_attr(vm, &e, "name", args.kw("name").cloned().unwrap_or(Value::None))?;
    set_attr(vm, &e, "obj", args.kw("obj").cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

/// The OSError subclass for an errno (as CPython's OSError constructor picks it).
fn oserror_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        32 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        _ => return None,
    })
}

fn oserror_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.pos.first() else { return vm.type_error("OSError.__new__(X): X is not a type object") };
    let mut cls = cls.clone();
    if Rc::ptr_eq(&cls, &vm.ctx.exc("OSError")) && args.pos.len() >= 3 {
        if let Value::Int(errno) = args.pos[1] {
            if let Some(sub) = oserror_subclass(errno) {
                cls = vm.ctx.exc(sub);
            }
        }
    }
    let rest = vm.new_tuple(args.pos[1..].to_vec());
    Ok(Value::Obj(vm.new_exception_with_args(cls, rest)))
}

fn oserror_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let a = &args.pos[1..];
    let (errno, strerror, filename) = if (2..=5).contains(&a.len()) {
        (a[0].clone(), a[1].clone(), a.get(2).cloned().unwrap_or(Value::None))
    } else {
        (Value::None, Value::None, Value::None)
    };
    let stored_args = if (3..=5).contains(&a.len()) { vec![a[0].clone(), a[1].clone()] } else { a.to_vec() };
    exc_data(&e).expect("exception").borrow_mut().args = vm.new_tuple(stored_args);
    set_attr(vm, &e, "errno", errno)?;
    set_attr(vm, &e, "strerror", strerror)?;
    set_attr(vm, &e, "filename", filename)?;
    set_attr(vm, &e, "filename2", a.get(4).cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn oserror_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let ev = Value::Obj(e.clone());
    let errno = vm.get_attr_opt(&ev, "errno")?.unwrap_or(Value::None);
    let strerror = vm.get_attr_opt(&ev, "strerror")?.unwrap_or(Value::None);
    let filename = vm.get_attr_opt(&ev, "filename")?.unwrap_or(Value::None);
    let filename2 = vm.get_attr_opt(&ev, "filename2")?.unwrap_or(Value::None);
    if !filename.is_none() {
        let (en, se, fr) = (vm.str_string(&errno)?, vm.str_string(&strerror)?, vm.repr_string(&filename)?);
        if !filename2.is_none() {
            let f2 = vm.repr_string(&filename2)?;
            return Ok(vm.new_str(format!("[Errno {en}] {se}: {fr} -> {f2}")));
        }
        return Ok(vm.new_str(format!("[Errno {en}] {se}: {fr}")));
    }
    if !errno.is_none() && !strerror.is_none() {
        let (en, se) = (vm.str_string(&errno)?, vm.str_string(&strerror)?);
        return Ok(vm.new_str(format!("[Errno {en}] {se}")));
    }
    be_str(vm, args)
}

fn syntax_error_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    be_init(vm, args)?;
    let e = this(vm, &args)?;
    let msg = args.pos.get(1).cloned().unwrap_or(Value::None);
    set_attr(vm, &e, "msg", msg)?;
    let fields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
    let details = match args.pos.get(2) {
        Some(t) => vm.collect(t)?,
        None => Vec::new(),
    };
    for (i, f) in fields.iter().enumerate() {
        set_attr(vm, &e, f, details.get(i).cloned().unwrap_or(Value::None))?;
    }
    set_attr(vm, &e, "print_file_and_line", Value::None)?;
    Ok(Value::None)
}

fn syntax_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let ev = Value::Obj(e.clone());
    let msg = vm.get_attr_opt(&ev, "msg")?.unwrap_or(Value::None);
    let msg = if msg.is_none() { exception_str(vm, &e)? } else { vm.str_string(&msg)? };
    let filename = vm.get_attr_opt(&ev, "filename")?.unwrap_or(Value::None);
    let lineno = vm.get_attr_opt(&ev, "lineno")?.unwrap_or(Value::None);
    let file = vm.str_of(&filename).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let s = match (file, lineno) {
        (Some(f), Value::Int(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), _) => format!("{msg} ({f})"),
        (None, Value::Int(l)) => format!("{msg} (line {l})"),
        _ => msg,
    };
    Ok(vm.new_str(s))
}

fn unicode_decode_error_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    be_init(vm, args)?;
    let e = this(vm, &args)?;
    for (i, f) in ["encoding", "object", "start", "end", "reason"].iter().enumerate() {
        set_attr(vm, &e, f, args.pos.get(i + 1).cloned().unwrap_or(Value::None))?;
    }
    Ok(Value::None)
}

fn unicode_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let ev = Value::Obj(e.clone());
    let get = |vm: &mut Vm, n: &str| vm.get_attr_opt(&ev, n).ok().flatten().unwrap_or(Value::None);
    let (encoding, object, start, end, reason) = (get(vm, "encoding"), get(vm, "object"), get(vm, "start"), get(vm, "end"), get(vm, "reason"));
    let (Value::Int(s), Value::Int(en)) = (&start, &end) else { return be_str(vm, args) };
    let enc = vm.str_string(&encoding)?;
    let reason = vm.str_string(&reason)?;
    let is_decode = vm.is_instance(&ev, &vm.ctx.exc("UnicodeDecodeError"));
    let text = if is_decode {
        let byte = match &object {
            Value::Obj(o) => match &o.payload {
                Payload::Bytes(b) => b.get(*s as usize).copied().unwrap_or(0),
                Payload::ByteArray(b) => b.borrow().get(*s as usize).copied().unwrap_or(0),
                _ => 0,
            },
            _ => 0,
        };
        if en - s == 1 {
            format!("'{enc}' codec can't decode byte 0x{byte:02x} in position {s}: {reason}")
        } else {
            format!("'{enc}' codec can't decode bytes in position {s}-{}: {reason}", en - 1)
        }
    } else {
        let text = vm.str_of(&object).unwrap_or("").to_string();
        let ch = text.chars().nth(*s as usize).unwrap_or('\0');
        let c = ch as u32;
        let shown = if c < 0x100 { format!("\\x{c:02x}") } else if c < 0x10000 { format!("\\u{c:04x}") } else { format!("\\U{c:08x}") };
        if en - s == 1 {
            format!("'{enc}' codec can't encode character '{shown}' in position {s}: {reason}")
        } else {
            format!("'{enc}' codec can't encode characters in position {s}-{}: {reason}", en - 1)
        }
    };
    Ok(vm.new_str(text))
}

fn tb_attr(vm: &mut Vm, args: Args, which: &str) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.pos.first() else { return Ok(Value::None) };
    let Payload::Traceback(td) = &o.payload else { return Ok(Value::None) };
    let entry = &td.entries[td.pos];
    Ok(match which {
        "tb_lineno" => Value::Int(entry.line() as i64),
        "tb_lasti" => Value::Int(entry.instr as i64),
        "tb_next" => {
            if td.pos == 0 {
                Value::None
            } else {
                Value::Obj(PyObject::new(vm.ctx.types.traceback.clone(), Payload::Traceback(TracebackData { entries: td.entries.clone(), pos: td.pos - 1 })))
            }
        }
        "tb_frame" => crate::builtins::frame_proxy(vm, entry),
        _ => Value::None,
    })
}

fn tb_lineno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tb_attr(vm, args, "tb_lineno")
}
fn tb_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tb_attr(vm, args, "tb_next")
}
fn tb_lasti(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tb_attr(vm, args, "tb_lasti")
}
fn tb_frame(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tb_attr(vm, args, "tb_frame")
}

pub fn register(ctx: &Context) {
    let be = ctx.exc("BaseException");
    let new = ctx.new_builtin("__new__", "BaseException", be_new, false);
    ctx.set_type_attr(&be, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    ctx.add_methods(&be, "BaseException", &[("__init__", be_init), ("__str__", be_str), ("__repr__", be_repr), ("with_traceback", be_with_traceback)]);
    crate::object::typeobj::add_properties(ctx, &be, &[
        ("args", be_args),
        ("__traceback__", be_traceback),
        ("__cause__", be_cause),
        ("__context__", be_context),
        ("__suppress_context__", be_suppress),
    ]);
    ctx.add_methods(&ctx.exc("StopIteration"), "StopIteration", &[("__init__", stop_iteration_init)]);
    ctx.add_methods(&ctx.exc("SystemExit"), "SystemExit", &[("__init__", system_exit_init)]);
    ctx.add_methods(&ctx.exc("KeyError"), "KeyError", &[("__str__", key_error_str)]);
    ctx.add_methods(&ctx.exc("ImportError"), "ImportError", &[("__init__", import_error_init)]);
    ctx.add_methods(&ctx.exc("NameError"), "NameError", &[("__init__", name_error_init)]);
    ctx.add_methods(&ctx.exc("AttributeError"), "AttributeError", &[("__init__", attribute_error_init)]);
    let os = ctx.exc("OSError");
    let new = ctx.new_builtin("__new__", "OSError", oserror_new, false);
    ctx.set_type_attr(&os, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    ctx.add_methods(&os, "OSError", &[("__init__", oserror_init), ("__str__", oserror_str)]);
    ctx.add_methods(&ctx.exc("SyntaxError"), "SyntaxError", &[("__init__", syntax_error_init), ("__str__", syntax_error_str)]);
    for name in ["UnicodeDecodeError", "UnicodeEncodeError"] {
        ctx.add_methods(&ctx.exc(name), "UnicodeError", &[("__init__", unicode_decode_error_init), ("__str__", unicode_error_str)]);
    }
    crate::object::typeobj::add_getters(ctx, &ctx.types.traceback, &[("tb_lineno", tb_lineno), ("tb_next", tb_next), ("tb_lasti", tb_lasti), ("tb_frame", tb_frame)]);
}
