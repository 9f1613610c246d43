//! `memoryview`: a one-dimensional view of unsigned bytes (format `'B'`) over a `bytes`
//! (read-only) or `bytearray` (writable) object.
//!
//! A view is a `Payload::Native` holding a [`MemoryViewData`]: the viewed object plus the
//! geometry of the view in it (first byte, step, length), so slicing a view makes another view
//! of the same object. Writes through a view change the bytearray. While a view of a bytearray
//! is alive and not released, the bytearray cannot change size (CPython's "exports"): the
//! count is kept here and checked by the resizing methods in `bytes.rs`.

use super::{Payload, PyObject};
use crate::context::Context;
use crate::object::function::Args;
use crate::ops::subscr::{normalize_index, slice_indices};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    /// Live views per bytearray (keyed by the object's address).
    static EXPORTS: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
}

fn key(obj: &ObjRef) -> usize {
    Rc::as_ptr(obj) as *const u8 as usize
}

/// The number of live (unreleased) views of a bytearray.
pub fn exports(obj: &ObjRef) -> usize {
    EXPORTS.with(|e| e.borrow().get(&key(obj)).copied().unwrap_or(0))
}

fn add_export(obj: &ObjRef) {
    if matches!(obj.payload, Payload::ByteArray(_)) {
        EXPORTS.with(|e| *e.borrow_mut().entry(key(obj)).or_insert(0) += 1);
    }
}

fn remove_export(obj: &ObjRef) {
    if matches!(obj.payload, Payload::ByteArray(_)) {
        let _ = EXPORTS.try_with(|e| {
            let mut e = e.borrow_mut();
            if let Some(n) = e.get_mut(&key(obj)) {
                *n -= 1;
                if *n == 0 {
                    e.remove(&key(obj));
                }
            }
        });
    }
}

/// The state of one memoryview.
pub struct MemoryViewData {
    /// The viewed `bytes`/`bytearray` (never another view).
    pub obj: ObjRef,
    /// Index in `obj` of the view's first byte.
    pub start: isize,
    pub step: isize,
    pub len: usize,
    pub readonly: bool,
    pub released: bool,
}

impl MemoryViewData {
    fn release(&mut self) {
        if !self.released {
            self.released = true;
            remove_export(&self.obj);
        }
    }

    /// Position in `obj` of item `i`.
    fn pos(&self, i: usize) -> usize {
        (self.start + i as isize * self.step) as usize
    }

    /// Runs `f` on the bytes of the viewed object.
    fn with_base<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match &self.obj.payload {
            Payload::Bytes(b) => f(b),
            Payload::ByteArray(b) => f(&b.borrow()),
            _ => f(&[]),
        }
    }

    /// The viewed bytes, in view order.
    fn bytes(&self) -> Vec<u8> {
        self.with_base(|b| {
            if self.step == 1 {
                let s = self.start as usize;
                b.get(s..s + self.len).map(<[u8]>::to_vec).unwrap_or_default()
            } else {
                (0..self.len).filter_map(|i| b.get(self.pos(i)).copied()).collect()
            }
        })
    }
}

impl Drop for MemoryViewData {
    fn drop(&mut self) {
        self.release();
    }
}

/// The view data of a memoryview object, if `v` is one.
fn data_cell(v: &Value) -> Option<&RefCell<Box<dyn std::any::Any>>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(cell) if cell.borrow().is::<MemoryViewData>() => Some(cell),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is a memoryview.
pub fn is_memoryview(v: &Value) -> bool {
    data_cell(v).is_some()
}

fn with_view<R>(v: &Value, f: impl FnOnce(&mut MemoryViewData) -> R) -> Option<R> {
    let cell = data_cell(v)?;
    let mut b = cell.borrow_mut();
    b.downcast_mut::<MemoryViewData>().map(f)
}

fn released_error<T>(vm: &Vm) -> PyResult<T> {
    vm.value_error("operation forbidden on released memoryview object")
}

