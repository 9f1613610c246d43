//! Exception groups: `BaseExceptionGroup`, `ExceptionGroup`, and what `except*` does with them.
//!
//! What this module owns:
//! - `ExceptionGroup`'s second base (`Exception`, after `BaseExceptionGroup`): the exception
//!   table builds single-inheritance classes only;
//! - the constructor's checks and its choice of class (`BaseExceptionGroup(...)` of ordinary
//!   exceptions makes an `ExceptionGroup`), `message`, `exceptions`, `derive`, `split`,
//!   `subgroup`, `str()`, and `BaseException.add_note`;
//! - `CHECK_EG_MATCH` (split the exception for one `except*` clause; a bare exception that
//!   matches is wrapped in a group) and `PREP_RERAISE_STAR` (what leaves the statement).
//!
//! Representation: a group is an ordinary exception instance whose `args` are
//! `(message, exceptions)` as the constructor received them (so `repr` shows the sequence as
//! given, as CPython's does); `message` and `exceptions` read them back. The parts `split`
//! makes come from `derive` and carry the original's traceback, cause, context and a copy of
//! its notes, with `__suppress_context__` set, as in CPython.
//!
//! Re-raising after `except*`: an exception a clause raised counts as a re-raise of the
//! original when it carries the original's metadata (same cause, context, notes and traceback
//! entries), which is true of the matched part re-raised by a bare `raise` and of the unmatched
//! rest. The re-raised leaves are projected back onto the original's nesting; other raised
//! exceptions are grouped with that projection in a new `ExceptionGroup('', [...])`.

use crate::context::Context;
use crate::object::function::Args;
use crate::object::{Payload, PyObject};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// Makes the table's `ExceptionGroup(BaseExceptionGroup)` into
/// `ExceptionGroup(BaseExceptionGroup, Exception)`: the table builds single inheritance only.
pub fn add_second_base(map: &HashMap<&'static str, ObjRef>) {
    let (eg, beg, exc) = (&map["ExceptionGroup"], &map["BaseExceptionGroup"], &map["Exception"]);
    let data = eg.type_data().expect("type");
    *data.bases.borrow_mut() = vec![beg.clone(), exc.clone()];
    // ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object.
    let mut mro = vec![eg.clone(), beg.clone()];
    mro.extend(exc.type_data().expect("type").mro.borrow().iter().cloned());
    *data.mro.borrow_mut() = mro;
}

fn exc_data(e: &ObjRef) -> Option<&RefCell<crate::object::ExceptionData>> {
    match &e.payload {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

pub fn is_group(vm: &Vm, v: &Value) -> bool {
    vm.is_instance(v, &vm.ctx.exc("BaseExceptionGroup"))
}

fn args_items(e: &ObjRef) -> Vec<Value> {
    exc_data(e).map(|d| crate::object::tuple::tuple_items(&d.borrow().args).to_vec()).unwrap_or_default()
}

/// The sub-exceptions of a group, in order.
fn sub_exceptions(vm: &mut Vm, e: &ObjRef) -> PyResult<Vec<Value>> {
    match args_items(e).get(1) {
        Some(seq) => vm.collect(seq),
        None => Ok(Vec::new()),
    }
}

// ----- the type -----

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn eg_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.pos.first() else { return vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object") };
    let rest = &args.pos[1..];
    if rest.len() != 2 {
        return vm.type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", rest.len()));
    }
    if vm.str_of(&rest[0]).is_none() {
        return vm.type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", vm.type_name(&rest[0])));
    }
    let seq = &rest[1];
    // CPython's sequence check: indexable, and not a mapping.
    let is_sequence = match seq {
        Value::Obj(o) => match &o.payload {
            Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) => true,
            Payload::Dict(_) => false,
            _ => vm.lookup_type_str(&vm.class_of(seq).clone(), "__getitem__").is_some(),
        },
        _ => false,
    };
    if !is_sequence {
        return vm.type_error("second argument (exceptions) must be a sequence");
    }
    let excs = vm.collect(seq)?;
    if excs.is_empty() {
        return vm.value_error("second argument (exceptions) must be a non-empty sequence");
    }
    let (base, exception) = (vm.ctx.exc("BaseException"), vm.ctx.exc("Exception"));
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        if !vm.is_instance(e, &base) {
            return vm.value_error(format!("Item {i} of second argument (exceptions) is not an exception"));
        }
        nested_base |= !vm.is_instance(e, &exception);
    }
    let mut cls = cls.clone();
    let (beg, eg) = (vm.ctx.exc("BaseExceptionGroup"), vm.ctx.exc("ExceptionGroup"));
    if std::rc::Rc::ptr_eq(&cls, &beg) {
        if !nested_base {
            cls = eg;
        }
    } else if std::rc::Rc::ptr_eq(&cls, &eg) {
        if nested_base {
            return vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if nested_base && vm.is_subtype(&cls, &exception) {
        let name = cls.type_data().map(|t| t.name.borrow().clone()).unwrap_or_default();
        return vm.type_error(format!("Cannot nest BaseExceptions in '{name}'"));
    }
    let args = vm.new_tuple(rest.to_vec());
    Ok(Value::Obj(vm.new_exception_with_args(cls, args)))
}

fn this(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if exc_data(o).is_some() && is_group(vm, &args.pos[0]) => Ok(o.clone()),
        _ => vm.type_error("descriptor requires a 'BaseExceptionGroup' object"),
    }
}

fn eg_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    if let Some(d) = exc_data(&e) {
        d.borrow_mut().args = vm.new_tuple(args.pos[1..].to_vec());
    }
    Ok(Value::None)
}

