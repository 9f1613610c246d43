//! The `marshal` module: `dumps`, `loads`, `dump`, `load` and `version` over ferropy values.
//!
//! The format itself (type codes, encodings, the reader's checks) is `ferropy_compiler::marshal`;
//! this module walks interpreter values into its `Writer` and builds values through its `Build`
//! trait. Code objects go through the compiler's own layout.
//!
//! **Where the reference flag goes.** CPython flags an object for back-reference when its
//! reference count is above one, and writes `r` when it meets a flagged object again. ferropy
//! imitates the counts it can see: a heap object is flagged when something besides the value
//! being dumped holds it (an `Rc` count above one, not counting the interned-strings table,
//! which CPython does not count either); inline ints and floats have no count, so the small
//! ints CPython caches (-5..=256) are flagged, as there, and other inline numbers are not.
//! Strings count as interned when they are in the interned table and look like identifiers,
//! which is exactly what CPython's compiler interns. Identity is remembered for every flagged
//! heap object, so shared and self-containing structures round-trip.

use ferropy_compiler::marshal::{self as fmt, Build, Container, ReadError, ReadResult, Seq, Writer};
use ferropy_compiler::Constant;
use ferropy_vm::object::function::Args;
use ferropy_vm::object::{NativeFn, Payload};
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

/// Why a value could not be written.
enum WriteError {
    Unmarshallable,
    TooDeep,
}

struct ValueWriter<'v> {
    vm: &'v mut Vm,
    w: Writer,
    /// Flagged heap objects already written, by address, with their reference index.
    seen: HashMap<usize, u32>,
    /// Cached small ints already written, by value (CPython shares one object per value).
    small_ints: HashMap<i64, u32>,
    depth: usize,
    /// References to the top-level value held by the caller beyond CPython's count (a set
    /// element being measured for sorting sits in one of our temporary vectors).
    top_extra: usize,
}

