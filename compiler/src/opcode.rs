//! The opcode table: the single source of truth for ferropy's instruction set.
//!
//! An instruction is one 32-bit code unit: the opcode in the low 8 bits and its argument in the
//! high 24 bits. Arguments that do not fit in 24 bits are built up by `EXTENDED_ARG` prefixes,
//! each contributing 24 more high bits. Jump arguments are absolute instruction indices (not
//! byte offsets), so the loop never has to scale them.
//!
//! Every opcode is declared exactly once, in the `opcodes!` invocation below, with its number,
//! its CPython-style name, whether it takes an argument, and a doc line in stack-effect notation:
//! `NAME arg: (inputs -- outputs)`. Names, `has_arg` and the disassembler's spelling derive from
//! that one list; the stack effect lives in `stack_effect`, an exhaustive match the compiler
//! checks against at every emission. The numbers are part of the `.pyc` format: renumbering
//! means bumping the magic number in `pyc.rs`.
//!
//! Exception handling uses a block stack, as CPython did up to 3.10: `SETUP_FINALLY` pushes a
//! handler with the current value-stack depth; when an exception unwinds to it, the value stack
//! is cut back to that depth and the exception is pushed. Handlers are ordinary code.

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident = $num:literal, $arg:ident; )*) => {
        /// One ferropy opcode. See the module docs for the encoding.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(non_camel_case_types)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name = $num, )*
        }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// The name the disassembler prints (CPython's where the meaning is the same).
            pub const fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            /// Whether the argument bits mean anything.
            pub const fn has_arg(self) -> bool {
                match self { $(Opcode::$name => opcodes!(@arg $arg),)* }
            }

            /// Decode an opcode byte; `None` for a byte no opcode uses.
            pub const fn from_u8(byte: u8) -> Option<Opcode> {
                match byte { $($num => Some(Opcode::$name),)* _ => None }
            }
        }
    };
    (@arg arg) => { true };
    (@arg none) => { false };
}

