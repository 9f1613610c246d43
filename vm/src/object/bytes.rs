//! `bytes` and `bytearray`: construction, codecs glue, `%` formatting, and every method,
//! with CPython 3.11's argument handling and error messages. The byte algorithms live in
//! `crate::text::bytes_ops`; this file adapts arguments and results.
//!
//! Most methods are shared by both types. Each is written once, taking a [`Kind`], and
//! registered on each type through a small wrapper (see `methods!`), so that a method knows
//! which type it belongs to: that decides the result type (`bytes` methods return `bytes`, even
//! for subclasses; `bytearray` methods return `bytearray`), the receiver check
//! (`bytes.upper(bytearray())` is an error) and the type name in messages.

use super::{Payload, PyObject};
use crate::context::Context;
use crate::format::{self, FormatError, PercentArgs};
use crate::object::function::Args;
use crate::object::str_format::{PctErr, PercentOperand};
use crate::object::NativeFn;
use crate::ops::subscr::{normalize_index, slice_indices, slice_positions};
use crate::text::bytes_ops as ops;
use crate::text::codecs::{self, CodecError};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use ferropy_compiler::opcode::CompareOp;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;

// ----- shared helpers (also used by other modules) -----

/// The bytes of a bytes-like object (bytes, bytearray, memoryview), if `v` is one.
fn buffer_of(vm: &Vm, v: &Value) -> Option<PyResult<Vec<u8>>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => Some(Ok(b.to_vec())),
            Payload::ByteArray(b) => Some(Ok(b.borrow().clone())),
            _ => super::memoryview::view_bytes(vm, v),
        },
        _ => None,
    }
}

/// The bytes of a bytes-like object (bytes, bytearray, memoryview).
pub fn bytes_like(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match buffer_of(vm, v) {
        Some(r) => r,
        None => vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))),
    }
}

/// `hash(b)`: equal to the hash of the str with the same (Latin-1) characters, as in CPython.
pub fn hash_bytes(b: &[u8]) -> i64 {
    let s: String = b.iter().map(|&c| c as char).collect();
    super::PyStr::new(s).hash()
}

fn codec_error<T>(vm: &mut Vm, e: CodecError, data: Value, encoding: &str) -> PyResult<T> {
    match e {
        CodecError::TypeError(_) | CodecError::UnknownErrorHandler(_) if !codecs::is_fast_path(encoding) => {
            let op = if matches!(&data, Value::Obj(o) if matches!(o.payload, Payload::Str(_))) { "encoding" } else { "decoding" };
            let msg = format!("{op} with '{encoding}' codec failed ({}: {})", e.class_name(), e.message());
            vm.err(e.class_name(), msg)
        }
        CodecError::Encode(info) | CodecError::Decode(info) => {
            let is_decode = data.as_obj().is_some_and(|o| matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_)));
            let cls = vm.ctx.exc(if is_decode { "UnicodeDecodeError" } else { "UnicodeEncodeError" });
            let args = vec![
                vm.new_str(info.encoding),
                data,
                Value::Int(info.start as i64),
                Value::Int(info.end as i64),
                vm.new_str(info.reason),
            ];
            let e = vm.call(&Value::Obj(cls), Args::positional(&args))?;
            Err(e.as_obj().cloned().expect("exception"))
        }
        other => vm.err(other.class_name(), other.message()),
    }
}

pub fn decode_bytes(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    if b.is_empty() {
        // CPython's PyUnicode_Decode returns '' for empty input without looking up the codec.
        return Ok(String::new());
    }
    match codecs::decode(b, encoding, errors) {
        Ok(s) => Ok(s),
        Err(e) => {
            let data = vm.new_bytes(b.to_vec());
            codec_error(vm, e, data, encoding)
        }
    }
}

pub fn encode_str(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    match codecs::encode(s, encoding, errors) {
        Ok(b) => Ok(b),
        Err(e) => {
            let data = vm.new_str(s);
            codec_error(vm, e, data, encoding)
        }
    }
}

fn text_error<T>(vm: &Vm, e: crate::text::TextError) -> PyResult<T> {
    vm.err(e.class_name(), e.message())
}

// ----- kinds, receivers and argument checking -----

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }

    fn matches(self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => matches!(
                (self, &o.payload),
                (Kind::Bytes, Payload::Bytes(_)) | (Kind::ByteArray, Payload::ByteArray(_))
            ),
            _ => false,
        }
    }
}

/// A new exact `bytes` or `bytearray`.
fn make(vm: &Vm, k: Kind, b: Vec<u8>) -> Value {
    match k {
        Kind::Bytes => vm.new_bytes(b),
        Kind::ByteArray => new_bytearray(vm, b),
    }
}

pub fn new_bytearray(vm: &Vm, b: Vec<u8>) -> Value {
    Value::Obj(PyObject::new(vm.ctx.types.bytearray.clone(), Payload::ByteArray(RefCell::new(b))))
}

/// Checks the receiver of a `k` method.
fn check_recv(vm: &Vm, args: &Args, k: Kind, name: &str) -> PyResult<()> {
    match args.pos.first() {
        None => vm.type_error(format!("unbound method {}.{name}() needs an argument", k.name())),
        Some(v) if k.matches(v) => Ok(()),
        Some(v) if name.starts_with("__") => vm.type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            k.name(),
            vm.type_name(v)
        )),
        Some(v) => vm.type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            k.name(),
            vm.type_name(v)
        )),
    }
}

/// A copy of the receiver's bytes (checked).
fn recv(vm: &Vm, args: &Args, k: Kind, name: &str) -> PyResult<Vec<u8>> {
    check_recv(vm, args, k, name)?;
    Ok(payload_bytes(&args.pos[0]))
}

fn payload_bytes(v: &Value) -> Vec<u8> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => b.to_vec(),
            Payload::ByteArray(b) => b.borrow().clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Runs `f` on the receiver's bytes without copying them (no Python code may run in `f`).
fn with_data<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> R {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => f(b),
            Payload::ByteArray(b) => f(&b.borrow()),
            _ => f(&[]),
        },
        _ => f(&[]),
    }
}

/// The bytearray cell of a receiver.
fn cell_of(v: &Value) -> &RefCell<Vec<u8>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::ByteArray(c) => c,
            _ => unreachable!("checked bytearray receiver"),
        },
        _ => unreachable!("checked bytearray receiver"),
    }
}

