//! Generator objects own their suspended frame.
//!
//! A generator that is not running holds its frame here; resuming moves the frame onto the
//! thread's frame stack and runs it until it yields (the frame comes back) or finishes (the
//! frame is dropped). `running` guards against re-entry ("generator already executing").
//! `saved_exc` is the exception the generator was handling when it yielded, restored when it
//! resumes, so `sys.exc_info()` inside it is right.
//!
//! Coroutines and asynchronous generators are the same object with another `kind` (and
//! class): resuming, throwing and closing work alike, only the words of the errors differ and
//! a finished coroutine cannot be resumed. Their own protocols live in `coroutine.rs`.

use super::function::CodeData;
use crate::frame::Frame;
use crate::value::Value;
use std::rc::Rc;

/// A dropped generator's frame waiting to be closed: (frame, code, name, qualname, kind).
type Pending = (Box<Frame>, Rc<CodeData>, String, String, GenKind);

thread_local! {
    /// Suspended generator frames whose generator was dropped inside a `try`/`with` block:
    /// their `finally` clauses still have to run (CPython closes a generator when it is
    /// deallocated). The eval breaker's `FINALIZERS` bit makes the loop drain this at its next
    /// call or backward jump (`run_pending_finalizers`).
    static PENDING: std::cell::RefCell<Vec<Pending>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Drop for GeneratorData {
    fn drop(&mut self) {
        if let Some(frame) = self.frame.take() {
            if self.started && !frame.blocks.is_empty() {
                let entry = (frame, self.code.clone(), std::mem::take(&mut self.name), std::mem::take(&mut self.qualname), self.kind);
                PENDING.with(|p| p.borrow_mut().push(entry));
                crate::signals::request(crate::signals::FINALIZERS);
            }
        }
    }
}

/// Closes generators dropped while suspended inside `try`/`with` (runs their `finally`).
pub fn run_pending_finalizers(vm: &mut crate::vm::Vm) {
    let pending = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    for (frame, code, name, qualname, kind) in pending {
        let data = GeneratorData { frame: Some(frame), code, running: false, started: true, name, qualname, saved_exc: None, kind, running_async: false, ag_closed: false };
        let gen = crate::object::PyObject::new(kind.class(vm), crate::object::Payload::Generator(std::cell::RefCell::new(data)));
        if let Err(e) = gen_close(vm, &gen) {
            let repr = format!("<{} object {} at {:#x}>", kind.type_name(), match &gen.payload { crate::object::Payload::Generator(d) => d.borrow().qualname.clone(), _ => String::new() }, Value::Obj(gen.clone()).id());
            let text = crate::traceback::format_exception(vm, &e);
            eprint!("Exception ignored in: {repr}\n{text}");
        }
    }
}

pub struct GeneratorData {
    pub frame: Option<Box<Frame>>,
    pub code: Rc<CodeData>,
    pub running: bool,
    pub started: bool,
    pub name: String,
    pub qualname: String,
    pub saved_exc: Option<Value>,
    pub kind: GenKind,
    /// An asynchronous generator with an `asend`/`athrow` in progress (`ag_running`).
    pub running_async: bool,
    /// An asynchronous generator that `aclose()` has begun closing, or that has finished.
    pub ag_closed: bool,
}

/// What a generator-like object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The kind of the objects a function with these code flags returns.
    pub fn of_flags(flags: u32) -> GenKind {
        use ferropy_compiler::code::flags;
        if flags & flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else if flags & flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        }
    }

    /// How error messages name it.
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }

    /// The class's name.
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }

    pub fn class(self, vm: &Vm) -> ObjRef {
        match self {
            GenKind::Generator => vm.ctx.types.generator.clone(),
            GenKind::Coroutine => vm.ctx.types.coroutine.clone(),
            GenKind::AsyncGenerator => vm.ctx.types.async_generator.clone(),
        }
    }
}

/// Whether `o` is a plain generator (an iterator; coroutines and async generators are not).
/// The class tells the kinds apart without borrowing the generator's state.
#[inline]
pub fn is_plain_generator(vm: &Vm, o: &ObjRef) -> bool {
    matches!(o.payload, Payload::Generator(_)) && o.class.as_ref().is_some_and(|c| Rc::ptr_eq(c, &vm.ctx.types.generator))
}