/// The bytes seen through a memoryview: `None` if `v` is not one, an error if it is released.
pub fn view_bytes(vm: &Vm, v: &Value) -> Option<PyResult<Vec<u8>>> {
    let r = with_view(v, |d| if d.released { None } else { Some(d.bytes()) })?;
    Some(match r {
        Some(b) => Ok(b),
        None => released_error(vm),
    })
}

/// A new view of `obj` (a bytes or bytearray).
fn new_view(vm: &Vm, obj: ObjRef, start: isize, step: isize, len: usize, readonly: bool) -> Value {
    add_export(&obj);
    let data = MemoryViewData { obj, start, step, len, readonly, released: false };
    Value::Obj(PyObject::new(vm.ctx.types.memoryview.clone(), Payload::Native(RefCell::new(Box::new(data)))))
}

/// Copies out (obj, start, step, len, readonly) of a live view, or raises.
fn geometry(vm: &Vm, v: &Value, name: &str) -> PyResult<(ObjRef, isize, isize, usize, bool)> {
    match with_view(v, |d| (!d.released).then(|| (d.obj.clone(), d.start, d.step, d.len, d.readonly))) {
        Some(Some(g)) => Ok(g),
        Some(None) => released_error(vm),
        None => vm.type_error(format!(
            "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        )),
    }
}

fn live_bytes(vm: &Vm, v: &Value, name: &str) -> PyResult<Vec<u8>> {
    geometry(vm, v, name)?;
    view_bytes(vm, v).unwrap_or_else(|| released_error(vm))
}

fn mv_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.pos.len().saturating_sub(1) + args.kwnames.len();
    if let Some((name, _)) = args.kwargs().find(|(k, _)| *k != "object") {
        return vm.type_error(format!("memoryview() got an unexpected keyword argument '{name}'"));
    }
    if n > 1 {
        return vm.type_error(format!("memoryview() takes at most 1 argument ({n} given)"));
    }
    let Some(src) = args.get(1, "object") else {
        return vm.type_error("memoryview() missing required argument 'object' (pos 1)");
    };
    if is_memoryview(src) {
        let (obj, start, step, len, readonly) = geometry(vm, src, "memoryview")?;
        return Ok(new_view(vm, obj, start, step, len, readonly));
    }
    match src {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => Ok(new_view(vm, o.clone(), 0, 1, b.len(), true)),
            Payload::ByteArray(b) => {
                let len = b.borrow().len();
                Ok(new_view(vm, o.clone(), 0, 1, len, false))
            }
            _ => vm.type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(src))),
        },
        _ => vm.type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(src))),
    }
}

fn arg1<'a>(vm: &Vm, args: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    if args.pos.len() != n + 1 {
        let s = if n == 1 { "" } else { "s" };
        return vm.type_error(format!("expected {n} argument{s}, got {}", args.pos.len().saturating_sub(1)));
    }
    Ok(&args.pos[1..])
}

fn noargs(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return vm.type_error(format!("memoryview.{name}() takes no keyword arguments"));
    }
    if args.pos.len() > 1 {
        return vm.type_error(format!("memoryview.{name}() takes no arguments ({} given)", args.pos.len() - 1));
    }
    Ok(())
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, _, _, len, _) = geometry(vm, &args.pos[0], "__len__")?;
    Ok(Value::Int(len as i64))
}

/// An integer index key, or `None` if `key` is not one.
fn int_key(vm: &mut Vm, key: &Value) -> PyResult<Option<i64>> {
    if matches!(key, Value::Float(_)) {
        return Ok(None);
    }
    if crate::ops::number::as_bigint(key).is_none() && vm.lookup_type_str(&vm.class_of(key).clone(), "__index__").is_none() {
        return Ok(None);
    }
    let i = vm.index_bigint(key)?;
    match num_traits::ToPrimitive::to_i64(&i) {
        Some(i) => Ok(Some(i)),
        None => vm.index_error("cannot fit 'int' into an index-sized integer"),
    }
}

fn is_slice(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Slice(..)))
}

