//! Coroutines, asynchronous generators and the await/async-iteration protocols.
//!
//! What this module owns:
//! - the `coroutine` and `async_generator` types (their objects are generator objects of
//!   another `GenKind`, so `generator.rs` resumes, throws into and closes them), and the
//!   helper objects CPython has: `coroutine_wrapper` (what `coro.__await__()` returns),
//!   `async_generator_asend` (what `__anext__()`/`asend()` return), `async_generator_athrow`
//!   (what `athrow()`/`aclose()` return) and the wrapped value `ASYNC_GEN_WRAP` makes;
//! - the builtins `aiter()` and `anext()` (and `anext_awaitable`, which turns the end of the
//!   iteration into `anext`'s default);
//! - what the loop's coroutine opcodes do: `GET_AWAITABLE`, `GET_AITER`, `GET_ANEXT`,
//!   `END_ASYNC_FOR`, `BEFORE_ASYNC_WITH`, `ASYNC_GEN_WRAP`, and `GET_YIELD_FROM_ITER`'s
//!   refusal of coroutines in plain generators.
//!
//! How an asynchronous generator runs. Its frame yields two kinds of values: the ones its
//! `yield` expressions produce, which `ASYNC_GEN_WRAP` wraps, and the ones its awaits pass up
//! to whoever drives the coroutine (the event loop). An asend/athrow object drives the frame
//! for one step of the consumer's `await`: a wrapped value ends the step (StopIteration with
//! the value), an unwrapped one is passed on, and the generator finishing ends it with
//! StopAsyncIteration. Invariants: `running_async` is set while an asend/athrow step is in
//! progress (it may span several suspensions) and cleared when the step ends; `ag_closed`
//! is set once `aclose()` has started or the generator has finished, after which `athrow`
//! and `aclose` end at once. An asend/athrow object is used once: after its step it is
//! closed and resuming it is an error.
//!
//! Resuming never recurses for Python-to-Python calls: awaiting a coroutine resumes its frame
//! through `generator::resume`, exactly as `yield from` resumes a sub-generator.

use super::generator::{self, data, kind_of, resume, GenKind, Sent};
use crate::object::function::Args;
use crate::object::{Payload, PyObject};
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};
use ferropy_compiler::code::flags;
use std::cell::RefCell;

/// `CO_ITERABLE_COROUTINE`: a generator function made awaitable (`types.coroutine`).
const ITERABLE_COROUTINE: u32 = 0x100;

/// What `coro.__await__()` returns: an iterator over the coroutine's suspensions.
struct CoroWrapper(ObjRef);

/// A value an asynchronous generator yields to its consumer.
struct WrappedValue(Value);

#[derive(Clone, Copy, PartialEq, Eq)]
enum OpState {
    Init,
    Iter,
    Closed,
}

#[derive(Clone)]
enum Action {
    /// `__anext__()` (None) or `asend(value)`.
    Send(Value),
    /// `athrow(typ[, val[, tb]])`.
    Throw(Vec<Value>),
    /// `aclose()`.
    Close,
}

/// An `async_generator_asend` or `async_generator_athrow` object.
struct AsyncGenOp {
    gen: ObjRef,
    state: OpState,
    action: Action,
}

fn native<T: 'static, R>(o: &ObjRef, f: impl FnOnce(&mut T) -> R) -> Option<R> {
    match &o.payload {
        Payload::Native(cell) => cell.borrow_mut().downcast_mut::<T>().map(f),
        _ => None,
    }
}

fn new_native<T: 'static>(class: &ObjRef, value: T) -> Value {
    Value::Obj(PyObject::new(class.clone(), Payload::Native(RefCell::new(Box::new(value)))))
}

fn is_kind(v: &Value, kind: GenKind) -> bool {
    matches!(v, Value::Obj(o) if kind_of(o) == Some(kind))
}

/// A plain generator whose function `types.coroutine` made awaitable.
fn is_iterable_coroutine(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Generator(d) => {
                let d = d.borrow();
                d.kind == GenKind::Generator && d.code.code.flags & ITERABLE_COROUTINE != 0
            }
            _ => false,
        },
        _ => false,
    }
}