/// The kind of a generator-like object, `None` for anything else.
pub fn kind_of(o: &ObjRef) -> Option<GenKind> {
    match &o.payload {
        Payload::Generator(d) => Some(d.borrow().kind),
        _ => None,
    }
}

use crate::eval::FrameExit;
use crate::object::function::Args;
use crate::object::Payload;
use crate::value::ObjRef;
use crate::vm::{PyErr, PyResult, Vm};
use ferropy_compiler::opcode::{Instruction, Opcode};

/// What a resumed generator (or any delegated iterator) did.
pub enum Sent {
    Yielded(Value),
    Returned(Value),
}

pub(crate) fn data(gen: &ObjRef) -> &std::cell::RefCell<GeneratorData> {
    match &gen.payload {
        Payload::Generator(d) => d,
        _ => panic!("not a generator"),
    }
}

/// The sub-iterator a generator is delegating to with `yield from`, if it is suspended there.
pub(crate) fn delegate_of(frame: &crate::frame::Frame) -> Option<Value> {
    let code = &frame.code.code.code;
    let next = Instruction::decode(*code.get(frame.pc)?)?;
    if next.op != Opcode::JUMP_BACKWARD {
        return None;
    }
    let target = Instruction::decode(*code.get(next.arg as usize)?)?;
    (target.op == Opcode::SEND).then(|| frame.stack.last().cloned()).flatten()
}

/// Resumes a generator with a sent value, or by raising `throw` inside it.
#[inline(never)]
pub fn resume(vm: &mut Vm, gen: &ObjRef, value: Value, throw: Option<PyErr>) -> PyResult<Sent> {
    let (mut frame, started) = {
        let mut d = data(gen).borrow_mut();
        match d.frame.take() {
            Some(frame) if d.started || value.is_none() || throw.is_some() => {
                let started = d.started;
                d.running = true;
                d.started = true;
                (frame, started)
            }
            frame => {
                d.frame = frame;
                drop(d);
                return cannot_resume(vm, gen, throw);
            }
        }
    };
    let mut throw = throw;
    if let Some(exc) = throw.take() {
        match throw_via_delegate(vm, &mut frame, exc) {
            Thrown::Yielded(v) => {
                let mut d = data(gen).borrow_mut();
                d.frame = Some(frame);
                d.running = false;
                return Ok(Sent::Yielded(v));
            }
            Thrown::Raise(e) => throw = e,
        }
    } else if started {
        frame.stack.push(value);
    }
    let outer = vm.handled.take();
    vm.handled = data(gen).borrow_mut().saved_exc.take();
    let result = vm.run_frame_raising(frame, throw);
    let inner = std::mem::replace(&mut vm.handled, outer);
    let mut d = data(gen).borrow_mut();
    d.running = false;
    match result {
        Ok(FrameExit::Yield(v, frame)) => {
            d.frame = Some(frame);
            d.saved_exc = inner;
            Ok(Sent::Yielded(v))
        }
        Ok(FrameExit::Return(v)) => Ok(Sent::Returned(v)),
        Err(e) => {
            let kind = d.kind;
            drop(d);
            Err(escaped(vm, kind, e))
        }
    }
}

/// Why a generator cannot be resumed: it is running, finished (a coroutine may not be resumed
/// then), or not started and sent a value.
#[cold]
#[inline(never)]
fn cannot_resume(vm: &mut Vm, gen: &ObjRef, throw: Option<PyErr>) -> PyResult<Sent> {
    let (kind, running, finished) = {
        let d = data(gen).borrow();
        (d.kind, d.running, d.frame.is_none())
    };
    if running {
        return vm.value_error(format!("{} already executing", kind.noun()));
    }
    if finished {
        if kind == GenKind::Coroutine {
            return vm.err("RuntimeError", "cannot reuse already awaited coroutine");
        }
        return match throw {
            Some(e) => Err(e),
            None => Ok(Sent::Returned(Value::None)),
        };
    }
    vm.type_error(format!("can't send non-None value to a just-started {}", kind.noun()))
}

