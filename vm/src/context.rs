//! `Context`: the interpreter-wide state every thread shares — the builtin types, singletons,
//! interned strings, the module registry and the run-time options.
//!
//! Bootstrap order matters: `type` (whose class is itself, see `PyObject::class`), then
//! `object`, then every other builtin type, each with its methods registered by the module that
//! owns the type (`object/*.rs`, `builtins/*.rs`). Nothing here runs Python code.

use crate::object::types::{BaseKind, TypeData};
use crate::object::{BuiltinFunction, DictTable, NativeFn, Payload, PyObject, PyStr};
use crate::value::{ObjRef, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

macro_rules! builtin_types {
    ($( $field:ident : $name:literal, $base:ident, $kind:ident; )*) => {
        /// Every builtin type the VM itself needs by name.
        pub struct Types {
            pub type_: ObjRef,
            pub object: ObjRef,
            $( pub $field: ObjRef, )*
        }

        impl Types {
            fn build(type_: ObjRef, object: ObjRef) -> Types {
                $( let $field = new_builtin_type($name, &builtin_types!(@base type_, object, $base), BaseKind::$kind); )*
                Types { type_, object, $( $field, )* }
            }

            /// (name, type) for each builtin type made here (for `builtins` and tests).
            pub fn all(&self) -> Vec<(&'static str, &ObjRef)> {
                vec![("type", &self.type_), ("object", &self.object), $( ($name, &self.$field), )*]
            }
        }
    };
    (@base $type_:ident, $object:ident, object) => { $object };
    (@base $type_:ident, $object:ident, $other:ident) => { $other };
}

builtin_types! {
    none_type: "NoneType", object, NotInstantiable;
    not_implemented_type: "NotImplementedType", object, NotInstantiable;
    ellipsis_type: "ellipsis", object, NotInstantiable;
    int: "int", object, Int;
    bool_: "bool", int, Bool;
    float: "float", object, Float;
    complex: "complex", object, Complex;
    str: "str", object, Str;
    bytes: "bytes", object, Bytes;
    bytearray: "bytearray", object, ByteArray;
    memoryview: "memoryview", object, NotInstantiable;
    list: "list", object, List;
    tuple: "tuple", object, Tuple;
    dict: "dict", object, Dict;
    set: "set", object, Set;
    frozenset: "frozenset", object, FrozenSet;
    range: "range", object, NotInstantiable;
    slice: "slice", object, NotInstantiable;
    function: "function", object, NotInstantiable;
    builtin_function: "builtin_function_or_method", object, NotInstantiable;
    method_descriptor: "method_descriptor", object, NotInstantiable;
    method: "method", object, NotInstantiable;
    module: "module", object, Module;
    cell: "cell", object, NotInstantiable;
    code: "code", object, NotInstantiable;
    generator: "generator", object, NotInstantiable;
    coroutine: "coroutine", object, NotInstantiable;
    coroutine_wrapper: "coroutine_wrapper", object, NotInstantiable;
    async_generator: "async_generator", object, NotInstantiable;
    async_generator_asend: "async_generator_asend", object, NotInstantiable;
    async_generator_athrow: "async_generator_athrow", object, NotInstantiable;
    async_generator_wrapped_value: "async_generator_wrapped_value", object, NotInstantiable;
    anext_awaitable: "anext_awaitable", object, NotInstantiable;
    property: "property", object, Opaque;
    staticmethod: "staticmethod", object, Opaque;
    classmethod: "classmethod", object, Opaque;
    super_: "super", object, NotInstantiable;
    dict_keys: "dict_keys", object, NotInstantiable;
    dict_values: "dict_values", object, NotInstantiable;
    dict_items: "dict_items", object, NotInstantiable;
    mappingproxy: "mappingproxy", object, NotInstantiable;
    traceback: "traceback", object, NotInstantiable;
    member_descriptor: "member_descriptor", object, NotInstantiable;
    list_iterator: "list_iterator", object, NotInstantiable;
    list_reverseiterator: "list_reverseiterator", object, NotInstantiable;
    tuple_iterator: "tuple_iterator", object, NotInstantiable;
    str_iterator: "str_ascii_iterator", object, NotInstantiable;
    bytes_iterator: "bytes_iterator", object, NotInstantiable;
    range_iterator: "range_iterator", object, NotInstantiable;
    dict_keyiterator: "dict_keyiterator", object, NotInstantiable;
    dict_valueiterator: "dict_valueiterator", object, NotInstantiable;
    dict_itemiterator: "dict_itemiterator", object, NotInstantiable;
    set_iterator: "set_iterator", object, NotInstantiable;
    seq_iterator: "iterator", object, NotInstantiable;
    callable_iterator: "callable_iterator", object, NotInstantiable;
    enumerate: "enumerate", object, NotInstantiable;
    zip: "zip", object, NotInstantiable;
    map: "map", object, NotInstantiable;
    filter: "filter", object, NotInstantiable;
    reversed: "reversed", object, NotInstantiable;
    text_file: "TextIOWrapper", object, NotInstantiable;
    binary_file: "BufferedReader", object, NotInstantiable;
    native: "native", object, NotInstantiable;
}

fn new_builtin_type(name: &str, base: &ObjRef, kind: BaseKind) -> ObjRef {
    let base_mro = base.type_data().expect("base is a type").mro.borrow().clone();
    let ty = PyObject::new(
        base_metatype(base),
        Payload::Type(Box::new(TypeData {
            attrs: RefCell::new(DictTable::new()),
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            module: RefCell::new("builtins".to_string()),
            bases: RefCell::new(vec![base.clone()]),
            mro: RefCell::new(Vec::new()),
            base_kind: kind,
            is_heap: false,
            nslots: 0,
            instance_dict: false,
            version: Cell::new(crate::object::next_version()),
            subclassable: !matches!(kind, BaseKind::NotInstantiable | BaseKind::Bool),
            subclasses: RefCell::new(Vec::new()),
            collection_flags: Cell::new(0),
        })),
    );
    let mut mro = vec![ty.clone()];
    mro.extend(base_mro);
    *ty.type_data().expect("type").mro.borrow_mut() = mro;
    ty
}

fn base_metatype(base: &ObjRef) -> ObjRef {
    base.class.clone().unwrap_or_else(|| base.clone())
}

/// Makes `type` and `object`.
fn bootstrap() -> (ObjRef, ObjRef) {
    let data = |name: &str, kind| TypeData {
        attrs: RefCell::new(DictTable::new()),
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        module: RefCell::new("builtins".to_string()),
        bases: RefCell::new(Vec::new()),
        mro: RefCell::new(Vec::new()),
        base_kind: kind,
        is_heap: false,
        nslots: 0,
        instance_dict: false,
        version: Cell::new(crate::object::next_version()),
        subclassable: true,
        subclasses: RefCell::new(Vec::new()),
        collection_flags: Cell::new(0),
    };
    let type_ = std::rc::Rc::new(PyObject { class: None, dict: None, payload: Payload::Type(Box::new(data("type", BaseKind::Type))) });
    let object = PyObject::new(type_.clone(), Payload::Type(Box::new(data("object", BaseKind::Object))));
    *object.type_data().expect("type").mro.borrow_mut() = vec![object.clone()];
    *type_.type_data().expect("type").bases.borrow_mut() = vec![object.clone()];
    *type_.type_data().expect("type").mro.borrow_mut() = vec![type_.clone(), object.clone()];
    (type_, object)
}

/// FNV-1a: the interning table hashes short identifiers, where SipHash's setup dominates.
#[derive(Default)]
pub struct FnvHasher(u64);

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= *b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

const STATIC_INTERN_SLOTS: usize = 1024;

/// How a native module is made: called once, on first import.
pub type ModuleInit = fn(&mut crate::vm::Vm) -> crate::vm::PyResult<ObjRef>;

/// Options from the command line and environment that change behaviour.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub optimize: u8,
    pub dont_write_bytecode: bool,
    pub unbuffered: bool,
    pub verbose: u8,
    pub ignore_environment: bool,
    pub no_site: bool,
    pub isolated: bool,
    pub quiet: bool,
    pub inspect: bool,
    pub warnoptions: Vec<String>,
    pub xoptions: Vec<String>,
    /// `sys.pycache_prefix`: `-X pycache_prefix=DIR`, else `PYTHONPYCACHEPREFIX`.
    pub pycache_prefix: Option<String>,
    /// `--check-hash-based-pycs`: "default" (or empty), "always" or "never".
    pub check_hash_based_pycs: String,
    /// `-X gil-stats`: print the GIL's per-thread table to stderr at exit.
    pub gil_stats: bool,
    /// `-X gil-trace=FILE`: trace the GIL from start-up and write Chrome trace JSON at exit.
    pub gil_trace: Option<String>,
}