// ----- the loop's opcodes -----

/// GET_AWAITABLE: the iterator that `await v` drives. `place` 1 and 2 word the error for
/// `__aenter__` and `__aexit__` results.
pub fn get_awaitable(vm: &mut Vm, v: Value, place: u32) -> PyResult<Value> {
    if is_kind(&v, GenKind::Coroutine) {
        let awaiting = v.as_obj().and_then(|o| data(o).borrow().frame.as_ref().and_then(|f| generator::delegate_of(f)));
        if awaiting.is_some() {
            return vm.err("RuntimeError", "coroutine is being awaited already");
        }
        return Ok(v);
    }
    if is_iterable_coroutine(&v) {
        return Ok(v);
    }
    // asend/athrow objects are their own awaitable iterators.
    if matches!(&v, Value::Obj(o) if native::<AsyncGenOp, _>(o, |_| ()).is_some()) {
        return Ok(v);
    }
    let cls = vm.class_of(&v).clone();
    if vm.lookup_type_str(&cls, "__await__").is_none() {
        let name = vm.type_name(&v);
        return vm.type_error(match place {
            1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {name}"),
            2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {name}"),
            _ => format!("object {name} can't be used in 'await' expression"),
        });
    }
    let it = vm.call_special(&v, "__await__", &[])?.unwrap_or(Value::None);
    if is_kind(&it, GenKind::Coroutine) || is_iterable_coroutine(&it) {
        return vm.type_error("__await__() returned a coroutine");
    }
    let icls = vm.class_of(&it).clone();
    if vm.lookup_type_str(&icls, "__next__").is_none() {
        return vm.type_error(format!("__await__() returned non-iterator of type '{}'", vm.type_name(&it)));
    }
    Ok(it)
}

/// GET_AITER: `v.__aiter__()`, which must have `__anext__`.
pub fn get_aiter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let cls = vm.class_of(&v).clone();
    if vm.lookup_type_str(&cls, "__aiter__").is_none() {
        return vm.type_error(format!("'async for' requires an object with __aiter__ method, got {}", vm.type_name(&v)));
    }
    let it = vm.call_special(&v, "__aiter__", &[])?.unwrap_or(Value::None);
    let icls = vm.class_of(&it).clone();
    if vm.lookup_type_str(&icls, "__anext__").is_none() {
        return vm.type_error(format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", vm.type_name(&it)));
    }
    Ok(it)
}

/// GET_ANEXT: the awaitable for the next item of an asynchronous iterator.
pub fn get_anext(vm: &mut Vm, aiter: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = aiter {
        if kind_of(o) == Some(GenKind::AsyncGenerator) && vm.class_of(aiter).type_data().is_some_and(|t| !t.is_heap) {
            return Ok(new_op(vm, o.clone(), Action::Send(Value::None)));
        }
    }
    let cls = vm.class_of(aiter).clone();
    if vm.lookup_type_str(&cls, "__anext__").is_none() {
        return vm.type_error(format!("'async for' requires an iterator with __anext__ method, got {}", vm.type_name(aiter)));
    }
    let next = vm.call_special(aiter, "__anext__", &[])?.unwrap_or(Value::None);
    match get_awaitable(vm, next.clone(), 0) {
        Ok(it) => Ok(it),
        Err(cause) => {
            let e = vm.new_exception_msg("TypeError", format!("'async for' received an invalid object from __anext__: {}", vm.type_name(&next)));
            crate::exceptions::set_cause(&e, &cause);
            crate::exceptions::set_context_checked(&e, &cause);
            Err(e)
        }
    }
}

/// END_ASYNC_FOR: `None` when `exc` (StopAsyncIteration) ends the loop, else the exception
/// to re-raise.
pub fn end_async_for(vm: &mut Vm, exc: Value) -> Option<PyErr> {
    let exc = exc.as_obj().expect("an exception").clone();
    if vm.exc_matches(&exc, "StopAsyncIteration") {
        None
    } else {
        Some(exc)
    }
}