/// A tuple key: `(i,)` stands for `i`; other tuples of ints or of slices are errors for a
/// one-dimensional view. Returns the key to use instead.
fn tuple_key(vm: &mut Vm, key: &Value, setting: bool) -> PyResult<Value> {
    let Value::Obj(o) = key else { return Ok(key.clone()) };
    let Payload::Tuple(items) = &o.payload else { return Ok(key.clone()) };
    let all_int = items.iter().all(|i| {
        !matches!(i, Value::Float(_))
            && (crate::ops::number::as_bigint(i).is_some() || vm.lookup_type_str(vm.class_of(i), "__index__").is_some())
    });
    if all_int {
        return match items.len() {
            0 => vm.err("NotImplementedError", "sub-views are not implemented"),
            1 => Ok(items[0].clone()),
            n => vm.type_error(format!("cannot index 1-dimension view with {n}-element tuple")),
        };
    }
    if items.iter().all(is_slice) {
        return vm.err(
            "NotImplementedError",
            if setting {
                "memoryview slice assignments are currently restricted to ndim = 1"
            } else {
                "multi-dimensional slicing is not implemented"
            },
        );
    }
    vm.type_error("memoryview: invalid slice key")
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = arg1(vm, &args, 1)?;
    let (obj, start, step, len, readonly) = geometry(vm, &args.pos[0], "__getitem__")?;
    let key = &tuple_key(vm, &a[0], false)?;
    if is_slice(key) {
        let (s, e, st) = slice_indices(vm, key, len)?;
        let count = if st > 0 {
            if e > s { ((e - s - 1) / st + 1) as usize } else { 0 }
        } else if s > e {
            ((s - e - 1) / (-st) + 1) as usize
        } else {
            0
        };
        let new_start = if count == 0 { start } else { start + s as isize * step };
        return Ok(new_view(vm, obj, new_start, step * st as isize, count, readonly));
    }
    let Some(i) = int_key(vm, key)? else { return vm.type_error("memoryview: invalid slice key") };
    let Some(j) = normalize_index(i, len) else { return vm.index_error("index out of bounds on dimension 1") };
    let p = (start + j as isize * step) as usize;
    let byte = match &obj.payload {
        Payload::Bytes(b) => b.get(p).copied(),
        Payload::ByteArray(b) => b.borrow().get(p).copied(),
        _ => None,
    };
    match byte {
        Some(x) => Ok(Value::Int(x as i64)),
        None => vm.index_error("index out of bounds on dimension 1"),
    }
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = arg1(vm, &args, 2)?;
    let (obj, start, step, len, readonly) = geometry(vm, &args.pos[0], "__setitem__")?;
    if readonly {
        return vm.type_error("cannot modify read-only memory");
    }
    let Payload::ByteArray(cell) = &obj.payload else { return vm.type_error("cannot modify read-only memory") };
    let key = &tuple_key(vm, &a[0], true)?;
    let value = &a[1];
    if is_slice(key) {
        let src = crate::object::bytes::bytes_like(vm, value)?;
        let (s, e, st) = slice_indices(vm, key, len)?;
        let positions = crate::ops::subscr::slice_positions(s, e, st);
        if positions.len() != src.len() {
            return vm.value_error("memoryview assignment: lvalue and rvalue have different structures");
        }
        let mut buf = cell.borrow_mut();
        for (i, b) in positions.into_iter().zip(src) {
            let p = (start + i as isize * step) as usize;
            if let Some(slot) = buf.get_mut(p) {
                *slot = b;
            }
        }
        return Ok(Value::None);
    }
    let Some(i) = int_key(vm, key)? else { return vm.type_error("memoryview: invalid slice key") };
    let Some(j) = normalize_index(i, len) else { return vm.index_error("index out of bounds on dimension 1") };
    let is_int = crate::ops::number::as_bigint(value).is_some() && !matches!(value, Value::Float(_))
        || vm.lookup_type_str(&vm.class_of(value).clone(), "__index__").is_some();
    if !is_int {
        return vm.type_error("memoryview: invalid type for format 'B'");
    }
    let v = vm.index_bigint(value)?;
    let Some(byte) = num_traits::ToPrimitive::to_u8(&v) else {
        return vm.value_error("memoryview: invalid value for format 'B'");
    };
    let p = (start + j as isize * step) as usize;
    if let Some(slot) = cell.borrow_mut().get_mut(p) {
        *slot = byte;
    }
    Ok(Value::None)
}