/// How a method takes its arguments (each form has its own CPython error messages).
#[derive(Clone, Copy)]
enum Spec {
    /// `T.name() takes no arguments (N given)`.
    NoArgs,
    /// `T.name() takes exactly one argument (N given)`.
    One,
    /// Argument Clinic, positional only: `name expected at least 1 argument, got 0`.
    Pos(usize, usize),
    /// The find family: `name() takes at least 1 argument (0 given)`, at most 3.
    Finds,
    /// Argument Clinic with keywords: `name() takes at most 2 arguments (3 given)`.
    Kw(&'static [&'static str]),
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Checks the argument count and keywords against `spec`; for `Spec::Kw`, returns the
/// arguments by position (positional or keyword).
fn check_args<'a>(vm: &Vm, args: &Args<'a>, k: Kind, name: &str, spec: Spec) -> PyResult<Vec<Option<&'a Value>>> {
    let n = args.pos.len().saturating_sub(1);
    let nkw = args.kwnames.len();
    let tname = k.name();
    match spec {
        Spec::NoArgs | Spec::One | Spec::Pos(..) if nkw > 0 => {
            vm.type_error(format!("{tname}.{name}() takes no keyword arguments"))
        }
        Spec::Finds if nkw > 0 => vm.type_error(format!("{tname}.{name}() takes no keyword arguments")),
        Spec::NoArgs => {
            if n > 0 {
                return vm.type_error(format!("{tname}.{name}() takes no arguments ({n} given)"));
            }
            Ok(Vec::new())
        }
        Spec::One => {
            if n != 1 {
                return vm.type_error(format!("{tname}.{name}() takes exactly one argument ({n} given)"));
            }
            Ok(vec![Some(&args.pos[1])])
        }
        Spec::Pos(min, max) => {
            if min == max && n != min {
                return vm.type_error(format!("{name} expected {min} argument{}, got {n}", plural(min)));
            }
            if n < min {
                return vm.type_error(format!("{name} expected at least {min} argument{}, got {n}", plural(min)));
            }
            if n > max {
                return vm.type_error(format!("{name} expected at most {max} argument{}, got {n}", plural(max)));
            }
            Ok(args.pos[1..].iter().map(Some).collect())
        }
        Spec::Finds => {
            if n < 1 {
                return vm.type_error(format!("{name}() takes at least 1 argument ({n} given)"));
            }
            if n > 3 {
                return vm.type_error(format!("{name}() takes at most 3 arguments ({n} given)"));
            }
            Ok(args.pos[1..].iter().map(Some).collect())
        }
        Spec::Kw(names) => {
            let max = names.len();
            if n + nkw > max {
                let kw = if n == 0 { "keyword " } else { "" };
                return vm.type_error(format!("{name}() takes at most {max} {kw}argument{} ({} given)", plural(max), n + nkw));
            }
            let mut out: Vec<Option<&'a Value>> = vec![None; max];
            for (i, v) in args.pos[1..].iter().enumerate() {
                out[i] = Some(v);
            }
            for (kname, v) in args.kwargs() {
                match names.iter().position(|x| *x == kname) {
                    Some(i) if out[i].is_some() => {
                        return vm.type_error(format!("argument for {name}() given by name ('{kname}') and position ({})", i + 1));
                    }
                    Some(i) => out[i] = Some(v),
                    None => return vm.type_error(format!("'{kname}' is an invalid keyword argument for {name}()")),
                }
            }
            Ok(out)
        }
    }
}

/// The type name Argument Clinic shows in "must be X, not Y" (`None` for None).
fn clinic_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

/// An optional argument that may be `None`.
fn given(v: Option<&Value>) -> Option<&Value> {
    v.filter(|x| !x.is_none())
}

/// Whether `v` can be used as an integer (an int, or has `__index__`).
fn has_index(vm: &Vm, v: &Value) -> bool {
    (crate::ops::number::as_bigint(v).is_some() && !matches!(v, Value::Float(_)))
        || vm.lookup_type_str(vm.class_of(v), "__index__").is_some()
}

/// A start/end argument: `None` or an integer (clamped), as `_PyEval_SliceIndex`.
fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = given(v) else { return Ok(None) };
    if !has_index(vm, v) {
        return vm.type_error("slice indices must be integers or None or have an __index__ method");
    }
    let i = vm.index_bigint(v)?;
    Ok(Some(i.to_i64().unwrap_or(if i.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX })))
}

/// A byte value argument (`append`, `ba[i] = x`, items of iterables): an integer in range(256).
fn byte_value(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<u8> {
    let i = vm.index_bigint(v)?;
    match i.to_u8() {
        Some(b) => Ok(b),
        None => vm.value_error(msg.to_string()),
    }
}

/// The needle of `find`/`count`/`index`/…: a bytes-like object or an int in range(256).
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(r) = buffer_of(vm, v) {
        return r;
    }
    if !has_index(vm, v) {
        return vm.type_error(format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(v)));
    }
    Ok(vec![byte_value(vm, v, "byte must be in range(0, 256)")?])
}

/// An index argument (`__index__`), with the `TypeError` CPython gives.
fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.index_value(v)
}

// ----- construction -----

/// Contents of `bytes(x)` / `bytearray(x)` for a non-str, non-int `x`: a buffer's bytes, or the
/// ints of an iterable.
fn from_object(vm: &mut Vm, x: &Value, k: Kind) -> PyResult<Vec<u8>> {
    if let Some(r) = buffer_of(vm, x) {
        return r;
    }
    let range_msg = match k {
        Kind::Bytes => "bytes must be in range(0, 256)",
        Kind::ByteArray => "byte must be in range(0, 256)",
    };
    if vm.str_of(x).is_none() && vm.is_iterable(x) {
        let it = vm.get_iter(x)?;
        let mut out = Vec::new();
        while let Some(item) = vm.next(&it)? {
            out.push(byte_value(vm, &item, range_msg)?);
        }
        return Ok(out);
    }
    vm.type_error(format!("cannot convert '{}' object to {}", vm.type_name(x), k.name()))
}

/// A count argument of `bytes(n)`/`bytearray(n)`, if `x` is an integer.
fn count_of(vm: &mut Vm, x: &Value) -> PyResult<Option<usize>> {
    if !has_index(vm, x) {
        return Ok(None);
    }
    let n = match vm.index_bigint(x) {
        Ok(n) => n,
        Err(e) if vm.exc_matches(&e, "TypeError") => return Ok(None),
        Err(e) => return Err(e),
    };
    let Some(n) = n.to_i64() else { return vm.overflow_error("cannot fit 'int' into an index-sized integer") };
    if n < 0 {
        return vm.value_error("negative count");
    }
    if n > (1i64 << 40) {
        return vm.err("MemoryError", "");
    }
    Ok(Some(n as usize))
}

/// `(source, encoding, errors)` of the constructors.
fn ctor_args<'a>(vm: &mut Vm, args: &Args<'a>, k: Kind) -> PyResult<[Option<&'a Value>; 3]> {
    let tname = k.name();
    let n = args.pos.len() - 1 + args.kwnames.len();
    let names = ["source", "encoding", "errors"];
    if n > 3 {
        return vm.type_error(format!("{tname}() takes at most 3 arguments ({n} given)"));
    }
    let mut out: [Option<&'a Value>; 3] = [None, None, None];
    for (i, v) in args.pos[1..].iter().enumerate() {
        out[i] = Some(v);
    }
    for (kname, v) in args.kwargs() {
        match names.iter().position(|x| *x == kname) {
            Some(i) if out[i].is_some() => {
                return vm.type_error(format!("argument for {tname}() given by name ('{kname}') and position ({})", i + 1));
            }
            Some(i) => out[i] = Some(v),
            None => return vm.type_error(format!("'{kname}' is an invalid keyword argument for {tname}()")),
        }
    }
    for (i, what) in [(1, "encoding"), (2, "errors")] {
        if let Some(v) = out[i] {
            if vm.str_of(v).is_none() {
                return vm.type_error(format!("{tname}() argument '{what}' must be str, not {}", clinic_type_name(vm, v)));
            }
        }
    }
    Ok(out)
}

/// The contents for `bytes(...)`/`bytearray(...)` (without `__bytes__`).
fn contents(vm: &mut Vm, src: Option<&Value>, encoding: Option<&Value>, errors: Option<&Value>, k: Kind) -> PyResult<Vec<u8>> {
    let without = |enc: bool| if enc { "encoding without a string argument" } else { "errors without a string argument" };
    let Some(x) = src else {
        if encoding.is_some() || errors.is_some() {
            return vm.type_error(without(encoding.is_some()));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = vm.str_of(x) {
        let Some(enc) = encoding.and_then(|e| vm.str_of(e)) else { return vm.type_error("string argument without an encoding") };
        let errs = errors.and_then(|e| vm.str_of(e)).unwrap_or("strict").to_string();
        let (s, enc) = (s.to_string(), enc.to_string());
        return encode_str(vm, &s, &enc, &errs);
    }
    if encoding.is_some() || errors.is_some() {
        return vm.type_error(without(encoding.is_some()));
    }
    if let Some(n) = count_of(vm, x)? {
        return Ok(vec![0; n]);
    }
    from_object(vm, x, k)
}

fn b_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if c.type_data().is_some() => c.clone(),
        Some(other) => {
            let name = vm.type_name(other);
            return vm.type_error(format!("bytes.__new__(X): X is not a type object ({name})"));
        }
        None => return vm.type_error("bytes.__new__(): not enough arguments"),
    };
    if !vm.is_subtype(&cls, &vm.ctx.types.bytes) {
        let name = cls.type_data().map(|t| t.name()).unwrap_or_default();
        return vm.type_error(format!("bytes.__new__({name}): {name} is not a subtype of bytes"));
    }
    let [src, encoding, errors] = ctor_args(vm, &args, Kind::Bytes)?;
    let mut result = None;
    if let (Some(x), None, None) = (src, encoding, errors) {
        if let Some(r) = vm.call_special(x, "__bytes__", &[])? {
            if !matches!(&r, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_))) {
                return vm.type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r)));
            }
            if std::rc::Rc::ptr_eq(&cls, &vm.ctx.types.bytes) {
                return Ok(r);
            }
            result = Some(payload_bytes(&r));
        }
    }
    let b = match result {
        Some(b) => b,
        None => contents(vm, src, encoding, errors, Kind::Bytes)?,
    };
    let payload = Payload::Bytes(b.into_boxed_slice());
    let data = cls.type_data();
    if data.is_some_and(|t| t.is_heap && t.instance_dict) {
        let d = vm.new_dict_obj();
        return Ok(Value::Obj(PyObject::with_dict(cls, d, payload)));
    }
    Ok(Value::Obj(PyObject::new(cls, payload)))
}