/// BEFORE_ASYNC_WITH: (bound `__aexit__`, the awaitable `__aenter__()` returned).
pub fn before_async_with(vm: &mut Vm, mgr: Value) -> PyResult<(Value, Value)> {
    let cls = vm.class_of(&mgr).clone();
    let Some(enter) = vm.lookup_type_str(&cls, "__aenter__") else {
        return vm.type_error(format!("'{}' object does not support the asynchronous context manager protocol", vm.type_name(&mgr)));
    };
    let Some(exit) = vm.lookup_type_str(&cls, "__aexit__") else {
        return vm.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            vm.type_name(&mgr)
        ));
    };
    let exit = vm.bind_descriptor(exit, &mgr, &cls)?;
    let enter = vm.bind_descriptor(enter, &mgr, &cls)?;
    let awaitable = vm.call0(&enter)?;
    Ok((exit, awaitable))
}

/// ASYNC_GEN_WRAP.
pub fn wrap_value(vm: &Vm, v: Value) -> Value {
    new_native(&vm.ctx.types.async_generator_wrapped_value, WrappedValue(v))
}

fn unwrap_value(v: &Value) -> Option<Value> {
    match v {
        Value::Obj(o) => native::<WrappedValue, _>(o, |w| w.0.clone()),
        _ => None,
    }
}

/// GET_YIELD_FROM_ITER: a generator delegates to generators as they are; a coroutine only
/// inside a coroutine (or a `types.coroutine` generator).
pub fn yield_from_iter(vm: &mut Vm, v: Value, code_flags: u32) -> PyResult<Value> {
    if let Value::Obj(o) = &v {
        match kind_of(o) {
            Some(GenKind::Generator) => return Ok(v),
            Some(GenKind::Coroutine) => {
                if code_flags & (flags::COROUTINE | ITERABLE_COROUTINE) == 0 {
                    return vm.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
                }
                return Ok(v);
            }
            _ => {}
        }
    }
    vm.get_iter(&v)
}

// ----- coroutine -----

fn coro_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = generator::this(vm, &args)?;
    Ok(new_native(&vm.ctx.types.coroutine_wrapper, CoroWrapper(c)))
}

/// `cr_await` / `ag_await`: what the suspended frame is awaiting, or None.
fn g_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = generator::this(vm, &args)?;
    let d = data(&g).borrow();
    Ok(d.frame.as_ref().and_then(|f| generator::delegate_of(f)).unwrap_or(Value::None))
}

fn wrapper_coro(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) => match native::<CoroWrapper, _>(o, |w| w.0.clone()) {
            Some(c) => Ok(c),
            None => vm.type_error("descriptor requires a 'coroutine_wrapper' object"),
        },
        _ => vm.type_error("descriptor requires a 'coroutine_wrapper' object"),
    }
}

fn finish(vm: &mut Vm, sent: Sent) -> PyResult<Value> {
    match sent {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn cw_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = wrapper_coro(vm, &args)?;
    let value = args.pos.get(1).cloned().unwrap_or(Value::None);
    let sent = resume(vm, &c, value, None)?;
    finish(vm, sent)
}

fn cw_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = wrapper_coro(vm, &args)?;
    let sent = resume(vm, &c, Value::None, None)?;
    finish(vm, sent)
}

fn cw_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = wrapper_coro(vm, &args)?;
    let exc = throw_args(vm, &args.pos[1..])?;
    let sent = resume(vm, &c, Value::None, Some(exc))?;
    finish(vm, sent)
}

fn cw_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = wrapper_coro(vm, &args)?;
    generator::gen_close(vm, &c)?;
    Ok(Value::None)
}

