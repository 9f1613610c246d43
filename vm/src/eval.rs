//! The evaluation loop: one `match` over the instruction stream.
//!
//! `execute(base)` runs the frame on top of the frame stack, and every frame it calls, until
//! the frame at depth `base` returns or yields. A Python-to-Python call pushes a frame and the
//! loop carries on with it; a return pops it and pushes the value onto the caller's stack. Only
//! native code calling back into Python (a `key=` function, `__init__`, `__eq__` in a dict
//! lookup, resuming a generator) starts a nested `execute`.
//!
//! Errors: an instruction that fails returns `Unwind::fresh` — the loop adds a traceback entry
//! for the frame and sets `__context__` from the exception being handled — while `RERAISE` and
//! a bare `raise` unwind without either. Unwinding pops handler blocks of the current frame
//! (cutting the operand stack back to the block's level and pushing the exception), then whole
//! frames, adding a traceback entry for each caller it passes through.

use crate::frame::{Block, Frame};
use crate::object::{CodeData, IterState, Payload};
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};
use ferropy_compiler::opcode::{BinaryOp, CompareOp, Opcode};

/// How a frame stopped.
pub enum FrameExit {
    Return(Value),
    Yield(Value, Box<Frame>),
}

pub(crate) struct Unwind {
    exc: PyErr,
    fresh: bool,
}

impl From<PyErr> for Unwind {
    fn from(exc: PyErr) -> Unwind {
        Unwind { exc, fresh: true }
    }
}

type Step<T> = Result<T, Unwind>;

macro_rules! pop {
    ($f:expr) => {
        $f.stack.pop().expect("operand stack underflow")
    };
}

macro_rules! push {
    ($f:expr, $v:expr) => {{
        let v = $v;
        $f.stack.push(v)
    }};
}

/// How `dispatch` stopped without an exception.
enum Exit {
    /// The base frame returned this value.
    Return(Value),
    /// The base frame (a generator's) yielded this value.
    Yield(Value),
}

impl Vm {
    /// Runs a frame to completion (or its next yield).
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<FrameExit> {
        self.run_frame_raising(frame, None)
    }

    /// Runs a frame, first raising `exc` at its current instruction (`generator.throw`).
    pub fn run_frame_raising(&mut self, frame: Box<Frame>, exc: Option<PyErr>) -> PyResult<FrameExit> {
        self.enter_call()?;
        let base = self.frames.len();
        self.frames.push(frame);
        let result = self.execute(base, exc.map(Unwind::from));
        self.depth -= 1;
        result
    }

    fn execute(&mut self, base: usize, mut pending: Option<Unwind>) -> PyResult<FrameExit> {
        // The running frame lives in `frame`; `self.frames` holds its callers (and, during a
        // native call, the frame itself, so natives like `globals()` can see it).
        let mut frame = self.frames.pop().expect("a frame to run");
        loop {
            let unwind = match pending.take() {
                Some(u) => u,
                None => match self.dispatch(&mut frame, base) {
                    Ok(Exit::Return(v)) => {
                        self.release_frame(frame);
                        return Ok(FrameExit::Return(v));
                    }
                    Ok(Exit::Yield(v)) => return Ok(FrameExit::Yield(v, frame)),
                    Err(u) => u,
                },
            };
            let exc = unwind.exc;
            if unwind.fresh {
                self.record_raise(&frame, &exc);
            }
            // Find a handler, frame by frame.
            loop {
                if let Some(block) = frame.blocks.pop() {
                    frame.stack.truncate(block.level as usize);
                    frame.stack.push(Value::Obj(exc.clone()));
                    frame.pc = block.handler as usize;
                    break;
                }
                if self.frames.len() == base {
                    self.release_frame(frame);
                    return Err(exc);
                }
                self.depth -= 1;
                let caller = self.frames.pop().expect("caller frame");
                let finished = std::mem::replace(&mut frame, caller);
                self.release_frame(finished);
                let entry = crate::object::exception::TbEntry { code: frame.code.clone(), instr: frame.lasti() as u32, globals: Some(frame.globals.clone()) };
                crate::exceptions::push_traceback(&exc, entry);
            }
        }
    }

    /// Adds the running frame to a freshly raised exception's traceback and sets its context.
    fn record_raise(&mut self, frame: &Frame, exc: &PyErr) {
        let entry = crate::object::exception::TbEntry { code: frame.code.clone(), instr: frame.lasti() as u32, globals: Some(frame.globals.clone()) };
        crate::exceptions::push_traceback(exc, entry);
        if let Some(Value::Obj(handled)) = &self.handled {
            crate::exceptions::set_context_checked(exc, handled);
        }
    }