fn mv_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    geometry(vm, &args.pos[0], "__delitem__")?;
    if with_view(&args.pos[0], |d| d.readonly) == Some(true) {
        return vm.type_error("cannot modify read-only memory");
    }
    vm.type_error("cannot delete memory")
}

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = live_bytes(vm, &args.pos[0], "tobytes")?;
    Ok(vm.new_bytes(b))
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, &args, "tolist")?;
    let b = live_bytes(vm, &args.pos[0], "tolist")?;
    Ok(vm.new_list(b.into_iter().map(|x| Value::Int(x as i64)).collect()))
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = live_bytes(vm, &args.pos[0], "hex")?;
    crate::object::bytes::hex_value(vm, &b, &args, "hex")
}

fn mv_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, &args, "release")?;
    if with_view(&args.pos[0], |d| d.release()).is_none() {
        return vm.type_error("descriptor 'release' for 'memoryview' objects doesn't apply to this object");
    }
    Ok(Value::None)
}

fn mv_toreadonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    noargs(vm, &args, "toreadonly")?;
    let (obj, start, step, len, _) = geometry(vm, &args.pos[0], "toreadonly")?;
    Ok(new_view(vm, obj, start, step, len, true))
}

fn mv_cast(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, start, step, len, readonly) = geometry(vm, &args.pos[0], "cast")?;
    let fmt = args.get(1, "format").and_then(|f| vm.str_of(f)).unwrap_or("").to_string();
    if step != 1 {
        return vm.type_error("memoryview: casts are restricted to C-contiguous views");
    }
    match fmt.as_str() {
        "B" | "@B" => Ok(new_view(vm, obj, start, step, len, readonly)),
        _ => vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ),
    }
}

fn mv_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    geometry(vm, &args.pos[0], "__enter__")?;
    Ok(args.pos[0].clone())
}

fn mv_exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_view(&args.pos[0], |d| d.release());
    Ok(Value::None)
}

fn mv_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let released = with_view(&args.pos[0], |d| d.released).unwrap_or(false);
    let what = if released { "released memory" } else { "memory" };
    Ok(vm.new_str(format!("<{what} at {:#x}>", args.pos[0].id())))
}

fn mv_eq_impl(vm: &mut Vm, args: &Args) -> PyResult<Option<bool>> {
    let a = arg1(vm, args, 1)?;
    let (me, other) = (&args.pos[0], &a[0]);
    if me.is(other) {
        return Ok(Some(true));
    }
    let mine = match with_view(me, |d| (!d.released).then(|| d.bytes())) {
        Some(Some(b)) => b,
        Some(None) => return Ok(Some(false)),
        None => return Ok(None),
    };
    let theirs = match other {
        _ if is_memoryview(other) => match with_view(other, |d| (!d.released).then(|| d.bytes())) {
            Some(Some(b)) => b,
            _ => return Ok(Some(false)),
        },
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => b.to_vec(),
            Payload::ByteArray(b) => b.borrow().clone(),
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    Ok(Some(mine == theirs))
}

fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match mv_eq_impl(vm, &args)? {
        Some(b) => Value::bool(b),
        None => vm.not_implemented(),
    })
}

fn mv_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match mv_eq_impl(vm, &args)? {
        Some(b) => Value::bool(!b),
        None => vm.not_implemented(),
    })
}

fn mv_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, _, _, _, readonly) = geometry(vm, &args.pos[0], "__hash__")?;
    if !readonly {
        return vm.value_error("cannot hash writable memoryview object");
    }
    let b = live_bytes(vm, &args.pos[0], "__hash__")?;
    Ok(Value::Int(crate::object::bytes::hash_bytes(&b)))
}

fn mv_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    geometry(vm, &args.pos[0], "__iter__")?;
    let state = super::IterState::GetItem { obj: args.pos[0].clone(), index: 0 };
    Ok(super::iter::new_iterator(vm.ctx.types.seq_iterator.clone(), state))
}

