//! The `sys` module: argv, path, modules, the standard streams, version facts, recursion
//! limit, `exc_info`, `flags`, `exit`, `intern`.

use crate::builtins::file::{new_file, FileData, Handle};
use crate::object::function::Args;
use crate::object::{NativeFn, Payload, PyObject};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// What the command line decided about the process.
pub struct SysConfig {
    pub argv: Vec<String>,
    pub path0: Option<String>,
    pub executable: String,
}

pub const VERSION: &str = "3.11.7";

/// A tuple subclass with named fields (like CPython's struct sequences).
pub fn struct_seq(vm: &mut Vm, type_name: &str, module: &str, fields: &[&str], values: Vec<Value>) -> PyResult<Value> {
    let ns = vm.new_dict_obj();
    for (i, f) in fields.iter().enumerate() {
        let getter = crate::builtins::functions::index_getter(vm, i);
        let prop = PyObject::new(vm.ctx.types.property.clone(), Payload::Property { fget: getter, fset: Value::None, fdel: Value::None, doc: Value::None, name: Default::default() });
        let key = Value::Obj(vm.intern(f));
        crate::object::dict::dict_set(vm, &ns, key, Value::Obj(prop))?;
    }
    let key = Value::Obj(vm.intern("__module__"));
    let m = vm.new_str(module);
    crate::object::dict::dict_set(vm, &ns, key, m)?;
    let repr_fields: Vec<Value> = fields.iter().map(|f| vm.new_str(*f)).collect();
    let fields_t = vm.new_tuple(repr_fields);
    let key = Value::Obj(vm.intern("_fields"));
    crate::object::dict::dict_set(vm, &ns, key, fields_t)?;
    let repr = vm.ctx.new_builtin("__repr__", "structseq", struct_seq_repr, true);
    let key = Value::Obj(vm.intern("__repr__"));
    crate::object::dict::dict_set(vm, &ns, key, Value::Obj(repr))?;
    let cls = vm.new_class(&vm.ctx.types.type_.clone(), type_name, vec![vm.ctx.types.tuple.clone()], &Value::Obj(ns), &[])?;
    let t = vm.new_tuple(values);
    vm.call1(&Value::Obj(cls), t)
}

fn struct_seq_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = &args.pos[0];
    let fields = vm.get_attr_str(obj, "_fields")?;
    let fields = vm.collect(&fields)?;
    let items = crate::object::tuple::tuple_items(obj).to_vec();
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(items) {
        let r = vm.repr_string(&v)?;
        parts.push(format!("{}={r}", vm.str_of(f).unwrap_or("")));
    }
    let cls = vm.class_of(obj).clone();
    let module = vm.get_attr_str(&Value::Obj(cls.clone()), "__module__")?;
    let name = cls.type_data().map(|t| t.name()).unwrap_or_default();
    let m = vm.str_of(&module).unwrap_or("").to_string();
    Ok(vm.new_str(format!("{m}.{name}({})", parts.join(", "))))
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = args.pos.first().cloned();
    let cls = Value::Obj(vm.ctx.exc("SystemExit"));
    // As `PyErr_SetObject` builds it: no arguments for None, a tuple's items as the arguments.
    let e = match code {
        None | Some(Value::None) => vm.call0(&cls)?,
        Some(c) if matches!(c.as_obj().map(|o| &o.payload), Some(Payload::Tuple(_))) => {
            let items = crate::object::tuple::tuple_items(&c).to_vec();
            vm.call(&cls, Args::positional(&items))?
        }
        Some(c) => vm.call1(&cls, c)?,
    };
    Err(e.as_obj().cloned().expect("exception"))
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(n) = args.pos.first() else { return vm.type_error("setrecursionlimit() takes exactly one argument (0 given)") };
    if !crate::ops::number::is_int_like(n) {
        return vm.type_error("'float' object cannot be interpreted as an integer");
    }
    let n = vm.index_value(n)?;
    if n < 1 {
        return vm.value_error("recursion limit must be greater or equal than 1");
    }
    if (n as usize) <= vm.depth {
        return vm.err("RecursionError", format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match vm.handled.clone() {
        Some(e @ Value::Obj(_)) => {
            let ty = Value::Obj(vm.class_of(&e).clone());
            let tb = crate::exceptions::traceback_object(vm, e.as_obj().expect("exception"));
            Ok(vm.new_tuple(vec![ty, e, tb]))
        }
        _ => Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn exception(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.handled.clone().unwrap_or(Value::None))
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first().and_then(|s| vm.str_of(s)) {
        Some(s) => Ok(Value::Obj(vm.intern(s))),
        None => vm.type_error("intern() argument must be str"),
    }
}

fn getdefaultencoding(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn getsizeof(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    let n = match &v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => 49 + s.as_str().len(),
            Payload::List(l) => 56 + 8 * l.borrow().len(),
            Payload::Tuple(t) => 40 + 8 * t.len(),
            _ => 48,
        },
        _ => 28,
    };
    Ok(Value::Int(n as i64))
}

fn getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let depth = match args.pos.first() {
        Some(d) => vm.index_value(d)? as usize,
        None => 0,
    };
    let n = vm.frames.len();
    if depth >= n {
        return vm.value_error("call stack is not deep enough");
    }
    let f = &vm.frames[n - 1 - depth];
    let globals = f.globals.clone();
    let entry = crate::object::exception::TbEntry { code: f.code.clone(), instr: f.lasti() as u32, globals: None };
    let proxy = crate::builtins::frame_proxy(vm, &entry);
    vm.set_attr(&proxy, &vm.intern("f_globals"), Value::Obj(globals))?;
    Ok(proxy)
}