fn ba_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_recv(vm, &args, Kind::ByteArray, "__init__")?;
    let [src, encoding, errors] = ctor_args(vm, &args, Kind::ByteArray)?;
    let me = args.pos[0].as_obj().cloned().expect("bytearray");
    if !cell_of(&args.pos[0]).borrow().is_empty() {
        check_resize(vm, &me)?;
        cell_of(&args.pos[0]).borrow_mut().clear();
    }
    let b = contents(vm, src, encoding, errors, Kind::ByteArray)?;
    if !b.is_empty() {
        check_resize(vm, &me)?;
    }
    *cell_of(&args.pos[0]).borrow_mut() = b;
    Ok(Value::None)
}

/// `BufferError` if a bytearray with live memoryviews would change size.
fn check_resize(vm: &Vm, obj: &ObjRef) -> PyResult<()> {
    if super::memoryview::exports(obj) > 0 {
        return vm.err("BufferError", "Existing exports of data: object cannot be re-sized");
    }
    Ok(())
}

fn recv_obj(args: &Args) -> ObjRef {
    args.pos[0].as_obj().cloned().expect("checked receiver")
}

// ----- protocol methods -----

fn expect_args<'a>(vm: &Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return vm.type_error(format!("wrapper {name}() takes no keyword arguments"));
    }
    let got = args.pos.len().saturating_sub(1);
    if got != n {
        // CPython's wrappers for these slots put a space before the message.
        let space = if matches!(name, "__mul__" | "__rmul__" | "__imul__" | "__setitem__") { " " } else { "" };
        return vm.type_error(format!("{space}expected {n} argument{}, got {got}", plural(n)));
    }
    Ok(&args.pos[1..])
}

fn repr(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    check_recv(vm, &args, k, "__repr__")?;
    let prefix = match k {
        Kind::Bytes => String::new(),
        Kind::ByteArray => vm.type_name(&args.pos[0]),
    };
    let s = with_data(&args.pos[0], |b| crate::text::repr::bytes_repr(b, &prefix));
    Ok(vm.new_str(s))
}

fn len(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    check_recv(vm, &args, k, "__len__")?;
    Ok(Value::Int(with_data(&args.pos[0], <[u8]>::len) as i64))
}

fn is_slice(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Slice(..)))
}

/// An integer subscript: `Some(i)` if `key` is an int (or has `__index__`).
fn int_subscript(vm: &mut Vm, key: &Value) -> PyResult<Option<i64>> {
    if !has_index(vm, key) {
        return Ok(None);
    }
    let i = vm.index_bigint(key)?;
    match i.to_i64() {
        Some(i) => Ok(Some(i)),
        None => vm.index_error("cannot fit 'int' into an index-sized integer"),
    }
}

fn getitem(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    check_recv(vm, &args, k, "__getitem__")?;
    let key = &expect_args(vm, &args, "__getitem__", 1)?[0];
    let me = &args.pos[0];
    if is_slice(key) {
        let len = with_data(me, <[u8]>::len);
        let (start, stop, step) = slice_indices(vm, key, len)?;
        let out = with_data(me, |b| {
            if step == 1 {
                if start < stop {
                    b[start as usize..stop as usize].to_vec()
                } else {
                    Vec::new()
                }
            } else {
                slice_positions(start, stop, step).into_iter().map(|i| b[i]).collect()
            }
        });
        return Ok(make(vm, k, out));
    }
    let Some(i) = int_subscript(vm, key)? else {
        let what = if k == Kind::Bytes { "byte" } else { "bytearray" };
        return vm.type_error(format!("{what} indices must be integers or slices, not {}", vm.type_name(key)));
    };
    match with_data(me, |b| normalize_index(i, b.len()).map(|j| b[j])) {
        Some(x) => Ok(Value::Int(x as i64)),
        None => vm.index_error(if k == Kind::ByteArray { "bytearray index out of range" } else { "index out of range" }),
    }
}

fn add(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    let mut a = recv(vm, &args, k, "__add__")?;
    let other = &expect_args(vm, &args, "__add__", 1)?[0];
    match buffer_of(vm, other) {
        Some(b) => {
            a.extend(b?);
            Ok(make(vm, k, a))
        }
        // Declining lets the other operand's `__radd__` run; the VM then reports
        // "can't concat X to bytes" as CPython's sequence slot does.
        None => Ok(vm.not_implemented()),
    }
}

fn repeat(vm: &mut Vm, a: &[u8], n: &Value) -> PyResult<Option<Vec<u8>>> {
    if !has_index(vm, n) {
        return Ok(None);
    }
    let n = vm.index_bigint(n)?;
    let count = if n.sign() == num_bigint::Sign::Minus { 0 } else { n.to_usize().unwrap_or(usize::MAX) };
    if count > 0 && a.len().checked_mul(count).is_none_or(|t| t > (1usize << 40)) {
        return vm.err("MemoryError", "");
    }
    Ok(Some(a.repeat(count)))
}

fn mul(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    let a = recv(vm, &args, k, "__mul__")?;
    let n = &expect_args(vm, &args, "__mul__", 1)?[0];
    match repeat(vm, &a, n)? {
        Some(out) => Ok(make(vm, k, out)),
        // As for `+`: the VM reports "can't multiply sequence by non-int".
        None => Ok(vm.not_implemented()),
    }
}

fn compare(vm: &mut Vm, args: Args, k: Kind, op: CompareOp) -> PyResult<Value> {
    check_recv(vm, &args, k, op.dunder())?;
    let other = &expect_args(vm, &args, op.dunder(), 1)?[0];
    // bytes compares only with bytes/bytearray (memoryview answers `==` itself);
    // bytearray compares with any buffer.
    let theirs = match other {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => b.to_vec(),
            Payload::ByteArray(b) => b.borrow().clone(),
            _ if k == Kind::ByteArray => match super::memoryview::view_bytes(vm, other) {
                Some(Ok(b)) => b,
                _ => return Ok(vm.not_implemented()),
            },
            _ => return Ok(vm.not_implemented()),
        },
        _ => return Ok(vm.not_implemented()),
    };
    let ord = with_data(&args.pos[0], |a| a.cmp(theirs.as_slice()));
    Ok(Value::bool(crate::ops::compare::compare_ord(ord, op)))
}