opcodes! {
    // ===== Stack and constants =====
    /// NOP: ( -- )
    NOP = 0, none;
    /// POP_TOP: (value -- )
    POP_TOP = 1, none;
    /// COPY n: (x ... -- x ... x), copies the n-th item from the top (1 = top)
    COPY = 2, arg;
    /// SWAP n: swaps the top with the n-th item from the top
    SWAP = 3, arg;
    /// LOAD_CONST i: ( -- co_consts[i])
    LOAD_CONST = 4, arg;
    /// PUSH_NULL: ( -- NULL), marks "no self" below a callable
    PUSH_NULL = 5, none;
    /// EXTENDED_ARG bits: prefixes the next instruction's argument with 24 more high bits
    EXTENDED_ARG = 6, arg;

    // ===== Names =====
    /// LOAD_FAST i: ( -- local i), UnboundLocalError if unset
    LOAD_FAST = 10, arg;
    /// STORE_FAST i: (value -- )
    STORE_FAST = 11, arg;
    /// DELETE_FAST i: ( -- )
    DELETE_FAST = 12, arg;
    /// LOAD_DEREF i: ( -- contents of cell i)
    LOAD_DEREF = 13, arg;
    /// STORE_DEREF i: (value -- )
    STORE_DEREF = 14, arg;
    /// DELETE_DEREF i: ( -- )
    DELETE_DEREF = 15, arg;
    /// LOAD_CLOSURE i: ( -- cell i itself)
    LOAD_CLOSURE = 16, arg;
    /// LOAD_CLASSDEREF i: ( -- value), class body: locals mapping first, then cell i
    LOAD_CLASSDEREF = 17, arg;
    /// LOAD_NAME i: ( -- value), locals, globals, builtins
    LOAD_NAME = 18, arg;
    /// STORE_NAME i: (value -- )
    STORE_NAME = 19, arg;
    /// DELETE_NAME i: ( -- )
    DELETE_NAME = 20, arg;
    /// LOAD_GLOBAL i: ( -- value), globals then builtins
    LOAD_GLOBAL = 21, arg;
    /// STORE_GLOBAL i: (value -- )
    STORE_GLOBAL = 22, arg;
    /// DELETE_GLOBAL i: ( -- )
    DELETE_GLOBAL = 23, arg;
    /// LOAD_ATTR i: (obj -- obj.names[i])
    LOAD_ATTR = 24, arg;
    /// STORE_ATTR i: (value obj -- )
    STORE_ATTR = 25, arg;
    /// DELETE_ATTR i: (obj -- )
    DELETE_ATTR = 26, arg;
    /// LOAD_METHOD i: (obj -- callable self_or_NULL)
    LOAD_METHOD = 27, arg;

    // ===== Operators =====
    /// UNARY_POSITIVE: (value -- +value)
    UNARY_POSITIVE = 30, none;
    /// UNARY_NEGATIVE: (value -- -value)
    UNARY_NEGATIVE = 31, none;
    /// UNARY_NOT: (value -- not value)
    UNARY_NOT = 32, none;
    /// UNARY_INVERT: (value -- ~value)
    UNARY_INVERT = 33, none;
    /// BINARY_OP op: (lhs rhs -- result), op is a `BinaryOp` (in-place forms included)
    BINARY_OP = 34, arg;
    /// COMPARE_OP op: (lhs rhs -- result), op is a `CompareOp`
    COMPARE_OP = 35, arg;
    /// IS_OP invert: (lhs rhs -- bool)
    IS_OP = 36, arg;
    /// CONTAINS_OP invert: (item container -- bool)
    CONTAINS_OP = 37, arg;
    /// BINARY_SUBSCR: (container key -- container[key])
    BINARY_SUBSCR = 38, none;
    /// STORE_SUBSCR: (value container key -- )
    STORE_SUBSCR = 39, none;
    /// DELETE_SUBSCR: (container key -- )
    DELETE_SUBSCR = 40, none;

    // ===== Building =====
    /// BUILD_TUPLE n: (items*n -- tuple)
    BUILD_TUPLE = 45, arg;
    /// BUILD_LIST n: (items*n -- list)
    BUILD_LIST = 46, arg;
    /// BUILD_SET n: (items*n -- set)
    BUILD_SET = 47, arg;
    /// BUILD_MAP n: (key value * n -- dict)
    BUILD_MAP = 48, arg;
    /// BUILD_CONST_KEY_MAP n: (values*n keys_tuple -- dict)
    BUILD_CONST_KEY_MAP = 49, arg;
    /// BUILD_STRING n: (strs*n -- str)
    BUILD_STRING = 50, arg;
    /// BUILD_SLICE n: (start stop [step] -- slice), n is 2 or 3
    BUILD_SLICE = 51, arg;
    /// LIST_APPEND i: (list ... item -- list ...), list is i items below item
    LIST_APPEND = 52, arg;
    /// SET_ADD i: (set ... item -- set ...)
    SET_ADD = 53, arg;
    /// MAP_ADD i: (dict ... key value -- dict ...)
    MAP_ADD = 54, arg;
    /// LIST_EXTEND i: (list ... iterable -- list ...)
    LIST_EXTEND = 55, arg;
    /// SET_UPDATE i: (set ... iterable -- set ...)
    SET_UPDATE = 56, arg;
    /// DICT_UPDATE i: (dict ... mapping -- dict ...)
    DICT_UPDATE = 57, arg;
    /// DICT_MERGE i: (dict ... mapping -- dict ...), duplicate keys are a TypeError (calls)
    DICT_MERGE = 58, arg;
    /// LIST_TO_TUPLE: (list -- tuple)
    LIST_TO_TUPLE = 59, none;
    /// UNPACK_SEQUENCE n: (seq -- items*n), the first item ends on top
    UNPACK_SEQUENCE = 60, arg;
    /// UNPACK_EX before|after<<8: (seq -- items), with a starred list in the middle
    UNPACK_EX = 61, arg;
    /// FORMAT_VALUE flags: (value [spec] -- str), flags&3: 0 none, 1 str, 2 repr, 3 ascii; flags&4: spec present
    FORMAT_VALUE = 62, arg;

    // ===== Jumps and iteration (targets are absolute instruction indices) =====
    /// JUMP_FORWARD target: ( -- )
    JUMP_FORWARD = 70, arg;
    /// JUMP_BACKWARD target: ( -- ), polls the eval breaker
    JUMP_BACKWARD = 71, arg;
    /// POP_JUMP_IF_FALSE target: (cond -- )
    POP_JUMP_IF_FALSE = 72, arg;
    /// POP_JUMP_IF_TRUE target: (cond -- )
    POP_JUMP_IF_TRUE = 73, arg;
    /// JUMP_IF_FALSE_OR_POP target: (cond -- cond) if jumping, else (cond -- )
    JUMP_IF_FALSE_OR_POP = 74, arg;
    /// JUMP_IF_TRUE_OR_POP target: (cond -- cond) if jumping, else (cond -- )
    JUMP_IF_TRUE_OR_POP = 75, arg;
    /// POP_JUMP_IF_NONE target: (value -- )
    POP_JUMP_IF_NONE = 76, arg;
    /// POP_JUMP_IF_NOT_NONE target: (value -- )
    POP_JUMP_IF_NOT_NONE = 77, arg;
    /// GET_ITER: (iterable -- iterator)
    GET_ITER = 78, none;
    /// FOR_ITER target: (iter -- iter next), or pops iter and jumps when exhausted
    FOR_ITER = 79, arg;

    // ===== Calls and functions =====
    /// CALL argc: (callable self_or_NULL args*argc -- result)
    CALL = 80, arg;
    /// CALL_KW argc: (callable self_or_NULL args*argc kwnames -- result), last len(kwnames) args are keywords
    CALL_KW = 81, arg;
    /// CALL_FUNCTION_EX has_kwargs: (callable NULL args_tuple [kwargs_dict] -- result)
    CALL_FUNCTION_EX = 82, arg;
    /// MAKE_FUNCTION flags: ([defaults] [kwdefaults] [annotations] [closure] code -- function), flags 1/2/4/8
    MAKE_FUNCTION = 83, arg;
    /// RETURN_VALUE: (value -- ), returns from the frame
    RETURN_VALUE = 84, none;
    /// LOAD_BUILD_CLASS: ( -- builtins.__build_class__)
    LOAD_BUILD_CLASS = 85, none;

    // ===== Generators =====
    /// YIELD_VALUE: (value -- sent), suspends the frame
    YIELD_VALUE = 90, none;
    /// GET_YIELD_FROM_ITER: (iterable -- iterator)
    GET_YIELD_FROM_ITER = 91, none;
    /// SEND target: (iter value -- iter result), or (iter value -- return_value) and jump when the iterator returns
    SEND = 92, arg;

    // ===== Coroutines and exception groups (140-159) =====
    /// GET_AWAITABLE where: (obj -- iter), the iterator `await obj` drives; where 1/2 words errors for `__aenter__`/`__aexit__`
    GET_AWAITABLE = 140, arg;
    /// GET_AITER: (obj -- aiter), `obj.__aiter__()` for `async for`
    GET_AITER = 141, none;
    /// GET_ANEXT: (aiter -- aiter awaitable), the awaitable of `aiter.__anext__()`
    GET_ANEXT = 142, none;
    /// END_ASYNC_FOR: (aiter exc -- ), ends the loop on StopAsyncIteration, else re-raises exc
    END_ASYNC_FOR = 143, none;
    /// BEFORE_ASYNC_WITH: (manager -- aexit aenter_awaitable)
    BEFORE_ASYNC_WITH = 144, none;
    /// ASYNC_GEN_WRAP: (value -- wrapped), marks a value an async generator yields to its consumer
    ASYNC_GEN_WRAP = 145, none;
    /// CHECK_EG_MATCH: (exc type -- rest match), splits exc for `except* type`; match is None when nothing matched
    CHECK_EG_MATCH = 146, none;
    /// PREP_RERAISE_STAR: (orig raised_list -- exc), what leaves a `try`/`except*`: None, or the group to raise
    PREP_RERAISE_STAR = 147, none;

    // ===== Exceptions and with =====
    /// SETUP_FINALLY target: ( -- ), pushes a handler block at the current stack depth
    SETUP_FINALLY = 100, arg;
    /// POP_BLOCK: ( -- ), pops the innermost handler block
    POP_BLOCK = 101, none;
    /// PUSH_EXC_INFO: (exc -- prev_exc exc), exc becomes the exception being handled
    PUSH_EXC_INFO = 102, none;
    /// POP_EXCEPT: (prev_exc -- ), restores the exception being handled
    POP_EXCEPT = 103, none;
    /// CHECK_EXC_MATCH: (exc type -- exc bool)
    CHECK_EXC_MATCH = 104, none;
    /// RERAISE: (exc -- exc), raises exc again without a new traceback entry (unwinding cuts
    /// the stack back to the handler's level, so leaving exc in place costs nothing)
    RERAISE = 105, none;
    /// RAISE_VARARGS n: (exc [cause] -- ), n = 0 re-raises the exception being handled
    RAISE_VARARGS = 106, arg;
    /// BEFORE_WITH: (manager -- exit enter_result)
    BEFORE_WITH = 107, none;
    /// WITH_EXCEPT_START: (exit prev_exc exc -- exit prev_exc exc result), calls exit(type, exc, tb)
    WITH_EXCEPT_START = 108, none;
    /// SETUP_CLEANUP target: ( -- ), like SETUP_FINALLY but the block's depth excludes the top
    /// item (the result of `__enter__` about to be stored, or the exception a handler is
    /// matching), so the handler finds exactly what lies below it
    SETUP_CLEANUP = 114, arg;
    /// LOAD_ASSERTION_ERROR: ( -- AssertionError)
    LOAD_ASSERTION_ERROR = 109, none;

    // ===== Modules and classes =====
    /// IMPORT_NAME i: (level fromlist -- module)
    IMPORT_NAME = 110, arg;
    /// IMPORT_FROM i: (module -- module attr)
    IMPORT_FROM = 111, arg;
    /// IMPORT_STAR: (module -- ), copies public names into the locals
    IMPORT_STAR = 112, none;
    /// SETUP_ANNOTATIONS: ( -- ), creates __annotations__ in the locals if missing
    SETUP_ANNOTATIONS = 113, none;

    // ===== Pattern matching (the match statement) =====
    /// MATCH_MAPPING: (subject -- subject bool), whether type(subject) is a mapping for `match`
    MATCH_MAPPING = 120, none;
    /// MATCH_SEQUENCE: (subject -- subject bool), whether type(subject) is a sequence for `match`
    MATCH_SEQUENCE = 121, none;
    /// MATCH_KEYS: (subject keys -- subject keys values), values: a tuple of subject.get(key) for each key, or None if one is missing
    MATCH_KEYS = 122, none;
    /// MATCH_CLASS count: (subject cls names -- attrs), attrs: a tuple of count positional then len(names) keyword attributes, or None if subject does not match
    MATCH_CLASS = 123, arg;
    /// GET_LEN: (obj -- obj len(obj))
    GET_LEN = 124, none;
    /// COPY_DICT_WITHOUT_KEYS: (subject keys -- rest), rest: a new dict of subject's items whose keys are not in keys
    COPY_DICT_WITHOUT_KEYS = 125, none;

}

