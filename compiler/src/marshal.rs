//! marshal: CPython's serialization format (version 4), with ferropy's own code objects.
//!
//! A marshal stream is one object: a type byte, then the object's payload. Plain data — None,
//! booleans, ints of any size, floats, complex numbers, str, bytes, tuples, lists, dicts, sets,
//! frozensets, Ellipsis, StopIteration — is written exactly as CPython 3.11 writes it, so either
//! implementation reads what the other wrote. Code objects use the same type code `c` but
//! ferropy's own fields (see `write_code`); the `.pyc` magic number keeps the two from meeting.
//!
//! **Back-references.** A type byte with `FLAG_REF` (0x80) set appends the object to the
//! reader's reference list; `r` + index refers back to it. CPython sets the flag on objects
//! whose reference count is above one, so where it does depends on the program; the writer
//! here leaves that decision to its caller (`new_ref`/`write_ref`), and the reader accepts any
//! placement. Containers are registered before their items are read (a list may contain
//! itself); tuples, frozensets and code objects reserve their slot and fill it when complete,
//! and a reference to a slot still being filled is invalid data.
//!
//! **Reading is generic.** `Reader::read_object` builds through a `Build` implementation: the
//! VM builds its own values (for `marshal.loads`); `ConstBuilder` builds compiler constants (for
//! `.pyc` files, where only constants can appear). Code objects are always built from
//! constants, so a builder converts its objects to constants when a code object needs them.
//!
//! **Bad data never panics and never allocates from a length field**: every length is checked
//! against the bytes that remain before anything is reserved, nesting is limited to
//! `MAX_DEPTH`, and every code object read passes the verifier before it is returned. Errors
//! carry CPython's messages (`EOF read where object expected`, `bad marshal data (…)`).

use crate::code::{CodeObject, Constant, Location};
use num_bigint::{BigInt, Sign};
use std::sync::Arc;

/// The format version `marshal.dumps` writes by default.
pub const VERSION: u32 = 4;
/// How deeply objects may nest, reading or writing (CPython's `MAX_MARSHAL_STACK_DEPTH`).
pub const MAX_DEPTH: usize = 2000;
/// Set on a type byte: remember this object for later `r` references.
pub const FLAG_REF: u8 = 0x80;

/// Type codes.
pub mod tc {
    pub const NULL: u8 = b'0';
    pub const NONE: u8 = b'N';
    pub const FALSE: u8 = b'F';
    pub const TRUE: u8 = b'T';
    pub const STOPITER: u8 = b'S';
    pub const ELLIPSIS: u8 = b'.';
    pub const INT: u8 = b'i';
    pub const INT64: u8 = b'I';
    pub const FLOAT: u8 = b'f';
    pub const BINARY_FLOAT: u8 = b'g';
    pub const COMPLEX: u8 = b'x';
    pub const BINARY_COMPLEX: u8 = b'y';
    pub const LONG: u8 = b'l';
    pub const STRING: u8 = b's';
    pub const INTERNED: u8 = b't';
    pub const REF: u8 = b'r';
    pub const TUPLE: u8 = b'(';
    pub const LIST: u8 = b'[';
    pub const DICT: u8 = b'{';
    pub const CODE: u8 = b'c';
    pub const UNICODE: u8 = b'u';
    pub const SET: u8 = b'<';
    pub const FROZENSET: u8 = b'>';
    pub const ASCII: u8 = b'a';
    pub const ASCII_INTERNED: u8 = b'A';
    pub const SMALL_TUPLE: u8 = b')';
    pub const SHORT_ASCII: u8 = b'z';
    pub const SHORT_ASCII_INTERNED: u8 = b'Z';
}

/// The sequence kinds that share the "type byte, count, items" shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seq {
    Tuple,
    List,
    Set,
    FrozenSet,
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/// Appends marshal data to a buffer. Callers walk their objects and call one method per
/// object; the writer knows the encodings, the caller knows identity and reference counts.
pub struct Writer {
    pub buf: Vec<u8>,
    pub version: u32,
    next_ref: u32,
    /// Strings already written inside code objects, by the hash of their text (a hash already
    /// taken by another text puts the string in `colliding`).
    code_strings: crate::fast_hash::FastMap<u64, WrittenString>,
    colliding: Vec<(u64, WrittenString)>,
}

/// A string written inside a code object: its reference index and where its text lies in the
/// buffer (compared with a string looked up, so a shared hash is never taken for equality).
#[derive(Clone, Copy)]
struct WrittenString {
    index: u32,
    at: usize,
    len: usize,
}

impl Writer {
    pub fn new(version: u32) -> Writer {
        Writer { buf: Vec::with_capacity(256), version, next_ref: 0, code_strings: Default::default(), colliding: Vec::new() }
    }

    /// Whether this version can write back-references at all.
    pub fn uses_refs(&self) -> bool {
        self.version >= 3
    }

    /// Claims the next reference index for an object about to be written with `FLAG_REF`.
    pub fn new_ref(&mut self) -> u32 {
        self.next_ref += 1;
        self.next_ref - 1
    }