fn eq(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    compare(vm, args, k, CompareOp::Eq)
}
fn ne(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    compare(vm, args, k, CompareOp::Ne)
}
fn lt(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    compare(vm, args, k, CompareOp::Lt)
}
fn le(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    compare(vm, args, k, CompareOp::Le)
}
fn gt(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    compare(vm, args, k, CompareOp::Gt)
}
fn ge(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    compare(vm, args, k, CompareOp::Ge)
}

fn b_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_recv(vm, &args, Kind::Bytes, "__hash__")?;
    Ok(Value::Int(with_data(&args.pos[0], hash_bytes)))
}

fn contains(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    check_recv(vm, &args, k, "__contains__")?;
    let item = &expect_args(vm, &args, "__contains__", 1)?[0];
    if has_index(vm, item) {
        let b = byte_value(vm, item, "byte must be in range(0, 256)")?;
        return Ok(Value::bool(with_data(&args.pos[0], |a| a.contains(&b))));
    }
    let sub = bytes_like(vm, item)?;
    Ok(Value::bool(with_data(&args.pos[0], |a| ops::find_sub(a, &sub).is_some())))
}

fn iter(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    check_recv(vm, &args, k, "__iter__")?;
    let o = recv_obj(&args);
    Ok(super::iter::new_iterator(vm.ctx.types.bytes_iterator.clone(), super::IterState::Seq { seq: o, index: 0 }))
}

fn b_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_recv(vm, &args, Kind::Bytes, "__bytes__")?;
    if vm.class_of(&args.pos[0]).type_data().is_some_and(|t| !t.is_heap) {
        return Ok(args.pos[0].clone());
    }
    Ok(vm.new_bytes(payload_bytes(&args.pos[0])))
}

fn b_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv(vm, &args, Kind::Bytes, "__getnewargs__")?;
    let v = vm.new_bytes(b);
    Ok(vm.new_tuple(vec![v]))
}

// ----- % formatting -----

struct BytesPercent<'a> {
    vm: &'a mut Vm,
    args: PercentOperand,
}

impl BytesPercent<'_> {
    fn err(&self, cls: &str, msg: impl Into<Box<str>>) -> PctErr {
        PctErr::Py(self.vm.new_exception_msg(cls, msg))
    }
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

impl PercentArgs for BytesPercent<'_> {
    type Error = PctErr;

    fn is_mapping(&self) -> bool {
        self.args.mapping
    }

    fn next(&mut self) -> Result<(), PctErr> {
        self.args.next(self.vm)
    }

    fn select_key(&mut self, key: &str) -> Result<(), PctErr> {
        let k = self.vm.new_bytes(key.chars().map(|c| c as u32 as u8).collect());
        self.args.select_key(self.vm, k)
    }

    fn as_str(&mut self) -> Result<String, PctErr> {
        let v = self.args.selected.clone();
        if let Some(r) = buffer_of(self.vm, &v) {
            return Ok(latin1(&r?));
        }
        if let Some(r) = self.vm.call_special(&v, "__bytes__", &[])? {
            return match &r {
                Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)) => Ok(latin1(&payload_bytes(&r))),
                _ => Err(self.err("TypeError", format!("__bytes__ returned non-bytes (type {})", self.vm.type_name(&r)))),
            };
        }
        Err(self.err(
            "TypeError",
            format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{}'", self.vm.type_name(&v)),
        ))
    }

    fn as_repr(&mut self) -> Result<String, PctErr> {
        self.as_ascii()
    }

    fn as_ascii(&mut self) -> Result<String, PctErr> {
        self.args.ascii(self.vm)
    }

    fn as_int(&mut self, conv: char) -> Result<BigInt, PctErr> {
        let v = self.args.selected.clone();
        if let Some(i) = crate::ops::number::as_bigint(&v) {
            return Ok(i);
        }
        if matches!(conv, 'd' | 'i' | 'u') {
            if let Value::Float(f) = v {
                let i = crate::object::int::float_to_int(self.vm, f.get())?;
                return Ok(crate::ops::number::as_bigint(&i).unwrap_or_default());
            }
            let cls = self.vm.class_of(&v).clone();
            if crate::ops::number::as_num(&v).is_some()
                || self.vm.lookup_type_str(&cls, "__int__").is_some()
                || self.vm.lookup_type_str(&cls, "__index__").is_some()
            {
                let i = crate::object::int::to_int(self.vm, &v)?;
                return Ok(crate::ops::number::as_bigint(&i).unwrap_or_default());
            }
            // bytes formatting treats `%i` as `%d`, messages included.
            let shown = if conv == 'i' { 'd' } else { conv };
            return Err(self.err("TypeError", format!("%{shown} format: a real number is required, not {}", self.vm.type_name(&v))));
        }
        if self.vm.lookup_type_str(&self.vm.class_of(&v).clone(), "__index__").is_some() {
            return Ok(self.vm.index_bigint(&v)?);
        }
        Err(self.err("TypeError", format!("%{conv} format: an integer is required, not {}", self.vm.type_name(&v))))
    }

    fn as_float(&mut self, _conv: char) -> Result<f64, PctErr> {
        let v = self.args.selected.clone();
        let cls = self.vm.class_of(&v).clone();
        if crate::ops::number::as_num(&v).is_none()
            && self.vm.lookup_type_str(&cls, "__float__").is_none()
            && self.vm.lookup_type_str(&cls, "__index__").is_none()
        {
            return Err(self.err("TypeError", format!("float argument required, not {}", self.vm.type_name(&v))));
        }
        Ok(crate::object::float::to_float(self.vm, &v)?)
    }

    fn as_char(&mut self) -> Result<char, PctErr> {
        let v = self.args.selected.clone();
        if let Value::Obj(o) = &v {
            match &o.payload {
                Payload::Bytes(b) if b.len() == 1 => return Ok(b[0] as char),
                Payload::ByteArray(b) if b.borrow().len() == 1 => return Ok(b.borrow()[0] as char),
                _ => {}
            }
        }
        if !has_index(self.vm, &v) {
            return Err(self.err("TypeError", "%c requires an integer in range(256) or a single byte"));
        }
        let i = self.vm.index_bigint(&v)?;
        match i.to_u8() {
            Some(b) => Ok(b as char),
            None => Err(self.err("OverflowError", "%c arg not in range(256)")),
        }
    }

    fn as_width(&mut self) -> Result<i64, PctErr> {
        self.args.width(self.vm)
    }

    fn finish(&mut self) -> Result<(), PctErr> {
        self.args.finish(self.vm, "bytes")
    }
}

/// Rewrites each `%b` conversion to `%s` (the shared formatter knows only `%s`, which for
/// bytes means the same thing). Characters are kept one for one, so error positions hold.
fn b_to_s(fmt: &str) -> String {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = chars.clone();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            i += 1;
            continue;
        }
        i += 1;
        if i < chars.len() && chars[i] == '%' {
            i += 1;
            continue;
        }
        if i < chars.len() && chars[i] == '(' {
            let mut depth = 0;
            while i < chars.len() {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
                if depth == 0 {
                    break;
                }
            }
        }
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0'..='9' | '*' | '.' | 'h' | 'l' | 'L') {
            i += 1;
        }
        if i < chars.len() && chars[i] == 'b' {
            out[i] = 's';
        }
        i += 1;
    }
    out.into_iter().collect()
}

fn percent(vm: &mut Vm, fmt: &[u8], operand: &Value) -> PyResult<Vec<u8>> {
    let is_text = matches!(operand, Value::Obj(o) if matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Str(_)));
    let mapping = !PercentOperand::is_tuple(operand) && !is_text && vm.lookup_type_str(&vm.class_of(operand).clone(), "__getitem__").is_some();
    let fmt = b_to_s(&latin1(fmt));
    let mut args = BytesPercent { vm, args: PercentOperand::new(operand, mapping) };
    match format::percent_format(&fmt, &mut args) {
        Ok(s) => Ok(s.chars().map(|c| c as u32 as u8).collect()),
        Err(PctErr::Py(e)) => Err(e),
        Err(PctErr::Fmt(e)) => fmt_error(vm, e),
    }
}