fn identity(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

/// The exception `throw(typ[, val[, tb]])` raises.
fn throw_args(vm: &mut Vm, args: &[Value]) -> PyResult<PyErr> {
    let Some(typ) = args.first().cloned() else {
        return vm.type_error(format!("throw expected at least 1 argument, got {}", args.len()));
    };
    let val = args.get(1).cloned().filter(|v| !v.is_none());
    crate::exceptions::exception_from_throw(vm, typ, val)
}

// ----- async_generator -----

fn new_op(vm: &Vm, gen: ObjRef, action: Action) -> Value {
    let class = match action {
        Action::Send(_) => &vm.ctx.types.async_generator_asend,
        _ => &vm.ctx.types.async_generator_athrow,
    };
    new_native(class, AsyncGenOp { gen, state: OpState::Init, action })
}

fn agen(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if kind_of(o) == Some(GenKind::AsyncGenerator) => Ok(o.clone()),
        _ => vm.type_error("descriptor requires a 'async_generator' object"),
    }
}

fn ag_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = agen(vm, &args)?;
    Ok(new_op(vm, g, Action::Send(Value::None)))
}

fn ag_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = agen(vm, &args)?;
    let v = args.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(new_op(vm, g, Action::Send(v)))
}

fn ag_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = agen(vm, &args)?;
    if args.pos.len() < 2 {
        return vm.type_error("athrow expected at least 1 argument, got 0");
    }
    Ok(new_op(vm, g, Action::Throw(args.pos[1..].to_vec())))
}

fn ag_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = agen(vm, &args)?;
    Ok(new_op(vm, g, Action::Close))
}

fn ag_running(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = agen(vm, &args)?;
    let running = data(&g).borrow().running_async;
    Ok(Value::bool(running))
}

fn set_async_state(gen: &ObjRef, running: bool, closed: bool) {
    let mut d = data(gen).borrow_mut();
    d.running_async = running;
    d.ag_closed |= closed;
}

/// What one resumption of an asynchronous generator means to the consumer's step: a value
/// to pass up to the driver (`Yielded`), or the end of the step: `Returned` with the value the
/// generator yielded, StopAsyncIteration when it finished, or its exception.
fn unwrap_step(vm: &mut Vm, gen: &ObjRef, result: PyResult<Sent>) -> PyResult<Sent> {
    match result {
        Ok(Sent::Yielded(v)) => match unwrap_value(&v) {
            Some(item) => {
                set_async_state(gen, false, false);
                Ok(Sent::Returned(item))
            }
            None => Ok(Sent::Yielded(v)),
        },
        Ok(Sent::Returned(_)) => {
            set_async_state(gen, false, true);
            Err(vm.new_exception_with_args(vm.ctx.exc("StopAsyncIteration"), vm.new_tuple(vec![])))
        }
        Err(e) => {
            let closed = vm.exc_matches(&e, "StopAsyncIteration") || vm.exc_matches(&e, "GeneratorExit");
            set_async_state(gen, false, closed);
            Err(e)
        }
    }
}

fn op_of(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if native::<AsyncGenOp, _>(o, |_| ()).is_some() => Ok(o.clone()),
        _ => vm.type_error("descriptor requires an 'async_generator_asend' object"),
    }
}

fn op_parts(op: &ObjRef) -> (ObjRef, OpState, Action) {
    native::<AsyncGenOp, _>(op, |o| (o.gen.clone(), o.state, o.action.clone())).expect("an asend/athrow object")
}

fn set_op_state(op: &ObjRef, state: OpState) {
    native::<AsyncGenOp, _>(op, |o| o.state = state);
}

/// One step of an asend/athrow object: `sent` is the value the driver sends, `throw` the
/// exception it throws in (`throw()` on the awaitable). `Returned` ends the await.
fn op_step(vm: &mut Vm, op: &ObjRef, sent: Value, throw: Option<PyErr>) -> PyResult<Sent> {
    let (gen, state, action) = op_parts(op);
    let result = match action {
        Action::Send(value) => asend_step(vm, &gen, state, value, sent, throw),
        Action::Throw(args) => athrow_step(vm, &gen, state, Some(args), sent, throw),
        Action::Close => athrow_step(vm, &gen, state, None, sent, throw),
    };
    match &result {
        Ok(Sent::Yielded(_)) => set_op_state(op, OpState::Iter),
        _ => set_op_state(op, OpState::Closed),
    }
    result
}