fn get_obj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, ..) = geometry(vm, &args.pos[0], "obj")?;
    Ok(Value::Obj(obj))
}

fn get_readonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, _, _, _, readonly) = geometry(vm, &args.pos[0], "readonly")?;
    Ok(Value::bool(readonly))
}

fn get_nbytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, _, _, len, _) = geometry(vm, &args.pos[0], "nbytes")?;
    Ok(Value::Int(len as i64))
}

fn get_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    geometry(vm, &args.pos[0], "format")?;
    Ok(vm.new_str("B"))
}

fn get_itemsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    geometry(vm, &args.pos[0], "itemsize")?;
    Ok(Value::Int(1))
}

fn get_ndim(vm: &mut Vm, args: Args) -> PyResult<Value> {
    geometry(vm, &args.pos[0], "ndim")?;
    Ok(Value::Int(1))
}

fn get_shape(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, _, _, len, _) = geometry(vm, &args.pos[0], "shape")?;
    Ok(vm.new_tuple(vec![Value::Int(len as i64)]))
}

fn get_strides(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, _, step, _, _) = geometry(vm, &args.pos[0], "strides")?;
    Ok(vm.new_tuple(vec![Value::Int(step as i64)]))
}

fn get_suboffsets(vm: &mut Vm, args: Args) -> PyResult<Value> {
    geometry(vm, &args.pos[0], "suboffsets")?;
    Ok(vm.new_tuple(vec![]))
}

fn get_contiguous(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, _, step, len, _) = geometry(vm, &args.pos[0], "contiguous")?;
    Ok(Value::bool(step == 1 || len <= 1))
}

/// The receiver check every method and getter goes through first.
fn check_self(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    match args.pos.first() {
        None => vm.type_error(format!("unbound method memoryview.{name}() needs an argument")),
        Some(v) if is_memoryview(v) => Ok(()),
        Some(v) if name.starts_with("__") => vm.type_error(format!(
            "descriptor '{name}' requires a 'memoryview' object but received a '{}'",
            vm.type_name(v)
        )),
        Some(v) => vm.type_error(format!(
            "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        )),
    }
}

/// `(name, fn)` pairs whose functions first check their receiver.
macro_rules! checked {
    ($($py:literal => $f:ident),* $(,)?) => {
        [$(($py, {
            fn w(vm: &mut Vm, args: Args) -> PyResult<Value> {
                check_self(vm, &args, $py)?;
                $f(vm, args)
            }
            w as crate::object::NativeFn
        })),*]
    };
}

pub fn register(ctx: &Context) {
    let t = &ctx.types.memoryview;
    ctx.add_methods(t, "memoryview", &checked![
        "__repr__" => mv_repr,
        "__len__" => mv_len,
        "__getitem__" => mv_getitem,
        "__setitem__" => mv_setitem,
        "__delitem__" => mv_delitem,
        "__eq__" => mv_eq,
        "__ne__" => mv_ne,
        "__hash__" => mv_hash,
        "__iter__" => mv_iter,
        "__enter__" => mv_enter,
        "__exit__" => mv_exit,
        "tobytes" => mv_tobytes,
        "tolist" => mv_tolist,
        "hex" => mv_hex,
        "release" => mv_release,
        "toreadonly" => mv_toreadonly,
        "cast" => mv_cast,
    ]);
    super::typeobj::add_getters(ctx, t, &checked![
        "obj" => get_obj,
        "readonly" => get_readonly,
        "nbytes" => get_nbytes,
        "format" => get_format,
        "itemsize" => get_itemsize,
        "ndim" => get_ndim,
        "shape" => get_shape,
        "strides" => get_strides,
        "suboffsets" => get_suboffsets,
        "contiguous" => get_contiguous,
        "c_contiguous" => get_contiguous,
        "f_contiguous" => get_contiguous,
    ]);
    let new = ctx.new_builtin("__new__", "memoryview", mv_new, false);
    ctx.set_type_attr(t, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
}