fn eg_message(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    Ok(args_items(&e).first().cloned().unwrap_or(Value::None))
}

fn eg_exceptions(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    match args_items(&e).get(1) {
        Some(t @ Value::Obj(o)) if matches!(o.payload, Payload::Tuple(_)) => Ok(t.clone()),
        _ => {
            let items = sub_exceptions(vm, &e)?;
            Ok(vm.new_tuple(items))
        }
    }
}

fn eg_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let message = match args_items(&e).first() {
        Some(m) => vm.str_string(m)?,
        None => String::new(),
    };
    let n = sub_exceptions(vm, &e)?.len();
    Ok(vm.new_str(format!("{message} ({n} sub-exception{})", if n > 1 { "s" } else { "" })))
}

/// `derive(excs)`: a group with this one's message (the class is chosen afresh).
fn eg_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let Some(excs) = args.pos.get(1) else { return vm.type_error("derive() takes exactly one argument (0 given)") };
    let message = args_items(&e).first().cloned().unwrap_or(Value::None);
    let beg = Value::Obj(vm.ctx.exc("BaseExceptionGroup"));
    vm.call(&beg, Args::positional(&[message, excs.clone()]))
}

fn eg_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let m = matcher(vm, args.pos.get(1).cloned().unwrap_or(Value::None))?;
    let (matched, rest) = split(vm, &Value::Obj(e), &m, true)?;
    Ok(vm.new_tuple(vec![matched.unwrap_or(Value::None), rest.unwrap_or(Value::None)]))
}

fn eg_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = this(vm, &args)?;
    let m = matcher(vm, args.pos.get(1).cloned().unwrap_or(Value::None))?;
    let (matched, _) = split(vm, &Value::Obj(e), &m, false)?;
    Ok(matched.unwrap_or(Value::None))
}

/// `BaseException.add_note(note)`.
fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(e)) = args.pos.first() else { return vm.type_error("descriptor 'add_note' requires a 'BaseException' object") };
    let note = args.pos.get(1).cloned().unwrap_or(Value::None);
    if vm.str_of(&note).is_none() {
        return vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note)));
    }
    let notes = match vm.get_attr_opt(&args.pos[0], "__notes__")? {
        Some(n) => n,
        None => {
            let list = vm.new_list(vec![]);
            vm.set_attr_in_dict(e, "__notes__", list.clone())?;
            list
        }
    };
    match &notes {
        Value::Obj(o) if matches!(o.payload, Payload::List(_)) => {
            if let Payload::List(l) = &o.payload {
                l.borrow_mut().push(note);
            }
            Ok(Value::None)
        }
        _ => vm.type_error("Cannot add note: __notes__ is not a list"),
    }
}