/// The exception leaving a generator's frame: StopIteration (and, from an async generator,
/// StopAsyncIteration) becomes a RuntimeError caused by it.
#[cold]
#[inline(never)]
fn escaped(vm: &mut Vm, kind: GenKind, e: PyErr) -> PyErr {
    let what = if vm.exc_matches(&e, "StopIteration") {
        "StopIteration"
    } else if kind == GenKind::AsyncGenerator && vm.exc_matches(&e, "StopAsyncIteration") {
        "StopAsyncIteration"
    } else {
        return e;
    };
    let rt = vm.new_exception_msg("RuntimeError", format!("{} raised {what}", kind.noun()));
    crate::exceptions::set_cause(&rt, &e);
    crate::exceptions::set_context_checked(&rt, &e);
    rt
}

/// What throwing into a suspended frame comes to once its `yield from`/`await` delegate has
/// seen the exception.
enum Thrown {
    /// The delegate handled it and yielded: the frame stays suspended.
    Yielded(Value),
    /// Resume the frame raising this (None: the delegate returned, its value is in place).
    Raise(Option<PyErr>),
}

#[cold]
#[inline(never)]
fn throw_via_delegate(vm: &mut Vm, frame: &mut Frame, exc: PyErr) -> Thrown {
    let Some(sub) = delegate_of(frame) else { return Thrown::Raise(Some(exc)) };
    match throw_into_delegate(vm, &sub, exc.clone()) {
        Ok(Some(Sent::Yielded(v))) => Thrown::Yielded(v),
        Ok(Some(Sent::Returned(v))) => {
            // The delegation finished: continue after the `yield from` with its value.
            frame.stack.pop();
            frame.stack.push(v);
            let code = frame.code.code.code.clone();
            if let Some(jump) = Instruction::decode(code[frame.pc]) {
                if let Some(send) = Instruction::decode(code[jump.arg as usize]) {
                    frame.pc = send.arg as usize;
                }
            }
            Thrown::Raise(None)
        }
        Ok(None) => Thrown::Raise(Some(exc)),
        Err(e) => {
            frame.stack.pop();
            frame.stack.push(Value::None);
            Thrown::Raise(Some(e))
        }
    }
}

/// `throw` forwarded to a `yield from` sub-iterator; `None` when it has no `throw`.
fn throw_into_delegate(vm: &mut Vm, sub: &Value, exc: PyErr) -> PyResult<Option<Sent>> {
    if let Value::Obj(o) = sub {
        if matches!(o.payload, Payload::Generator(_)) {
            if vm.exc_matches(&exc, "GeneratorExit") {
                gen_close(vm, o)?;
                return Err(exc);
            }
            return resume(vm, o, Value::None, Some(exc)).map(Some);
        }
    }
    if vm.exc_matches(&exc, "GeneratorExit") {
        if vm.get_attr_opt(sub, "close")?.is_some() {
            vm.call_method(sub, "close", &[])?;
        }
        return Err(exc);
    }
    let Some(throw) = vm.get_attr_opt(sub, "throw")? else { return Ok(None) };
    match vm.call1(&throw, Value::Obj(exc)) {
        Ok(v) => Ok(Some(Sent::Yielded(v))),
        Err(e) if vm.exc_matches(&e, "StopIteration") => {
            let v = stop_value(vm, &e);
            Ok(Some(Sent::Returned(v)))
        }
        Err(e) => Err(e),
    }
}

/// `StopIteration.value`.
pub fn stop_value(vm: &mut Vm, e: &PyErr) -> Value {
    vm.get_attr_opt(&Value::Obj(e.clone()), "value").ok().flatten().unwrap_or(Value::None)
}

/// `next(gen)`: `None` when the generator finishes.
pub fn gen_next(vm: &mut Vm, gen: &ObjRef) -> PyResult<Option<Value>> {
    match resume(vm, gen, Value::None, None)? {
        Sent::Yielded(v) => Ok(Some(v)),
        Sent::Returned(_) => Ok(None),
    }
}