fn identifier_like(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// How an object's reference flag is decided.
#[derive(Clone, Copy, PartialEq)]
enum Flagging {
    /// By reference count, as CPython does.
    Counted,
    /// Always (set elements, which CPython holds in a sorting list while writing them).
    Forced,
}

impl ValueWriter<'_> {
    fn new(vm: &mut Vm, version: u32) -> ValueWriter<'_> {
        ValueWriter { vm, w: Writer::new(version), seen: HashMap::new(), small_ints: HashMap::new(), depth: 0, top_extra: 0 }
    }

    fn is_interned(&self, o: &ObjRef, s: &str) -> bool {
        if s.is_empty() {
            return true;
        }
        let interned = self.vm.ctx.interned.borrow();
        identifier_like(s) && interned.get(s).is_some_and(|i| Rc::ptr_eq(i, o))
    }

    /// Whether CPython would flag this object: its count (not counting the interned-strings
    /// table) is above one, or it is one of the objects CPython caches and shares.
    fn shared(&self, o: &ObjRef) -> bool {
        let mut count = Rc::strong_count(o);
        if self.depth == 1 {
            count = count.saturating_sub(self.top_extra);
        }
        match &o.payload {
            Payload::Str(s) => {
                let text = s.as_str();
                if self.is_interned(o, text) || (text.chars().count() == 1 && (text.chars().next().unwrap_or('\0') as u32) < 256) {
                    return true;
                }
                if self.vm.ctx.interned.borrow().get(text).is_some_and(|i| Rc::ptr_eq(i, o)) {
                    count -= 1;
                }
            }
            Payload::Bytes(b) if b.len() <= 1 => return true,
            Payload::Tuple(items) if items.is_empty() => return true,
            _ => {}
        }
        count > 1
    }

    /// Writes `r` if the object was written before; otherwise whether to flag it.
    fn reference(&mut self, o: &ObjRef, how: Flagging) -> Option<bool> {
        if !self.w.uses_refs() || (how == Flagging::Counted && !self.shared(o)) {
            return Some(false);
        }
        let key = Rc::as_ptr(o) as *const u8 as usize;
        if let Some(index) = self.seen.get(&key) {
            let index = *index;
            self.w.write_ref(index);
            return None;
        }
        let index = self.w.new_ref();
        self.seen.insert(key, index);
        Some(true)
    }

    fn write(&mut self, v: &Value, how: Flagging) -> Result<(), WriteError> {
        self.depth += 1;
        if self.depth > fmt::MAX_DEPTH {
            return Err(WriteError::TooDeep);
        }
        let r = self.write_value(v, how);
        self.depth -= 1;
        r
    }

    fn write_value(&mut self, v: &Value, how: Flagging) -> Result<(), WriteError> {
        match v {
            Value::None => self.w.none(),
            Value::Bool(b) => self.w.bool(b.get()),
            Value::Int(i) if self.w.uses_refs() && (-5..=256).contains(i) => {
                // A cached small int: one shared object per value, flagged, then referred to.
                if let Some(index) = self.small_ints.get(i) {
                    let index = *index;
                    self.w.write_ref(index);
                } else {
                    let index = self.w.new_ref();
                    self.small_ints.insert(*i, index);
                    self.w.int(*i, true);
                }
            }
            Value::Int(i) => {
                let flag = how == Flagging::Forced && self.w.uses_refs();
                if flag {
                    self.w.new_ref();
                }
                self.w.int(*i, flag);
            }
            Value::Float(f) => {
                let flag = how == Flagging::Forced && self.w.uses_refs();
                if flag {
                    self.w.new_ref();
                }
                self.write_float(f.get(), flag);
            }
            Value::Obj(o) => self.write_object(o, how)?,
            Value::Null => return Err(WriteError::Unmarshallable),
        }
        Ok(())
    }

    fn float_text(f: f64) -> String {
        ferropy_vm::format::float_repr::double_to_string(f, 'g', 17, Default::default())
    }

    fn write_float(&mut self, f: f64, flag: bool) {
        let f = ferropy_vm::object::float::stored_bits(f);
        if self.w.version > 1 {
            self.w.float(f, flag);
        } else {
            self.w.float_text(&Self::float_text(f), flag);
        }
    }

    fn write_object(&mut self, o: &ObjRef, how: Flagging) -> Result<(), WriteError> {
        if matches!(o.payload, Payload::Ellipsis) {
            self.w.ellipsis();
            return Ok(());
        }
        if Rc::ptr_eq(o, &self.vm.ctx.exc("StopIteration")) {
            self.w.stop_iteration();
            return Ok(());
        }
        let buffer = self.buffer_bytes(o);
        if !self.marshallable(o) && buffer.is_none() {
            return Err(WriteError::Unmarshallable);
        }
        let Some(flag) = self.reference(o, how) else { return Ok(()) };
        if let Some(data) = buffer {
            self.w.bytes(&data, flag);
            return Ok(());
        }
        match &o.payload {
            Payload::Int(i) => self.w.bigint(i, flag),
            Payload::Float(f) => self.write_float(*f, flag),
            Payload::Complex(re, im) => {
                let (re, im) = (&ferropy_vm::object::float::stored_bits(*re), &ferropy_vm::object::float::stored_bits(*im));
                if self.w.version > 1 {
                    self.w.complex(*re, *im, flag);
                } else {
                    self.w.complex_text(&Self::float_text(*re), &Self::float_text(*im), flag);
                }
            }
            Payload::Bytes(b) => self.w.bytes(b, flag),
            Payload::Str(s) => {
                let text = s.as_str();
                let interned = self.is_interned(o, text);
                self.w.str(text.as_bytes(), interned, flag);
            }
            Payload::Tuple(items) => {
                self.w.seq_header(Seq::Tuple, items.len(), flag);
                for item in items.iter() {
                    self.write(item, Flagging::Counted)?;
                }
            }
            Payload::List(items) => {
                let items = items.borrow();
                self.w.seq_header(Seq::List, items.len(), flag);
                for item in items.iter() {
                    self.write(item, Flagging::Counted)?;
                }
            }
            Payload::Dict(table) => {
                self.w.dict_start(flag);
                let table = table.borrow();
                for entry in table.iter() {
                    self.write(&entry.key, Flagging::Counted)?;
                    self.write(&entry.value, Flagging::Counted)?;
                }
                self.w.dict_end();
            }
            Payload::Set(_) | Payload::FrozenSet(_) => {
                let kind = if matches!(o.payload, Payload::Set(_)) { Seq::Set } else { Seq::FrozenSet };
                let items = self.sorted_elements(o)?;
                self.w.seq_header(kind, items.len(), flag);
                for item in &items {
                    self.write(item, Flagging::Forced)?;
                }
            }
            Payload::Code(data) => self.w.code(&data.code, flag),
            _ => return Err(WriteError::Unmarshallable),
        }
        Ok(())
    }

    /// A set's elements in the order CPython 3.11 writes them: sorted by each element's own
    /// marshal bytes at this version.
    fn sorted_elements(&mut self, o: &ObjRef) -> Result<Vec<Value>, WriteError> {
        let items = ferropy_vm::object::set::set_items(&Value::Obj(o.clone()));
        let mut keyed = Vec::with_capacity(items.len());
        for item in items {
            let mut sub = ValueWriter::new(self.vm, self.w.version);
            sub.top_extra = 1;
            sub.write(&item, Flagging::Counted)?;
            keyed.push((sub.w.buf, item));
        }
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(keyed.into_iter().map(|(_, item)| item).collect())
    }

    /// The bytes of an object that exposes a buffer but is not an exact builtin (a memoryview,
    /// a bytes or bytearray subclass): CPython writes those as bytes.
    fn buffer_bytes(&mut self, o: &ObjRef) -> Option<Vec<u8>> {
        match &o.payload {
            Payload::Bytes(b) if !self.exact(o, &self.vm.ctx.types.bytes.clone()) => Some(b.to_vec()),
            Payload::Bytes(_) => None,
            Payload::ByteArray(b) => Some(b.borrow().clone()),
            _ if ferropy_vm::object::memoryview::is_memoryview(&Value::Obj(o.clone())) => {
                ferropy_vm::object::memoryview::view_bytes(self.vm, &Value::Obj(o.clone())).and_then(|r| r.ok())
            }
            _ => None,
        }
    }

    fn exact(&self, o: &ObjRef, ty: &ObjRef) -> bool {
        o.class.as_ref().is_some_and(|c| Rc::ptr_eq(c, ty))
    }

    /// Only the exact builtin types marshal (a subclass of int or list does not).
    fn marshallable(&self, o: &ObjRef) -> bool {
        let t = &self.vm.ctx.types;
        [&t.int, &t.float, &t.complex, &t.str, &t.bytes, &t.tuple, &t.list, &t.dict, &t.set, &t.frozenset, &t.code]
            .iter()
            .any(|ty| self.exact(o, ty))
    }
}