pub struct Context {
    pub types: Types,
    pub exceptions: HashMap<&'static str, ObjRef>,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: ObjRef,
    pub empty_str: ObjRef,
    /// The one-character strs U+0000..U+00FF, shared like CPython's (indexing and iterating
    /// over text makes many of them).
    latin1_chars: Box<[ObjRef]>,
    pub interned: RefCell<HashMap<Box<str>, ObjRef, std::hash::BuildHasherDefault<FnvHasher>>>,
    /// Interned strings for `&'static str` names, keyed by the literal's address (no hashing of
    /// the text: the hot dunder lookups use this).
    pub interned_static: RefCell<HashMap<usize, ObjRef, std::hash::BuildHasherDefault<FnvHasher>>>,
    interned_static_cache: RefCell<Vec<Option<(usize, ObjRef)>>>,
    pub native_modules: RefCell<HashMap<String, ModuleInit>>,
    /// Modules written in Python and embedded in the binary: name → (source, is_package).
    pub frozen_modules: RefCell<HashMap<String, (&'static str, bool)>>,
    pub options: RefCell<Options>,
    /// Objects native modules keep for themselves (their classes, say), by a name of their own;
    /// shared by every thread, like the rest of the context.
    pub native_state: RefCell<HashMap<&'static str, Value>>,
}

impl Context {
    pub fn new() -> Context {
        let (type_, object) = bootstrap();
        let types = Types::build(type_, object);
        let not_implemented = Value::Obj(PyObject::new(types.not_implemented_type.clone(), Payload::NotImplemented));
        let ellipsis = Value::Obj(PyObject::new(types.ellipsis_type.clone(), Payload::Ellipsis));
        let empty_tuple = PyObject::new(types.tuple.clone(), Payload::Tuple(Box::new([])));
        let empty_str = PyObject::new(types.str.clone(), Payload::Str(PyStr::new("")));
        let ctx = Context {
            exceptions: HashMap::new(),
            not_implemented,
            ellipsis,
            empty_tuple,
            empty_str,
            latin1_chars: (0u8..=255).map(|b| PyObject::new(types.str.clone(), Payload::Str(PyStr::new((b as char).to_string())))).collect(),
            interned: RefCell::new(HashMap::default()),
            interned_static: RefCell::new(HashMap::default()),
            interned_static_cache: RefCell::new(vec![None; STATIC_INTERN_SLOTS]),
            native_modules: RefCell::new(HashMap::new()),
            frozen_modules: RefCell::new(HashMap::new()),
            native_state: RefCell::new(HashMap::new()),
            options: RefCell::new(Options::default()),
            types,
        };
        let mut ctx = ctx;
        ctx.exceptions = crate::exceptions::build_hierarchy(&ctx);
        crate::builtins::register_type_methods(&ctx);
        ctx
    }