    fn dispatch(&mut self, frame: &mut Box<Frame>, base: usize) -> Step<Exit> {
        loop {
            // The GIL's tick counter: one decrement per instruction (DESIGN.md, "the eval
            // breaker"); under policies that do not count ticks it reloads with a huge count.
            // (`--features ferropy-vm/no-tick-counter` compiles it out, to measure its cost.)
            #[cfg(not(feature = "no-tick-counter"))]
            {
                self.ticks_left -= 1;
                if self.ticks_left == 0 {
                    self.ticks_expired();
                }
            }
            let (op, arg) = frame.instrs[frame.pc];
            frame.pc += 1;
            match op {
                Opcode::NOP | Opcode::EXTENDED_ARG => {}
                Opcode::POP_TOP => {
                    pop!(frame);
                }
                Opcode::COPY => {
                    let f = &mut **frame;
                    let v = f.stack[f.stack.len() - arg as usize].clone();
                    f.stack.push(v);
                }
                Opcode::SWAP => {
                    let f = &mut **frame;
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - arg as usize);
                }
                Opcode::LOAD_CONST => {
                    let f = &mut **frame;
                    let v = f.code.consts[arg as usize].clone();
                    f.stack.push(v);
                }
                Opcode::PUSH_NULL => push!(frame, Value::Null),
                Opcode::LOAD_FAST => {
                    let f = &mut **frame;
                    // Run the most common successors right here: their conditional branch is
                    // predicted per site, where the loop's one indirect jump is not. This is
                    // exactly sequential execution (code never ends with LOAD_FAST).
                    let (next, narg) = f.instrs[f.pc];
                    match (&f.fast[arg as usize], next) {
                        (Value::Null, _) => return Err(self.unbound_local(frame, arg).into()),
                        (v, Opcode::LOAD_ATTR) => {
                            // The local is only looked at: no reference count traffic.
                            f.pc += 1;
                            let pc = f.pc - 1;
                            let r = self.load_attr_cached(v, &f.code.names[narg as usize], &f.code, pc)?;
                            f.stack.push(r);
                        }
                        (v, Opcode::LOAD_METHOD) => {
                            let v = v.clone();
                            f.pc += 1;
                            let pc = f.pc - 1;
                            let (callable, receiver) = self.load_method_cached(v, &f.code.names[narg as usize], &f.code, pc)?;
                            f.stack.push(callable);
                            f.stack.push(receiver);
                        }
                        (a, Opcode::LOAD_FAST | Opcode::LOAD_CONST) => {
                            // `a OP b` and `a < b` with a local or constant `b` on small ints and
                            // floats: computed from the slots, with no pushes and pops between.
                            let third = f.instrs[f.pc + 1].0;
                            if third == Opcode::BINARY_SUBSCR || third == Opcode::STORE_SUBSCR {
                                // `seq[i]` and `seq[i] = v` with a local or constant index.
                                let b = if next == Opcode::LOAD_CONST { &f.code.consts[narg as usize] } else { &f.fast[narg as usize] };
                                if !b.is_null() {
                                    let done = if third == Opcode::BINARY_SUBSCR { fast_subscript_push(a, b, &mut f.stack) } else { fast_store_subscript(a, b, &mut f.stack) };
                                    if done {
                                        f.pc += 2;
                                        continue;
                                    }
                                }
                            } else if fused_binary_push(&f.code, &f.instrs, f.pc, &f.fast, &mut f.stack, a, next, narg) {
                                f.pc += 2;
                                continue;
                            } else if let Some(r) = fused_compare(f, a, next, narg) {
                                f.pc += 2;
                                self.push_or_branch(frame, Value::bool(r))?;
                                continue;
                            }
                            let v = a.clone();
                            f.stack.push(v);
                        }
                        (v, _) => {
                            let v = v.clone();
                            f.stack.push(v);
                        }
                    }
                }
                Opcode::STORE_FAST => {
                    let f = &mut **frame;
                    let v = f.stack.pop().expect("value");
                    f.fast[arg as usize] = v;
                }
                Opcode::DELETE_FAST => {
                    let f = &mut **frame;
                    if std::mem::replace(&mut f.fast[arg as usize], Value::Null).is_null() {
                        return Err(self.unbound_local(frame, arg).into());
                    }
                }
                Opcode::LOAD_DEREF => {
                    let v = self.load_deref(frame, arg)?;
                    push!(frame, v);
                }
                Opcode::STORE_DEREF => {
                    let f = &mut **frame;
                    let v = f.stack.pop().expect("value");
                    if let Payload::Cell(c) = &f.cells[arg as usize].payload {
                        *c.borrow_mut() = Some(v);
                    }
                }
                Opcode::DELETE_DEREF => {
                    let f = &mut **frame;
                    let was = match &f.cells[arg as usize].payload {
                        Payload::Cell(c) => c.borrow_mut().take(),
                        _ => None,
                    };
                    if was.is_none() {
                        return Err(self.unbound_deref(frame, arg).into());
                    }
                }
                Opcode::LOAD_CLOSURE => {
                    let f = &mut **frame;
                    let cell = f.cells[arg as usize].clone();
                    f.stack.push(Value::Obj(cell));
                }
                Opcode::LOAD_CLASSDEREF => {
                    let v = self.load_classderef(frame, arg)?;
                    push!(frame, v);
                }
                Opcode::LOAD_NAME => {
                    let v = self.load_name(frame, arg)?;
                    push!(frame, v);
                }
                Opcode::STORE_NAME => {
                    let v = pop!(frame);
                    self.store_name(frame, arg, v)?;
                }
                Opcode::DELETE_NAME => self.delete_name(frame, arg)?,
                Opcode::LOAD_GLOBAL => {
                    let f = &mut **frame;
                    let pc = f.lasti();
                    let name = &f.code.names[arg as usize];
                    match self.load_global_cached(name, &f.globals, &f.builtins, &f.code, pc) {
                        Some(v) => push!(frame, v),
                        None => return Err(self.name_error(&f.code.names[arg as usize]).into()),
                    }
                }
                Opcode::STORE_GLOBAL => {
                    let v = pop!(frame);
                    let f = &mut **frame;
                    let (globals, name) = (f.globals.clone(), f.code.names[arg as usize].clone());
                    crate::object::dict::dict_set(self, &globals, Value::Obj(name), v)?;
                }
                Opcode::DELETE_GLOBAL => {
                    let f = &mut **frame;
                    let (globals, name) = (f.globals.clone(), f.code.names[arg as usize].clone());
                    if crate::object::dict::dict_del(self, &globals, &Value::Obj(name.clone()))?.is_none() {
                        return Err(self.name_error(&name).into());
                    }
                }
                Opcode::LOAD_ATTR => {
                    let f = &mut **frame;
                    let obj = f.stack.pop().expect("object");
                    let pc = f.lasti();
                    let v = self.load_attr_cached(&obj, &f.code.names[arg as usize], &f.code, pc)?;
                    push!(frame, v);
                }
                Opcode::STORE_ATTR => {
                    let f = &mut **frame;
                    let obj = f.stack.pop().expect("object");
                    let v = f.stack.pop().expect("value");
                    let pc = f.lasti();
                    self.store_attr_cached(&obj, &f.code.names[arg as usize], v, &f.code, pc)?;
                }
                Opcode::DELETE_ATTR => {
                    let obj = pop!(frame);
                    let name = self.name_at(frame, arg);
                    self.del_attr(&obj, &name)?;
                }
                Opcode::LOAD_METHOD => {
                    let f = &mut **frame;
                    let obj = f.stack.pop().expect("object");
                    let pc = f.lasti();
                    let (callable, receiver) = self.load_method_cached(obj, &f.code.names[arg as usize], &f.code, pc)?;
                    let f = &mut **frame;
                    f.stack.push(callable);
                    f.stack.push(receiver);
                }
                Opcode::UNARY_POSITIVE | Opcode::UNARY_NEGATIVE | Opcode::UNARY_INVERT => {
                    let v = pop!(frame);
                    let r = self.unary_op(op, &v)?;
                    push!(frame, r);
                }
                Opcode::UNARY_NOT => {
                    let v = pop!(frame);
                    let t = self.is_true(&v)?;
                    push!(frame, Value::bool(!t));
                }
                Opcode::BINARY_OP => {
                    let f = &mut **frame;
                    let rhs = f.stack.pop().expect("rhs");
                    let lhs = f.stack.pop().expect("lhs");
                    // Each path pushes its own result: merging them into one temporary first
                    // went through memory and stalled the push's wide load.
                    if !crate::ops::binary::fast_binary_push(&lhs, &rhs, arg, &mut f.stack) {
                        let (bop, inplace) = BinaryOp::decode(arg).expect("valid BINARY_OP argument");
                        let r = self.binary_op(&lhs, &rhs, bop, inplace)?;
                        push!(frame, r);
                    }
                }
                Opcode::COMPARE_OP => {
                    let f = &mut **frame;
                    let rhs = f.stack.pop().expect("rhs");
                    let lhs = f.stack.pop().expect("lhs");
                    let cop = CompareOp::decode(arg).expect("valid COMPARE_OP argument");
                    let r = match crate::ops::compare::fast_compare(&lhs, &rhs, cop) {
                        Some(r) => Value::bool(r),
                        None => self.rich_compare(&lhs, &rhs, cop)?,
                    };
                    self.push_or_branch(frame, r)?;
                }
                Opcode::IS_OP => {
                    let f = &mut **frame;
                    let rhs = f.stack.pop().expect("rhs");
                    let lhs = f.stack.pop().expect("lhs");
                    self.push_or_branch(frame, Value::bool(lhs.is(&rhs) != (arg == 1)))?;
                }
                Opcode::CONTAINS_OP => {
                    let container = pop!(frame);
                    let item = pop!(frame);
                    let r = self.contains(&container, &item)?;
                    push!(frame, Value::bool(r != (arg == 1)));
                }
                Opcode::BINARY_SUBSCR => {
                    let f = &mut **frame;
                    let key = pop!(f);
                    let container = pop!(f);
                    // The fast path pushes from inside (no Option<Value> round trip through
                    // memory, which stalled the next wide load).
                    if !fast_subscript_push(&container, &key, &mut f.stack) {
                        let v = self.get_item(&container, &key)?;
                        push!(frame, v);
                    }
                }
                Opcode::STORE_SUBSCR => {
                    let key = pop!(frame);
                    let container = pop!(frame);
                    let v = pop!(frame);
                    self.set_item(&container, key, v)?;
                }
                Opcode::DELETE_SUBSCR => {
                    let key = pop!(frame);
                    let container = pop!(frame);
                    self.del_item(&container, &key)?;
                }
                Opcode::BUILD_TUPLE => {
                    let items = self.pop_n(frame, arg as usize);
                    let t = self.new_tuple(items);
                    push!(frame, t);
                }
                Opcode::BUILD_LIST => {
                    let items = self.pop_n(frame, arg as usize);
                    let l = self.new_list(items);
                    push!(frame, l);
                }
                Opcode::BUILD_SET => {
                    let items = self.pop_n(frame, arg as usize);
                    let s = crate::object::set::set_from_values(self, items)?;
                    push!(frame, s);
                }
                Opcode::BUILD_MAP => {
                    let items = self.pop_n(frame, 2 * arg as usize);
                    let d = self.new_dict_obj();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        crate::object::dict::dict_set(self, &d, k, v)?;
                    }
                    push!(frame, Value::Obj(d));
                }
                Opcode::BUILD_CONST_KEY_MAP => {
                    let keys = pop!(frame);
                    let values = self.pop_n(frame, arg as usize);
                    let d = self.new_dict_obj();
                    let keys = crate::object::tuple::tuple_items(&keys).to_vec();
                    for (k, v) in keys.into_iter().zip(values) {
                        crate::object::dict::dict_set(self, &d, k, v)?;
                    }
                    push!(frame, Value::Obj(d));
                }
                Opcode::BUILD_STRING => {
                    let parts = self.pop_n(frame, arg as usize);
                    let mut s = String::new();
                    for p in &parts {
                        s.push_str(self.str_of(p).unwrap_or(""));
                    }
                    push!(frame, self.new_str(s));
                }
                Opcode::BUILD_SLICE => {
                    let step = if arg == 3 { pop!(frame) } else { Value::None };
                    let stop = pop!(frame);
                    let start = pop!(frame);
                    let s = crate::object::slice::new_slice(self, start, stop, step);
                    push!(frame, s);
                }
                Opcode::LIST_APPEND => {
                    let item = pop!(frame);
                    let f = &mut **frame;
                    let target = &f.stack[f.stack.len() - arg as usize];
                    if let Value::Obj(o) = target {
                        if let Payload::List(l) = &o.payload {
                            l.borrow_mut().push(item);
                        }
                    }
                }
                Opcode::SET_ADD => {
                    let item = pop!(frame);
                    let target = self.peek(frame, arg as usize);
                    crate::object::set::set_add(self, &target, item)?;
                }
                Opcode::MAP_ADD => {
                    let value = pop!(frame);
                    let key = pop!(frame);
                    let target = self.peek(frame, arg as usize);
                    if let Value::Obj(d) = &target {
                        crate::object::dict::dict_set(self, d, key, value)?;
                    }
                }
                Opcode::LIST_EXTEND => {
                    let iterable = pop!(frame);
                    let target = self.peek(frame, arg as usize);
                    crate::object::list::list_extend(self, &target, &iterable)?;
                }
                Opcode::SET_UPDATE => {
                    let iterable = pop!(frame);
                    let target = self.peek(frame, arg as usize);
                    crate::object::set::set_update(self, &target, &iterable)?;
                }
                Opcode::DICT_UPDATE => {
                    let mapping = pop!(frame);
                    let target = self.peek(frame, arg as usize);
                    crate::object::dict::dict_update_from(self, &target, &mapping, false)?;
                }
                Opcode::DICT_MERGE => {
                    let mapping = pop!(frame);
                    let target = self.peek(frame, arg as usize);
                    let func = self.peek(frame, arg as usize + 3);
                    crate::call::merge_call_kwargs(self, &target, &mapping, &func)?;
                }
                Opcode::LIST_TO_TUPLE => {
                    let list = pop!(frame);
                    let items = crate::object::list::list_items(&list);
                    push!(frame, self.new_tuple(items));
                }
                Opcode::UNPACK_SEQUENCE => {
                    let seq = pop!(frame);
                    let items = self.unpack(&seq, arg as usize, None)?;
                    let f = &mut **frame;
                    f.stack.extend(items.into_iter().rev());
                }
                Opcode::UNPACK_EX => {
                    let seq = pop!(frame);
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = self.unpack(&seq, before, Some(after))?;
                    let f = &mut **frame;
                    f.stack.extend(items.into_iter().rev());
                }
                Opcode::FORMAT_VALUE => {
                    let spec = if arg & 4 != 0 { Some(pop!(frame)) } else { None };
                    let v = pop!(frame);
                    let s = self.format_value(v, arg & 3, spec)?;
                    push!(frame, s);
                }
                Opcode::JUMP_FORWARD => frame.pc = arg as usize,
                Opcode::JUMP_BACKWARD => {
                    frame.pc = arg as usize;
                    self.poll_breaker()?;
                }
                Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
                    let v = pop!(frame);
                    let truth = match v {
                        Value::Bool(b) => b.get(),
                        other => self.is_true(&other)?,
                    };
                    if truth == (op == Opcode::POP_JUMP_IF_TRUE) {
                        frame.pc = arg as usize;
                    }
                }
                Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
                    let v = self.peek(frame, 1);
                    let truth = match v {
                        Value::Bool(b) => b.get(),
                        other => self.is_true(&other)?,
                    };
                    let f = &mut **frame;
                    if truth == (op == Opcode::JUMP_IF_TRUE_OR_POP) {
                        f.pc = arg as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Opcode::POP_JUMP_IF_NONE | Opcode::POP_JUMP_IF_NOT_NONE => {
                    let v = pop!(frame);
                    if v.is_none() == (op == Opcode::POP_JUMP_IF_NONE) {
                        frame.pc = arg as usize;
                    }
                }
                Opcode::GET_ITER => {
                    let v = pop!(frame);
                    let it = self.get_iter(&v)?;
                    push!(frame, it);
                }
                Opcode::FOR_ITER => {
                    let next = {
                        let f = &mut **frame;
                        fast_next(f.stack.last().expect("iterator"))
                    };
                    let next = match next {
                        FastNext::Item(v) => Some(v),
                        FastNext::Done => None,
                        FastNext::Slow => {
                            let it = self.peek(frame, 1);
                            self.next(&it)?
                        }
                    };
                    let f = &mut **frame;
                    match next {
                        Some(v) => f.stack.push(v),
                        None => {
                            f.stack.pop();
                            f.pc = arg as usize;
                        }
                    }
                }
                Opcode::CALL | Opcode::CALL_KW => {
                    self.poll_breaker()?;
                    let kwnames = if op == Opcode::CALL_KW { Some(pop!(frame)) } else { None };
                    self.call_from_stack(frame, arg as usize, kwnames)?;
                }
                Opcode::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 != 0 { Some(pop!(frame)) } else { None };
                    let args = pop!(frame);
                    pop!(frame); // NULL
                    let func = pop!(frame);
                    let r = crate::call::call_ex(self, &func, &args, kwargs.as_ref())?;
                    push!(frame, r);
                }
                Opcode::MAKE_FUNCTION => {
                    let code = pop!(frame);
                    let closure = if arg & 8 != 0 { Some(pop!(frame)) } else { None };
                    let annotations = if arg & 4 != 0 { Some(pop!(frame)) } else { None };
                    let kwdefaults = if arg & 2 != 0 { Some(pop!(frame)) } else { None };
                    let defaults = if arg & 1 != 0 { Some(pop!(frame)) } else { None };
                    let f = self.make_function(code, defaults, kwdefaults, annotations, closure, &frame.globals, &frame.builtins);
                    push!(frame, f);
                }
                Opcode::RETURN_VALUE => {
                    let v = pop!(frame);
                    if self.frames.len() == base {
                        return Ok(Exit::Return(v));
                    }
                    self.depth -= 1;
                    let caller = self.frames.pop().expect("caller frame");
                    let mut finished = std::mem::replace(frame, caller);
                    let instance = finished.init_instance.take();
                    self.release_frame(finished);
                    match instance {
                        None => push!(frame, v),
                        Some(inst) => {
                            if !v.is_none() {
                                return Err(self.new_exception_msg("TypeError", format!("__init__() should return None, not '{}'", self.type_name(&v))).into());
                            }
                            push!(frame, inst);
                        }
                    }
                }
                Opcode::LOAD_BUILD_CLASS => {
                    let v = self.builtin_value(frame, "__build_class__")?;
                    push!(frame, v);
                }
                Opcode::YIELD_VALUE => {
                    let v = pop!(frame);
                    debug_assert_eq!(self.frames.len(), base, "only a base frame yields");
                    return Ok(Exit::Yield(v));
                }
                Opcode::SEND => {
                    let value = pop!(frame);
                    let iter = self.peek(frame, 1);
                    match crate::object::generator::send_to(self, &iter, value)? {
                        crate::object::generator::Sent::Yielded(v) => push!(frame, v),
                        crate::object::generator::Sent::Returned(v) => {
                            let f = &mut **frame;
                            f.stack.pop();
                            f.stack.push(v);
                            f.pc = arg as usize;
                        }
                    }
                }
                Opcode::SETUP_FINALLY | Opcode::SETUP_CLEANUP => {
                    let f = &mut **frame;
                    let level = f.stack.len() - (op == Opcode::SETUP_CLEANUP) as usize;
                    f.blocks.push(Block { handler: arg, level: level as u32 });
                }
                Opcode::POP_BLOCK => {
                    frame.blocks.pop();
                }
                Opcode::PUSH_EXC_INFO => {
                    let exc = pop!(frame);
                    let prev = self.handled.replace(exc.clone()).unwrap_or(Value::None);
                    let f = &mut **frame;
                    f.stack.push(prev);
                    f.stack.push(exc);
                }
                Opcode::POP_EXCEPT => {
                    let prev = pop!(frame);
                    self.handled = if prev.is_none() { None } else { Some(prev) };
                }
                Opcode::CHECK_EXC_MATCH => {
                    let ty = pop!(frame);
                    let exc = self.peek(frame, 1);
                    let m = self.exception_matches(&exc, &ty)?;
                    push!(frame, Value::bool(m));
                }
                Opcode::RERAISE => {
                    let exc = self.peek(frame, 1);
                    let exc = exc.as_obj().expect("an exception to re-raise").clone();
                    return Err(Unwind { exc, fresh: false });
                }
                Opcode::RAISE_VARARGS => return Err(self.raise_varargs(frame, arg)),
                Opcode::BEFORE_WITH => {
                    let mgr = pop!(frame);
                    let (exit, entered) = self.before_with(mgr)?;
                    let f = &mut **frame;
                    f.stack.push(exit);
                    f.stack.push(entered);
                }
                Opcode::WITH_EXCEPT_START => {
                    let f = &mut **frame;
                    let n = f.stack.len();
                    let (exit, exc) = (f.stack[n - 3].clone(), f.stack[n - 1].clone());
                    let r = self.call_exit_with_exception(&exit, &exc)?;
                    push!(frame, r);
                }
                Opcode::LOAD_ASSERTION_ERROR => push!(frame, Value::Obj(self.ctx.exc("AssertionError"))),
                Opcode::IMPORT_NAME => {
                    let fromlist = pop!(frame);
                    let level = pop!(frame);
                    let name = self.name_at(frame, arg);
                    let globals = frame.globals.clone();
                    let m = self.import_name(&name, &globals, &fromlist, &level)?;
                    push!(frame, m);
                }
                Opcode::IMPORT_FROM => {
                    let module = self.peek(frame, 1);
                    let name = self.name_at(frame, arg);
                    let v = self.import_from(&module, &name)?;
                    push!(frame, v);
                }
                Opcode::IMPORT_STAR => {
                    let module = pop!(frame);
                    let target = frame.locals.clone().unwrap_or_else(|| Value::Obj(frame.globals.clone()));
                    self.import_star(&module, &target)?;
                }
                Opcode::SETUP_ANNOTATIONS => self.setup_annotations(frame, )?,
                Opcode::MATCH_MAPPING | Opcode::MATCH_SEQUENCE => {
                    let r = crate::ops::pattern::is_collection_for(self, frame.stack.last().expect("subject"), op);
                    self.push_or_branch(frame, Value::bool(r))?;
                }
                Opcode::MATCH_KEYS | Opcode::MATCH_CLASS | Opcode::GET_LEN | Opcode::COPY_DICT_WITHOUT_KEYS => {
                    crate::ops::pattern::execute(self, &mut frame.stack, op, arg)?;
                }
                Opcode::GET_YIELD_FROM_ITER | Opcode::GET_AWAITABLE | Opcode::GET_AITER | Opcode::GET_ANEXT | Opcode::END_ASYNC_FOR
                | Opcode::BEFORE_ASYNC_WITH | Opcode::ASYNC_GEN_WRAP | Opcode::CHECK_EG_MATCH
                | Opcode::PREP_RERAISE_STAR => self.coroutine_op(frame, op, arg)?,
            }
        }
    }

    /// `yield from`'s iterator and the coroutine and exception-group opcodes, out of line (rare
    /// next to the loop's hot arms); each delegates to `object/coroutine.rs` or
    /// `object/exception_group.rs`.
    #[inline(never)]
    fn coroutine_op(&mut self, frame: &mut Frame, op: Opcode, arg: u32) -> Step<()> {
        use crate::object::{coroutine, exception_group};
        match op {
            Opcode::GET_YIELD_FROM_ITER => {
                let v = pop!(frame);
                push!(frame, coroutine::yield_from_iter(self, v, frame.code.code.flags)?);
            }
            Opcode::GET_AWAITABLE => {
                let v = pop!(frame);
                push!(frame, coroutine::get_awaitable(self, v, arg)?);
            }
            Opcode::GET_AITER => {
                let v = pop!(frame);
                push!(frame, coroutine::get_aiter(self, v)?);
            }
            Opcode::GET_ANEXT => {
                let aiter = self.peek(frame, 1);
                push!(frame, coroutine::get_anext(self, &aiter)?);
            }
            Opcode::END_ASYNC_FOR => {
                let exc = pop!(frame);
                pop!(frame);
                if let Some(exc) = coroutine::end_async_for(self, exc) {
                    return Err(Unwind { exc, fresh: false });
                }
            }
            Opcode::BEFORE_ASYNC_WITH => {
                let mgr = pop!(frame);
                let (exit, awaitable) = coroutine::before_async_with(self, mgr)?;
                frame.stack.push(exit);
                frame.stack.push(awaitable);
            }
            Opcode::ASYNC_GEN_WRAP => {
                let v = pop!(frame);
                push!(frame, coroutine::wrap_value(self, v));
            }
            Opcode::CHECK_EG_MATCH => {
                let ty = pop!(frame);
                let exc = pop!(frame);
                let (rest, matched) = exception_group::check_eg_match(self, exc, ty)?;
                frame.stack.push(rest);
                frame.stack.push(matched);
            }
            Opcode::PREP_RERAISE_STAR => {
                let raised = pop!(frame);
                let orig = pop!(frame);
                push!(frame, exception_group::prep_reraise_star(self, &orig, &raised)?);
            }
            _ => unreachable!("not a coroutine opcode: {op:?}"),
        }
        Ok(())
    }

    // ----- small helpers for the loop -----

    fn pop_n(&mut self, f: &mut Frame, n: usize) -> Vec<Value> {
                let at = f.stack.len() - n;
        f.stack.split_off(at)
    }

    /// The n-th item from the top (1 = top).
    fn peek(&mut self, f: &mut Frame, n: usize) -> Value {
                f.stack[f.stack.len() - n].clone()
    }

    fn name_at(&mut self, f: &mut Frame, i: u32) -> ObjRef {
        f.code.names[i as usize].clone()
    }

    fn unbound_local(&mut self, f: &mut Frame, i: u32) -> PyErr {
        let name = f.code.code.varnames[i as usize].clone();
        self.new_exception_msg(
            "UnboundLocalError",
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    }

    fn deref_name(&mut self, f: &mut Frame, i: u32) -> (String, bool) {
        let code = &f.code.code;
        let i = i as usize;
        if i < code.cellvars.len() {
            (code.cellvars[i].clone(), true)
        } else {
            (code.freevars[i - code.cellvars.len()].clone(), false)
        }
    }

    fn unbound_deref(&mut self, f: &mut Frame, i: u32) -> PyErr {
        let (name, is_cell) = self.deref_name(f, i);
        if is_cell {
            self.new_exception_msg(
                "UnboundLocalError",
                format!("cannot access local variable '{name}' where it is not associated with a value"),
            )
        } else {
            self.new_exception_msg(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    fn load_deref(&mut self, f: &mut Frame, i: u32) -> PyResult<Value> {
                let v = match &f.cells[i as usize].payload {
            Payload::Cell(c) => c.borrow().clone(),
            _ => None,
        };
        v.ok_or_else(|| self.unbound_deref(f, i))
    }

    fn load_classderef(&mut self, f: &mut Frame, i: u32) -> PyResult<Value> {
        let (name, _) = self.deref_name(f, i);
        if let Some(locals) = f.locals.clone() {
            let key = Value::Obj(self.intern(&name));
            if let Some(v) = self.mapping_lookup(&locals, &key)? {
                return Ok(v);
            }
        }
        self.load_deref(f, i)
    }

    pub(crate) fn name_error(&self, name: &ObjRef) -> PyErr {
        let name = name.as_str().unwrap_or("");
        let e = self.new_exception_msg("NameError", format!("name '{name}' is not defined"));
        crate::exceptions::set_name_attr(self, &e, name);
        e
    }

    fn load_name(&mut self, f: &mut Frame, i: u32) -> PyResult<Value> {
                let name = f.code.names[i as usize].clone();
        let locals = f.locals.clone();
        let (globals, builtins) = (f.globals.clone(), f.builtins.clone());
        let key = Value::Obj(name.clone());
        if let Some(locals) = locals {
            if let Some(v) = self.mapping_lookup(&locals, &key)? {
                return Ok(v);
            }
        }
        if let Some(v) = crate::object::dict::dict_get_str(&globals, &name) {
            return Ok(v);
        }
        if let Some(v) = crate::object::dict::dict_get_str(&builtins, &name) {
            return Ok(v);
        }
        Err(self.name_error(&name))
    }

    fn store_name(&mut self, f: &mut Frame, i: u32, v: Value) -> PyResult<()> {
                let name = Value::Obj(f.code.names[i as usize].clone());
        match f.locals.clone() {
            Some(Value::Obj(d)) if self.is_exact_dict(&d) => crate::object::dict::dict_set(self, &d, name, v),
            Some(mapping) => self.set_item(&mapping, name, v),
            None => {
                let globals = f.globals.clone();
                crate::object::dict::dict_set(self, &globals, name, v)
            }
        }
    }

    fn delete_name(&mut self, f: &mut Frame, i: u32) -> PyResult<()> {
                let name = f.code.names[i as usize].clone();
        let target = f.locals.clone().unwrap_or_else(|| Value::Obj(f.globals.clone()));
        let key = Value::Obj(name.clone());
        let removed = match &target {
            Value::Obj(d) if self.is_exact_dict(d) => crate::object::dict::dict_del(self, d, &key)?.is_some(),
            other => match self.del_item(other, &key) {
                Ok(()) => true,
                Err(e) if self.exc_matches(&e, "KeyError") => false,
                Err(e) => return Err(e),
            },
        };
        if removed {
            Ok(())
        } else {
            Err(self.name_error(&name))
        }
    }

    /// A plain dict (not a subclass, whose `__setitem__` and friends must be called).
    fn is_exact_dict(&self, o: &ObjRef) -> bool {
        matches!(o.payload, Payload::Dict(_)) && o.class.as_ref().is_some_and(|c| std::rc::Rc::ptr_eq(c, &self.ctx.types.dict))
    }

    /// `mapping[key]`, with a missing key as `None` (dict fast path).
    pub(crate) fn mapping_lookup(&mut self, mapping: &Value, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = mapping {
            if self.is_exact_dict(o) {
                return crate::object::dict::dict_get(self, o, key);
            }
        }
        match self.get_item(mapping, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, "KeyError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn builtin_value(&mut self, f: &mut Frame, name: &str) -> PyResult<Value> {
        let key = self.intern(name);
        let builtins = f.builtins.clone();
        match crate::object::dict::dict_get_str(&builtins, &key) {
            Some(v) => Ok(v),
            None => Err(self.new_exception_msg("NameError", format!("{name} not found"))),
        }
    }

    fn setup_annotations(&mut self, f: &mut Frame) -> PyResult<()> {
                let target = f.locals.clone().unwrap_or_else(|| Value::Obj(f.globals.clone()));
        let key = Value::Obj(self.intern("__annotations__"));
        if self.mapping_lookup(&target, &key)?.is_none() {
            let d = self.new_dict();
            self.set_item(&target, key, d)?;
        }
        Ok(())
    }

    fn raise_varargs(&mut self, f: &mut Frame, n: u32) -> Unwind {
        match n {
            0 => match self.handled.clone() {
                Some(Value::Obj(exc)) => Unwind { exc, fresh: false },
                _ => Unwind::from(self.new_exception_msg("RuntimeError", "No active exception to reraise")),
            },
            _ => {
                let cause = if n == 2 { Some(pop!(f)) } else { None };
                let exc = pop!(f);
                match crate::exceptions::make_raisable(self, exc, cause) {
                    Ok(e) | Err(e) => Unwind::from(e),
                }
            }
        }
    }

    /// Unpacks exactly `before` items, or `before` + a starred list + `after` items.
    fn unpack(&mut self, seq: &Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        // Exact lists and tuples directly; a subclass may override `__iter__`.
        let items = match seq {
            Value::Obj(o) if o.class.as_ref().and_then(|c| c.type_data()).is_some_and(|t| !t.is_heap) => match &o.payload {
                Payload::Tuple(t) => Some(t.to_vec()),
                Payload::List(l) => Some(l.borrow().clone()),
                _ => None,
            },
            _ => None,
        };
        let items = match items {
            Some(items) => items,
            None => {
                if !self.is_iterable(seq) {
                    return self.type_error(format!("cannot unpack non-iterable {} object", self.type_name(seq)));
                }
                self.collect(seq)?
            }
        };
        match after {
            None => {
                if items.len() == before {
                    Ok(items)
                } else if items.len() < before {
                    self.value_error(format!("not enough values to unpack (expected {before}, got {})", items.len()))
                } else {
                    self.value_error(format!("too many values to unpack (expected {before})"))
                }
            }
            Some(after) => {
                if items.len() < before + after {
                    return self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    ));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                items.push(self.new_list(middle));
                items.extend(tail);
                Ok(items)
            }
        }
    }

    fn format_value(&mut self, v: Value, conversion: u32, spec: Option<Value>) -> PyResult<Value> {
        let v = match conversion {
            1 => Value::Obj(self.str(&v)?),
            2 => Value::Obj(self.repr(&v)?),
            3 => {
                let r = self.repr_string(&v)?;
                self.new_str(crate::ops::protocol::escape_non_ascii(&r))
            }
            _ => v,
        };
        match spec {
            None if self.py_str(&v).is_some() && self.class_of(&v).type_data().is_some_and(|t| !t.is_heap) => Ok(v),
            spec => {
                let spec = spec.unwrap_or_else(|| Value::Obj(self.ctx.empty_str.clone()));
                self.format(&v, &spec)
            }
        }
    }

    /// Pushes a comparison's result, or — when the next instruction is a conditional jump, as
    /// it usually is — performs that jump directly (sequential execution, one dispatch fewer).
    #[inline]
    fn push_or_branch(&mut self, frame: &mut Box<Frame>, r: Value) -> PyResult<()> {
        let (next, target) = frame.instrs[frame.pc];
        let when = match next {
            Opcode::POP_JUMP_IF_FALSE => false,
            Opcode::POP_JUMP_IF_TRUE => true,
            _ => {
                frame.stack.push(r);
                return Ok(());
            }
        };
        frame.pc += 1;
        let truth = match r {
            Value::Bool(b) => b.get(),
            other => self.is_true(&other)?,
        };
        if truth == when {
            frame.pc = target as usize;
        }
        Ok(())
    }

    /// Makes `new` the running frame, its caller going onto the frame stack.
    fn enter_frame(&mut self, frame: &mut Box<Frame>, new: Box<Frame>) -> PyResult<()> {
        self.enter_call()?;
        let caller = std::mem::replace(frame, new);
        self.frames.push(caller);
        Ok(())
    }

    /// Calls the callable below `argc` arguments (and an optional kwnames tuple) on the stack.
    /// Python functions become the running frame; anything else is called natively, with the
    /// running frame put on the frame stack meanwhile so natives such as `globals()` see it.
    fn call_from_stack(&mut self, frame: &mut Box<Frame>, argc: usize, kwnames: Option<Value>) -> PyResult<()> {
        let n = frame.stack.len();
        let has_self = !matches!(frame.stack[n - argc - 1], Value::Null);
        let first = if has_self { n - argc - 1 } else { n - argc };
        // Taken, not cloned: its slot is dropped below once the arguments have moved out.
        let callable = std::mem::replace(&mut frame.stack[n - argc - 2], Value::Null);
        let kwnames_items: Vec<Value> = match &kwnames {
            Some(k) => crate::object::tuple::tuple_items(k).to_vec(),
            None => Vec::new(),
        };
        if let Value::Obj(o) = &callable {
            if matches!(o.payload, Payload::Type(_)) {
                if let Some(init) = self.plain_init_of(o) {
                    // `C(args)` for an ordinary class: make the instance, run `__init__` in the loop.
                    let Payload::Function(func) = &init.payload else { unreachable!("plain_init_of returns a function") };
                    let instance = crate::object::object::new_instance(self, o)?;
                    if kwnames.is_none() && is_simple_call(func, n - first + 1) {
                        let mut new = crate::call::simple_frame_from_stack(self, func, Some(instance.clone()), &mut frame.stack, first);
                        frame.stack.truncate(n - argc - 2);
                        new.init_instance = Some(instance);
                        return self.enter_frame(frame, new);
                    }
                    let mut args: Vec<Value> = Vec::with_capacity(n - first + 1);
                    args.push(instance.clone());
                    args.extend(frame.stack.drain(first..));
                    frame.stack.truncate(n - argc - 2);
                    let nkw = kwnames_items.len();
                    let (pos, kwvalues) = args.split_at(args.len() - nkw);
                    let mut new = crate::call::bind_frame(self, &init, func, pos, &kwnames_items, kwvalues)?;
                    new.init_instance = Some(instance);
                    return self.enter_frame(frame, new);
                }
            }
            if let Payload::Function(func) = &o.payload {
                if kwnames.is_none() && is_simple_call(func, n - first) {
                    // The common case: move the arguments straight into a recycled frame.
                    let new = crate::call::simple_frame_from_stack(self, func, None, &mut frame.stack, first);
                    frame.stack.truncate(n - argc - 2);
                    return self.enter_frame(frame, new);
                }
                let args: Vec<Value> = frame.stack.drain(first..).collect();
                frame.stack.truncate(n - argc - 2);
                let nkw = kwnames_items.len();
                let (pos, kwvalues) = args.split_at(args.len() - nkw);
                let new = crate::call::bind_frame(self, o, func, pos, &kwnames_items, kwvalues)?;
                if func.code.is_generator {
                    // Generators, coroutines and async generators: the frame waits in the object.
                    let g = self.new_generator(new, func);
                    frame.stack.push(g);
                    return Ok(());
                }
                return self.enter_frame(frame, new);
            }
        }
        self.call_native_from_stack(frame, &callable, first, n - argc - 2, &kwnames_items)
    }

    /// The rest of `call_from_stack`: any callable but a Python function run in the loop. The
    /// arguments are `stack[first..]` (the last `kwnames.len()` by keyword); the callable's
    /// slot is `stack[callable_at]`. Kept out of line so the loop's own call path stays small.
    #[inline(never)]
    fn call_native_from_stack(&mut self, frame: &mut Box<Frame>, callable: &Value, first: usize, callable_at: usize, kwnames: &[Value]) -> PyResult<()> {
        let mut args = self.arg_buffers.pop().unwrap_or_default();
        crate::call::move_stack_top(&mut frame.stack, first, &mut args);
        frame.stack.truncate(callable_at);
        let (pos, kwvalues) = args.split_at(args.len() - kwnames.len());
        let result = self.with_frame_visible(frame, |vm| vm.call(callable, crate::object::function::Args { pos, kwnames, kwvalues }));
        args.clear();
        if self.arg_buffers.len() < 64 {
            self.arg_buffers.push(args);
        }
        frame.stack.push(result?);
        Ok(())
    }

    /// Runs `f` with the running frame on top of the frame stack (where natives look for the
    /// caller's globals and locals); a pooled frame stands in for it meanwhile.
    fn with_frame_visible<T>(&mut self, frame: &mut Box<Frame>, f: impl FnOnce(&mut Vm) -> T) -> T {
        let stand_in = match self.frame_pool.pop() {
            Some(p) => p,
            None => Box::new(Frame::new(frame.code.clone(), frame.globals.clone(), frame.builtins.clone(), None)),
        };
        let running = std::mem::replace(frame, stand_in);
        self.frames.push(running);
        let result = f(self);
        let running = self.frames.pop().expect("the running frame");
        let stand_in = std::mem::replace(frame, running);
        self.frame_pool.push(stand_in);
        result
    }

    /// The `__init__` to run in the loop when calling `cls` creates a plain instance: `cls` is an
    /// ordinary class (metaclass `type`, no builtin base, `object.__new__`, not abstract) whose
    /// `__init__` is a Python function that is not a generator.
    fn plain_init_of(&self, cls: &ObjRef) -> Option<ObjRef> {
        let data = cls.type_data()?;
        if !data.is_heap || data.base_kind != crate::object::types::BaseKind::Object {
            return None;
        }
        if !cls.class.as_ref().is_some_and(|m| std::rc::Rc::ptr_eq(m, &self.ctx.types.type_)) {
            return None;
        }
        let new = self.lookup_type_str(cls, "__new__")?;
        let object_new = self.lookup_type_str(&self.ctx.types.object, "__new__")?;
        if !new.is(&object_new) || self.lookup_type_str(cls, "__abstractmethods__").is_some() {
            return None;
        }
        match self.lookup_type_str(cls, "__init__")? {
            Value::Obj(init) => match &init.payload {
                Payload::Function(f) if !f.code.is_generator => Some(init),
                _ => None,
            },
            _ => None,
        }
    }

    /// Checks the eval breaker at a backward jump or call (signals, generator finalizers, the
    /// GIL's drop request).
    #[inline]
    fn poll_breaker(&mut self) -> PyResult<()> {
        crate::signals::check(self)
    }

    /// The tick counter ran out: the GIL's `ticks` and `deterministic` policies switch here
    /// (between any two instructions; nothing is raised).
    #[cold]
    #[inline(never)]
    fn ticks_expired(&mut self) {
        crate::gil::GIL.tick_expired(self.thread);
        self.ticks_left = crate::gil::GIL.tick_reload();
    }
}

/// A call that needs no argument binding beyond copying positional arguments: exactly the
/// declared positional parameters, no `*args`/`**kwargs`/keyword-only parameters, no cells to
/// fill from arguments, not a generator.
#[inline]
pub(crate) fn is_simple_call(func: &crate::object::Function, nargs: usize) -> bool {
    let co = &func.code.code;
    !func.code.is_generator
        && func.code.ncells == 0
        && co.flags & (ferropy_compiler::code::flags::VARARGS | ferropy_compiler::code::flags::VARKEYWORDS) == 0
        && co.kwonlyargcount == 0
        && co.argcount as usize == nargs
}

/// `list[i] = v` for an exact list and an in-range small int, `v` taken from the top of
/// `stack`; false (nothing done) defers to the instructions one by one.
#[inline(always)]
fn fast_store_subscript(container: &Value, key: &Value, stack: &mut Vec<Value>) -> bool {
    let (Value::Obj(o), Value::Int(i)) = (container, key) else { return false };
    let Payload::List(l) = &o.payload else { return false };
    if o.class.as_ref().and_then(|c| c.type_data()).is_some_and(|t| t.is_heap) {
        return false;
    }
    let mut l = l.borrow_mut();
    let Some(j) = crate::ops::subscr::normalize_index(*i, l.len()) else { return false };
    let v = stack.pop().expect("value to store");
    let old = std::mem::replace(&mut l[j], v);
    // The old item is dropped after the borrow ends (its destructor may run Python code).
    drop(l);
    drop(old);
    true
}

/// The second operand of a fused `LOAD_FAST a; LOAD_FAST|LOAD_CONST b; OP`.
#[inline(always)]
fn fused_operand(f: &Frame, load: Opcode, load_arg: u32) -> &Value {
    if load == Opcode::LOAD_CONST { &f.code.consts[load_arg as usize] } else { &f.fast[load_arg as usize] }
}

/// Pushes `a OP b` when the instruction pair after a `LOAD_FAST` is a load and a `BINARY_OP`
/// that the inline-number fast paths handle (the caller then moves `pc` past the pair); false
/// (nothing done) otherwise. Code never ends with a load, so the two instructions exist.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn fused_binary_push(code: &CodeData, instrs: &[(Opcode, u32)], pc: usize, fast: &[Value], stack: &mut Vec<Value>, a: &Value, load: Opcode, load_arg: u32) -> bool {
    let (op, op_arg) = instrs[pc + 1];
    if op != Opcode::BINARY_OP {
        return false;
    }
    let b = if load == Opcode::LOAD_CONST { &code.consts[load_arg as usize] } else { &fast[load_arg as usize] };
    crate::ops::binary::fast_binary_push(a, b, op_arg, stack)
}

/// `a < b` and the other comparisons for the same pair ending in a `COMPARE_OP` on small ints
/// and floats.
#[inline(always)]
fn fused_compare(f: &Frame, a: &Value, load: Opcode, load_arg: u32) -> Option<bool> {
    let (op, op_arg) = f.instrs[f.pc + 1];
    if op != Opcode::COMPARE_OP {
        return None;
    }
    crate::ops::compare::fast_compare(a, fused_operand(f, load, load_arg), CompareOp::decode(op_arg)?)
}

/// `list[i]` and `tuple[i]` for exact lists and tuples with an in-range small int, pushed onto
/// `stack`; false (nothing pushed) defers to `Vm::get_item` (which also produces the errors).
#[inline(always)]
fn fast_subscript_push(container: &Value, key: &Value, stack: &mut Vec<Value>) -> bool {
    let (Value::Obj(o), Value::Int(i)) = (container, key) else { return false };
    if o.class.as_ref().and_then(|c| c.type_data()).is_some_and(|t| t.is_heap) {
        return false;
    }
    match &o.payload {
        Payload::List(l) => {
            let l = l.borrow();
            match crate::ops::subscr::normalize_index(*i, l.len()) {
                Some(j) => {
                    stack.push(l[j].clone());
                    true
                }
                None => false,
            }
        }
        Payload::Tuple(t) => match crate::ops::subscr::normalize_index(*i, t.len()) {
            Some(j) => {
                stack.push(t[j].clone());
                true
            }
            None => false,
        },
        _ => false,
    }
}

enum FastNext {
    Item(Value),
    Done,
    Slow,
}

/// `next()` for the builtin iterators that need no Python code.
fn fast_next(it: &Value) -> FastNext {
    let Value::Obj(o) = it else { return FastNext::Slow };
    let Payload::Iterator(state) = &o.payload else { return FastNext::Slow };
    let mut state = state.borrow_mut();
    match &mut *state {
        IterState::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                *next += *step;
                FastNext::Item(Value::Int(v))
            } else {
                FastNext::Done
            }
        }
        IterState::Seq { seq, index } => match &seq.payload {
            Payload::List(l) => {
                let l = l.borrow();
                match l.get(*index) {
                    Some(v) => {
                        *index += 1;
                        FastNext::Item(v.clone())
                    }
                    None => {
                        drop(l);
                        *state = IterState::Exhausted;
                        FastNext::Done
                    }
                }
            }
            Payload::Tuple(t) => match t.get(*index) {
                Some(v) => {
                    *index += 1;
                    FastNext::Item(v.clone())
                }
                None => {
                    *state = IterState::Exhausted;
                    FastNext::Done
                }
            },
            _ => FastNext::Slow,
        },
        IterState::Exhausted => FastNext::Done,
        _ => FastNext::Slow,
    }
}