fn fmt_error<T>(vm: &Vm, e: FormatError) -> PyResult<T> {
    vm.err(e.exception_name(), e.message().to_string())
}

fn mod_(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    let fmt = recv(vm, &args, k, "__mod__")?;
    let operand = &expect_args(vm, &args, "__mod__", 1)?[0];
    let out = percent(vm, &fmt, operand)?;
    Ok(make(vm, k, out))
}

// ----- methods shared by bytes and bytearray -----

macro_rules! transform {
    ($name:ident, $py:literal, $f:path) => {
        fn $name(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
            check_recv(vm, &args, k, $py)?;
            check_args(vm, &args, k, $py, Spec::NoArgs)?;
            let out = with_data(&args.pos[0], $f);
            Ok(make(vm, k, out))
        }
    };
}
transform!(upper, "upper", ops::upper);
transform!(lower, "lower", ops::lower);
transform!(swapcase, "swapcase", ops::swapcase);
transform!(title, "title", ops::title);
transform!(capitalize, "capitalize", ops::capitalize);

macro_rules! predicate {
    ($name:ident, $py:literal, $f:path) => {
        fn $name(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
            check_recv(vm, &args, k, $py)?;
            check_args(vm, &args, k, $py, Spec::NoArgs)?;
            Ok(Value::bool(with_data(&args.pos[0], $f)))
        }
    };
}
predicate!(isalnum, "isalnum", ops::isalnum);
predicate!(isalpha, "isalpha", ops::isalpha);
predicate!(isascii, "isascii", ops::isascii);
predicate!(isdigit, "isdigit", ops::isdigit);
predicate!(islower, "islower", ops::islower);
predicate!(isupper, "isupper", ops::isupper);
predicate!(isspace, "isspace", ops::isspace);
predicate!(istitle, "istitle", ops::istitle);

/// The (needle, start, end) of the find family.
fn find_args(vm: &mut Vm, args: &Args, k: Kind, name: &str) -> PyResult<(Vec<u8>, Option<i64>, Option<i64>)> {
    check_recv(vm, args, k, name)?;
    let a = check_args(vm, args, k, name, Spec::Finds)?;
    let start = slice_index(vm, a.get(1).copied().flatten())?;
    let end = slice_index(vm, a.get(2).copied().flatten())?;
    let sub = needle(vm, a[0].expect("checked"))?;
    Ok((sub, start, end))
}

fn find(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &args, k, "find")?;
    Ok(Value::Int(with_data(&args.pos[0], |b| ops::find(b, &sub, st, en)).map_or(-1, |i| i as i64)))
}

fn rfind(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &args, k, "rfind")?;
    Ok(Value::Int(with_data(&args.pos[0], |b| ops::rfind(b, &sub, st, en)).map_or(-1, |i| i as i64)))
}

fn index(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &args, k, "index")?;
    match with_data(&args.pos[0], |b| ops::index(b, &sub, st, en)) {
        Ok(i) => Ok(Value::Int(i as i64)),
        Err(e) => text_error(vm, e),
    }
}

fn rindex(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &args, k, "rindex")?;
    match with_data(&args.pos[0], |b| ops::rindex(b, &sub, st, en)) {
        Ok(i) => Ok(Value::Int(i as i64)),
        Err(e) => text_error(vm, e),
    }
}

fn count(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &args, k, "count")?;
    Ok(Value::Int(with_data(&args.pos[0], |b| ops::count(b, &sub, st, en)) as i64))
}

type AffixFn = fn(&[u8], &[u8], Option<i64>, Option<i64>) -> bool;

fn affix(vm: &mut Vm, args: Args, k: Kind, name: &str, f: AffixFn) -> PyResult<Value> {
    check_recv(vm, &args, k, name)?;
    let a = check_args(vm, &args, k, name, Spec::Finds)?;
    let start = slice_index(vm, a.get(1).copied().flatten())?;
    let end = slice_index(vm, a.get(2).copied().flatten())?;
    let arg = a[0].expect("checked");
    if let Value::Obj(o) = arg {
        if let Payload::Tuple(items) = &o.payload {
            for it in items.iter() {
                let p = bytes_like(vm, it)?;
                if with_data(&args.pos[0], |b| f(b, &p, start, end)) {
                    return Ok(Value::TRUE);
                }
            }
            return Ok(Value::FALSE);
        }
    }
    match buffer_of(vm, arg) {
        Some(p) => {
            let p = p?;
            Ok(Value::bool(with_data(&args.pos[0], |b| f(b, &p, start, end))))
        }
        None => vm.type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", vm.type_name(arg))),
    }
}

fn startswith(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    affix(vm, args, k, "startswith", ops::startswith)
}

fn endswith(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    affix(vm, args, k, "endswith", ops::endswith)
}

fn list_of(vm: &Vm, k: Kind, parts: Vec<Vec<u8>>) -> Value {
    let items = parts.into_iter().map(|p| make(vm, k, p)).collect();
    vm.new_list(items)
}

type SplitFn = fn(&[u8], Option<&[u8]>, i64) -> Result<Vec<Vec<u8>>, crate::text::TextError>;

fn split_impl(vm: &mut Vm, args: Args, k: Kind, name: &str, f: SplitFn) -> PyResult<Value> {
    check_recv(vm, &args, k, name)?;
    let a = check_args(vm, &args, k, name, Spec::Kw(&["sep", "maxsplit"]))?;
    let max = match a[1] {
        Some(m) => index_arg(vm, m)?,
        None => -1,
    };
    let sep = match given(a[0]) {
        Some(s) => Some(bytes_like(vm, s)?),
        None => None,
    };
    match with_data(&args.pos[0], |b| f(b, sep.as_deref(), max)) {
        Ok(parts) => Ok(list_of(vm, k, parts)),
        Err(e) => text_error(vm, e),
    }
}

fn split(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    split_impl(vm, args, k, "split", ops::split)
}

fn rsplit(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    split_impl(vm, args, k, "rsplit", ops::rsplit)
}

fn splitlines(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    check_recv(vm, &args, k, "splitlines")?;
    let a = check_args(vm, &args, k, "splitlines", Spec::Kw(&["keepends"]))?;
    let keep = match a[0] {
        Some(v) => index_arg(vm, v)? != 0,
        None => false,
    };
    let parts = with_data(&args.pos[0], |b| ops::splitlines(b, keep));
    Ok(list_of(vm, k, parts))
}

type StripFn = fn(&[u8], Option<&[u8]>) -> Vec<u8>;

fn strip_impl(vm: &mut Vm, args: Args, k: Kind, name: &str, f: StripFn) -> PyResult<Value> {
    check_recv(vm, &args, k, name)?;
    let a = check_args(vm, &args, k, name, Spec::Pos(0, 1))?;
    let chars = match given(a.first().copied().flatten()) {
        Some(c) => Some(bytes_like(vm, c)?),
        None => None,
    };
    let out = with_data(&args.pos[0], |b| f(b, chars.as_deref()));
    Ok(make(vm, k, out))
}

fn strip(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    strip_impl(vm, args, k, "strip", ops::strip)
}
fn lstrip(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    strip_impl(vm, args, k, "lstrip", ops::lstrip)
}
fn rstrip(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    strip_impl(vm, args, k, "rstrip", ops::rstrip)
}