/// What an instruction's argument means: which table it indexes, or that it is a jump target,
/// a count or a set of flags. The disassembler names operands by it; the verifier checks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// No argument.
    Unused,
    /// An index into `co_consts`.
    Const,
    /// An index into `co_varnames`.
    Local,
    /// An index into `co_cellvars` followed by `co_freevars`.
    Cell,
    /// An index into `co_names`.
    Name,
    /// An absolute instruction index.
    Jump,
    /// A count, a depth or flags, checked by the stack analysis or the opcode itself.
    Count,
    /// A `BINARY_OP` operator.
    BinaryOperator,
    /// A `COMPARE_OP` comparison.
    Comparison,
}

impl Opcode {
    /// What the argument of this opcode refers to.
    pub const fn operand(self) -> Operand {
        use Opcode::*;
        match self {
            LOAD_CONST => Operand::Const,
            LOAD_FAST | STORE_FAST | DELETE_FAST => Operand::Local,
            LOAD_DEREF | STORE_DEREF | DELETE_DEREF | LOAD_CLOSURE | LOAD_CLASSDEREF => Operand::Cell,
            LOAD_NAME | STORE_NAME | DELETE_NAME | LOAD_GLOBAL | STORE_GLOBAL | DELETE_GLOBAL | LOAD_ATTR
            | STORE_ATTR | DELETE_ATTR | LOAD_METHOD | IMPORT_NAME | IMPORT_FROM => Operand::Name,
            JUMP_FORWARD | JUMP_BACKWARD | POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | JUMP_IF_FALSE_OR_POP
            | JUMP_IF_TRUE_OR_POP | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE | FOR_ITER | SEND | SETUP_FINALLY
            | SETUP_CLEANUP => Operand::Jump,
            BINARY_OP => Operand::BinaryOperator,
            COMPARE_OP => Operand::Comparison,
            _ if self.has_arg() => Operand::Count,
            _ => Operand::Unused,
        }
    }