// ----- the GIL's knobs (both lineages: Python 3's switch interval, Python 2's check interval) -----

fn getswitchinterval(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::float(crate::gil::GIL.policy().2))
}

fn setswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 || args.has_kwargs() {
        return vm.type_error(format!("sys.setswitchinterval() takes exactly one argument ({} given)", args.pos.len()));
    }
    let v = &args.pos[0];
    let seconds = match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => crate::object::float::to_float(vm, v)?,
        _ if vm.is_instance(v, &vm.ctx.types.int.clone()) || vm.is_instance(v, &vm.ctx.types.float.clone()) => crate::object::float::to_float(vm, v)?,
        _ => return vm.type_error(format!("must be real number, not {}", vm.type_name(v))),
    };
    if !(seconds > 0.0) {
        return vm.value_error("switch interval must be strictly positive");
    }
    crate::gil::GIL.set_interval(seconds);
    Ok(Value::None)
}

fn getcheckinterval(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(crate::gil::GIL.policy().1 as i64))
}

fn setcheckinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 || args.has_kwargs() {
        return vm.type_error(format!("sys.setcheckinterval() takes exactly one argument ({} given)", args.pos.len()));
    }
    if !crate::ops::number::is_int_like(&args.pos[0]) {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&args.pos[0])));
    }
    let n = vm.index_value(&args.pos[0])?;
    // Python 2 took any int; zero or less meant "check at every instruction".
    crate::gil::GIL.set_ticks(n.clamp(1, u32::MAX as i64) as u32);
    vm.ticks_left = vm.ticks_left.min(crate::gil::GIL.tick_reload());
    Ok(Value::None)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getswitchinterval", getswitchinterval),
    ("setswitchinterval", setswitchinterval),
    ("getcheckinterval", getcheckinterval),
    ("setcheckinterval", setcheckinterval),
    ("exit", exit),
    ("getrecursionlimit", getrecursionlimit),
    ("setrecursionlimit", setrecursionlimit),
    ("exc_info", exc_info),
    ("exception", exception),
    ("intern", intern),
    ("getdefaultencoding", getdefaultencoding),
    ("getfilesystemencoding", getdefaultencoding),
    ("getsizeof", getsizeof),
    ("_getframe", getframe),
];

fn set(vm: &mut Vm, sys: &ObjRef, name: &str, v: Value) -> PyResult<()> {
    vm.set_attr_in_dict(sys, name, v)
}