    pub fn write_ref(&mut self, index: u32) {
        self.buf.push(tc::REF);
        self.u32(index);
    }

    fn type_byte(&mut self, code: u8, flag: bool) {
        self.buf.push(if flag { code | FLAG_REF } else { code });
    }

    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    fn len32(&mut self, n: usize) {
        self.u32(n as u32);
    }

    pub fn none(&mut self) {
        self.buf.push(tc::NONE);
    }
    pub fn bool(&mut self, b: bool) {
        self.buf.push(if b { tc::TRUE } else { tc::FALSE });
    }
    pub fn ellipsis(&mut self) {
        self.buf.push(tc::ELLIPSIS);
    }
    pub fn stop_iteration(&mut self) {
        self.buf.push(tc::STOPITER);
    }

    /// An int: `i` when it fits in 32 bits, otherwise `l` with base-2**15 digits.
    pub fn int(&mut self, v: i64, flag: bool) {
        if let Ok(small) = i32::try_from(v) {
            self.type_byte(tc::INT, flag);
            self.buf.extend_from_slice(&small.to_le_bytes());
        } else {
            self.long_digits(v < 0, &v.unsigned_abs().to_le_bytes(), flag);
        }
    }

    pub fn bigint(&mut self, v: &BigInt, flag: bool) {
        match i64::try_from(v) {
            Ok(small) => self.int(small, flag),
            Err(_) => {
                let (sign, magnitude) = v.to_bytes_le();
                self.long_digits(sign == Sign::Minus, &magnitude, flag);
            }
        }
    }

    /// `l`: signed count of 15-bit digits, least significant first, from a little-endian
    /// magnitude.
    fn long_digits(&mut self, negative: bool, magnitude: &[u8], flag: bool) {
        let mut digits: Vec<u16> = Vec::with_capacity(magnitude.len() * 8 / 15 + 1);
        let (mut acc, mut bits) = (0u32, 0u32);
        for byte in magnitude {
            acc |= (*byte as u32) << bits;
            bits += 8;
            while bits >= 15 {
                digits.push((acc & 0x7fff) as u16);
                acc >>= 15;
                bits -= 15;
            }
        }
        if bits > 0 {
            digits.push(acc as u16);
        }
        while digits.last() == Some(&0) {
            digits.pop();
        }
        self.type_byte(tc::LONG, flag);
        let n = digits.len() as i32;
        self.buf.extend_from_slice(&(if negative { -n } else { n }).to_le_bytes());
        for d in digits {
            self.buf.extend_from_slice(&d.to_le_bytes());
        }
    }

    /// A float in binary (`g`, version 2 on).
    pub fn float(&mut self, v: f64, flag: bool) {
        self.type_byte(tc::BINARY_FLOAT, flag);
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// A float as text (`f`, versions 0 and 1): the caller supplies `repr(v)`.
    pub fn float_text(&mut self, repr: &str, flag: bool) {
        self.type_byte(tc::FLOAT, flag);
        self.short_text(repr);
    }

    fn short_text(&mut self, text: &str) {
        let n = text.len().min(255);
        self.buf.push(n as u8);
        self.buf.extend_from_slice(&text.as_bytes()[..n]);
    }

    pub fn complex(&mut self, re: f64, im: f64, flag: bool) {
        self.type_byte(tc::BINARY_COMPLEX, flag);
        self.buf.extend_from_slice(&re.to_le_bytes());
        self.buf.extend_from_slice(&im.to_le_bytes());
    }

    pub fn complex_text(&mut self, re: &str, im: &str, flag: bool) {
        self.type_byte(tc::COMPLEX, flag);
        self.short_text(re);
        self.short_text(im);
    }

    /// A str, given as UTF-8 (lone surrogates encoded as three bytes each, as CPython's
    /// `surrogatepass` does). Version 4 writes pure-ASCII text with the short codes.
    pub fn str(&mut self, utf8: &[u8], interned: bool, flag: bool) {
        if self.version >= 4 && utf8.is_ascii() {
            if utf8.len() < 256 {
                self.type_byte(if interned { tc::SHORT_ASCII_INTERNED } else { tc::SHORT_ASCII }, flag);
                self.buf.push(utf8.len() as u8);
            } else {
                self.type_byte(if interned { tc::ASCII_INTERNED } else { tc::ASCII }, flag);
                self.len32(utf8.len());
            }
        } else {
            // Interned text gets its own code only from version 3 on.
            let interned = interned && self.version >= 3;
            self.type_byte(if interned { tc::INTERNED } else { tc::UNICODE }, flag);
            self.len32(utf8.len());
        }
        self.buf.extend_from_slice(utf8);
    }

    pub fn bytes(&mut self, b: &[u8], flag: bool) {
        self.type_byte(tc::STRING, flag);
        self.len32(b.len());
        self.buf.extend_from_slice(b);
    }

    /// The header of a tuple, list, set or frozenset of `n` items; the items follow.
    pub fn seq_header(&mut self, kind: Seq, n: usize, flag: bool) {
        match kind {
            Seq::Tuple if self.version >= 4 && n < 256 => {
                self.type_byte(tc::SMALL_TUPLE, flag);
                self.buf.push(n as u8);
                return;
            }
            Seq::Tuple => self.type_byte(tc::TUPLE, flag),
            Seq::List => self.type_byte(tc::LIST, flag),
            Seq::Set => self.type_byte(tc::SET, flag),
            Seq::FrozenSet => self.type_byte(tc::FROZENSET, flag),
        }
        self.len32(n);
    }

    /// A dict is its key/value pairs between `dict_start` and `dict_end`.
    pub fn dict_start(&mut self, flag: bool) {
        self.type_byte(tc::DICT, flag);
    }
    pub fn dict_end(&mut self) {
        self.buf.push(tc::NULL);
    }

    /// A compiler constant.
    pub fn constant(&mut self, c: &Constant) {
        match c {
            Constant::None => self.none(),
            Constant::Bool(b) => self.bool(*b),
            Constant::Ellipsis => self.ellipsis(),
            Constant::Int(i) => self.bigint(i, false),
            Constant::Float(f) => self.float(*f, false),
            Constant::Complex { re, im } => self.complex(*re, *im, false),
            Constant::Str(s) => self.code_string(s),
            Constant::Bytes(b) => self.bytes(b, false),
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                let kind = if matches!(c, Constant::Tuple(_)) { Seq::Tuple } else { Seq::FrozenSet };
                self.seq_header(kind, items.len(), false);
                items.iter().for_each(|item| self.constant(item));
            }
            Constant::Code(code) => self.code(code, false),
        }
    }