    /// Whether control never falls through to the next instruction.
    pub const fn is_terminator(self) -> bool {
        matches!(self, Opcode::RETURN_VALUE | Opcode::RAISE_VARARGS | Opcode::RERAISE | Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD)
    }

    /// How many values the instruction reads from the top of the stack (popped or only
    /// looked at); the stack must be at least this deep when it runs.
    pub const fn stack_inputs(self, arg: u32) -> i32 {
        use Opcode::*;
        let n = arg as i32;
        match self {
            NOP | EXTENDED_ARG | LOAD_CONST | PUSH_NULL | LOAD_FAST | DELETE_FAST | LOAD_DEREF
            | DELETE_DEREF | LOAD_CLOSURE | LOAD_CLASSDEREF | LOAD_NAME | DELETE_NAME | LOAD_GLOBAL
            | DELETE_GLOBAL | JUMP_FORWARD | JUMP_BACKWARD | LOAD_BUILD_CLASS | SETUP_FINALLY
            | POP_BLOCK | SETUP_CLEANUP | LOAD_ASSERTION_ERROR | SETUP_ANNOTATIONS => 0,
            GET_AWAITABLE | GET_AITER | GET_ANEXT | BEFORE_ASYNC_WITH | ASYNC_GEN_WRAP => 1,
            END_ASYNC_FOR | CHECK_EG_MATCH | PREP_RERAISE_STAR => 2,
            POP_TOP | STORE_FAST | STORE_DEREF | STORE_NAME | STORE_GLOBAL | LOAD_ATTR | DELETE_ATTR
            | LOAD_METHOD | UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_NOT | UNARY_INVERT | LIST_TO_TUPLE
            | UNPACK_SEQUENCE | UNPACK_EX | POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | JUMP_IF_FALSE_OR_POP
            | JUMP_IF_TRUE_OR_POP | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE | GET_ITER | FOR_ITER
            | RETURN_VALUE | YIELD_VALUE | GET_YIELD_FROM_ITER | PUSH_EXC_INFO | POP_EXCEPT | RERAISE
            | BEFORE_WITH | IMPORT_FROM | IMPORT_STAR => 1,
            STORE_ATTR | BINARY_OP | COMPARE_OP | IS_OP | CONTAINS_OP | BINARY_SUBSCR | DELETE_SUBSCR
            | SEND | CHECK_EXC_MATCH | IMPORT_NAME => 2,
            STORE_SUBSCR | WITH_EXCEPT_START => 3,
            MATCH_MAPPING | MATCH_SEQUENCE | GET_LEN => 1,
            MATCH_KEYS | COPY_DICT_WITHOUT_KEYS => 2,
            MATCH_CLASS => 3,
            COPY | SWAP | BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING | BUILD_SLICE | RAISE_VARARGS => n,
            BUILD_MAP => 2 * n,
            BUILD_CONST_KEY_MAP | LIST_APPEND | SET_ADD | LIST_EXTEND | SET_UPDATE | DICT_UPDATE => n + 1,
            MAP_ADD | CALL => n + 2,
            CALL_KW => n + 3,
            DICT_MERGE => n + 4,
            CALL_FUNCTION_EX => 3 + (n & 1),
            MAKE_FUNCTION => 1 + (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1),
            FORMAT_VALUE => 1 + ((n >> 2) & 1),
        }
    }
    /// Net change of the value-stack depth (`jump` selects the branch-taken effect).
    pub const fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        use Opcode::*;
        let n = arg as i32;
        match self {
            NOP | EXTENDED_ARG | SWAP | DELETE_FAST | DELETE_DEREF | DELETE_NAME
            | DELETE_GLOBAL | SETUP_ANNOTATIONS | POP_BLOCK | JUMP_FORWARD | JUMP_BACKWARD
            | UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_NOT | UNARY_INVERT | GET_ITER
            | LIST_TO_TUPLE | YIELD_VALUE | RERAISE | GET_YIELD_FROM_ITER => 0,
            POP_TOP | STORE_FAST | STORE_DEREF | STORE_NAME | STORE_GLOBAL | DELETE_ATTR
            | POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE
            | BINARY_OP | COMPARE_OP | IS_OP | CONTAINS_OP | BINARY_SUBSCR | LIST_APPEND
            | SET_ADD | LIST_EXTEND | SET_UPDATE | DICT_UPDATE | DICT_MERGE | RETURN_VALUE
            | POP_EXCEPT | IMPORT_NAME | IMPORT_STAR => -1,
            COPY | LOAD_CONST | PUSH_NULL | LOAD_FAST | LOAD_DEREF | LOAD_CLOSURE
            | LOAD_CLASSDEREF | LOAD_NAME | LOAD_GLOBAL | LOAD_BUILD_CLASS | PUSH_EXC_INFO
            | BEFORE_WITH | WITH_EXCEPT_START | LOAD_ASSERTION_ERROR | IMPORT_FROM
            | LOAD_METHOD => 1,
            LOAD_ATTR | CHECK_EXC_MATCH => 0,
            GET_AWAITABLE | GET_AITER | ASYNC_GEN_WRAP | CHECK_EG_MATCH => 0,
            GET_ANEXT | BEFORE_ASYNC_WITH => 1,
            PREP_RERAISE_STAR => -1,
            END_ASYNC_FOR => -2,
            STORE_ATTR | DELETE_SUBSCR | MAP_ADD => -2,
            STORE_SUBSCR => -3,
            BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => 1 - n,
            BUILD_MAP => 1 - 2 * n,
            BUILD_CONST_KEY_MAP => -n,
            BUILD_SLICE => 1 - n,
            UNPACK_SEQUENCE => n - 1,
            UNPACK_EX => (n & 0xff) + (n >> 8),
            FORMAT_VALUE => if n & 4 != 0 { -1 } else { 0 },
            JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => if jump { 0 } else { -1 },
            FOR_ITER => if jump { -1 } else { 1 },
            CALL => -1 - n,
            CALL_KW => -2 - n,
            CALL_FUNCTION_EX => -2 - (n & 1),
            MAKE_FUNCTION => -((n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1)),
            SEND => if jump { -1 } else { 0 },
            SETUP_FINALLY => if jump { 1 } else { 0 },
            SETUP_CLEANUP => 0,
            RAISE_VARARGS => -n,
            MATCH_MAPPING | MATCH_SEQUENCE | MATCH_KEYS | GET_LEN => 1,
            MATCH_CLASS => -2,
            COPY_DICT_WITHOUT_KEYS => -1,
        }
    }
}