pub fn register(ctx: &Context) {
    let beg = ctx.exc("BaseExceptionGroup");
    let new = ctx.new_builtin("__new__", "BaseExceptionGroup", eg_new, false);
    ctx.set_type_attr(&beg, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    ctx.add_methods(&beg, "BaseExceptionGroup", &[
        ("__init__", eg_init),
        ("__str__", eg_str),
        ("derive", eg_derive),
        ("split", eg_split),
        ("subgroup", eg_subgroup),
    ]);
    crate::object::typeobj::add_getters(ctx, &beg, &[("message", eg_message), ("exceptions", eg_exceptions)]);
    ctx.add_methods(&ctx.exc("BaseException"), "BaseException", &[("add_note", add_note)]);
}

// ----- split -----

enum Matcher {
    /// An exception class or a tuple of them.
    Types(Value),
    Predicate(Value),
    /// Leaves by identity (projecting re-raised leaves onto the original group).
    Leaves(HashSet<usize>),
}

fn matcher(vm: &mut Vm, cond: Value) -> PyResult<Matcher> {
    let base = vm.ctx.exc("BaseException");
    let is_exc_class = |vm: &Vm, v: &Value| matches!(v, Value::Obj(o) if o.type_data().is_some() && vm.is_subtype(o, &base));
    if is_exc_class(vm, &cond) {
        return Ok(Matcher::Types(cond));
    }
    if let Value::Obj(o) = &cond {
        if let Payload::Tuple(items) = &o.payload {
            if items.iter().all(|i| is_exc_class(vm, i)) {
                return Ok(Matcher::Types(cond));
            }
        } else if o.type_data().is_none() && is_callable(vm, &cond) {
            return Ok(Matcher::Predicate(cond));
        }
    }
    vm.type_error("expected a function, exception type or tuple of exception types")
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } => true,
            _ => vm.lookup_type_str(&vm.class_of(v).clone(), "__call__").is_some(),
        },
        _ => false,
    }
}

fn leaf_id(v: &Value) -> usize {
    v.as_obj().map_or(0, |o| std::rc::Rc::as_ptr(o) as *const u8 as usize)
}

fn is_match(vm: &mut Vm, m: &Matcher, exc: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => vm.exception_matches(exc, t),
        Matcher::Predicate(f) => {
            let r = vm.call1(f, exc.clone())?;
            vm.is_true(&r)
        }
        Matcher::Leaves(ids) => Ok(!is_group(vm, exc) && ids.contains(&leaf_id(exc))),
    }
}