    /// Strings inside code objects (names, constants, file names) repeat a lot: each distinct
    /// one is written once, flagged, and referred back to afterwards.
    fn code_string(&mut self, s: &str) {
        let hash = {
            use std::hash::Hasher;
            let mut h = crate::fast_hash::FxHasher::default();
            h.write(s.as_bytes());
            h.finish()
        };
        if let Some(index) = self.written_string(hash, s) {
            self.write_ref(index);
            return;
        }
        let index = self.new_ref();
        self.str(s.as_bytes(), true, true);
        let written = WrittenString { index, at: self.buf.len() - s.len(), len: s.len() };
        match self.code_strings.entry(hash) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(written);
            }
            std::collections::hash_map::Entry::Occupied(_) => self.colliding.push((hash, written)),
        }
    }

    /// The reference index of a string already written inside a code object.
    fn written_string(&self, hash: u64, s: &str) -> Option<u32> {
        let same = |w: &WrittenString| self.buf[w.at..w.at + w.len] == *s.as_bytes();
        let first = self.code_strings.get(&hash)?;
        if same(first) {
            return Some(first.index);
        }
        self.colliding.iter().find(|(h, w)| *h == hash && same(w)).map(|(_, w)| w.index)
    }

    /// Instructions as little-endian u32s, written in one pass over a buffer grown once.
    fn code_units(&mut self, units: &[u32]) {
        let start = self.buf.len();
        self.buf.resize(start + units.len() * 4, 0);
        for (bytes, unit) in self.buf[start..].chunks_exact_mut(4).zip(units) {
            bytes.copy_from_slice(&unit.to_le_bytes());
        }
    }

    fn code_strings_tuple(&mut self, items: &[String]) {
        self.seq_header(Seq::Tuple, items.len(), false);
        items.iter().for_each(|s| self.code_string(s));
    }

    /// A code object, in ferropy's layout: `c`, six raw u32 words (argcount, posonlyargcount,
    /// kwonlyargcount, stacksize, flags, firstlineno), then the objects code (bytes of
    /// little-endian u32 units), consts, names, varnames, cellvars, freevars (tuples),
    /// filename, name, qualname (str) and the location table (bytes, see `encode_locations`).
    pub fn code(&mut self, code: &CodeObject, flag: bool) {
        self.type_byte(tc::CODE, flag);
        for word in [code.argcount, code.posonlyargcount, code.kwonlyargcount, code.stacksize, code.flags, code.firstlineno] {
            self.u32(word);
        }
        self.buf.push(tc::STRING);
        self.len32(code.code.len() * 4);
        self.code_units(&code.code);
        self.seq_header(Seq::Tuple, code.consts.len(), false);
        code.consts.iter().for_each(|c| self.constant(c));
        for names in [&code.names, &code.varnames, &code.cellvars, &code.freevars] {
            self.code_strings_tuple(names);
        }
        for s in [&code.filename, &code.name, &code.qualname] {
            self.code_string(s);
        }
        self.location_table(&code.locations);
    }

    /// The location table as a bytes object, encoded straight into the buffer.
    fn location_table(&mut self, locations: &[Location]) {
        self.type_byte(tc::STRING, false);
        let len_at = self.buf.len();
        self.len32(0);
        encode_locations_into(&mut self.buf, locations);
        let len = (self.buf.len() - len_at - 4) as u32;
        self.buf[len_at..len_at + 4].copy_from_slice(&len.to_le_bytes());
    }
}