fn dumps_value(vm: &mut Vm, value: &Value, version: i64) -> PyResult<Vec<u8>> {
    let version = version.clamp(0, i32::MAX as i64) as u32;
    let mut vw = ValueWriter::new(vm, version);
    match vw.write(value, Flagging::Counted) {
        Ok(()) => Ok(vw.w.buf),
        Err(WriteError::Unmarshallable) => vw.vm.value_error("unmarshallable object"),
        Err(WriteError::TooDeep) => vw.vm.value_error("object too deeply nested to marshal"),
    }
}

/// Builds interpreter values for the reader.
struct ValueBuilder<'v> {
    vm: &'v mut Vm,
    /// The interpreter error behind a `ReadError::Build`.
    error: Option<PyErr>,
}

impl ValueBuilder<'_> {
    fn fail<T>(&mut self, r: PyResult<T>) -> ReadResult<T> {
        r.map_err(|e| {
            self.error = Some(e);
            ReadError::Build
        })
    }
}

impl Build for ValueBuilder<'_> {
    type Obj = Value;
    fn none(&mut self) -> Value {
        Value::None
    }
    fn bool(&mut self, b: bool) -> Value {
        Value::bool(b)
    }
    fn ellipsis(&mut self) -> Value {
        self.vm.ctx.ellipsis.clone()
    }
    fn stop_iteration(&mut self) -> ReadResult<Value> {
        Ok(Value::Obj(self.vm.ctx.exc("StopIteration")))
    }
    fn int(&mut self, v: BigInt) -> Value {
        self.vm.new_int(v)
    }
    fn float(&mut self, v: f64) -> Value {
        Value::float(v)
    }
    fn complex(&mut self, re: f64, im: f64) -> ReadResult<Value> {
        Ok(self.vm.new_complex(re, im))
    }
    fn str(&mut self, utf8: &[u8], interned: bool) -> ReadResult<Value> {
        match std::str::from_utf8(utf8) {
            Ok(s) if interned => Ok(Value::Obj(self.vm.intern(s))),
            Ok(s) => Ok(self.vm.new_str(s)),
            Err(_) => {
                // What decoding the bytes raises (UnicodeDecodeError, in CPython's words).
                let b = self.vm.new_bytes(utf8.to_vec());
                let r = self.vm.call_method(&b, "decode", &[self.vm.new_str("utf-8")]);
                match r {
                    Err(e) => {
                        self.error = Some(e);
                        Err(ReadError::Build)
                    }
                    Ok(v) => Ok(v),
                }
            }
        }
    }
    fn bytes(&mut self, b: &[u8]) -> ReadResult<Value> {
        Ok(self.vm.new_bytes(b.to_vec()))
    }
    fn tuple(&mut self, items: Vec<Value>) -> ReadResult<Value> {
        Ok(self.vm.new_tuple(items))
    }
    fn frozenset(&mut self, items: Vec<Value>) -> ReadResult<Value> {
        let table = ferropy_vm::object::set::table_from(self.vm, items);
        let table = self.fail(table)?;
        Ok(self.vm.new_frozenset(table))
    }
    fn new_container(&mut self, kind: Container, size_hint: usize) -> ReadResult<Value> {
        Ok(match kind {
            Container::List => self.vm.new_list(Vec::with_capacity(size_hint.min(1 << 16))),
            Container::Set => self.vm.new_set(Default::default()),
            Container::Dict => Value::Obj(self.vm.new_dict_obj()),
        })
    }
    fn add(&mut self, container: &Value, item: Value, value: Option<Value>) -> ReadResult<()> {
        let Value::Obj(o) = container else { return Err(ReadError::Build) };
        let r = match (&o.payload, value) {
            (Payload::List(items), None) => {
                items.borrow_mut().push(item);
                Ok(())
            }
            (Payload::Dict(_), Some(value)) => ferropy_vm::object::dict::dict_set(self.vm, o, item, value),
            (Payload::Set(_), None) => ferropy_vm::object::set::set_add(self.vm, container, item),
            _ => return Err(ReadError::Build),
        };
        self.fail(r)
    }
    fn code(&mut self, code: Arc<ferropy_compiler::CodeObject>) -> ReadResult<Value> {
        let data = ferropy_vm::code::load_code(self.vm, code);
        Ok(Value::Obj(ferropy_vm::object::PyObject::new(self.vm.ctx.types.code.clone(), Payload::Code(data))))
    }
    fn to_constant(&self, obj: &Value) -> Option<Constant> {
        value_to_constant(obj)
    }
}