/// (matching part, rest) of `exc`, either None when empty; the rest only when asked for.
fn split(vm: &mut Vm, exc: &Value, m: &Matcher, with_rest: bool) -> PyResult<(Option<Value>, Option<Value>)> {
    if is_match(vm, m, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Value::Obj(group) = exc else { return Ok((None, with_rest.then(|| exc.clone()))) };
    if !is_group(vm, exc) {
        return Ok((None, with_rest.then(|| exc.clone())));
    }
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for e in sub_exceptions(vm, group)? {
        let (mm, rr) = split(vm, &e, m, with_rest)?;
        matched.extend(mm);
        rest.extend(rr);
    }
    let matched = if matched.is_empty() { None } else { Some(derive_copy(vm, group, matched)?) };
    let rest = if rest.is_empty() { None } else { Some(derive_copy(vm, group, rest)?) };
    Ok((matched, rest))
}

/// `orig.derive(excs)` carrying orig's traceback, cause, context and notes.
fn derive_copy(vm: &mut Vm, orig: &ObjRef, excs: Vec<Value>) -> PyResult<Value> {
    let list = vm.new_list(excs);
    let eg = vm.call_method(&Value::Obj(orig.clone()), "derive", &[list])?;
    let Some(new) = eg.as_obj().filter(|_| is_group(vm, &eg)).cloned() else {
        return vm.type_error("derive must return an instance of BaseExceptionGroup");
    };
    if let (Some(from), Some(to)) = (exc_data(orig), exc_data(&new)) {
        let from = from.borrow();
        let mut to = to.borrow_mut();
        to.traceback = from.traceback.clone();
        to.cause = from.cause.clone();
        to.context = from.context.clone();
        to.suppress_context = true;
    }
    if let Some(notes) = notes_of(orig) {
        if let Ok(items) = vm.collect(&notes) {
            let copy = vm.new_list(items);
            vm.set_attr_in_dict(&new, "__notes__", copy)?;
        }
    }
    Ok(eg)
}

fn notes_of(e: &ObjRef) -> Option<Value> {
    let dict = e.dict.as_ref()?;
    let table = dict.dict_table()?.borrow();
    let found = table.iter().find(|e| matches!(&e.key, Value::Obj(s) if s.as_str() == Some("__notes__"))).map(|e| e.value.clone());
    found
}

// ----- except* -----

/// CHECK_EG_MATCH: (rest, match) of `exc` for `except* ty`; the match (if any) becomes the
/// exception being handled.
pub fn check_eg_match(vm: &mut Vm, exc: Value, ty: Value) -> PyResult<(Value, Value)> {
    let classes: Vec<Value> = match &ty {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => crate::object::tuple::tuple_items(&ty).to_vec(),
        other => vec![other.clone()],
    };
    let (base, beg) = (vm.ctx.exc("BaseException"), vm.ctx.exc("BaseExceptionGroup"));
    for c in &classes {
        match c {
            Value::Obj(co) if co.type_data().is_some() && vm.is_subtype(co, &base) => {
                if vm.is_subtype(co, &beg) {
                    return vm.type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
                }
            }
            _ => return vm.type_error("catching classes that do not inherit from BaseException is not allowed"),
        }
    }
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    let (rest, matched) = if vm.exception_matches(&exc, &ty)? {
        if is_group(vm, &exc) {
            (Value::None, exc)
        } else {
            // A bare exception is handled as a group of one.
            let tuple = vm.new_tuple(vec![exc.clone()]);
            let wrapped = new_group(vm, "", tuple)?;
            if let (Some(from), Some(to)) = (exc.as_obj().and_then(exc_data), wrapped.as_obj().and_then(exc_data)) {
                to.borrow_mut().traceback = from.borrow().traceback.clone();
            }
            (Value::None, wrapped)
        }
    } else if is_group(vm, &exc) {
        let pair = vm.call_method(&exc, "split", &[ty])?;
        let items = vm.collect(&pair)?;
        match items.as_slice() {
            [m, r] => (r.clone(), m.clone()),
            _ => return vm.type_error("split must return a 2-tuple"),
        }
    } else {
        (exc, Value::None)
    };
    if !matched.is_none() {
        vm.handled = Some(matched.clone());
    }
    Ok((rest, matched))
}

fn new_group(vm: &mut Vm, message: &str, excs: Value) -> PyResult<Value> {
    let beg = Value::Obj(vm.ctx.exc("BaseExceptionGroup"));
    let m = vm.new_str(message);
    vm.call(&beg, Args::positional(&[m, excs]))
}

/// Whether `e` is `orig` passed on (re-raised or left unmatched) rather than newly raised.
fn same_metadata(e: &ObjRef, orig: &ObjRef) -> bool {
    if std::rc::Rc::ptr_eq(e, orig) {
        return true;
    }
    let (Some(a), Some(b)) = (exc_data(e), exc_data(orig)) else { return false };
    let (a, b) = (a.borrow(), b.borrow());
    let same_notes = match (notes_of(e), notes_of(orig)) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(&y),
        _ => false,
    };
    a.cause.is(&b.cause)
        && a.context.is(&b.context)
        && same_notes
        && a.traceback.len() == b.traceback.len()
        && a.traceback.iter().zip(&b.traceback).all(|(x, y)| std::rc::Rc::ptr_eq(&x.code, &y.code) && x.instr == y.instr)
}

fn collect_leaves(vm: &mut Vm, v: &Value, out: &mut HashSet<usize>) -> PyResult<()> {
    match v {
        Value::Obj(o) if is_group(vm, v) => {
            for e in sub_exceptions(vm, o)? {
                collect_leaves(vm, &e, out)?;
            }
            Ok(())
        }
        _ => {
            out.insert(leaf_id(v));
            Ok(())
        }
    }
}

/// PREP_RERAISE_STAR: the exception leaving a `try`/`except*` whose handlers saw `orig` and
/// produced `raised` (what each clause raised, then the unmatched rest; Nones skipped).
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, raised: &Value) -> PyResult<Value> {
    let excs = vm.collect(raised)?;
    if excs.is_empty() {
        return Ok(Value::None);
    }
    let Some(orig_obj) = orig.as_obj().filter(|_| is_group(vm, orig)).cloned() else {
        // A bare exception: at most one clause ran, so there is at most one thing to raise.
        return Ok(excs[0].clone());
    };
    let (mut new, mut passed_on) = (Vec::new(), Vec::new());
    for e in excs.into_iter().filter(|e| !e.is_none()) {
        match e.as_obj() {
            Some(o) if same_metadata(o, &orig_obj) => passed_on.push(e),
            _ => new.push(e),
        }
    }
    let mut ids = HashSet::new();
    for e in &passed_on {
        collect_leaves(vm, e, &mut ids)?;
    }
    let (projection, _) = split(vm, orig, &Matcher::Leaves(ids), false)?;
    if new.is_empty() {
        return Ok(projection.unwrap_or(Value::None));
    }
    new.extend(projection);
    if new.len() == 1 {
        return Ok(new.pop().expect("one exception"));
    }
    let list = vm.new_list(new);
    new_group(vm, "", list)
}