/// Serializes a code object (the payload of a `.pyc` file after its header).
pub fn dumps_code(code: &CodeObject) -> Vec<u8> {
    dumps_code_after(&[], code, 0)
}

/// Serializes a code object after `prefix` (a `.pyc` header), in one buffer. `size_hint` is
/// the likely size of the result (the buffer then grows rarely, if at all).
pub fn dumps_code_after(prefix: &[u8], code: &CodeObject, size_hint: usize) -> Vec<u8> {
    let mut w = Writer::new(VERSION);
    w.buf.reserve(size_hint);
    w.buf.extend_from_slice(prefix);
    w.code(code, false);
    w.buf
}

fn push_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(v: i64) -> u32 {
    ((v << 1) ^ (v >> 63)) as u32
}

fn unzigzag(v: u32) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

/// The location table: per entry, five varints — the instruction index as a delta from the
/// previous entry's, the line as a zigzag delta from the previous line, the end line as a
/// zigzag delta from the line, the column and the end column.
pub fn encode_locations(locations: &[Location]) -> Vec<u8> {
    let mut out = Vec::with_capacity(locations.len() * 5);
    encode_locations_into(&mut out, locations);
    out
}

fn encode_locations_into(out: &mut Vec<u8>, locations: &[Location]) {
    out.reserve(locations.len() * 5);
    let (mut start, mut line) = (0u32, 0i64);
    for l in locations {
        push_varint(out, l.start.wrapping_sub(start));
        push_varint(out, zigzag(l.line as i64 - line));
        push_varint(out, zigzag(l.end_line as i64 - l.line as i64));
        push_varint(out, l.col);
        push_varint(out, l.end_col);
        start = l.start;
        line = l.line as i64;
    }
}

fn read_varint(data: &[u8], pos: &mut usize) -> Option<u32> {
    let mut v: u64 = 0;
    for shift in (0..35).step_by(7) {
        let byte = *data.get(*pos)?;
        *pos += 1;
        v |= ((byte & 0x7f) as u64) << shift;
        if byte & 0x80 == 0 {
            return u32::try_from(v).ok();
        }
    }
    None
}

/// The inverse of `encode_locations`; `None` if the table is malformed.
fn decode_locations(data: &[u8]) -> Option<Vec<Location>> {
    let mut out = Vec::new();
    let (mut pos, mut start, mut line) = (0usize, 0u32, 0i64);
    while pos < data.len() {
        start = start.checked_add(read_varint(data, &mut pos)?)?;
        line += unzigzag(read_varint(data, &mut pos)?);
        let end_line = line + unzigzag(read_varint(data, &mut pos)?);
        let (col, end_col) = (read_varint(data, &mut pos)?, read_varint(data, &mut pos)?);
        let (line32, end32) = (u32::try_from(line).ok()?, u32::try_from(end_line).ok()?);
        out.push(Location { start, line: line32, end_line: end32, col, end_col });
    }
    Some(out)
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

/// Why reading failed, in CPython's exception classes and words.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    /// `EOFError`.
    Eof(&'static str),
    /// `ValueError`.
    Value(String),
    /// `TypeError`.
    Type(&'static str),
    /// The builder failed; it keeps its own error.
    Build,
}

impl ReadError {
    fn bad(what: &str) -> ReadError {
        ReadError::Value(format!("bad marshal data ({what})"))
    }

    /// The message, for callers that report every error the same way.
    pub fn message(&self) -> String {
        match self {
            ReadError::Eof(m) | ReadError::Type(m) => m.to_string(),
            ReadError::Value(m) => m.clone(),
            ReadError::Build => "bad marshal data".to_string(),
        }
    }
}

pub type ReadResult<T> = Result<T, ReadError>;

/// Makes objects for the reader.
pub trait Build {
    type Obj: Clone;
    fn none(&mut self) -> Self::Obj;
    fn bool(&mut self, b: bool) -> Self::Obj;
    fn ellipsis(&mut self) -> Self::Obj;
    fn stop_iteration(&mut self) -> ReadResult<Self::Obj>;
    fn int(&mut self, v: BigInt) -> Self::Obj;
    fn float(&mut self, v: f64) -> Self::Obj;
    fn complex(&mut self, re: f64, im: f64) -> ReadResult<Self::Obj>;
    /// `utf8` may hold surrogates encoded as CPython's `surrogatepass` does.
    fn str(&mut self, utf8: &[u8], interned: bool) -> ReadResult<Self::Obj>;
    fn bytes(&mut self, b: &[u8]) -> ReadResult<Self::Obj>;
    fn tuple(&mut self, items: Vec<Self::Obj>) -> ReadResult<Self::Obj>;
    fn frozenset(&mut self, items: Vec<Self::Obj>) -> ReadResult<Self::Obj>;
    /// An empty list, set or dict, filled by `add` after it is registered.
    fn new_container(&mut self, kind: Container, size_hint: usize) -> ReadResult<Self::Obj>;
    /// Appends to a list, adds to a set, or (with `value`) sets a dict item.
    fn add(&mut self, container: &Self::Obj, item: Self::Obj, value: Option<Self::Obj>) -> ReadResult<()>;
    fn code(&mut self, code: Arc<CodeObject>) -> ReadResult<Self::Obj>;
    /// The object as a compiler constant, for the fields of a code object; `None` if it cannot
    /// be one (a list, say).
    fn to_constant(&self, obj: &Self::Obj) -> Option<Constant>;
}

/// The mutable containers, built empty and then filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Container {
    List,
    Set,
    Dict,
}

/// Reads marshal data from a byte slice.
pub struct Reader<'a, B: Build> {
    data: &'a [u8],
    pos: usize,
    depth: usize,
    refs: Vec<Option<B::Obj>>,
    pub builder: B,
    /// Reading a file (`marshal.load`) rather than a bytes object: CPython words running out
    /// of data differently there.
    pub from_file: bool,
}