/// SEND's fast path for an asend/athrow object (no method lookups); `None` for other objects.
pub fn send_to_op(vm: &mut Vm, o: &ObjRef, value: Value) -> Option<PyResult<Sent>> {
    native::<AsyncGenOp, _>(o, |_| ())?;
    Some(op_step(vm, o, value, None))
}

fn asend_step(vm: &mut Vm, gen: &ObjRef, state: OpState, value: Value, sent: Value, throw: Option<PyErr>) -> PyResult<Sent> {
    if state == OpState::Closed {
        return vm.err("RuntimeError", "cannot reuse already awaited __anext__()/asend()");
    }
    if let Some(exc) = throw {
        let r = resume(vm, gen, Value::None, Some(exc));
        return unwrap_step(vm, gen, r);
    }
    let mut sent = sent;
    if state == OpState::Init {
        if data(gen).borrow().running_async {
            return vm.err("RuntimeError", "anext(): asynchronous generator is already running");
        }
        if sent.is_none() {
            sent = value;
        }
    }
    set_async_state(gen, true, false);
    let r = resume(vm, gen, sent, None);
    unwrap_step(vm, gen, r)
}

fn athrow_step(vm: &mut Vm, gen: &ObjRef, state: OpState, throw_with: Option<Vec<Value>>, sent: Value, throw: Option<PyErr>) -> PyResult<Sent> {
    let closing = throw_with.is_none();
    if state == OpState::Closed {
        return vm.err("RuntimeError", "cannot reuse already awaited aclose()/athrow()");
    }
    let result = if let Some(exc) = throw {
        resume(vm, gen, Value::None, Some(exc))
    } else if state == OpState::Init {
        let (running, closed) = {
            let d = data(gen).borrow();
            (d.running_async, d.ag_closed)
        };
        if running {
            let which = if closing { "aclose" } else { "athrow" };
            return vm.err("RuntimeError", format!("{which}(): asynchronous generator is already running"));
        }
        if closed {
            return Ok(Sent::Returned(Value::None));
        }
        if !sent.is_none() {
            return vm.err("RuntimeError", "can't send non-None value to a just-started coroutine");
        }
        set_async_state(gen, true, closing);
        let exc = match &throw_with {
            Some(args) => match throw_args(vm, args) {
                Ok(e) => e,
                Err(e) => {
                    set_async_state(gen, false, false);
                    return Err(e);
                }
            },
            None => vm.new_exception_with_args(vm.ctx.exc("GeneratorExit"), vm.new_tuple(vec![])),
        };
        resume(vm, gen, Value::None, Some(exc))
    } else {
        resume(vm, gen, sent, None)
    };
    if !closing {
        return unwrap_step(vm, gen, result);
    }
    // aclose(): the generator must finish; finishing ends the await with StopIteration.
    match result {
        Ok(Sent::Yielded(v)) if unwrap_value(&v).is_none() => Ok(Sent::Yielded(v)),
        Ok(Sent::Yielded(_)) => {
            set_async_state(gen, false, false);
            vm.err("RuntimeError", "async generator ignored GeneratorExit")
        }
        Ok(Sent::Returned(_)) => {
            set_async_state(gen, false, true);
            Ok(Sent::Returned(Value::None))
        }
        Err(e) => {
            set_async_state(gen, false, false);
            if vm.exc_matches(&e, "StopAsyncIteration") || vm.exc_matches(&e, "GeneratorExit") {
                return Ok(Sent::Returned(Value::None));
            }
            Err(e)
        }
    }
}

fn op_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let op = op_of(vm, &args)?;
    let v = args.pos.get(1).cloned().unwrap_or(Value::None);
    let sent = op_step(vm, &op, v, None)?;
    finish(vm, sent)
}

fn op_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let op = op_of(vm, &args)?;
    let sent = op_step(vm, &op, Value::None, None)?;
    finish(vm, sent)
}

fn op_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let op = op_of(vm, &args)?;
    let exc = throw_args(vm, &args.pos[1..])?;
    let sent = op_step(vm, &op, Value::None, Some(exc))?;
    finish(vm, sent)
}

fn op_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let op = op_of(vm, &args)?;
    set_op_state(&op, OpState::Closed);
    Ok(Value::None)
}

