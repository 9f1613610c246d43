//! Iteration builtins: `iter`, `next`, `sorted`, `all`, `any`, and the constructors of
//! `enumerate`, `zip`, `map`, `filter` and `reversed`.

use crate::context::Context;
use crate::object::function::Args;
use crate::object::iter::new_iterator;
use crate::object::{IterState, NativeFn, Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.len() {
        1 => vm.get_iter(&args.pos[0]),
        2 => {
            let f = args.pos[0].clone();
            let callable = matches!(&f, Value::Obj(o) if matches!(o.payload, Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod{..} | Payload::Type(_)))
                || vm.lookup_type_str(&vm.class_of(&f).clone(), "__call__").is_some();
            if !callable {
                return vm.type_error("iter(v, w): v must be callable");
            }
            Ok(new_iterator(vm.ctx.types.callable_iterator.clone(), IterState::Callable { func: f, sentinel: args.pos[1].clone() }))
        }
        n => vm.type_error(format!("iter expected at most 2 arguments, got {n}")),
    }
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(it) = args.pos.first() else { return vm.type_error("next expected at least 1 argument, got 0") };
    let is_iterator = matches!(it, Value::Obj(o) if matches!(o.payload, Payload::Iterator(_)) || crate::object::generator::is_plain_generator(vm, o))
        || vm.lookup_type_str(&vm.class_of(it).clone(), "__next__").is_some();
    if !is_iterator {
        return vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)));
    }
    if let Value::Obj(o) = it {
        if crate::object::generator::is_plain_generator(vm, o) {
            return match crate::object::generator::resume(vm, o, Value::None, None)? {
                crate::object::generator::Sent::Yielded(v) => Ok(v),
                crate::object::generator::Sent::Returned(v) => match args.pos.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(v)),
                },
            };
        }
    }
    match args.pos.get(1) {
        None => match vm.call_special(it, "__next__", &[])? {
            Some(v) => Ok(v),
            None => vm.type_error("not an iterator"),
        },
        Some(default) => match vm.next(it)? {
            Some(v) => Ok(v),
            None => Ok(default.clone()),
        },
    }
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return vm.type_error(format!("sorted expected 1 argument, got {}", args.pos.len()));
    }
    let items = vm.collect(&args.pos[0])?;
    let l = vm.new_list(items);
    let mut names = Vec::new();
    let mut values = Vec::new();
    for (k, v) in args.kwargs() {
        names.push(vm.new_str(k));
        values.push(v.clone());
    }
    let sort = vm.get_attr_str(&l, "sort")?;
    vm.call(&sort, Args { pos: &[], kwnames: &names, kwvalues: &values })?;
    Ok(l)
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = vm.get_iter(args.pos.first().unwrap_or(&Value::None))?;
    while let Some(x) = vm.next(&it)? {
        if !vm.is_true(&x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = vm.get_iter(args.pos.first().unwrap_or(&Value::None))?;
    while let Some(x) = vm.next(&it)? {
        if vm.is_true(&x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(src) = args.get(1, "iterable").cloned() else { return vm.type_error("enumerate() missing required argument 'iterable' (pos 1)") };
    let start = match args.get(2, "start") {
        Some(s) => vm.index_bigint(s)?,
        None => 0.into(),
    };
    let it = vm.get_iter(&src)?;
    Ok(new_iterator(vm.ctx.types.enumerate.clone(), IterState::Enumerate { iter: it, count: start }))
}

fn zip_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let strict = match args.kw("strict") {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let mut iters = Vec::new();
    for (i, a) in args.pos[1..].iter().enumerate() {
        if !vm.is_iterable(a) {
            return vm.type_error(format!("zip argument #{} must support iteration", i + 1));
        }
        iters.push(vm.get_iter(a)?);
    }
    Ok(new_iterator(vm.ctx.types.zip.clone(), IterState::Zip { iters, strict }))
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 3 {
        return vm.type_error("map() must have at least two arguments.");
    }
    let func = args.pos[1].clone();
    let mut iters = Vec::new();
    for a in &args.pos[2..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(new_iterator(vm.ctx.types.map.clone(), IterState::Map { func, iters }))
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 3 {
        return vm.type_error(format!("filter expected 2 arguments, got {}", args.pos.len() - 1));
    }
    let it = vm.get_iter(&args.pos[2])?;
    Ok(new_iterator(vm.ctx.types.filter.clone(), IterState::Filter { func: args.pos[1].clone(), iter: it }))
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return vm.type_error(format!("reversed expected 1 argument, got {}", args.pos.len() - 1));
    }
    let seq = args.pos[1].clone();
    if let Some(r) = vm.call_special(&seq, "__reversed__", &[])? {
        return Ok(r);
    }
    let cls = vm.class_of(&seq).clone();
    if vm.lookup_type_str(&cls, "__getitem__").is_none() || vm.lookup_type_str(&cls, "__len__").is_none() || matches!(&seq, Value::Obj(o) if matches!(o.payload, Payload::Dict(_))) {
        return vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq)));
    }
    let n = vm.len(&seq)?;
    Ok(new_iterator(vm.ctx.types.reversed.clone(), IterState::Reversed { seq, index: n as isize - 1 }))
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("iter", iter), ("next", next), ("sorted", sorted), ("all", all), ("any", any)];

pub fn register(ctx: &Context) {
    let t = &ctx.types;
    for (ty, f) in [
        (&t.enumerate, enumerate_new as NativeFn),
        (&t.zip, zip_new),
        (&t.map, map_new),
        (&t.filter, filter_new),
        (&t.reversed, reversed_new),
    ] {
        let new = ctx.new_builtin("__new__", "builtins", f, false);
        ctx.set_type_attr(ty, "__new__", Value::Obj(PyObject::new(t.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    }
}