/// A value as a compiler constant (for the fields of a code object being read).
fn value_to_constant(v: &Value) -> Option<Constant> {
    Some(match v {
        Value::None => Constant::None,
        Value::Bool(b) => Constant::Bool(b.get()),
        Value::Int(i) => Constant::Int(BigInt::from(*i)),
        Value::Float(f) => Constant::Float(f.get()),
        Value::Null => return None,
        Value::Obj(o) => match &o.payload {
            Payload::Int(i) => Constant::Int(i.clone()),
            Payload::Float(f) => Constant::Float(*f),
            Payload::Complex(re, im) => Constant::Complex { re: *re, im: *im },
            Payload::Str(s) => Constant::Str(s.as_str().to_string()),
            Payload::Bytes(b) => Constant::Bytes(b.to_vec()),
            Payload::Tuple(items) => Constant::Tuple(items.iter().map(value_to_constant).collect::<Option<_>>()?),
            Payload::FrozenSet(_) => {
                let items = ferropy_vm::object::set::set_items(v);
                Constant::FrozenSet(items.iter().map(value_to_constant).collect::<Option<_>>()?)
            }
            Payload::Code(data) => Constant::Code(data.code.clone()),
            Payload::Ellipsis => Constant::Ellipsis,
            _ => return None,
        },
    })
}

