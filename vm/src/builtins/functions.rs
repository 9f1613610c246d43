//! General builtin functions: printing, introspection, attribute access, conversions.

use crate::object::function::Args;
use crate::object::{NativeFn, Payload};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn exactly(vm: &Vm, args: &Args, name: &str, n: usize) -> PyResult<()> {
    if args.has_kwargs() {
        return vm.type_error(format!("{name}() takes no keyword arguments"));
    }
    if args.pos.len() != n {
        return vm.type_error(match n {
            1 => format!("{name}() takes exactly one argument ({} given)", args.pos.len()),
            _ => format!("{name} expected {n} arguments, got {}", args.pos.len()),
        });
    }
    Ok(())
}

pub fn sys_stream(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let sys = Value::Obj(vm.sys_module());
    match vm.get_attr_opt(&sys, name)? {
        Some(v) => Ok(v),
        None => vm.err("RuntimeError", format!("lost sys.{name}")),
    }
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kwargs() {
        match k {
            "sep" | "end" => {
                let s = if v.is_none() {
                    if k == "sep" { " " } else { "\n" }.to_string()
                } else {
                    match vm.str_of(v) {
                        Some(s) => s.to_string(),
                        None => return vm.type_error(format!("{k} must be None or a string, not {}", vm.type_name(v))),
                    }
                };
                if k == "sep" {
                    sep = s;
                } else {
                    end = s;
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.is_true(v)?,
            other => return vm.type_error(format!("'{other}' is an invalid keyword argument for print()")),
        }
    }
    if file.is_none() {
        file = sys_stream(vm, "stdout")?;
        if file.is_none() {
            return Ok(Value::None);
        }
    }
    let mut text = String::new();
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&vm.str_string(a)?);
    }
    text.push_str(&end);
    super::file::write_to(vm, &file, &text)?;
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(Value::None)
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(prompt) = args.pos.first() {
        let out = sys_stream(vm, "stdout")?;
        let p = vm.str_string(prompt)?;
        super::file::write_to(vm, &out, &p)?;
        vm.call_method(&out, "flush", &[])?;
    }
    let stdin = sys_stream(vm, "stdin")?;
    let line = vm.call_method(&stdin, "readline", &[])?;
    let s = vm.str_of(&line).unwrap_or("").to_string();
    if s.is_empty() {
        return vm.err("EOFError", "EOF when reading a line");
    }
    Ok(vm.new_str(s.strip_suffix('\n').unwrap_or(&s)))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly(vm, &args, "len", 1)?;
    Ok(Value::Int(vm.len(&args.pos[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly(vm, &args, "repr", 1)?;
    Ok(Value::Obj(vm.repr(&args.pos[0])?))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly(vm, &args, "ascii", 1)?;
    let r = vm.repr_string(&args.pos[0])?;
    Ok(vm.new_str(crate::ops::protocol::escape_non_ascii(&r)))
}

/// `isinstance`'s class argument: a class, or a (nested) tuple of classes.
pub(crate) fn class_check(vm: &mut Vm, obj: &Value, cls: &Value, subclass: bool, name: &str) -> PyResult<bool> {
    if let Value::Obj(c) = cls {
        match &c.payload {
            Payload::Tuple(items) => {
                for it in items.iter() {
                    if class_check(vm, obj, it, subclass, name)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Payload::Type(_) => {
                let meta = vm.class_of(cls).clone();
                let hook = if subclass { "__subclasscheck__" } else { "__instancecheck__" };
                if meta.type_data().is_some_and(|t| t.is_heap) {
                    if let Some(r) = vm.call_special(cls, hook, &[obj.clone()])? {
                        return vm.is_true(&r);
                    }
                }
                if subclass {
                    return match obj {
                        Value::Obj(o) if o.type_data().is_some() => Ok(vm.is_subtype(o, c)),
                        _ => vm.type_error("issubclass() arg 1 must be a class"),
                    };
                }
                return Ok(vm.is_instance(obj, c));
            }
            _ => {}
        }
    }
    let what = if subclass { "issubclass() arg 2" } else { "isinstance() arg 2" };
    let _ = name;
    vm.type_error(format!("{what} must be a type, a tuple of types, or a union"))
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly(vm, &args, "isinstance", 2)?;
    Ok(Value::bool(class_check(vm, &args.pos[0], &args.pos[1], false, "isinstance")?))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly(vm, &args, "issubclass", 2)?;
    if !matches!(&args.pos[0], Value::Obj(o) if o.type_data().is_some()) {
        return vm.type_error("issubclass() arg 1 must be a class");
    }
    Ok(Value::bool(class_check(vm, &args.pos[0], &args.pos[1], true, "issubclass")?))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly(vm, &args, "hash", 1)?;
    Ok(Value::Int(vm.hash(&args.pos[0])?))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly(vm, &args, "id", 1)?;
    Ok(Value::Int(args.pos[0].id()))
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<crate::value::ObjRef> {
    match vm.str_of(v) {
        Some(s) => Ok(vm.intern(s)),
        None => vm.type_error(format!("attribute name must be string, not '{}'", vm.type_name(v))),
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 || args.pos.len() > 3 {
        return vm.type_error(format!("getattr expected at least 2 arguments, got {}", args.pos.len()));
    }
    let name = attr_name(vm, &args.pos[1])?;
    match vm.get_attr(&args.pos[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.pos.len() == 3 && vm.exc_matches(&e, "AttributeError") => Ok(args.pos[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly(vm, &args, "setattr", 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.set_attr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly(vm, &args, "hasattr", 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    match vm.get_attr(&args.pos[0], &name) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) if vm.exc_matches(&e, "AttributeError") => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly(vm, &args, "delattr", 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.del_attr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly(vm, &args, "callable", 1)?;
    Ok(Value::bool(vm.is_callable(&args.pos[0])))
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&mut self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } | Payload::Type(_) => true,
                _ => self.lookup_type_str(&self.class_of(v).clone(), "__call__").is_some(),
            },
            _ => false,
        }
    }
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly(vm, &args, "chr", 1)?;
    if !crate::ops::number::is_int_like(&args.pos[0]) && vm.lookup_type_str(&vm.class_of(&args.pos[0]).clone(), "__index__").is_none() {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[0])));
    }
    let i = vm.index_bigint(&args.pos[0])?;
    match num_traits::ToPrimitive::to_u32(&i).filter(|c| *c < 0x110000) {
        Some(c) => match char::from_u32(c) {
            Some(ch) => Ok(vm.new_str(ch.to_string())),
            None => vm.value_error("surrogate characters are not supported"),
        },
        None if num_traits::ToPrimitive::to_i32(&i).is_some() => vm.value_error("chr() arg not in range(0x110000)"),
        None => vm.overflow_error("Python int too large to convert to C int"),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exactly(vm, &args, "ord", 1)?;
    let v = &args.pos[0];
    if let Some(s) = vm.py_str(v) {
        if s.char_len() == 1 {
            return Ok(Value::Int(s.char_at(0) as i64));
        }
        return vm.type_error(format!("ord() expected a character, but string of length {} found", s.char_len()));
    }
    if let Ok(b) = crate::object::bytes::bytes_like(vm, v) {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return vm.type_error(format!("ord() expected a character, but string of length {} found", b.len()));
    }
    vm.type_error(format!("ord() expected string of length 1, but {} found", vm.type_name(v)))
}

fn radix(vm: &mut Vm, args: Args, name: &str, base: u32) -> PyResult<Value> {
    exactly(vm, &args, name, 1)?;
    let i = vm.index_bigint(&args.pos[0])?;
    Ok(vm.new_str(crate::format::int_to_base(&i, base, true)))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}
fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}
fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = args.pos.get(1).cloned().unwrap_or_else(|| vm.new_str(""));
    if vm.str_of(&spec).is_none() {
        return vm.type_error(format!("format() argument 2 must be str, not {}", vm.type_name(&spec)));
    }
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    vm.format(&v, &spec)
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        None => {
            let locals = super::exec::current_locals(vm)?;
            let keys = vm.call_method(&locals, "keys", &[])?;
            let mut names = vm.collect(&keys)?;
            let mut strs: Vec<String> = names.drain(..).filter_map(|n| vm.str_of(&n).map(str::to_string)).collect();
            strs.sort();
            let items = strs.into_iter().map(|s| vm.new_str(s)).collect();
            Ok(vm.new_list(items))
        }
        Some(obj) => {
            let r = match vm.call_special(obj, "__dir__", &[])? {
                Some(r) => r,
                None => vm.new_list(vec![]),
            };
            let mut items = vm.collect(&r)?;
            let mut strs: Vec<String> = items.drain(..).filter_map(|n| vm.str_of(&n).map(str::to_string)).collect();
            strs.sort();
            let items = strs.into_iter().map(|s| vm.new_str(s)).collect();
            Ok(vm.new_list(items))
        }
    }
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        None => super::exec::current_locals(vm),
        Some(obj) => match vm.get_attr_opt(obj, "__dict__")? {
            Some(d) => Ok(d),
            None => vm.type_error("vars() argument must have __dict__ attribute"),
        },
    }
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("input", input),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("hash", hash),
    ("id", id),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("callable", callable),
    ("chr", chr),
    ("ord", ord),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("format", format),
    ("dir", dir),
    ("vars", vars),
];

/// A native getter returning item `i` of a tuple (fields of struct sequences).
pub fn index_getter(vm: &Vm, i: usize) -> Value {
    const GETTERS: [NativeFn; 20] = {
        macro_rules! g {
            ($n:expr) => {{
                fn f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                    let items = crate::object::tuple::tuple_items(&args.pos[0]);
                    match items.get($n) {
                        Some(v) => Ok(v.clone()),
                        None => vm.index_error("tuple index out of range"),
                    }
                }
                f as NativeFn
            }};
        }
        [g!(0), g!(1), g!(2), g!(3), g!(4), g!(5), g!(6), g!(7), g!(8), g!(9), g!(10), g!(11), g!(12), g!(13), g!(14), g!(15), g!(16), g!(17), g!(18), g!(19)]
    };
    Value::Obj(vm.ctx.new_builtin("field", "structseq", GETTERS[i], false))
}