/// The operand of `BINARY_OP`, numbered as CPython's `NB_*` constants.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatrixMultiply = 4, Multiply = 5,
    Remainder = 6, Or = 7, Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12,
}

/// `BINARY_OP` arguments at or above this are the in-place (`+=`) forms of `arg - INPLACE`.
pub const INPLACE: u32 = 13;

impl BinaryOp {
    const ALL: [BinaryOp; 13] = [
        BinaryOp::Add, BinaryOp::And, BinaryOp::FloorDivide, BinaryOp::LShift,
        BinaryOp::MatrixMultiply, BinaryOp::Multiply, BinaryOp::Remainder, BinaryOp::Or,
        BinaryOp::Power, BinaryOp::RShift, BinaryOp::Subtract, BinaryOp::TrueDivide, BinaryOp::Xor,
    ];

    /// Splits a `BINARY_OP` argument into the operator and whether it is the in-place form.
    pub fn decode(arg: u32) -> Option<(BinaryOp, bool)> {
        let inplace = arg >= INPLACE;
        let base = if inplace { arg - INPLACE } else { arg };
        Self::ALL.get(base as usize).map(|op| (*op, inplace))
    }

    /// The operator as written in source: `+`, `//`, `@` …
    pub const fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+", BinaryOp::And => "&", BinaryOp::FloorDivide => "//",
            BinaryOp::LShift => "<<", BinaryOp::MatrixMultiply => "@", BinaryOp::Multiply => "*",
            BinaryOp::Remainder => "%", BinaryOp::Or => "|", BinaryOp::Power => "**",
            BinaryOp::RShift => ">>", BinaryOp::Subtract => "-", BinaryOp::TrueDivide => "/",
            BinaryOp::Xor => "^",
        }
    }

    /// The dunder that implements it, e.g. `__add__`.
    pub const fn dunder(self) -> &'static str {
        match self {
            BinaryOp::Add => "__add__", BinaryOp::And => "__and__",
            BinaryOp::FloorDivide => "__floordiv__", BinaryOp::LShift => "__lshift__",
            BinaryOp::MatrixMultiply => "__matmul__", BinaryOp::Multiply => "__mul__",
            BinaryOp::Remainder => "__mod__", BinaryOp::Or => "__or__", BinaryOp::Power => "__pow__",
            BinaryOp::RShift => "__rshift__", BinaryOp::Subtract => "__sub__",
            BinaryOp::TrueDivide => "__truediv__", BinaryOp::Xor => "__xor__",
        }
    }

    /// The reflected dunder, e.g. `__radd__`.
    pub const fn reflected_dunder(self) -> &'static str {
        match self {
            BinaryOp::Add => "__radd__", BinaryOp::And => "__rand__",
            BinaryOp::FloorDivide => "__rfloordiv__", BinaryOp::LShift => "__rlshift__",
            BinaryOp::MatrixMultiply => "__rmatmul__", BinaryOp::Multiply => "__rmul__",
            BinaryOp::Remainder => "__rmod__", BinaryOp::Or => "__ror__", BinaryOp::Power => "__rpow__",
            BinaryOp::RShift => "__rrshift__", BinaryOp::Subtract => "__rsub__",
            BinaryOp::TrueDivide => "__rtruediv__", BinaryOp::Xor => "__rxor__",
        }
    }

    /// The in-place dunder, e.g. `__iadd__`.
    pub const fn inplace_dunder(self) -> &'static str {
        match self {
            BinaryOp::Add => "__iadd__", BinaryOp::And => "__iand__",
            BinaryOp::FloorDivide => "__ifloordiv__", BinaryOp::LShift => "__ilshift__",
            BinaryOp::MatrixMultiply => "__imatmul__", BinaryOp::Multiply => "__imul__",
            BinaryOp::Remainder => "__imod__", BinaryOp::Or => "__ior__", BinaryOp::Power => "__ipow__",
            BinaryOp::RShift => "__irshift__", BinaryOp::Subtract => "__isub__",
            BinaryOp::TrueDivide => "__itruediv__", BinaryOp::Xor => "__ixor__",
        }
    }
}

