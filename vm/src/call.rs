//! Calls: dispatch on the kind of callable, and binding arguments to a Python frame.
//!
//! `bind_frame` implements CPython's argument binding — positional, `*args`, keywords,
//! `**kwargs`, defaults, keyword-only and positional-only parameters — with CPython's error
//! messages (which name the function by its `__qualname__`). The loop calls it directly for
//! Python-to-Python calls; `Vm::call` is the general entry for everything else.

use crate::eval::FrameExit;
use crate::frame::Frame;
use crate::object::function::Args;
use crate::object::{Function, GeneratorData, Payload, PyObject};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use ferropy_compiler::code::flags;
use std::cell::RefCell;

impl Vm {
    /// Counts a call against the recursion limit.
    pub fn enter_call(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > self.recursion_limit {
            self.depth -= 1;
            return Err(self.new_exception_msg("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Calls any callable.
    pub fn call(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        let Value::Obj(o) = callable else {
            return self.type_error(format!("'{}' object is not callable", self.type_name(callable)));
        };
        match &o.payload {
            Payload::Function(func) => {
                let frame = bind_frame(self, o, func, args.pos, args.kwnames, args.kwvalues)?;
                if func.code.is_generator {
                    return Ok(self.new_generator(frame, func));
                }
                match self.run_frame(frame)? {
                    FrameExit::Return(v) => Ok(v),
                    FrameExit::Yield(..) => unreachable!("a plain function frame cannot yield"),
                }
            }
            Payload::Builtin(b) => {
                self.enter_call()?;
                let result = match &b.receiver {
                    None => (b.func)(self, args),
                    Some(recv) => {
                        let mut pos = Vec::with_capacity(args.pos.len() + 1);
                        pos.push(recv.clone());
                        pos.extend_from_slice(args.pos);
                        (b.func)(self, Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues })
                    }
                };
                self.depth -= 1;
                result
            }
            Payload::BoundMethod { func, receiver } => {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(receiver.clone());
                pos.extend_from_slice(args.pos);
                self.call(func, Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues })
            }
            Payload::Type(_) => self.call_type(o, args),
            _ => {
                let cls = self.class_of(callable).clone();
                match self.lookup_type_str(&cls, "__call__") {
                    Some(call) => {
                        let mut pos = Vec::with_capacity(args.pos.len() + 1);
                        pos.push(callable.clone());
                        pos.extend_from_slice(args.pos);
                        self.call(&call, Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues })
                    }
                    None => self.type_error(format!("'{}' object is not callable", self.type_name(callable))),
                }
            }
        }
    }

    pub fn call0(&mut self, callable: &Value) -> PyResult<Value> {
        self.call(callable, Args::positional(&[]))
    }

    pub fn call1(&mut self, callable: &Value, a: Value) -> PyResult<Value> {
        self.call(callable, Args::positional(&[a]))
    }

    pub fn call2(&mut self, callable: &Value, a: Value, b: Value) -> PyResult<Value> {
        self.call(callable, Args::positional(&[a, b]))
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let key = self.intern(name);
        let (callable, receiver) = self.load_method(obj.clone(), &key)?;
        if matches!(receiver, Value::Null) {
            self.call(&callable, Args::positional(args))
        } else {
            let mut pos = Vec::with_capacity(args.len() + 1);
            pos.push(receiver);
            pos.extend_from_slice(args);
            self.call(&callable, Args::positional(&pos))
        }
    }

    /// Calls a special method looked up on the type (as the interpreter does for dunders):
    /// `None` when the type has no such method.
    pub fn call_special(&mut self, obj: &Value, name: &'static str, args: &[Value]) -> PyResult<Option<Value>> {
        let cls = self.class_of(obj).clone();
        let Some(method) = self.lookup_type_str(&cls, name) else { return Ok(None) };
        if self.depth >= self.recursion_limit && matches!(method.as_obj().map(|m| &m.payload), Some(Payload::Function(_))) {
            return Err(self.new_exception_msg("RecursionError", "maximum recursion depth exceeded while calling a Python object"));
        }
        if let Value::Obj(m) = &method {
            if matches!(m.payload, Payload::Function(_) | Payload::Builtin(_)) {
                // The receiver goes first; the usual one- and two-argument dunders build it on the stack.
                return match args {
                    [] => self.call(&method, Args::positional(&[obj.clone()])),
                    [a] => self.call(&method, Args::positional(&[obj.clone(), a.clone()])),
                    _ => {
                        let mut pos = Vec::with_capacity(args.len() + 1);
                        pos.push(obj.clone());
                        pos.extend_from_slice(args);
                        self.call(&method, Args::positional(&pos))
                    }
                }
                .map(Some);
            }
        }
        let bound = self.bind_descriptor(method, obj, &cls)?;
        self.call(&bound, Args::positional(args)).map(Some)
    }

    pub(crate) fn new_generator(&mut self, frame: Box<Frame>, func: &Function) -> Value {
        let code = func.code.clone();
        let data = GeneratorData {
            frame: Some(frame),
            code,
            running: false,
            started: false,
            name: func.name.borrow().clone(),
            qualname: func.qualname.borrow().clone(),
            saved_exc: None,
            kind: crate::object::generator::GenKind::of_flags(func.code.code.flags),
            running_async: false,
            ag_closed: false,
        };
        Value::Obj(PyObject::new(data.kind.class(self), Payload::Generator(RefCell::new(data))))
    }

    /// MAKE_FUNCTION.
    pub fn make_function(
        &mut self,
        code: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        annotations: Option<Value>,
        closure: Option<Value>,
        globals: &ObjRef,
        builtins: &ObjRef,
    ) -> Value {
        let code = match &code {
            Value::Obj(o) => match &o.payload {
                Payload::Code(c) => c.clone(),
                _ => panic!("MAKE_FUNCTION needs a code object"),
            },
            _ => panic!("MAKE_FUNCTION needs a code object"),
        };
        let (globals, builtins) = (globals.clone(), builtins.clone());
        let module = crate::object::dict::dict_get_str(&globals, &self.intern("__name__")).unwrap_or(Value::None);
        let closure = closure.map(|c| crate::object::tuple::tuple_items(&c).iter().filter_map(|v| v.as_obj().cloned()).collect()).unwrap_or_default();
        let doc = match code.code.docstring() {
            Some(d) if code.code.flags & flags::OPTIMIZED != 0 && code.code.name != "<lambda>" => self.new_str(d),
            _ => Value::None,
        };
        let func = Function {
            name: RefCell::new(code.code.name.clone()),
            qualname: RefCell::new(code.code.qualname.clone()),
            code,
            globals,
            builtins,
            defaults: RefCell::new(defaults.map(|d| crate::object::tuple::tuple_items(&d).to_vec())),
            kwdefaults: RefCell::new(kwdefaults.and_then(|d| d.as_obj().cloned())),
            closure,
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            annotations: RefCell::new(annotations.and_then(|a| a.as_obj().cloned())),
        };
        let dict = self.new_dict_obj();
        Value::Obj(PyObject::with_dict(self.ctx.types.function.clone(), dict, Payload::Function(Box::new(func))))
    }
}

fn join_names(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Binds call arguments to a new frame for a Python function.
pub fn bind_frame(vm: &mut Vm, func_obj: &ObjRef, func: &Function, pos: &[Value], kwnames: &[Value], kwvalues: &[Value]) -> PyResult<Box<Frame>> {
    let _ = func_obj;
    if kwnames.is_empty() && crate::eval::is_simple_call(func, pos.len()) {
        return Ok(simple_frame(vm, func, pos.iter().cloned()));
    }
    let code = &func.code;
    let co = &code.code;
    let mut frame = vm.alloc_frame(code, &func.globals, &func.builtins, None);
    let argcount = co.argcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let has_varargs = co.flags & flags::VARARGS != 0;
    let has_varkw = co.flags & flags::VARKEYWORDS != 0;
    let fast = &mut frame.fast;
    let npos = pos.len().min(argcount);
    for (slot, v) in fast.iter_mut().zip(&pos[..npos]) {
        *slot = v.clone();
    }
    let qualname = || func.qualname.borrow().clone();
    if has_varargs {
        let extra = if pos.len() > argcount { pos[argcount..].to_vec() } else { Vec::new() };
        fast[argcount + kwonly] = vm.new_tuple(extra);
    } else if pos.len() > argcount {
        let ndefaults = func.defaults.borrow().as_ref().map_or(0, |d| d.len());
        let kw_given = kwnames.iter().filter(|n| {
            let n = vm.str_of(n).unwrap_or("");
            co.varnames[argcount..argcount + kwonly].iter().any(|k| k == n)
        }).count();
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", argcount - ndefaults, argcount)
        } else {
            format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
        };
        let given = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                pos.len(),
                if pos.len() == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{} {} given", pos.len(), if pos.len() == 1 { "was" } else { "were" })
        };
        return vm.type_error(format!("{}() takes {takes} but {given}", qualname()));
    }
    let kwargs_dict = if has_varkw { Some(vm.new_dict_obj()) } else { None };
    let kwargs_index = argcount + kwonly + has_varargs as usize;
    let posonly = co.posonlyargcount as usize;
    let mut posonly_as_kw = Vec::new();
    for (name_v, value) in kwnames.iter().zip(kwvalues) {
        let name = vm.str_of(name_v).unwrap_or("").to_string();
        let found = co.varnames[posonly..argcount + kwonly].iter().position(|v| *v == name).map(|i| i + posonly);
        match found {
            Some(i) => {
                if !fast[i].is_null() {
                    return vm.type_error(format!("{}() got multiple values for argument '{name}'", qualname()));
                }
                fast[i] = value.clone();
            }
            None => match &kwargs_dict {
                Some(d) => crate::object::dict::dict_set(vm, d, name_v.clone(), value.clone())?,
                None => {
                    if co.varnames[..posonly].contains(&name) {
                        posonly_as_kw.push(name);
                    } else {
                        return vm.type_error(format!("{}() got an unexpected keyword argument '{name}'", qualname()));
                    }
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(),
            posonly_as_kw.join(", ")
        ));
    }
    if let Some(d) = kwargs_dict {
        fast[kwargs_index] = Value::Obj(d);
    }
    // Defaults for the positional parameters not given.
    if pos.len() < argcount {
        let defaults = func.defaults.borrow();
        let defaults: &[Value] = defaults.as_deref().unwrap_or(&[]);
        let first_default = argcount - defaults.len();
        let mut missing = Vec::new();
        for i in pos.len()..argcount {
            if fast[i].is_null() {
                if i >= first_default {
                    fast[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(co.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return vm.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qualname(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            ));
        }
    }
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for i in argcount..argcount + kwonly {
            if fast[i].is_null() {
                let name = co.varnames[i].clone();
                let default = match &kwdefaults {
                    Some(d) => crate::object::dict::dict_get_str(d, &vm.intern(&name)),
                    None => None,
                };
                match default {
                    Some(v) => fast[i] = v,
                    None => missing.push(name),
                }
            }
        }
        if !missing.is_empty() {
            return vm.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qualname(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            ));
        }
    }
    // Cells: fresh ones (holding the argument when a parameter is captured), then the closure.
    for target in code.cell_to_arg.iter() {
        let initial = target.map(|a| frame.fast[a].clone()).filter(|v| !v.is_null());
        frame.cells.push(PyObject::new(vm.ctx.types.cell.clone(), Payload::Cell(RefCell::new(initial))));
    }
    frame.cells.extend(func.closure.iter().cloned());
    Ok(frame)
}

/// The frame for a call that needs no binding: exactly the positional parameters, no
/// keywords, defaults, `*args`/`**kwargs` or cells (see `eval::is_simple_call`). The
/// arguments become the first fast locals.
#[inline]
pub fn simple_frame(vm: &mut Vm, func: &Function, args: impl Iterator<Item = Value>) -> Box<Frame> {
    let mut frame = vm.recycled_frame(&func.code, &func.globals, &func.builtins);
    frame.fast.extend(args);
    frame.fill_fast();
    frame.cells.extend(func.closure.iter().cloned());
    frame
}

/// `simple_frame` for arguments that sit at the top of the caller's operand stack
/// (`stack[first..]`, after an optional `receiver` such as a new instance for `__init__`):
/// they move, with no reference-count traffic. Nearly every call passes one to three values;
/// those move with pops and pushes the compiler keeps inline, where a drain's `extend` is an
/// out-of-line loop that cost a tenth of a call.
#[inline]
pub fn simple_frame_from_stack(vm: &mut Vm, func: &Function, receiver: Option<Value>, stack: &mut Vec<Value>, first: usize) -> Box<Frame> {
    let mut frame = vm.recycled_frame(&func.code, &func.globals, &func.builtins);
    if let Some(r) = receiver {
        frame.fast.push(r);
    }
    move_stack_top(stack, first, &mut frame.fast);
    frame.fill_fast();
    frame.cells.extend(func.closure.iter().cloned());
    frame
}

/// Moves `stack[first..]` onto the end of `into`, in order.
#[inline(always)]
pub(crate) fn move_stack_top(stack: &mut Vec<Value>, first: usize, into: &mut Vec<Value>) {
    match stack.len() - first {
        0 => {}
        1 => {
            let a = stack.pop().expect("argument");
            into.push(a);
        }
        2 => {
            let b = stack.pop().expect("argument");
            let a = stack.pop().expect("argument");
            into.push(a);
            into.push(b);
        }
        3 => {
            let c = stack.pop().expect("argument");
            let b = stack.pop().expect("argument");
            let a = stack.pop().expect("argument");
            into.push(a);
            into.push(b);
            into.push(c);
        }
        _ => into.extend(stack.drain(first..)),
    }
}

/// CALL_FUNCTION_EX: `f(*args, **kwargs)`.
/// A lone `f(*iterable)` passes the iterable itself, which becomes the argument tuple here.
pub fn call_ex(vm: &mut Vm, func: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
    let pos = match args {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => crate::object::tuple::tuple_items(args).to_vec(),
        _ => {
            if !vm.is_iterable(args) {
                let fname = crate::ops::protocol::callable_name(vm, func);
                return vm.type_error(format!("{fname} argument after * must be an iterable, not {}", vm.type_name(args)));
            }
            vm.collect(args)?
        }
    };
    let (names, values) = match kwargs {
        Some(Value::Obj(d)) => match &d.payload {
            Payload::Dict(t) => {
                let t = t.borrow();
                (t.keys(), t.values())
            }
            _ => (Vec::new(), Vec::new()),
        },
        _ => (Vec::new(), Vec::new()),
    };
    vm.call(func, Args { pos: &pos, kwnames: &names, kwvalues: &values })
}

/// DICT_MERGE for calls: `**mapping` into the kwargs being built; duplicates are an error.
pub fn merge_call_kwargs(vm: &mut Vm, target: &Value, mapping: &Value, func: &Value) -> PyResult<()> {
    let Value::Obj(d) = target else { return Ok(()) };
    let is_mapping = matches!(mapping, Value::Obj(m) if matches!(m.payload, Payload::Dict(_))) || vm.lookup_type_str(&vm.class_of(mapping).clone(), "keys").is_some();
    if !is_mapping {
        let fname = crate::ops::protocol::callable_name(vm, func);
        return vm.type_error(format!("{fname} argument after ** must be a mapping, not {}", vm.type_name(mapping)));
    }
    let items = crate::object::dict::mapping_items(vm, mapping)?;
    for (k, v) in items {
        if vm.str_of(&k).is_none() {
            return vm.type_error("keywords must be strings");
        }
        if crate::object::dict::dict_get(vm, d, &k)?.is_some() {
            let fname = crate::ops::protocol::callable_name(vm, func);
            return vm.type_error(format!("{fname} got multiple values for keyword argument '{}'", vm.str_of(&k).unwrap_or("")));
        }
        crate::object::dict::dict_set(vm, d, k, v)?;
    }
    Ok(())
}