/// Creates `sys` and makes it importable.
pub fn init(vm: &mut Vm, config: SysConfig) -> PyResult<()> {
    let sys = crate::object::misc::new_module(vm, "sys");
    vm.sys = Some(sys.clone());
    for (name, f) in FUNCTIONS {
        let b = vm.ctx.new_builtin(name, "sys", *f, false);
        set(vm, &sys, name, Value::Obj(b))?;
    }
    let argv = config.argv.iter().map(|a| vm.new_str(a.as_str())).collect();
    let argv = vm.new_list(argv);
    set(vm, &sys, "argv", argv)?;
    let mut path: Vec<String> = Vec::new();
    if let Some(p0) = &config.path0 {
        path.push(p0.clone());
    }
    let opts = vm.ctx.options.borrow().clone();
    if !opts.ignore_environment {
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            path.extend(pp.split(':').filter(|s| !s.is_empty()).map(str::to_string));
        }
    }
    let path_items = path.into_iter().map(|p| vm.new_str(p)).collect();
    let path_list = vm.new_list(path_items);
    vm.path = path_list.as_obj().cloned();
    set(vm, &sys, "path", path_list)?;
    set(vm, &sys, "modules", Value::Obj(vm.modules.clone()))?;
    let unbuffered = opts.unbuffered;
    let stdin = FileData::new(Handle::Stdin, "<stdin>", "r", false, true, false);
    let mut stdout = FileData::new(Handle::Stdout, "<stdout>", "w", false, false, true);
    stdout.unbuffered = unbuffered;
    stdout.line_buffering = std::io::IsTerminal::is_terminal(&std::io::stdout());
    let mut stderr = FileData::new(Handle::Stderr, "<stderr>", "w", false, false, true);
    stderr.line_buffering = true;
    for (name, data) in [("stdin", stdin), ("stdout", stdout), ("stderr", stderr)] {
        let f = new_file(vm, data);
        set(vm, &sys, name, f.clone())?;
        set(vm, &sys, &format!("__{name}__"), f)?;
    }
    set(vm, &sys, "version", vm.new_str(format!("{VERSION} (ferropy {}) [rustc]", env!("CARGO_PKG_VERSION"))))?;
    let vi = vec![Value::Int(3), Value::Int(11), Value::Int(7), vm.new_str("final"), Value::Int(0)];
    let vi = struct_seq(vm, "version_info", "sys", &["major", "minor", "micro", "releaselevel", "serial"], vi)?;
    set(vm, &sys, "version_info", vi)?;
    set(vm, &sys, "hexversion", Value::Int(0x030b07f0))?;
    set(vm, &sys, "api_version", Value::Int(1013))?;
    set(vm, &sys, "platform", vm.new_str(std::env::consts::OS))?;
    set(vm, &sys, "byteorder", vm.new_str(if cfg!(target_endian = "little") { "little" } else { "big" }))?;
    set(vm, &sys, "maxsize", Value::Int(i64::MAX))?;
    set(vm, &sys, "maxunicode", Value::Int(0x10ffff))?;
    set(vm, &sys, "executable", vm.new_str(config.executable.as_str()))?;
    set(vm, &sys, "prefix", vm.new_str("/usr/local"))?;
    set(vm, &sys, "dont_write_bytecode", Value::bool(opts.dont_write_bytecode))?;
    let prefix = opts.pycache_prefix.as_ref().map_or(Value::None, |p| vm.new_str(p.as_str()));
    set(vm, &sys, "pycache_prefix", prefix)?;
    let names: Vec<Value> = ["builtins", "sys"].iter().map(|n| vm.new_str(*n)).collect();
    set(vm, &sys, "builtin_module_names", vm.new_tuple(names))?;
    let warn = opts.warnoptions.iter().map(|w| vm.new_str(w.as_str())).collect();
    set(vm, &sys, "warnoptions", vm.new_list(warn))?;
    let xopts = vm.new_dict_obj();
    for x in &opts.xoptions {
        let (k, v) = match x.split_once('=') {
            Some((k, v)) => (k.to_string(), vm.new_str(v)),
            None => (x.clone(), Value::TRUE),
        };
        let key = vm.new_str(k);
        crate::object::dict::dict_set(vm, &xopts, key, v)?;
    }
    set(vm, &sys, "_xoptions", Value::Obj(xopts))?;
    let impl_ns = vm.new_dict_obj();
    for (k, v) in [
        ("name", vm.new_str("ferropy")),
        ("cache_tag", vm.new_str(ferropy_compiler::pyc::CACHE_TAG)),
        ("version", vi_clone(vm, &sys)?),
    ] {
        let key = vm.new_str(k);
        crate::object::dict::dict_set(vm, &impl_ns, key, v)?;
    }
    let implementation = namespace(vm, impl_ns)?;
    set(vm, &sys, "implementation", implementation)?;
    let flag_names = ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"];
    let flag_values = vec![
        Value::Int(0),
        Value::Int(opts.inspect as i64),
        Value::Int(opts.inspect as i64),
        Value::Int(opts.optimize as i64),
        Value::Int(opts.dont_write_bytecode as i64),
        Value::Int((opts.isolated || opts.no_site) as i64),
        Value::Int(opts.no_site as i64),
        Value::Int(opts.ignore_environment as i64),
        Value::Int(opts.verbose as i64),
        Value::Int(0),
        Value::Int(opts.quiet as i64),
        Value::Int(1),
        Value::Int(opts.isolated as i64),
        Value::FALSE,
        Value::Int(0),
        Value::Int(0),
        Value::bool(opts.isolated),
        Value::Int(4300),
    ];
    let flags = struct_seq(vm, "flags", "sys", &flag_names, flag_values)?;
    set(vm, &sys, "flags", flags)?;
    let fi_names = ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"];
    let fi_values = vec![
        Value::float(f64::MAX),
        Value::Int(1024),
        Value::Int(308),
        Value::float(f64::MIN_POSITIVE),
        Value::Int(-1021),
        Value::Int(-307),
        Value::Int(15),
        Value::Int(53),
        Value::float(f64::EPSILON),
        Value::Int(2),
        Value::Int(1),
    ];
    let fi = struct_seq(vm, "float_info", "sys", &fi_names, fi_values)?;
    set(vm, &sys, "float_info", fi)?;
    let ii_names = ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"];
    let ii = struct_seq(vm, "int_info", "sys", &ii_names, vec![Value::Int(30), Value::Int(4), Value::Int(4300), Value::Int(640)])?;
    set(vm, &sys, "int_info", ii)?;
    let hi_names = ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"];
    let hi_values = vec![
        Value::Int(64),
        Value::Int((1 << 61) - 1),
        Value::Int(314159),
        Value::Int(0),
        Value::Int(1000003),
        vm.new_str("siphash13"),
        Value::Int(64),
        Value::Int(128),
        Value::Int(0),
    ];
    let hi = struct_seq(vm, "hash_info", "sys", &hi_names, hi_values)?;
    set(vm, &sys, "hash_info", hi)?;
    let key = Value::Obj(vm.intern("sys"));
    let modules = vm.modules.clone();
    crate::object::dict::dict_set(vm, &modules, key, Value::Obj(sys))?;
    let key = Value::Obj(vm.intern("builtins"));
    crate::object::dict::dict_set(vm, &modules, key, Value::Obj(vm.builtins.clone()))?;
    Ok(())
}