/// The operand of `COMPARE_OP`, numbered as CPython's `Py_LT` … `Py_GE`.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }

impl CompareOp {
    pub fn decode(arg: u32) -> Option<CompareOp> {
        [CompareOp::Lt, CompareOp::Le, CompareOp::Eq, CompareOp::Ne, CompareOp::Gt, CompareOp::Ge]
            .get(arg as usize)
            .copied()
    }
    pub const fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<", CompareOp::Le => "<=", CompareOp::Eq => "==",
            CompareOp::Ne => "!=", CompareOp::Gt => ">", CompareOp::Ge => ">=",
        }
    }
    pub const fn dunder(self) -> &'static str {
        match self {
            CompareOp::Lt => "__lt__", CompareOp::Le => "__le__", CompareOp::Eq => "__eq__",
            CompareOp::Ne => "__ne__", CompareOp::Gt => "__gt__", CompareOp::Ge => "__ge__",
        }
    }
    /// The operation with the operands swapped (`a < b` is `b > a`).
    pub const fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt, CompareOp::Le => CompareOp::Ge, CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne, CompareOp::Gt => CompareOp::Lt, CompareOp::Ge => CompareOp::Le,
        }
    }
}

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    pub op: Opcode,
    pub arg: u32,
}

impl Instruction {
    /// Packs into a code unit; the argument must fit in 24 bits (codegen emits EXTENDED_ARG first).
    pub const fn encode(op: Opcode, arg: u32) -> u32 {
        (op as u32) | ((arg & 0x00ff_ffff) << 8)
    }

    /// Unpacks a code unit; `None` for an unknown opcode byte.
    pub fn decode(unit: u32) -> Option<Instruction> {
        Opcode::from_u8(unit as u8).map(|op| Instruction { op, arg: unit >> 8 })
    }
}