    /// The str of the one character `c` (shared for U+0000..U+00FF).
    #[inline]
    pub fn char_str(&self, c: char) -> ObjRef {
        match self.latin1_chars.get(c as usize) {
            Some(o) => o.clone(),
            None => self.new_str(c.to_string()),
        }
    }

    /// The interned str object for `s` (names in code objects and attribute keys are interned,
    /// so dict lookups by name usually succeed on pointer equality).
    pub fn intern(&self, s: &str) -> ObjRef {
        if let Some(o) = self.interned.borrow().get(s) {
            return o.clone();
        }
        let o = PyObject::new(self.types.str.clone(), Payload::Str(PyStr::new(s)));
        self.interned.borrow_mut().insert(s.into(), o.clone());
        o
    }

    /// `intern` for string literals: looked up by the literal's address in a direct-mapped
    /// cache, so the hot dunder lookups never hash text.
    #[inline]
    pub fn intern_static(&self, s: &'static str) -> ObjRef {
        let key = s.as_ptr() as usize ^ (s.len() << 48);
        let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) & (STATIC_INTERN_SLOTS - 1);
        if let Some((k, o)) = &self.interned_static_cache.borrow()[slot] {
            if *k == key {
                return o.clone();
            }
        }
        let o = match self.interned_static.borrow().get(&key) {
            Some(o) => o.clone(),
            None => self.intern(s),
        };
        self.interned_static.borrow_mut().insert(key, o.clone());
        self.interned_static_cache.borrow_mut()[slot] = Some((key, o.clone()));
        o
    }

    pub fn new_str(&self, s: impl Into<Box<str>>) -> ObjRef {
        PyObject::new(self.types.str.clone(), Payload::Str(PyStr::new(s)))
    }

    /// A native function object.
    pub fn new_builtin(&self, name: &'static str, owner: &'static str, func: NativeFn, is_method: bool) -> ObjRef {
        let class = if is_method { self.types.method_descriptor.clone() } else { self.types.builtin_function.clone() };
        PyObject::new(class, Payload::Builtin(BuiltinFunction { name, func, owner, is_method, receiver: None }))
    }

    /// Sets an attribute in a builtin type's namespace (bootstrap only: keys are str).
    pub fn set_type_attr(&self, ty: &ObjRef, name: &str, value: Value) {
        let key = self.intern(name);
        let hash = match &key.payload {
            Payload::Str(s) => s.hash(),
            _ => unreachable!("interned keys are str"),
        };
        let data = ty.type_data().expect("a type");
        let mut attrs = data.attrs.borrow_mut();
        match attrs.lookup(hash, &Value::Obj(key.clone()), crate::ops::hash::fast_eq) {
            crate::object::table::Lookup::Found(i) => attrs.set_value(i, value),
            _ => attrs.insert_new(hash, Value::Obj(key), value),
        }
        data.version.set(crate::object::next_version());
    }

    /// Registers native methods on a builtin type.
    pub fn add_methods(&self, ty: &ObjRef, owner: &'static str, methods: &[(&'static str, NativeFn)]) {
        for (name, func) in methods {
            let f = self.new_builtin(name, owner, *func, true);
            self.set_type_attr(ty, name, Value::Obj(f));
        }
    }

    pub fn exc(&self, name: &str) -> ObjRef {
        self.exceptions.get(name).cloned().unwrap_or_else(|| panic!("unknown builtin exception {name}"))
    }
}

impl Default for Context {
    fn default() -> Self {
        Self::new()
    }
}