fn replace(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    check_recv(vm, &args, k, "replace")?;
    let a = check_args(vm, &args, k, "replace", Spec::Pos(2, 3))?;
    let old = bytes_like(vm, a[0].expect("checked"))?;
    let new = bytes_like(vm, a[1].expect("checked"))?;
    let n = match a.get(2).copied().flatten() {
        Some(c) => index_arg(vm, c)?,
        None => -1,
    };
    let out = with_data(&args.pos[0], |b| ops::replace(b, &old, &new, n));
    Ok(make(vm, k, out))
}

fn join(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    check_recv(vm, &args, k, "join")?;
    let a = check_args(vm, &args, k, "join", Spec::One)?;
    let iterable = a[0].expect("checked");
    if !vm.is_iterable(iterable) {
        return vm.type_error("can only join an iterable");
    }
    let items = vm.collect(iterable)?;
    let sep = payload_bytes(&args.pos[0]);
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match buffer_of(vm, it) {
            Some(b) => out.extend(b?),
            None => {
                return vm.type_error(format!("sequence item {i}: expected a bytes-like object, {} found", vm.type_name(it)));
            }
        }
    }
    Ok(make(vm, k, out))
}

type PadFn = fn(&[u8], i64, u8) -> Vec<u8>;

fn pad_impl(vm: &mut Vm, args: Args, k: Kind, name: &str, f: PadFn) -> PyResult<Value> {
    check_recv(vm, &args, k, name)?;
    let a = check_args(vm, &args, k, name, Spec::Pos(1, 2))?;
    let width = index_arg(vm, a[0].expect("checked"))?;
    let fill = match a.get(1).copied().flatten() {
        None => b' ',
        Some(f) => {
            let one = match f {
                Value::Obj(o) => match &o.payload {
                    Payload::Bytes(b) if b.len() == 1 => Some(b[0]),
                    Payload::ByteArray(b) if b.borrow().len() == 1 => Some(b.borrow()[0]),
                    _ => None,
                },
                _ => None,
            };
            match one {
                Some(c) => c,
                None => {
                    return vm.type_error(format!(
                        "{name}() argument 2 must be a byte string of length 1, not {}",
                        clinic_type_name(vm, f)
                    ))
                }
            }
        }
    };
    let out = with_data(&args.pos[0], |b| f(b, width, fill));
    Ok(make(vm, k, out))
}

fn center(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    pad_impl(vm, args, k, "center", ops::center)
}
fn ljust(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    pad_impl(vm, args, k, "ljust", ops::ljust)
}
fn rjust(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    pad_impl(vm, args, k, "rjust", ops::rjust)
}

fn zfill(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    check_recv(vm, &args, k, "zfill")?;
    let a = check_args(vm, &args, k, "zfill", Spec::One)?;
    let width = index_arg(vm, a[0].expect("checked"))?;
    let out = with_data(&args.pos[0], |b| ops::zfill(b, width));
    Ok(make(vm, k, out))
}

fn expandtabs(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    check_recv(vm, &args, k, "expandtabs")?;
    let a = check_args(vm, &args, k, "expandtabs", Spec::Kw(&["tabsize"]))?;
    let size = match a[0] {
        Some(t) => index_arg(vm, t)?,
        None => 8,
    };
    match with_data(&args.pos[0], |b| ops::expandtabs(b, size)) {
        Ok(out) => Ok(make(vm, k, out)),
        Err(e) => text_error(vm, e),
    }
}

type PartitionFn = fn(&[u8], &[u8]) -> Result<ops::Parts, crate::text::TextError>;

fn partition_impl(vm: &mut Vm, args: Args, k: Kind, name: &str, f: PartitionFn) -> PyResult<Value> {
    check_recv(vm, &args, k, name)?;
    let a = check_args(vm, &args, k, name, Spec::One)?;
    let sep_obj = a[0].expect("checked");
    let sep = bytes_like(vm, sep_obj)?;
    match with_data(&args.pos[0], |b| f(b, &sep)) {
        Ok((x, y, z)) => {
            // bytes.partition returns the separator object itself when it is found.
            let middle = if k == Kind::Bytes && !y.is_empty() { sep_obj.clone() } else { make(vm, k, y) };
            let parts = vec![make(vm, k, x), middle, make(vm, k, z)];
            Ok(vm.new_tuple(parts))
        }
        Err(e) => text_error(vm, e),
    }
}

fn partition(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    partition_impl(vm, args, k, "partition", ops::partition)
}
fn rpartition(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    partition_impl(vm, args, k, "rpartition", ops::rpartition)
}

fn removeprefix(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    check_recv(vm, &args, k, "removeprefix")?;
    let a = check_args(vm, &args, k, "removeprefix", Spec::One)?;
    let p = bytes_like(vm, a[0].expect("checked"))?;
    let out = with_data(&args.pos[0], |b| ops::removeprefix(b, &p));
    Ok(make(vm, k, out))
}

fn removesuffix(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    check_recv(vm, &args, k, "removesuffix")?;
    let a = check_args(vm, &args, k, "removesuffix", Spec::One)?;
    let p = bytes_like(vm, a[0].expect("checked"))?;
    let out = with_data(&args.pos[0], |b| ops::removesuffix(b, &p));
    Ok(make(vm, k, out))
}

fn translate(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    check_recv(vm, &args, k, "translate")?;
    let n = args.pos.len() - 1;
    let delete_kw = args.kw("delete");
    if let Some((bad, _)) = args.kwargs().find(|(name, _)| *name != "delete") {
        return vm.type_error(format!("'{bad}' is an invalid keyword argument for translate()"));
    }
    if n == 0 {
        return vm.type_error("translate() takes at least 1 positional argument (0 given)");
    }
    if n + args.kwnames.len() > 2 {
        return vm.type_error(format!("translate() takes at most 2 arguments ({} given)", n + args.kwnames.len()));
    }
    if n == 2 && delete_kw.is_some() {
        return vm.type_error("argument for translate() given by name ('delete') and position (2)");
    }
    let table = match given(Some(&args.pos[1])) {
        Some(t) => {
            let t = bytes_like(vm, t)?;
            if t.len() != 256 {
                return vm.value_error("translation table must be 256 characters long");
            }
            Some(t)
        }
        None => None,
    };
    let delete = match args.pos.get(2).or(delete_kw) {
        Some(d) => bytes_like(vm, d)?,
        None => Vec::new(),
    };
    match with_data(&args.pos[0], |b| ops::translate(b, table.as_deref(), &delete)) {
        Ok(out) => Ok(make(vm, k, out)),
        Err(e) => text_error(vm, e),
    }
}

fn decode(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    check_recv(vm, &args, k, "decode")?;
    let a = check_args(vm, &args, k, "decode", Spec::Kw(&["encoding", "errors"]))?;
    let mut names = ["utf-8".to_string(), "strict".to_string()];
    for (i, what) in [(0, "encoding"), (1, "errors")] {
        if let Some(v) = a[i] {
            match vm.str_of(v) {
                Some(s) => names[i] = s.to_string(),
                None => return vm.type_error(format!("decode() argument '{what}' must be str, not {}", clinic_type_name(vm, v))),
            }
        }
    }
    let data = payload_bytes(&args.pos[0]);
    let s = decode_bytes(vm, &data, &names[0], &names[1])?;
    Ok(vm.new_str(s))
}

/// `hex(sep=..., bytes_per_sep=1)` on `b` (shared with `memoryview.hex`).
pub fn hex_value(vm: &mut Vm, b: &[u8], args: &Args, name: &str) -> PyResult<Value> {
    let a = check_args(vm, args, Kind::Bytes, name, Spec::Kw(&["sep", "bytes_per_sep"]))?;
    let per = match a[1] {
        Some(v) => index_arg(vm, v)?,
        None => 1,
    };
    let sep = match a[0] {
        None => None,
        Some(s) => match s {
            _ if vm.str_of(s).is_some() => Some(vm.str_of(s).unwrap_or("").to_string()),
            Value::Obj(o) if matches!(o.payload, Payload::Bytes(_)) => Some(latin1(&payload_bytes(s))),
            _ => {
                let n = vm.len(s)?;
                if n != 1 {
                    return vm.value_error("sep must be length 1.");
                }
                return vm.type_error("sep must be str or bytes.");
            }
        },
    };
    match ops::hex(b, sep.as_deref(), per) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => text_error(vm, e),
    }
}