/// SEND: one step of `yield from iter`.
pub fn send_to(vm: &mut Vm, iter: &Value, value: Value) -> PyResult<Sent> {
    if let Value::Obj(o) = iter {
        match &o.payload {
            Payload::Generator(_) => return resume(vm, o, value, None),
            Payload::Native(_) => {
                if let Some(sent) = super::coroutine::send_to_op(vm, o, value.clone()) {
                    return sent;
                }
            }
            _ => {}
        }
    }
    let result = if value.is_none() {
        match vm.call_special(iter, "__next__", &[]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => return vm.type_error(format!("'{}' object is not an iterator", vm.type_name(iter))),
            Err(e) => Err(e),
        }
    } else {
        vm.call_method(iter, "send", &[value])
    };
    match result {
        Ok(v) => Ok(Sent::Yielded(v)),
        Err(e) if vm.exc_matches(&e, "StopIteration") => {
            let v = stop_value(vm, &e);
            Ok(Sent::Returned(v))
        }
        Err(e) => Err(e),
    }
}

pub fn gen_close(vm: &mut Vm, gen: &ObjRef) -> PyResult<()> {
    if data(gen).borrow().frame.is_none() {
        return Ok(());
    }
    let kind = data(gen).borrow().kind;
    if !data(gen).borrow().started {
        data(gen).borrow_mut().frame = None;
        return Ok(());
    }
    let exit = vm.new_exception_with_args(vm.ctx.exc("GeneratorExit"), vm.new_tuple(vec![]));
    match resume(vm, gen, Value::None, Some(exit)) {
        Ok(Sent::Yielded(_)) => vm.err("RuntimeError", format!("{} ignored GeneratorExit", kind.noun())),
        Ok(Sent::Returned(_)) => Ok(()),
        Err(e) if vm.exc_matches(&e, "GeneratorExit") || vm.exc_matches(&e, "StopIteration") => Ok(()),
        Err(e) => Err(e),
    }
}

pub(crate) fn this(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => vm.type_error("descriptor requires a 'generator' object"),
    }
}

pub(crate) fn g_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn finish(vm: &mut Vm, sent: Sent) -> PyResult<Value> {
    match sent {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn g_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let sent = resume(vm, &g, Value::None, None)?;
    finish(vm, sent)
}

pub(crate) fn g_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let value = args.pos.get(1).cloned().unwrap_or(Value::None);
    let sent = resume(vm, &g, value, None)?;
    finish(vm, sent)
}

pub(crate) fn g_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let typ = args.pos.get(1).cloned().unwrap_or(Value::None);
    let val = args.pos.get(2).cloned().filter(|v| !v.is_none());
    let exc = crate::exceptions::exception_from_throw(vm, typ, val)?;
    let sent = resume(vm, &g, Value::None, Some(exc))?;
    finish(vm, sent)
}

pub(crate) fn g_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    gen_close(vm, &g)?;
    Ok(Value::None)
}

pub(crate) fn g_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let (q, kind) = {
        let d = data(&g).borrow();
        (d.qualname.clone(), d.kind)
    };
    Ok(vm.new_str(format!("<{} object {q} at {:#x}>", kind.type_name(), args.pos[0].id())))
}

pub(crate) fn g_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let n = data(&g).borrow().name.clone();
    Ok(vm.new_str(n))
}

pub(crate) fn g_qualname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let n = data(&g).borrow().qualname.clone();
    Ok(vm.new_str(n))
}

pub(crate) fn g_running(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let r = data(&g).borrow().running;
    Ok(Value::bool(r))
}

/// `gi_frame`: a frame-like object for the suspended frame (`f_lineno`, `f_code`), or None
/// once the generator has finished.
pub(crate) fn g_frame(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let entry = data(&g).borrow().frame.as_ref().map(|f| crate::object::exception::TbEntry {
        code: f.code.clone(),
        instr: f.lasti() as u32,
        globals: Some(f.globals.clone()),
    });
    Ok(match entry {
        Some(e) => crate::builtins::frame_proxy(vm, &e),
        None => Value::None,
    })
}

pub(crate) fn g_code(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let code = data(&g).borrow().code.clone();
    Ok(Value::Obj(crate::object::PyObject::new(vm.ctx.types.code.clone(), Payload::Code(code))))
}

pub fn register(ctx: &crate::context::Context) {
    let t = &ctx.types.generator;
    ctx.add_methods(t, "generator", &[("__iter__", g_iter), ("__next__", g_next), ("send", g_send), ("throw", g_throw), ("close", g_close), ("__repr__", g_repr)]);
    crate::object::typeobj::add_getters(ctx, t, &[("__name__", g_name), ("__qualname__", g_qualname), ("gi_running", g_running), ("gi_frame", g_frame), ("gi_code", g_code)]);
}