// ----- aiter() and anext() -----

/// The builtins this module provides.
pub const BUILTINS: &[(&str, crate::object::NativeFn)] = &[("aiter", builtin_aiter), ("anext", builtin_anext)];

fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 || !args.kwnames.is_empty() {
        return vm.type_error(format!("aiter() takes exactly one argument ({} given)", args.pos.len()));
    }
    let v = &args.pos[0];
    let cls = vm.class_of(v).clone();
    if vm.lookup_type_str(&cls, "__aiter__").is_none() {
        return vm.type_error(format!("'{}' object is not an async iterable", vm.type_name(v)));
    }
    let it = vm.call_special(v, "__aiter__", &[])?.unwrap_or(Value::None);
    let icls = vm.class_of(&it).clone();
    if vm.lookup_type_str(&icls, "__anext__").is_none() {
        return vm.type_error(format!("aiter() returned not an async iterator of type '{}'", vm.type_name(&it)));
    }
    Ok(it)
}

fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.pos.len();
    if n == 0 {
        return vm.type_error("anext expected at least 1 argument, got 0");
    }
    if n > 2 {
        return vm.type_error(format!("anext expected at most 2 arguments, got {n}"));
    }
    let it = &args.pos[0];
    let cls = vm.class_of(it).clone();
    if vm.lookup_type_str(&cls, "__anext__").is_none() {
        return vm.type_error(format!("'{}' object is not an async iterator", vm.type_name(it)));
    }
    let awaitable = vm.call_special(it, "__anext__", &[])?.unwrap_or(Value::None);
    match args.pos.get(1) {
        None => Ok(awaitable),
        Some(default) => Ok(new_native(&vm.ctx.types.anext_awaitable, AnextAwaitable { wrapped: awaitable, default: default.clone(), iter: None })),
    }
}

/// `anext(it, default)`: awaits `it.__anext__()`, ending with `default` instead of
/// StopAsyncIteration.
struct AnextAwaitable {
    wrapped: Value,
    default: Value,
    iter: Option<Value>,
}

fn anext_parts(vm: &Vm, args: &Args) -> PyResult<(ObjRef, Value, Value, Option<Value>)> {
    if let Some(Value::Obj(o)) = args.pos.first() {
        if let Some(parts) = native::<AnextAwaitable, _>(o, |a| (a.wrapped.clone(), a.default.clone(), a.iter.clone())) {
            return Ok((o.clone(), parts.0, parts.1, parts.2));
        }
    }
    vm.type_error("descriptor requires an 'anext_awaitable' object")
}

/// One step of an `anext_awaitable`: `throw` carries the exception thrown in, if any.
fn anext_step(vm: &mut Vm, args: &Args, sent: Value, throw: Option<PyErr>) -> PyResult<Value> {
    let (me, wrapped, default, iter) = anext_parts(vm, args)?;
    let iter = match iter {
        Some(i) => i,
        None => {
            let i = get_awaitable(vm, wrapped, 0)?;
            native::<AnextAwaitable, _>(&me, |a| a.iter = Some(i.clone()));
            i
        }
    };
    let result = match throw {
        Some(exc) => vm.call_method(&iter, "throw", &[Value::Obj(exc)]),
        None => match generator::send_to(vm, &iter, sent) {
            Ok(Sent::Yielded(v)) => Ok(v),
            Ok(Sent::Returned(v)) => Err(vm.stop_iteration(v)),
            Err(e) => Err(e),
        },
    };
    match result {
        Err(e) if vm.exc_matches(&e, "StopAsyncIteration") => Err(vm.stop_iteration(default)),
        other => other,
    }
}

fn an_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos.get(1).cloned().unwrap_or(Value::None);
    anext_step(vm, &args, v, None)
}

fn an_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    anext_step(vm, &args, Value::None, None)
}

fn an_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let exc = throw_args(vm, &args.pos[1..])?;
    anext_step(vm, &args, Value::None, Some(exc))
}