fn hex(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    let b = recv(vm, &args, k, "hex")?;
    hex_value(vm, &b, &args, "hex")
}

fn fromhex(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    let Some(cls) = args.pos.first().cloned() else { return vm.type_error("fromhex() needs a class") };
    let a = check_args(vm, &args, k, "fromhex", Spec::One)?;
    let arg = a[0].expect("checked");
    let Some(s) = vm.str_of(arg) else {
        return vm.type_error(format!("fromhex() argument must be str, not {}", clinic_type_name(vm, arg)));
    };
    match ops::fromhex(s) {
        Ok(b) => {
            let v = make(vm, k, b);
            let exact = match k {
                Kind::Bytes => &vm.ctx.types.bytes,
                Kind::ByteArray => &vm.ctx.types.bytearray,
            };
            if cls.as_obj().is_some_and(|c| std::rc::Rc::ptr_eq(c, exact)) {
                Ok(v)
            } else {
                vm.call1(&cls, v)
            }
        }
        Err(e) => text_error(vm, e),
    }
}

fn maketrans(vm: &mut Vm, args: Args, k: Kind) -> PyResult<Value> {
    // A staticmethod: no receiver.
    let shifted = Args { pos: args.pos, kwnames: args.kwnames, kwvalues: args.kwvalues };
    if shifted.has_kwargs() {
        return vm.type_error(format!("{}.maketrans() takes no keyword arguments", k.name()));
    }
    if shifted.pos.len() != 2 {
        return vm.type_error(format!("maketrans expected 2 arguments, got {}", shifted.pos.len()));
    }
    let from = bytes_like(vm, &shifted.pos[0])?;
    let to = bytes_like(vm, &shifted.pos[1])?;
    match ops::maketrans(&from, &to) {
        Ok(t) => Ok(vm.new_bytes(t)),
        Err(e) => text_error(vm, e),
    }
}

// ----- bytearray only -----

fn ba_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_recv(vm, &args, Kind::ByteArray, "__setitem__")?;
    let a = expect_args(vm, &args, "__setitem__", 2)?;
    let (key, value) = (&a[0], &a[1]);
    let me = recv_obj(&args);
    let cell = cell_of(&args.pos[0]);
    if is_slice(key) {
        // The slice is checked (step 0, bad indices) before the value is converted.
        let len = cell.borrow().len();
        slice_indices(vm, key, len)?;
        let same = value.as_obj().is_some_and(|o| std::rc::Rc::ptr_eq(o, &me));
        let new = match value {
            Value::Obj(o) if !same && matches!(o.payload, Payload::ByteArray(_)) => payload_bytes(value),
            _ => {
                let cls = vm.class_of(value).clone();
                let numeric = crate::ops::number::as_num(value).is_some()
                    || ["__index__", "__int__", "__float__"].iter().any(|n| vm.lookup_type_str(&cls, n).is_some());
                if numeric || vm.str_of(value).is_some() {
                    return vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                from_object(vm, value, Kind::ByteArray)?
            }
        };
        assign_slice(vm, &me, key, new)?;
        return Ok(Value::None);
    }
    let Some(i) = int_subscript(vm, key)? else {
        return vm.type_error(format!("bytearray indices must be integers or slices, not {}", vm.type_name(key)));
    };
    // The value is converted before the index is checked (its `__index__` could resize).
    let v = byte_value(vm, value, "byte must be in range(0, 256)")?;
    let len = cell.borrow().len();
    let Some(j) = normalize_index(i, len) else { return vm.index_error("bytearray index out of range") };
    match cell.borrow_mut().get_mut(j) {
        Some(slot) => *slot = v,
        None => return vm.index_error("bytearray index out of range"),
    }
    Ok(Value::None)
}

/// `ba[slice] = new` (an empty `new` deletes).
fn assign_slice(vm: &mut Vm, me: &ObjRef, key: &Value, new: Vec<u8>) -> PyResult<()> {
    let Payload::ByteArray(cell) = &me.payload else { return Ok(()) };
    let len = cell.borrow().len();
    let (start, stop, step) = slice_indices(vm, key, len)?;
    if step == 1 {
        let stop = stop.max(start);
        let (s, e) = (start as usize, stop as usize);
        if new.len() != e - s {
            check_resize(vm, me)?;
        }
        let mut buf = cell.borrow_mut();
        let e = e.min(buf.len());
        let s = s.min(e);
        buf.splice(s..e, new);
        return Ok(());
    }
    let positions = slice_positions(start, stop, step);
    if new.is_empty() {
        if !positions.is_empty() {
            check_resize(vm, me)?;
        }
        let mut drop = vec![false; len];
        for p in positions {
            drop[p] = true;
        }
        let mut buf = cell.borrow_mut();
        let mut i = 0;
        buf.retain(|_| {
            let keep = !drop.get(i).copied().unwrap_or(false);
            i += 1;
            keep
        });
        return Ok(());
    }
    if new.len() != positions.len() {
        return vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            positions.len()
        ));
    }
    let mut buf = cell.borrow_mut();
    for (p, v) in positions.into_iter().zip(new) {
        if let Some(slot) = buf.get_mut(p) {
            *slot = v;
        }
    }
    Ok(())
}

fn ba_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_recv(vm, &args, Kind::ByteArray, "__delitem__")?;
    let key = &expect_args(vm, &args, "__delitem__", 1)?[0];
    let me = recv_obj(&args);
    if is_slice(key) {
        assign_slice(vm, &me, key, Vec::new())?;
        return Ok(Value::None);
    }
    let Some(i) = int_subscript(vm, key)? else {
        return vm.type_error(format!("bytearray indices must be integers or slices, not {}", vm.type_name(key)));
    };
    let cell = cell_of(&args.pos[0]);
    let len = cell.borrow().len();
    let Some(j) = normalize_index(i, len) else { return vm.index_error("bytearray index out of range") };
    check_resize(vm, &me)?;
    cell.borrow_mut().remove(j);
    Ok(Value::None)
}

/// Appends to a bytearray receiver (checking exports when it grows).
fn push_all(vm: &Vm, args: &Args, new: Vec<u8>) -> PyResult<()> {
    if !new.is_empty() {
        check_resize(vm, &recv_obj(args))?;
    }
    cell_of(&args.pos[0]).borrow_mut().extend(new);
    Ok(())
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_recv(vm, &args, Kind::ByteArray, "append")?;
    let a = check_args(vm, &args, Kind::ByteArray, "append", Spec::One)?;
    let v = byte_value(vm, a[0].expect("checked"), "byte must be in range(0, 256)")?;
    push_all(vm, &args, vec![v])?;
    Ok(Value::None)
}

fn extend_bytes(vm: &mut Vm, x: &Value) -> PyResult<Vec<u8>> {
    if let Some(r) = buffer_of(vm, x) {
        return r;
    }
    if !vm.is_iterable(x) {
        return vm.type_error(format!("can't extend bytearray with {}", vm.type_name(x)));
    }
    let it = vm.get_iter(x)?;
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        out.push(byte_value(vm, &item, "byte must be in range(0, 256)")?);
    }
    Ok(out)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_recv(vm, &args, Kind::ByteArray, "extend")?;
    let a = check_args(vm, &args, Kind::ByteArray, "extend", Spec::One)?;
    let new = extend_bytes(vm, a[0].expect("checked"))?;
    push_all(vm, &args, new)?;
    Ok(Value::None)
}

