//! `__build_class__`: runs a class body and calls the metaclass.

use crate::frame::Frame;
use crate::object::function::Args;
use crate::object::{Payload, PyObject};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return vm.type_error("__build_class__: not enough arguments");
    }
    let Value::Obj(body) = &args.pos[0] else { return vm.type_error("__build_class__: func must be a function") };
    let Payload::Function(func) = &body.payload else { return vm.type_error("__build_class__: func must be a function") };
    let Some(name) = vm.str_of(&args.pos[1]).map(str::to_string) else { return vm.type_error("__build_class__: name is not a string") };
    let mut bases: Vec<ObjRef> = Vec::new();
    for b in &args.pos[2..] {
        match b {
            Value::Obj(o) if o.type_data().is_some() => bases.push(o.clone()),
            other => {
                if let Some(entries) = vm.get_attr_opt(other, "__mro_entries__")? {
                    let orig = vm.new_tuple(args.pos[2..].to_vec());
                    let r = vm.call1(&entries, orig)?;
                    for e in vm.collect(&r)? {
                        if let Value::Obj(o) = e {
                            bases.push(o);
                        }
                    }
                    continue;
                }
                return vm.type_error("bases must be types");
            }
        }
    }
    let mut meta: Option<Value> = None;
    let mut kwargs: Vec<(String, Value)> = Vec::new();
    for (k, v) in args.kwargs() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwargs.push((k.to_string(), v.clone()));
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => Value::Obj(bases.first().map(|b| b.class.clone().unwrap_or_else(|| vm.ctx.types.type_.clone())).unwrap_or_else(|| vm.ctx.types.type_.clone())),
    };
    let meta = match &meta {
        Value::Obj(m) if m.type_data().is_some() => Value::Obj(vm.calculate_metaclass(m, &bases)?),
        other => other.clone(),
    };
    let bases_tuple = vm.new_tuple(bases.iter().map(|b| Value::Obj(b.clone())).collect());
    let kwnames: Vec<Value> = kwargs.iter().map(|(k, _)| vm.new_str(k.as_str())).collect();
    let kwvalues: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
    let name_v = vm.new_str(name.as_str());
    let ns = match vm.get_attr_opt(&meta, "__prepare__")? {
        Some(prepare) => vm.call(&prepare, Args { pos: &[name_v.clone(), bases_tuple.clone()], kwnames: &kwnames, kwvalues: &kwvalues })?,
        None => vm.new_dict(),
    };
    // Run the body with the namespace as its locals.
    let mut frame = Box::new(Frame::new(func.code.clone(), func.globals.clone(), func.builtins.clone(), Some(ns.clone())));
    for _ in 0..func.code.ncells {
        frame.cells.push(PyObject::new(vm.ctx.types.cell.clone(), Payload::Cell(RefCell::new(None))));
    }
    frame.cells.extend(func.closure.iter().cloned());
    vm.run_frame(frame)?;
    let cls = vm.call(&meta, Args { pos: &[name_v, bases_tuple, ns], kwnames: &kwnames, kwvalues: &kwvalues })?;
    Ok(cls)
}
