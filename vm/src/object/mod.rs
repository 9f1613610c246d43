//! Heap objects: `PyObject` and the payloads of the builtin types.
//!
//! Every heap object has a class (a type object), an optional attribute dict and a payload.
//! The payload says what the object *is* at the Rust level; the class says what Python sees.
//! An instance of a subclass of a builtin type carries that builtin's payload (an instance of
//! `class E(Exception)` has an `Exception` payload; of `class L(list)`, a `List` payload), so
//! native methods of the base work on it unchanged.
//!
//! Interior mutability is plain `RefCell`/`Cell`: objects are only touched under the GIL.
//! A `RefCell` borrow is never held across a call that may run Python code.

pub mod bytes;
pub mod coroutine;
pub mod descriptors;
pub mod dict;
pub mod exception;
pub mod exception_group;
pub mod float;
pub mod funcobj;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod misc;
pub mod numeric_dunders;
pub mod object;
pub mod range;
pub mod set;
pub mod settable;
pub mod slice;
pub mod str;
pub mod str_format;
pub mod strtype;
pub mod table;
pub mod tuple;
pub mod typeobj;
pub mod types;

use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};

pub use table::DictTable;
pub use settable::SetTable;
pub use exception::ExceptionData;
pub use function::{BuiltinFunction, CodeData, Function, NativeFn};
pub use generator::GeneratorData;
pub use iter::IterState;
pub use self::str::PyStr;
pub use types::TypeData;

pub struct PyObject {
    /// The object's class; `None` only for the `type` type itself (whose class is itself).
    pub class: Option<ObjRef>,
    /// The attribute dict (a dict object), for objects that have one.
    pub dict: Option<ObjRef>,
    pub payload: Payload,
}

/// What an object is. An object is as large as the largest variant, so large payloads that
/// few objects have (types, functions, files, bigint range iterators) are boxed.
pub enum Payload {
    /// A plain instance; holds `__slots__` values when the class has slots.
    Instance(RefCell<Vec<Option<Value>>>),
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<DictTable>),
    Set(RefCell<SetTable>),
    FrozenSet(SetTable),
    Range { start: BigInt, stop: BigInt, step: BigInt },
    Slice(Value, Value, Value),
    Type(Box<TypeData>),
    Function(Box<Function>),
    BoundMethod { func: Value, receiver: Value },
    Builtin(BuiltinFunction),
    Module { name: String },
    Cell(RefCell<Option<Value>>),
    Code(std::rc::Rc<CodeData>),
    Generator(RefCell<GeneratorData>),
    Exception(RefCell<ExceptionData>),
    Iterator(RefCell<IterState>),
    /// `name` is the attribute name `__set_name__` gave it (for error messages).
    Property { fget: Value, fset: Value, fdel: Value, doc: Value, name: RefCell<Option<String>> },
    StaticMethod(Value),
    ClassMethod(Value),
    Super { start_after: ObjRef, obj: Value, obj_type: ObjRef },
    DictView { kind: DictViewKind, dict: ObjRef },
    MappingProxy(ObjRef),
    Traceback(exception::TracebackData),
    NotImplemented,
    Ellipsis,
    /// A slot descriptor created for a `__slots__` name.
    SlotDescriptor { name: String, index: usize, owner: ObjRef },
    /// Data owned by a native module (e.g. `io.StringIO`).
    Native(RefCell<Box<dyn std::any::Any>>),
    /// A file object from `open()`.
    File(Box<RefCell<crate::builtins::file::FileData>>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

impl PyObject {
    pub fn new(class: ObjRef, payload: Payload) -> ObjRef {
        std::rc::Rc::new(PyObject { class: Some(class), dict: None, payload })
    }

    pub fn with_dict(class: ObjRef, dict: ObjRef, payload: Payload) -> ObjRef {
        std::rc::Rc::new(PyObject { class: Some(class), dict: Some(dict), payload })
    }

    #[inline]
    pub fn type_data(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }

    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match &self.payload {
            Payload::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    #[inline]
    pub fn dict_table(&self) -> Option<&RefCell<DictTable>> {
        match &self.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }
}

/// A fresh unique counter for type versions (attribute caches).
pub fn next_version() -> u64 {
    thread_local! { static NEXT: Cell<u64> = const { Cell::new(1) }; }
    NEXT.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}
#[cfg(test)]
mod tests {
    /// Every object is as large as the largest payload: the big ones (types, functions, files)
    /// are boxed so that a str, tuple or instance does not pay for them.
    #[test]
    fn objects_stay_small() {
        assert!(std::mem::size_of::<super::PyObject>() <= 120, "PyObject is {} bytes", std::mem::size_of::<super::PyObject>());
    }
}