impl<'a, B: Build> Reader<'a, B> {
    pub fn new(data: &'a [u8], builder: B) -> Self {
        Reader { data, pos: 0, depth: 0, refs: Vec::new(), builder, from_file: false }
    }

    /// Running out of data in the middle of an object.
    fn short(&self) -> ReadError {
        ReadError::Eof(if self.from_file { "EOF read where not expected" } else { "marshal data too short" })
    }

    /// A one-byte length (after `z`, `Z`, `)`, `f`, `x`).
    fn len_byte(&mut self) -> ReadResult<usize> {
        match self.data.get(self.pos) {
            Some(b) => {
                self.pos += 1;
                Ok(*b as usize)
            }
            None => Err(ReadError::Eof("EOF read where not expected")),
        }
    }

    /// How many bytes have been consumed.
    pub fn position(&self) -> usize {
        self.pos
    }

    fn take(&mut self, n: usize) -> ReadResult<&'a [u8]> {
        if self.data.len() - self.pos < n {
            self.pos = self.data.len();
            return Err(self.short());
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn byte(&mut self) -> ReadResult<u8> {
        match self.data.get(self.pos) {
            Some(b) => {
                self.pos += 1;
                Ok(*b)
            }
            None => Err(ReadError::Eof("EOF read where object expected")),
        }
    }

    fn i32(&mut self) -> ReadResult<i32> {
        let b = self.take(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn f64(&mut self) -> ReadResult<f64> {
        let b = self.take(8)?;
        Ok(f64::from_le_bytes(b.try_into().expect("8 bytes")))
    }

    /// A length field. A negative one is bad data; one larger than the bytes that remain
    /// cannot be satisfied, and is refused before anything is reserved: for a string that is
    /// running out of data, for a container it is running out where an item was expected.
    fn length(&mut self, what: &str, container: bool) -> ReadResult<usize> {
        let n = self.i32()?;
        if n < 0 {
            return Err(ReadError::bad(&format!("{what} size out of range")));
        }
        let n = n as usize;
        // A container's items are read one by one (running out of data where an item was
        // expected); callers reserve no more than the bytes left could hold.
        if !container && n > self.data.len() - self.pos {
            return Err(self.short());
        }
        Ok(n)
    }

    fn float_text(&mut self) -> ReadResult<f64> {
        let n = self.len_byte()?;
        let text = self.take(n)?;
        let text = String::from_utf8_lossy(text);
        parse_float_text(&text).ok_or_else(|| ReadError::Value(format!("could not convert string to float: '{text}'")))
    }

    fn reserve(&mut self, flag: bool) -> Option<usize> {
        flag.then(|| {
            self.refs.push(None);
            self.refs.len() - 1
        })
    }

    fn fill(&mut self, slot: Option<usize>, obj: &B::Obj) {
        if let Some(i) = slot {
            self.refs[i] = Some(obj.clone());
        }
    }

    /// Reads one object.
    pub fn read_object(&mut self) -> ReadResult<B::Obj> {
        match self.read_maybe_null()? {
            Some(obj) => Ok(obj),
            None => Err(ReadError::Type("NULL object in marshal data for object")),
        }
    }

    /// Reads one object; `None` for the NULL type code (which ends a dict).
    fn read_maybe_null(&mut self) -> ReadResult<Option<B::Obj>> {
        let code = self.byte()?;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(ReadError::Value("recursion limit exceeded".into()));
        }
        let r = self.read_typed(code & !FLAG_REF, code & FLAG_REF != 0);
        self.depth -= 1;
        r
    }

    fn read_item(&mut self, container: &'static str) -> ReadResult<B::Obj> {
        match self.read_maybe_null()? {
            Some(obj) => Ok(obj),
            None => Err(ReadError::Type(container)),
        }
    }

    fn read_typed(&mut self, type_code: u8, flag: bool) -> ReadResult<Option<B::Obj>> {
        let obj = match type_code {
            tc::NULL => return Ok(None),
            tc::NONE => return Ok(Some(self.builder.none())),
            tc::TRUE => return Ok(Some(self.builder.bool(true))),
            tc::FALSE => return Ok(Some(self.builder.bool(false))),
            tc::ELLIPSIS => return Ok(Some(self.builder.ellipsis())),
            tc::STOPITER => return self.builder.stop_iteration().map(Some),
            tc::REF => return self.read_ref().map(Some),
            tc::INT => {
                let v = self.i32()?;
                self.builder.int(BigInt::from(v))
            }
            tc::INT64 => {
                let b = self.take(8)?;
                self.builder.int(BigInt::from(i64::from_le_bytes(b.try_into().expect("8 bytes"))))
            }
            tc::LONG => {
                let v = self.read_long()?;
                self.builder.int(v)
            }
            tc::FLOAT => {
                let v = self.float_text()?;
                self.builder.float(v)
            }
            tc::BINARY_FLOAT => {
                let v = self.f64()?;
                self.builder.float(v)
            }
            tc::COMPLEX => {
                let (re, im) = (self.float_text()?, self.float_text()?);
                self.builder.complex(re, im)?
            }
            tc::BINARY_COMPLEX => {
                let (re, im) = (self.f64()?, self.f64()?);
                self.builder.complex(re, im)?
            }
            tc::STRING => {
                let n = self.length("bytes object", false)?;
                let b = self.take(n)?;
                self.builder.bytes(b)?
            }
            tc::SHORT_ASCII | tc::SHORT_ASCII_INTERNED => {
                let n = self.len_byte()?;
                let b = self.take(n)?;
                self.ascii(b, type_code == tc::SHORT_ASCII_INTERNED)?
            }
            tc::ASCII | tc::ASCII_INTERNED => {
                let n = self.length("string", false)?;
                let b = self.take(n)?;
                self.ascii(b, type_code == tc::ASCII_INTERNED)?
            }
            tc::UNICODE | tc::INTERNED => {
                let n = self.length("string", false)?;
                let b = self.take(n)?;
                self.builder.str(b, type_code == tc::INTERNED)?
            }
            tc::SMALL_TUPLE | tc::TUPLE => return self.read_tuple(type_code, flag).map(Some),
            tc::LIST => {
                let n = self.length("list", true)?;
                return self.read_container(Container::List, n, flag).map(Some);
            }
            tc::SET => {
                let n = self.length("set", true)?;
                return self.read_container(Container::Set, n, flag).map(Some);
            }
            tc::DICT => return self.read_container(Container::Dict, 0, flag).map(Some),
            tc::FROZENSET => return self.read_frozenset(flag).map(Some),
            tc::CODE => return self.read_code(flag).map(Some),
            _ => return Err(ReadError::bad("unknown type code")),
        };
        if flag {
            self.refs.push(Some(obj.clone()));
        }
        Ok(Some(obj))
    }

    fn ascii(&mut self, b: &[u8], interned: bool) -> ReadResult<B::Obj> {
        if b.is_ascii() {
            return self.builder.str(b, interned);
        }
        // CPython stores the bytes as Latin-1 without checking; do the same.
        let text: String = b.iter().map(|c| *c as char).collect();
        self.builder.str(text.as_bytes(), interned)
    }

    fn read_ref(&mut self) -> ReadResult<B::Obj> {
        let n = self.i32()?;
        match usize::try_from(n).ok().and_then(|i| self.refs.get(i)) {
            Some(Some(obj)) => Ok(obj.clone()),
            _ => Err(ReadError::bad("invalid reference")),
        }
    }

    fn read_long(&mut self) -> ReadResult<BigInt> {
        let n = self.i32()?;
        if n == 0 {
            return Ok(BigInt::from(0));
        }
        if n == i32::MIN {
            return Err(ReadError::bad("long size out of range"));
        }
        let count = n.unsigned_abs() as usize;
        if count * 2 > self.data.len() - self.pos {
            return Err(self.short());
        }
        let mut magnitude = num_bigint::BigUint::from(0u32);
        let raw = self.take(count * 2)?;
        let digits: Vec<u16> = raw.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        if digits.iter().any(|d| *d > 0x7fff) {
            return Err(ReadError::bad("digit out of range in long"));
        }
        if digits.last() == Some(&0) {
            return Err(ReadError::bad("unnormalized long data"));
        }
        for d in digits.iter().rev() {
            magnitude = (magnitude << 15u32) + num_bigint::BigUint::from(*d);
        }
        let sign = if n < 0 { Sign::Minus } else { Sign::Plus };
        Ok(BigInt::from_biguint(sign, magnitude))
    }

    fn read_tuple(&mut self, type_code: u8, flag: bool) -> ReadResult<B::Obj> {
        let n = if type_code == tc::SMALL_TUPLE { self.len_byte()? } else { self.length("tuple", true)? };
        let slot = self.reserve(flag);
        let mut items = Vec::with_capacity(n.min(self.data.len() - self.pos));
        for _ in 0..n {
            items.push(self.read_item("NULL object in marshal data for tuple")?);
        }
        let obj = self.builder.tuple(items)?;
        self.fill(slot, &obj);
        Ok(obj)
    }

    fn read_container(&mut self, kind: Container, n: usize, flag: bool) -> ReadResult<B::Obj> {
        let obj = self.builder.new_container(kind, n.min(self.data.len() - self.pos))?;
        if flag {
            self.refs.push(Some(obj.clone()));
        }
        match kind {
            Container::Dict => loop {
                let Some(key) = self.read_maybe_null()? else { break };
                let Some(value) = self.read_maybe_null()? else { break };
                self.builder.add(&obj, key, Some(value))?;
            },
            _ => {
                let what = if kind == Container::List { "NULL object in marshal data for list" } else { "NULL object in marshal data for set" };
                for _ in 0..n {
                    let item = self.read_item(what)?;
                    self.builder.add(&obj, item, None)?;
                }
            }
        }
        Ok(obj)
    }

    fn read_frozenset(&mut self, flag: bool) -> ReadResult<B::Obj> {
        let n = self.length("set", true)?;
        let slot = self.reserve(flag);
        let mut items = Vec::with_capacity(n.min(self.data.len() - self.pos));
        for _ in 0..n {
            items.push(self.read_item("NULL object in marshal data for set")?);
        }
        let obj = self.builder.frozenset(items)?;
        self.fill(slot, &obj);
        Ok(obj)
    }

    fn constant_field(&mut self) -> ReadResult<Constant> {
        let obj = self.read_object()?;
        self.builder.to_constant(&obj).ok_or_else(|| ReadError::bad("code object field"))
    }

    fn str_field(&mut self) -> ReadResult<String> {
        match self.constant_field()? {
            Constant::Str(s) => Ok(s),
            _ => Err(ReadError::bad("code object field")),
        }
    }

    fn str_tuple_field(&mut self) -> ReadResult<Vec<String>> {
        match self.constant_field()? {
            Constant::Tuple(items) => items
                .into_iter()
                .map(|c| match c {
                    Constant::Str(s) => Ok(s),
                    _ => Err(ReadError::bad("code object field")),
                })
                .collect(),
            _ => Err(ReadError::bad("code object field")),
        }
    }

    fn bytes_field(&mut self) -> ReadResult<Vec<u8>> {
        match self.constant_field()? {
            Constant::Bytes(b) => Ok(b),
            _ => Err(ReadError::bad("code object field")),
        }
    }

    fn read_code(&mut self, flag: bool) -> ReadResult<B::Obj> {
        let slot = self.reserve(flag);
        let mut words = [0u32; 6];
        for w in &mut words {
            *w = self.i32()? as u32;
        }
        let [argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno] = words;
        let raw = self.bytes_field()?;
        if raw.len() % 4 != 0 {
            return Err(ReadError::bad("code object field"));
        }
        let code = raw.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        let consts = match self.constant_field()? {
            Constant::Tuple(items) => items,
            _ => return Err(ReadError::bad("code object field")),
        };
        let names = self.str_tuple_field()?;
        let varnames = self.str_tuple_field()?;
        let cellvars = self.str_tuple_field()?;
        let freevars = self.str_tuple_field()?;
        let filename = self.str_field()?;
        let name = self.str_field()?;
        let qualname = self.str_field()?;
        let table = self.bytes_field()?;
        let locations = decode_locations(&table).ok_or_else(|| ReadError::bad("code object field"))?;
        let code = CodeObject {
            argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code, consts, names, varnames,
            cellvars, freevars, filename, name, qualname, firstlineno, locations,
        };
        // Nested code objects were verified as they were read.
        crate::verify::verify_one(&code).map_err(|why| ReadError::Value(format!("bad marshal data (invalid code object: {why})")))?;
        let obj = self.builder.code(Arc::new(code))?;
        self.fill(slot, &obj);
        Ok(obj)
    }
}

/// Parses the text of a version-0/1 float strictly, as CPython's `PyOS_string_to_double`
/// does: digits, a point, an exponent, or inf/infinity/nan with an optional sign; no spaces
/// and no underscores.
fn parse_float_text(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let negative = text.starts_with('-');
    match unsigned.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Some(if negative { f64::NEG_INFINITY } else { f64::INFINITY }),
        "nan" => return Some(if negative { -f64::NAN } else { f64::NAN }),
        _ => {}
    }
    let plain = unsigned.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
    if !plain || unsigned.is_empty() {
        return None;
    }
    text.parse().ok()
}

/// Builds compiler constants: what a `.pyc` file may hold.
pub struct ConstBuilder;

impl Build for ConstBuilder {
    type Obj = Constant;
    fn none(&mut self) -> Constant {
        Constant::None
    }
    fn bool(&mut self, b: bool) -> Constant {
        Constant::Bool(b)
    }
    fn ellipsis(&mut self) -> Constant {
        Constant::Ellipsis
    }
    fn stop_iteration(&mut self) -> ReadResult<Constant> {
        Err(ReadError::bad("code object field"))
    }
    fn int(&mut self, v: BigInt) -> Constant {
        Constant::Int(v)
    }
    fn float(&mut self, v: f64) -> Constant {
        Constant::Float(v)
    }
    fn complex(&mut self, re: f64, im: f64) -> ReadResult<Constant> {
        Ok(Constant::Complex { re, im })
    }
    fn str(&mut self, utf8: &[u8], _interned: bool) -> ReadResult<Constant> {
        match std::str::from_utf8(utf8) {
            Ok(s) => Ok(Constant::Str(s.to_string())),
            Err(_) => Err(ReadError::bad("string with surrogates in a code object")),
        }
    }
    fn bytes(&mut self, b: &[u8]) -> ReadResult<Constant> {
        Ok(Constant::Bytes(b.to_vec()))
    }
    fn tuple(&mut self, items: Vec<Constant>) -> ReadResult<Constant> {
        Ok(Constant::Tuple(items))
    }
    fn frozenset(&mut self, items: Vec<Constant>) -> ReadResult<Constant> {
        Ok(Constant::FrozenSet(items))
    }
    fn new_container(&mut self, _kind: Container, _size_hint: usize) -> ReadResult<Constant> {
        Err(ReadError::bad("code object field"))
    }
    fn add(&mut self, _container: &Constant, _item: Constant, _value: Option<Constant>) -> ReadResult<()> {
        Err(ReadError::bad("code object field"))
    }
    fn code(&mut self, code: Arc<CodeObject>) -> ReadResult<Constant> {
        Ok(Constant::Code(code))
    }
    fn to_constant(&self, obj: &Constant) -> Option<Constant> {
        Some(obj.clone())
    }
}

/// Reads a code object written by `dumps_code` (the rest of a `.pyc` file).
pub fn loads_code(data: &[u8]) -> ReadResult<Arc<CodeObject>> {
    let mut r = Reader::new(data, ConstBuilder);
    match r.read_object()? {
        Constant::Code(code) => Ok(code),
        _ => Err(ReadError::bad("not a code object")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dump_const(c: &Constant) -> Vec<u8> {
        let mut w = Writer::new(4);
        w.constant(c);
        w.buf
    }

    fn load_const(b: &[u8]) -> ReadResult<Constant> {
        Reader::new(b, ConstBuilder).read_object()
    }

    #[test]
    fn ints_match_cpython() {
        assert_eq!(dump_const(&Constant::Int(BigInt::from(1))), b"i\x01\x00\x00\x00");
        // 2**31 = ec 03000000 0000 0000 0200 (flag bit clear here).
        let big = BigInt::from(1u64 << 31);
        assert_eq!(dump_const(&Constant::Int(big.clone())), b"l\x03\x00\x00\x00\x00\x00\x00\x00\x02\x00");
        for v in [0i64, -1, 1 << 40, -(1 << 62), i64::MAX, i64::MIN] {
            let c = Constant::Int(BigInt::from(v));
            assert_eq!(load_const(&dump_const(&c)).unwrap(), c);
        }
        let huge = Constant::Int(BigInt::from(10).pow(100) * -1);
        assert_eq!(load_const(&dump_const(&huge)).unwrap(), huge);
    }

    #[test]
    fn short_strings_and_tuples() {
        let mut w = Writer::new(4);
        w.str(b"ab", true, false);
        assert_eq!(w.buf, b"Z\x02ab");
        assert_eq!(dump_const(&Constant::Tuple(vec![])), b")\x00");
    }

    #[test]
    fn code_round_trip_is_deterministic() {
        let src = "def f(a, *b, c=1, **d):\n    x = [i * 2 for i in b]\n    return x, 'hé', 1.5, 2j, b'z', ..., None\nclass C:\n    pass\n";
        let code = crate::compile_source(src, "t.py", crate::Mode::Exec, Default::default()).unwrap();
        let bytes = dumps_code(&code);
        assert_eq!(bytes, dumps_code(&code));
        let back = loads_code(&bytes).unwrap();
        assert_eq!(*back, code);
    }

    #[test]
    fn bad_data_is_an_error_not_a_panic() {
        assert_eq!(load_const(b""), Err(ReadError::Eof("EOF read where object expected")));
        assert_eq!(load_const(b"?"), Err(ReadError::Value("bad marshal data (unknown type code)".into())));
        assert_eq!(load_const(b"r\x00\x00\x00\x00"), Err(ReadError::Value("bad marshal data (invalid reference)".into())));
        assert_eq!(load_const(b"s\xff\xff\xff\x7f"), Err(ReadError::Eof("marshal data too short")));
        let code = crate::compile_source("x = 1\n", "t.py", crate::Mode::Exec, Default::default()).unwrap();
        let bytes = dumps_code(&code);
        for cut in 0..bytes.len() {
            assert!(loads_code(&bytes[..cut]).is_err());
        }
        let deep = [b"(\x01\x00\x00\x00".repeat(3000), b"N".to_vec()].concat();
        assert_eq!(load_const(&deep), Err(ReadError::Value("recursion limit exceeded".into())));
    }
}