fn ba_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_recv(vm, &args, Kind::ByteArray, "insert")?;
    let a = check_args(vm, &args, Kind::ByteArray, "insert", Spec::Pos(2, 2))?;
    let i = index_arg(vm, a[0].expect("checked"))?;
    let v = byte_value(vm, a[1].expect("checked"), "byte must be in range(0, 256)")?;
    check_resize(vm, &recv_obj(&args))?;
    let cell = cell_of(&args.pos[0]);
    let len = cell.borrow().len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    cell.borrow_mut().insert(at as usize, v);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_recv(vm, &args, Kind::ByteArray, "pop")?;
    let a = check_args(vm, &args, Kind::ByteArray, "pop", Spec::Pos(0, 1))?;
    let i = match a.first().copied().flatten() {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    let cell = cell_of(&args.pos[0]);
    let len = cell.borrow().len();
    if len == 0 {
        return vm.index_error("pop from empty bytearray");
    }
    let Some(j) = normalize_index(i, len) else { return vm.index_error("pop index out of range") };
    check_resize(vm, &recv_obj(&args))?;
    let v = cell.borrow_mut().remove(j);
    Ok(Value::Int(v as i64))
}

fn ba_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_recv(vm, &args, Kind::ByteArray, "remove")?;
    let a = check_args(vm, &args, Kind::ByteArray, "remove", Spec::One)?;
    let v = byte_value(vm, a[0].expect("checked"), "byte must be in range(0, 256)")?;
    let cell = cell_of(&args.pos[0]);
    let pos = cell.borrow().iter().position(|&x| x == v);
    let Some(p) = pos else { return vm.value_error("value not found in bytearray") };
    check_resize(vm, &recv_obj(&args))?;
    cell.borrow_mut().remove(p);
    Ok(Value::None)
}

fn ba_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_recv(vm, &args, Kind::ByteArray, "reverse")?;
    check_args(vm, &args, Kind::ByteArray, "reverse", Spec::NoArgs)?;
    cell_of(&args.pos[0]).borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_recv(vm, &args, Kind::ByteArray, "clear")?;
    check_args(vm, &args, Kind::ByteArray, "clear", Spec::NoArgs)?;
    check_resize(vm, &recv_obj(&args))?;
    cell_of(&args.pos[0]).borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv(vm, &args, Kind::ByteArray, "copy")?;
    check_args(vm, &args, Kind::ByteArray, "copy", Spec::NoArgs)?;
    Ok(new_bytearray(vm, b))
}

fn ba_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_recv(vm, &args, Kind::ByteArray, "__iadd__")?;
    let other = &expect_args(vm, &args, "__iadd__", 1)?[0];
    let new = match buffer_of(vm, other) {
        Some(b) => b?,
        None => return Ok(vm.not_implemented()),
    };
    push_all(vm, &args, new)?;
    Ok(args.pos[0].clone())
}

fn ba_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = recv(vm, &args, Kind::ByteArray, "__imul__")?;
    let n = &expect_args(vm, &args, "__imul__", 1)?[0];
    let Some(out) = repeat(vm, &a, n)? else { return Ok(vm.not_implemented()) };
    if out.len() != a.len() {
        check_resize(vm, &recv_obj(&args))?;
    }
    *cell_of(&args.pos[0]).borrow_mut() = out;
    Ok(args.pos[0].clone())
}

fn ba_alloc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = recv(vm, &args, Kind::ByteArray, "__alloc__")?;
    check_args(vm, &args, Kind::ByteArray, "__alloc__", Spec::NoArgs)?;
    Ok(Value::Int(if b.is_empty() { 0 } else { b.len() as i64 + 1 }))
}

// ----- registration -----

/// Registers `(python name, fn(vm, args, Kind))` pairs on both types, each through a wrapper
/// that passes its type's `Kind`.
macro_rules! shared_methods {
    ($($py:literal => $f:ident),* $(,)?) => {
        fn shared(k: Kind) -> Vec<(&'static str, NativeFn)> {
            match k {
                Kind::Bytes => vec![$(($py, {
                    fn w(vm: &mut Vm, args: Args) -> PyResult<Value> {
                        $f(vm, args, Kind::Bytes)
                    }
                    w as NativeFn
                })),*],
                Kind::ByteArray => vec![$(($py, {
                    fn w(vm: &mut Vm, args: Args) -> PyResult<Value> {
                        $f(vm, args, Kind::ByteArray)
                    }
                    w as NativeFn
                })),*],
            }
        }
    };
}

shared_methods! {
    "__repr__" => repr,
    "__len__" => len,
    "__getitem__" => getitem,
    "__add__" => add,
    "__mul__" => mul,
    "__rmul__" => mul,
    "__mod__" => mod_,
    "__eq__" => eq,
    "__ne__" => ne,
    "__lt__" => lt,
    "__le__" => le,
    "__gt__" => gt,
    "__ge__" => ge,
    "__contains__" => contains,
    "__iter__" => iter,
    "capitalize" => capitalize,
    "center" => center,
    "count" => count,
    "decode" => decode,
    "endswith" => endswith,
    "expandtabs" => expandtabs,
    "find" => find,
    "hex" => hex,
    "index" => index,
    "isalnum" => isalnum,
    "isalpha" => isalpha,
    "isascii" => isascii,
    "isdigit" => isdigit,
    "islower" => islower,
    "isspace" => isspace,
    "istitle" => istitle,
    "isupper" => isupper,
    "join" => join,
    "ljust" => ljust,
    "lower" => lower,
    "lstrip" => lstrip,
    "partition" => partition,
    "removeprefix" => removeprefix,
    "removesuffix" => removesuffix,
    "replace" => replace,
    "rfind" => rfind,
    "rindex" => rindex,
    "rjust" => rjust,
    "rpartition" => rpartition,
    "rsplit" => rsplit,
    "rstrip" => rstrip,
    "split" => split,
    "splitlines" => splitlines,
    "startswith" => startswith,
    "strip" => strip,
    "swapcase" => swapcase,
    "title" => title,
    "translate" => translate,
    "upper" => upper,
    "zfill" => zfill,
}

fn b_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fromhex(vm, args, Kind::Bytes)
}
fn ba_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fromhex(vm, args, Kind::ByteArray)
}
fn b_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    maketrans(vm, args, Kind::Bytes)
}
fn ba_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    maketrans(vm, args, Kind::ByteArray)
}

pub fn register(ctx: &Context) {
    let (b, ba) = (&ctx.types.bytes, &ctx.types.bytearray);
    ctx.add_methods(b, "bytes", &shared(Kind::Bytes));
    ctx.add_methods(b, "bytes", &[("__hash__", b_hash), ("__bytes__", b_bytes), ("__getnewargs__", b_getnewargs)]);
    ctx.add_methods(ba, "bytearray", &shared(Kind::ByteArray));
    ctx.add_methods(ba, "bytearray", &[
        ("__init__", ba_init),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__iadd__", ba_iadd),
        ("__imul__", ba_imul),
        ("__alloc__", ba_alloc),
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
    ]);
    ctx.set_type_attr(ba, "__hash__", Value::None);
    let new = ctx.new_builtin("__new__", "bytes", b_new, false);
    ctx.set_type_attr(b, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    for (t, owner, fh, mt) in [
        (b, "bytes", b_fromhex as NativeFn, b_maketrans as NativeFn),
        (ba, "bytearray", ba_fromhex as NativeFn, ba_maketrans as NativeFn),
    ] {
        let f = ctx.new_builtin("fromhex", owner, fh, false);
        ctx.set_type_attr(t, "fromhex", Value::Obj(PyObject::new(ctx.types.classmethod.clone(), Payload::ClassMethod(Value::Obj(f)))));
        let m = ctx.new_builtin("maketrans", owner, mt, false);
        ctx.set_type_attr(t, "maketrans", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(m)))));
    }
}
