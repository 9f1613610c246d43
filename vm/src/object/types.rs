//! Type objects: name, bases, MRO, and what payload their instances carry.
//!
//! Attributes (methods, class variables, descriptors) live in `attrs`, a str-keyed table (a
//! type's `__dict__` is a read-only proxy over it).
//! `mro` is computed by C3 linearization when the type is made and whenever `__bases__` changes.
//! `version` changes whenever an attribute of the type (or of a base) changes, so lookups can be
//! cached by version.

use super::DictTable;
use crate::value::ObjRef;
use std::cell::{Cell, RefCell};

/// The payload instances of a type carry (that of its nearest builtin base).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    /// Instances cannot be created from Python (`function`, `generator`, iterators…).
    NotInstantiable,
    /// Instances are made only by the type's own `__new__` (`property`, `classmethod` …),
    /// which subclasses inherit.
    Opaque,
}

pub struct TypeData {
    /// The class namespace (`__dict__`); keys are always str.
    pub attrs: RefCell<DictTable>,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub module: RefCell<String>,
    pub bases: RefCell<Vec<ObjRef>>,
    pub mro: RefCell<Vec<ObjRef>>,
    pub base_kind: BaseKind,
    /// Defined by a class statement (attributes can be set; repr is `<class 'mod.Name'>`).
    pub is_heap: bool,
    /// Number of `__slots__` values each instance stores (including inherited ones).
    pub nslots: usize,
    /// Whether instances get an attribute dict.
    pub instance_dict: bool,
    pub version: Cell<u64>,
    /// Whether the class may be subclassed.
    pub subclassable: bool,
    /// Direct subclasses, weakly held (`type.__subclasses__()`).
    pub subclasses: RefCell<Vec<std::rc::Weak<crate::object::PyObject>>>,
    /// `Py_TPFLAGS_SEQUENCE`/`Py_TPFLAGS_MAPPING` set on this class itself (by an ABC's
    /// `__abc_tpflags__` or `register`); classes inherit them through the MRO, and builtin
    /// types have theirs fixed. `match` reads them (`ops::pattern`).
    pub collection_flags: Cell<u8>,
}

impl TypeData {
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
}