fn vi_clone(vm: &mut Vm, sys: &ObjRef) -> PyResult<Value> {
    vm.get_attr_str(&Value::Obj(sys.clone()), "version_info")
}

/// A `types.SimpleNamespace`-like object (`sys.implementation`).
fn namespace(vm: &mut Vm, attrs: ObjRef) -> PyResult<Value> {
    let ns = vm.new_dict_obj();
    let repr = vm.ctx.new_builtin("__repr__", "namespace", namespace_repr, true);
    let key = Value::Obj(vm.intern("__repr__"));
    crate::object::dict::dict_set(vm, &ns, key, Value::Obj(repr))?;
    let cls = vm.new_class(&vm.ctx.types.type_.clone(), "namespace", vec![], &Value::Obj(ns), &[])?;
    let obj = vm.call0(&Value::Obj(cls))?;
    for (k, v) in crate::object::dict::mapping_items(vm, &Value::Obj(attrs))? {
        let name = vm.intern(vm.str_of(&k).unwrap_or(""));
        vm.set_attr(&obj, &name, v)?;
    }
    Ok(obj)
}

fn namespace_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = vm.get_attr_str(&args.pos[0], "__dict__")?;
    let mut parts = Vec::new();
    for (k, v) in crate::object::dict::mapping_items(vm, &d)? {
        let r = vm.repr_string(&v)?;
        parts.push(format!("{}={r}", vm.str_of(&k).unwrap_or("")));
    }
    Ok(vm.new_str(format!("namespace({})", parts.join(", "))))
}