/// Reads one value from the start of `data`; also returns how many bytes it used.
fn loads_value(vm: &mut Vm, data: &[u8], from_file: bool) -> PyResult<(Value, usize)> {
    let mut reader = fmt::Reader::new(data, ValueBuilder { vm, error: None });
    reader.from_file = from_file;
    let result = reader.read_object();
    let used = reader.position();
    let ValueBuilder { vm, error } = reader.builder;
    match result {
        Ok(v) => Ok((v, used)),
        Err(ReadError::Build) => Err(error.unwrap_or_else(|| vm.new_exception_msg("ValueError", "bad marshal data"))),
        Err(e) => Err(ferropy_vm::marshal_error(vm, &e)),
    }
}

fn version_arg(vm: &mut Vm, args: &Args, index: usize) -> PyResult<i64> {
    let Some(v) = args.pos.get(index) else { return Ok(fmt::VERSION as i64) };
    let is_int = matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Int(_)));
    if !is_int {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)));
    }
    match v {
        Value::Int(i) if i32::try_from(*i).is_ok() => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => vm.err("OverflowError", "Python int too large to convert to C int"),
    }
}

/// The bytes of a bytes-like argument.
fn buffer_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => Ok(b.to_vec()),
            Payload::ByteArray(b) => Ok(b.borrow().clone()),
            _ => match ferropy_vm::object::memoryview::view_bytes(vm, v) {
                Some(b) => b,
                None => vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))),
            },
        },
        _ => vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))),
    }
}

/// CPython's argument checks: `dumps`/`dump` are positional-only with optional version;
/// `loads`/`load` take exactly one argument.
fn check_arity(vm: &mut Vm, args: &Args, func: &str, min: usize, max: usize) -> PyResult<()> {
    if args.has_kwargs() {
        return vm.type_error(format!("marshal.{func}() takes no keyword arguments"));
    }
    let n = args.pos.len();
    if min == max && min == 1 && n != 1 {
        return vm.type_error(format!("marshal.{func}() takes exactly one argument ({n} given)"));
    }
    if n < min {
        let plural = if min == 1 { "" } else { "s" };
        return vm.type_error(format!("{func} expected at least {min} argument{plural}, got {n}"));
    }
    if n > max {
        return vm.type_error(format!("{func} expected at most {max} arguments, got {n}"));
    }
    Ok(())
}

fn dumps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, &args, "dumps", 1, 2)?;
    let version = version_arg(vm, &args, 1)?;
    let data = dumps_value(vm, &args.pos[0], version)?;
    Ok(vm.new_bytes(data))
}

fn loads(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, &args, "loads", 1, 1)?;
    let data = buffer_arg(vm, &args.pos[0])?;
    Ok(loads_value(vm, &data, false)?.0)
}

/// `dump(value, file[, version])`: writes the bytes with `file.write` and returns what it
/// returned; nothing is written when the value cannot be marshalled.
fn dump(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, &args, "dump", 2, 3)?;
    let version = version_arg(vm, &args, 2)?;
    let data = dumps_value(vm, &args.pos[0], version)?;
    let bytes = vm.new_bytes(data);
    vm.call_method(&args.pos[1], "write", &[bytes])
}

/// `load(file)`: reads what is left of the file, takes one object from it, and seeks back to
/// just after that object when the file can seek (so consecutive loads work), as CPython's
/// reading through `readinto` leaves the position.
fn load(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, &args, "load", 1, 1)?;
    let file = args.pos[0].clone();
    let probe = vm.call_method(&file, "read", &[Value::Int(0)])?;
    let is_bytes = matches!(&probe, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)));
    if !is_bytes {
        return vm.type_error(format!("file.read() returned not bytes but {}", vm.type_name(&probe)));
    }
    let start = vm.call_method(&file, "tell", &[]).ok();
    let data = vm.call_method(&file, "read", &[])?;
    let data = buffer_arg(vm, &data)?;
    let result = loads_value(vm, &data, true);
    let used = match &result {
        Ok((_, used)) => *used,
        Err(_) => data.len(),
    };
    if let Some(start) = start {
        let end = vm.index_value(&start)? + used as i64;
        vm.call_method(&file, "seek", &[Value::Int(end)])?;
    }
    Ok(result?.0)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("dumps", dumps), ("loads", loads), ("dump", dump), ("load", load)];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::native_module(vm, "marshal", FUNCTIONS)?;
    vm.set_attr_in_dict(&m, "version", Value::Int(fmt::VERSION as i64))?;
    Ok(m)
}