fn an_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, _, _, iter) = anext_parts(vm, &args)?;
    match iter {
        Some(i) if vm.get_attr_opt(&i, "close")?.is_some() => vm.call_method(&i, "close", &[]),
        _ => Ok(Value::None),
    }
}

pub fn register(ctx: &crate::context::Context) {
    ctx.add_methods(&ctx.types.anext_awaitable, "anext_awaitable", &[
        ("send", an_send),
        ("throw", an_throw),
        ("close", an_close),
        ("__next__", an_next),
        ("__iter__", identity),
        ("__await__", identity),
    ]);
    let t = &ctx.types;
    ctx.add_methods(&t.coroutine, "coroutine", &[
        ("send", generator::g_send),
        ("throw", generator::g_throw),
        ("close", generator::g_close),
        ("__await__", coro_await),
        ("__repr__", generator::g_repr),
    ]);
    crate::object::typeobj::add_getters(ctx, &t.coroutine, &[
        ("__name__", generator::g_name),
        ("__qualname__", generator::g_qualname),
        ("cr_running", generator::g_running),
        ("cr_frame", generator::g_frame),
        ("cr_code", generator::g_code),
        ("cr_await", g_await),
    ]);
    ctx.add_methods(&t.coroutine_wrapper, "coroutine_wrapper", &[
        ("send", cw_send),
        ("throw", cw_throw),
        ("close", cw_close),
        ("__next__", cw_next),
        ("__iter__", identity),
    ]);
    ctx.add_methods(&t.async_generator, "async_generator", &[
        ("__aiter__", identity),
        ("__anext__", ag_anext),
        ("asend", ag_asend),
        ("athrow", ag_athrow),
        ("aclose", ag_aclose),
        ("__repr__", generator::g_repr),
    ]);
    crate::object::typeobj::add_getters(ctx, &t.async_generator, &[
        ("__name__", generator::g_name),
        ("__qualname__", generator::g_qualname),
        ("ag_running", ag_running),
        ("ag_frame", generator::g_frame),
        ("ag_code", generator::g_code),
        ("ag_await", g_await),
    ]);
    for (ty, owner) in [(&t.async_generator_asend, "async_generator_asend"), (&t.async_generator_athrow, "async_generator_athrow")] {
        ctx.add_methods(ty, owner, &[
            ("send", op_send),
            ("throw", op_throw),
            ("close", op_close),
            ("__next__", op_next),
            ("__iter__", identity),
            ("__await__", identity),
        ]);
    }
}

/// `types.coroutine` for a generator function: a copy of `func` whose code is flagged
/// `CO_ITERABLE_COROUTINE`, so its generators can be awaited. Other callables come back as
/// they are (`None` tells the caller to wrap them).
pub fn iterable_coroutine(vm: &mut Vm, func: &Value) -> PyResult<Option<Value>> {
    let Value::Obj(o) = func else { return Ok(None) };
    let Payload::Function(f) = &o.payload else { return Ok(None) };
    let co = &f.code.code;
    if co.flags & (flags::COROUTINE | ITERABLE_COROUTINE) != 0 {
        return Ok(Some(func.clone()));
    }
    if co.flags & flags::GENERATOR == 0 {
        return Ok(None);
    }
    let mut marked = (**co).clone();
    marked.flags |= ITERABLE_COROUTINE;
    let code = crate::code::load_code(vm, std::sync::Arc::new(marked));
    let copy = crate::object::Function {
        code,
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        name: RefCell::new(f.name.borrow().clone()),
        qualname: RefCell::new(f.qualname.borrow().clone()),
        defaults: RefCell::new(f.defaults.borrow().clone()),
        kwdefaults: RefCell::new(f.kwdefaults.borrow().clone()),
        closure: f.closure.clone(),
        doc: RefCell::new(f.doc.borrow().clone()),
        module: RefCell::new(f.module.borrow().clone()),
        annotations: RefCell::new(f.annotations.borrow().clone()),
    };
    let dict = o.dict.clone().unwrap_or_else(|| vm.new_dict_obj());
    Ok(Some(Value::Obj(PyObject::with_dict(vm.ctx.types.function.clone(), dict, Payload::Function(Box::new(copy))))))
}
