//! The `_io` module: `open` and the file types of the VM, `StringIO` and `BytesIO` (native
//! classes whose state is a `Payload::Native`), and the `_IOBase` family,
//! `UnsupportedOperation` and `IncrementalNewlineDecoder`, written in Python and run in the
//! module's namespace when it is first imported. `io` (stdlib/lib/io.py) re-exports them and
//! adds the abstract base classes.

use ferropy_vm::object::function::Args;
use ferropy_vm::object::{NativeFn, Payload, PyObject};
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyResult, Vm};
use std::any::Any;
use std::cell::RefCell;

const PRELUDE: &str = r#"
DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
BlockingIOError = BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass

UnsupportedOperation.__module__ = 'io'


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        f = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__) from None
    return f(v)


def _size_arg(v):
    if v is None:
        return -1
    if isinstance(v, int):
        return int(v)
    try:
        f = type(v).__index__
    except AttributeError:
        raise TypeError("argument should be integer or None, not '%s'" % type(v).__name__) from None
    return f(v)


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


def open_code(path):
    return open(path, "rb")


class _IOBase:
    "The abstract base class for all I/O classes."

    __IOBase_closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__IOBase_closed:
            try:
                self.flush()
            finally:
                self.__IOBase_closed = True

    @property
    def closed(self):
        return self.__IOBase_closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _size_arg(size)
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    "Base class for raw binary I/O."

    def read(self, size=-1):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class _BufferedIOBase(_IOBase):
    "Base class for buffered IO objects."

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        data = self.read1(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class _TextIOBase(_IOBase):
    "Base class for text I/O."

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def readline(self, size=-1):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


_SEEN_CR = 1
_SEEN_LF = 2
_SEEN_CRLF = 4
_NEWLINES = {0: None, 1: "\r", 2: "\n", 4: "\r\n", 3: ("\r", "\n"), 5: ("\r", "\r\n"),
             6: ("\n", "\r\n"), 7: ("\r", "\n", "\r\n")}


class IncrementalNewlineDecoder:
    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.pendingcr = False
        self.seennl = 0

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and _SEEN_LF) | (cr and _SEEN_CR) | (crlf and _SEEN_CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf = b""
            flag = 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _NEWLINES[self.seennl]


class FileIO(_RawIOBase):
    "Raw file I/O on a file name (through the builtin file objects)."

    def __init__(self, file, mode='r', closefd=True, opener=None):
        m = mode.replace('b', '')
        self._f = open(file, m + 'b')
        self.name = file
        self.mode = {'r': 'rb', 'w': 'wb', 'a': 'ab', 'x': 'xb'}.get(m.replace('+', ''), 'rb') + ('+' if '+' in m else '')
        self.closefd = closefd

    def read(self, size=-1):
        size = _size_arg(size)
        return self._f.read() if size < 0 else self._f.read(size)

    def readall(self):
        return self._f.read()

    def readinto(self, b):
        data = self._f.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        return self._f.write(b)

    def seek(self, pos, whence=0):
        return self._f.seek(pos, whence)

    def tell(self):
        return self._f.tell()

    def readable(self):
        return self._f.readable()

    def writable(self):
        return self._f.writable()

    def seekable(self):
        return True

    def fileno(self):
        return self._f.fileno()

    def flush(self):
        self._f.flush()

    def close(self):
        self._f.close()

    @property
    def closed(self):
        return self._f.closed
"#;


// ----- shared argument helpers -----

/// `Py_ssize_t(accept={int, NoneType})`: -1 for None or a missing argument.
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(-1),
        Some(v) => {
            let v = v.clone();
            let has_index = ferropy_vm::ops::number::is_int_like(&v) || vm.lookup_type_str(&vm.class_of(&v).clone(), "__index__").is_some();
            if !has_index {
                return vm.type_error(format!("argument should be integer or None, not '{}'", vm.type_name(&v)));
            }
            vm.index_value(&v)
        }
    }
}

fn index_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => vm.index_value(&v.clone()),
    }
}

fn native_cell<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a RefCell<Box<dyn Any>>> {
    if let Value::Obj(o) = v {
        if let Payload::Native(c) = &o.payload {
            return Ok(c);
        }
    }
    vm.type_error(format!("descriptor requires a '_io.{what}' object but received a '{}'", vm.type_name(v)))
}

fn receiver<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match args.pos.first() {
        Some(v) => Ok(v),
        None => vm.type_error(format!("descriptor '{name}' needs an argument")),
    }
}

fn new_slice(vm: &Vm, start: usize, stop: usize) -> Value {
    Value::Obj(PyObject::new(vm.ctx.types.slice.clone(), Payload::Slice(Value::Int(start as i64), Value::Int(stop as i64), Value::None)))
}

// ----- StringIO -----

const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

#[derive(Default)]
struct StringIOState {
    buf: Vec<char>,
    pos: usize,
    closed: bool,
    initialized: bool,
    /// Universal newlines on reading (newline None or '').
    universal: bool,
    /// Translate `\r` and `\r\n` to `\n` on writing (newline None).
    translate: bool,
    /// The newline argument, when a str.
    readnl: Option<String>,
    /// What `\n` becomes on writing (newline '\r' or '\r\n').
    writenl: Option<String>,
    seennl: u8,
}

impl StringIOState {
    fn write_str(&mut self, s: &str) {
        let mut text: std::borrow::Cow<str> = std::borrow::Cow::Borrowed(s);
        if self.universal {
            let b = s.as_bytes();
            for (i, &c) in b.iter().enumerate() {
                match c {
                    b'\r' if b.get(i + 1) == Some(&b'\n') => self.seennl |= SEEN_CRLF,
                    b'\r' => self.seennl |= SEEN_CR,
                    b'\n' if i > 0 && b[i - 1] == b'\r' => {}
                    b'\n' => self.seennl |= SEEN_LF,
                    _ => {}
                }
            }
            if self.translate && s.contains('\r') {
                text = std::borrow::Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"));
            }
        }
        if let Some(nl) = &self.writenl {
            if text.contains('\n') {
                text = std::borrow::Cow::Owned(text.replace('\n', nl));
            }
        }
        let pos = self.pos;
        if pos > self.buf.len() {
            self.buf.resize(pos, '\0');
        }
        if pos == self.buf.len() {
            self.buf.extend(text.chars());
            self.pos = self.buf.len();
            return;
        }
        let chars: Vec<char> = text.chars().collect();
        let end = pos + chars.len();
        if end >= self.buf.len() {
            self.buf.truncate(pos);
            self.buf.extend_from_slice(&chars);
        } else {
            self.buf[pos..end].copy_from_slice(&chars);
        }
        self.pos = end;
    }

    /// The end of the line starting at `pos` (exclusive), reading at most `limit` chars.
    fn line_end(&self, limit: i64) -> usize {
        let start = self.pos;
        let avail = self.buf.len() - start;
        let end = if limit < 0 || limit as usize > avail { self.buf.len() } else { start + limit as usize };
        let region = &self.buf[start..end];
        let found = if self.translate {
            region.iter().position(|&c| c == '\n').map(|i| i + 1)
        } else if self.universal {
            region.iter().position(|&c| c == '\n' || c == '\r').map(|i| if region[i] == '\r' && region.get(i + 1) == Some(&'\n') { i + 2 } else { i + 1 })
        } else {
            let nl: Vec<char> = self.readnl.as_deref().unwrap_or("\n").chars().collect();
            region.windows(nl.len()).position(|w| w == nl.as_slice()).map(|i| i + nl.len())
        };
        start + found.unwrap_or(end - start)
    }

    fn readline(&mut self, limit: i64) -> String {
        if self.pos >= self.buf.len() {
            return String::new();
        }
        let stop = self.line_end(limit);
        let line: String = self.buf[self.pos..stop].iter().collect();
        self.pos = stop;
        line
    }
}

thread_local! {
    static STRINGIO_CLASS: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// Runs `f` on a StringIO's state, after the initialised (and, if asked, open) checks.
fn with_sio<R>(vm: &Vm, v: &Value, check_closed: bool, f: impl FnOnce(&mut StringIOState) -> R) -> PyResult<R> {
    let cell = native_cell(vm, v, "StringIO")?;
    let mut b = cell.borrow_mut();
    let Some(st) = b.downcast_mut::<StringIOState>() else {
        drop(b);
        return vm.type_error(format!("descriptor requires a '_io.StringIO' object but received a '{}'", vm.type_name(v)));
    };
    if !st.initialized {
        return vm.value_error("I/O operation on uninitialized object");
    }
    if check_closed && st.closed {
        return vm.value_error("I/O operation on closed file");
    }
    Ok(f(st))
}

fn sio_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.pos.first() else { return vm.type_error("StringIO.__new__(X): X is not a type object") };
    let d = vm.new_dict_obj();
    Ok(Value::Obj(PyObject::with_dict(cls.clone(), d, Payload::Native(RefCell::new(Box::new(StringIOState::default()))))))
}

fn sio_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__init__")?.clone();
    let args = args.shift();
    if args.pos.len() > 2 {
        return vm.type_error(format!("StringIO() takes at most 2 arguments ({} given)", args.pos.len()));
    }
    for (k, _) in args.kwargs() {
        if k != "initial_value" && k != "newline" {
            return vm.type_error(format!("'{k}' is an invalid keyword argument for StringIO()"));
        }
    }
    let value = args.get(0, "initial_value").cloned();
    let newline_v = args.get(1, "newline").cloned();
    let newline: Option<String> = match &newline_v {
        None => Some("\n".to_string()),
        Some(Value::None) => None,
        Some(v) => match vm.str_of(v) {
            Some(s) => Some(s.to_string()),
            None => return vm.type_error(format!("newline must be str or None, not {}", vm.type_name(v))),
        },
    };
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            let r = vm.repr_string(newline_v.as_ref().expect("given"))?;
            return vm.value_error(format!("illegal newline value: {r}"));
        }
    }
    let initial: Option<String> = match &value {
        None | Some(Value::None) => None,
        Some(v) => match vm.str_of(v) {
            Some(s) => Some(s.to_string()),
            None => return vm.type_error(format!("initial_value must be str or None, not {}", vm.type_name(v))),
        },
    };
    let cell = native_cell(vm, &this, "StringIO")?;
    let mut b = cell.borrow_mut();
    let Some(st) = b.downcast_mut::<StringIOState>() else { return Ok(Value::None) };
    *st = StringIOState {
        universal: newline.as_deref().is_none_or(|n| n.is_empty()),
        translate: newline.is_none(),
        writenl: newline.clone().filter(|n| n.starts_with('\r')),
        readnl: newline,
        initialized: true,
        ..StringIOState::default()
    };
    if let Some(init) = initial {
        if !init.is_empty() {
            st.write_str(&init);
            st.pos = 0;
        }
    }
    Ok(Value::None)
}

fn sio_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "write")?;
    let Some(s) = args.pos.get(1) else { return vm.type_error("write() takes exactly one argument (0 given)") };
    let Some(text) = vm.str_of(s) else { return vm.type_error(format!("string argument expected, got '{}'", vm.type_name(s))) };
    let n = text.chars().count();
    with_sio(vm, this, true, |st| {
        if n > 0 {
            st.write_str(text);
        }
    })?;
    Ok(Value::Int(n as i64))
}

fn sio_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "read")?;
    let size = size_arg(vm, args.pos.get(1).or(args.kw("size")))?;
    let s = with_sio(vm, this, true, |st| {
        let len = st.buf.len();
        if st.pos >= len {
            return String::new();
        }
        let end = if size < 0 || size as usize > len - st.pos { len } else { st.pos + size as usize };
        let s: String = st.buf[st.pos..end].iter().collect();
        st.pos = end;
        s
    })?;
    Ok(vm.new_str(s))
}

fn sio_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "readline")?;
    let size = size_arg(vm, args.pos.get(1).or(args.kw("size")))?;
    let s = with_sio(vm, this, true, |st| st.readline(size))?;
    Ok(vm.new_str(s))
}

fn sio_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "readlines")?.clone();
    let hint = match args.pos.get(1).or(args.kw("hint")) {
        None | Some(Value::None) => -1,
        Some(v) => vm.index_value(&v.clone())?,
    };
    let exact = is_exact_stringio(&this);
    let mut lines = Vec::new();
    let mut total = 0i64;
    loop {
        let line = if exact {
            let s = with_sio(vm, &this, true, |st| st.readline(-1))?;
            if s.is_empty() {
                break;
            }
            total += s.chars().count() as i64;
            vm.new_str(s)
        } else {
            let l = vm.call_method(&this, "readline", &[])?;
            if !vm.is_true(&l)? {
                break;
            }
            total += vm.len(&l)? as i64;
            l
        };
        lines.push(line);
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn is_exact_stringio(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    STRINGIO_CLASS.with(|c| match (&*c.borrow(), &o.class) {
        (Some(cls), Some(k)) => std::rc::Rc::ptr_eq(cls, k),
        _ => false,
    })
}

fn sio_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__next__")?.clone();
    let line = if is_exact_stringio(&this) {
        let s = with_sio(vm, &this, true, |st| st.readline(-1))?;
        vm.new_str(s)
    } else {
        with_sio(vm, &this, true, |_| ())?;
        let l = vm.call_method(&this, "readline", &[])?;
        if vm.str_of(&l).is_none() {
            return vm.err("OSError", format!("readline() should have returned a str object, not '{}'", vm.type_name(&l)));
        }
        l
    };
    if vm.str_of(&line).is_some_and(|s| s.is_empty()) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn sio_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__iter__")?;
    let closed = with_sio(vm, this, false, |st| st.closed)?;
    if closed {
        return vm.value_error("I/O operation on closed file.");
    }
    Ok(this.clone())
}

fn sio_getvalue(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "getvalue")?;
    let s: String = with_sio(vm, this, true, |st| st.buf.iter().collect())?;
    Ok(vm.new_str(s))
}

fn sio_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "tell")?;
    let p = with_sio(vm, this, true, |st| st.pos)?;
    Ok(Value::Int(p as i64))
}

fn sio_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "seek")?;
    let Some(pos_v) = args.pos.get(1).or(args.kw("pos")) else { return vm.type_error("seek expected at least 1 argument, got 0") };
    let pos = vm.index_value(&pos_v.clone())?;
    let whence = index_arg(vm, args.pos.get(2).or(args.kw("whence")), 0)?;
    with_sio(vm, this, true, |_| ())?;
    if !(0..=2).contains(&whence) {
        return vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"));
    }
    if pos < 0 && whence == 0 {
        return vm.value_error(format!("Negative seek position {pos}"));
    }
    if whence != 0 && pos != 0 {
        return vm.err("OSError", "Can't do nonzero cur-relative seeks");
    }
    let p = with_sio(vm, this, true, |st| {
        st.pos = match whence {
            0 => pos as usize,
            1 => st.pos,
            _ => st.buf.len(),
        };
        st.pos
    })?;
    Ok(Value::Int(p as i64))
}

fn sio_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "truncate")?;
    let size = match args.pos.get(1).or(args.kw("pos")) {
        None | Some(Value::None) => None,
        Some(v) => Some(size_arg(vm, Some(v))?),
    };
    let size = with_sio(vm, this, true, |st| size.unwrap_or(st.pos as i64))?;
    if size < 0 {
        return vm.value_error(format!("Negative size value {size}"));
    }
    with_sio(vm, this, true, |st| {
        if (size as usize) < st.buf.len() {
            st.buf.truncate(size as usize);
        }
    })?;
    Ok(Value::Int(size))
}

fn sio_true(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "readable")?;
    with_sio(vm, this, true, |_| ())?;
    Ok(Value::TRUE)
}

fn sio_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "close")?;
    let cell = native_cell(vm, this, "StringIO")?;
    if let Some(st) = cell.borrow_mut().downcast_mut::<StringIOState>() {
        st.closed = true;
        st.buf = Vec::new();
    }
    Ok(Value::None)
}

fn sio_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "closed")?;
    Ok(Value::bool(with_sio(vm, this, false, |st| st.closed)?))
}

fn sio_line_buffering(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "line_buffering")?;
    with_sio(vm, this, true, |_| ())?;
    Ok(Value::FALSE)
}

fn sio_newlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "newlines")?;
    let (universal, seen) = with_sio(vm, this, true, |st| (st.universal, st.seennl))?;
    if !universal {
        return Ok(Value::None);
    }
    let kinds: Vec<&str> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")].iter().filter(|(f, _)| seen & f != 0).map(|(_, s)| *s).collect();
    Ok(match kinds.len() {
        0 => Value::None,
        1 => vm.new_str(kinds[0]),
        _ => {
            let items = kinds.iter().map(|k| vm.new_str(*k)).collect();
            vm.new_tuple(items)
        }
    })
}

fn sio_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__getstate__")?.clone();
    let (value, nl, pos): (String, Option<String>, usize) = with_sio(vm, &this, true, |st| (st.buf.iter().collect(), st.readnl.clone(), st.pos))?;
    let d = vm.get_attr_str(&this, "__dict__")?;
    let d = vm.call_method(&d, "copy", &[])?;
    let nl = nl.map(|n| vm.new_str(n)).unwrap_or(Value::None);
    let items = vec![vm.new_str(value), nl, Value::Int(pos as i64), d];
    Ok(vm.new_tuple(items))
}

// ----- BytesIO -----

#[derive(Default)]
struct BytesIOState {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
}

impl BytesIOState {
    fn write(&mut self, data: &[u8]) {
        let pos = self.pos;
        if pos > self.buf.len() {
            self.buf.resize(pos, 0);
        }
        let end = pos + data.len();
        if end > self.buf.len() {
            self.buf.truncate(pos);
            self.buf.extend_from_slice(data);
        } else {
            self.buf[pos..end].copy_from_slice(data);
        }
        self.pos = end;
    }

    fn read(&mut self, size: i64) -> Vec<u8> {
        let len = self.buf.len();
        if self.pos >= len {
            return Vec::new();
        }
        let end = if size < 0 || size as usize > len - self.pos { len } else { self.pos + size as usize };
        let out = self.buf[self.pos..end].to_vec();
        self.pos = end;
        out
    }

    fn readline(&mut self, size: i64) -> Vec<u8> {
        let len = self.buf.len();
        if self.pos >= len {
            return Vec::new();
        }
        let end = if size < 0 || size as usize > len - self.pos { len } else { self.pos + size as usize };
        let stop = self.buf[self.pos..end].iter().position(|&c| c == b'\n').map(|i| self.pos + i + 1).unwrap_or(end);
        let out = self.buf[self.pos..stop].to_vec();
        self.pos = stop;
        out
    }
}

fn with_bio<R>(vm: &Vm, v: &Value, check_closed: bool, f: impl FnOnce(&mut BytesIOState) -> R) -> PyResult<R> {
    let cell = native_cell(vm, v, "BytesIO")?;
    let mut b = cell.borrow_mut();
    let Some(st) = b.downcast_mut::<BytesIOState>() else {
        drop(b);
        return vm.type_error(format!("descriptor requires a '_io.BytesIO' object but received a '{}'", vm.type_name(v)));
    };
    if check_closed && st.closed {
        return vm.value_error("I/O operation on closed file.");
    }
    Ok(f(st))
}

fn bio_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.pos.first() else { return vm.type_error("BytesIO.__new__(X): X is not a type object") };
    let d = vm.new_dict_obj();
    Ok(Value::Obj(PyObject::with_dict(cls.clone(), d, Payload::Native(RefCell::new(Box::new(BytesIOState::default()))))))
}

fn bio_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__init__")?.clone();
    let args = args.shift();
    if args.pos.len() > 1 {
        return vm.type_error(format!("BytesIO() takes at most 1 argument ({} given)", args.pos.len()));
    }
    for (k, _) in args.kwargs() {
        if k != "initial_bytes" {
            return vm.type_error(format!("'{k}' is an invalid keyword argument for BytesIO()"));
        }
    }
    let data = match args.get(0, "initial_bytes") {
        None | Some(Value::None) => Vec::new(),
        Some(v) => ferropy_vm::object::bytes::bytes_like(vm, v)?,
    };
    with_bio(vm, &this, false, |st| {
        *st = BytesIOState { buf: data, pos: 0, closed: false };
    })?;
    Ok(Value::None)
}

fn bio_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "write")?;
    let Some(b) = args.pos.get(1) else { return vm.type_error("write() takes exactly one argument (0 given)") };
    with_bio(vm, this, true, |_| ())?;
    let data = ferropy_vm::object::bytes::bytes_like(vm, b)?;
    with_bio(vm, this, true, |st| {
        if !data.is_empty() {
            st.write(&data);
        }
    })?;
    Ok(Value::Int(data.len() as i64))
}

fn bio_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "writelines")?.clone();
    let Some(lines) = args.pos.get(1).cloned() else { return vm.type_error("writelines() takes exactly one argument (0 given)") };
    with_bio(vm, &this, true, |_| ())?;
    let it = vm.get_iter(&lines)?;
    while let Some(line) = vm.next(&it)? {
        vm.call_method(&this, "write", &[line])?;
    }
    Ok(Value::None)
}

fn bio_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "read")?;
    let size = size_arg(vm, args.pos.get(1).or(args.kw("size")))?;
    let data = with_bio(vm, this, true, |st| st.read(size))?;
    Ok(vm.new_bytes(data))
}

fn bio_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "readline")?;
    let size = size_arg(vm, args.pos.get(1).or(args.kw("size")))?;
    let data = with_bio(vm, this, true, |st| st.readline(size))?;
    Ok(vm.new_bytes(data))
}

fn bio_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "readlines")?;
    let hint = match args.pos.get(1).or(args.kw("size")) {
        None | Some(Value::None) => -1,
        Some(v @ (Value::Int(_) | Value::Bool(_))) => vm.index_value(&v.clone())?,
        Some(v) if ferropy_vm::ops::number::is_int_like(v) => vm.index_value(&v.clone())?,
        Some(v) => return vm.type_error(format!("integer argument expected, got '{}'", vm.type_name(v))),
    };
    let lines = with_bio(vm, this, true, |st| {
        let mut lines = Vec::new();
        let mut total = 0i64;
        loop {
            let l = st.readline(-1);
            if l.is_empty() {
                break;
            }
            total += l.len() as i64;
            lines.push(l);
            if hint > 0 && total >= hint {
                break;
            }
        }
        lines
    })?;
    let items = lines.into_iter().map(|l| vm.new_bytes(l)).collect();
    Ok(vm.new_list(items))
}

fn bio_readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "readinto")?;
    let Some(target) = args.pos.get(1).cloned() else { return vm.type_error("readinto() takes exactly one argument (0 given)") };
    let n = vm.len(&target)?;
    let data = with_bio(vm, this, true, |st| st.read(n as i64))?;
    let k = data.len();
    let slice = new_slice(vm, 0, k);
    let b = vm.new_bytes(data);
    vm.set_item(&target, slice, b)?;
    Ok(Value::Int(k as i64))
}

fn bio_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__next__")?;
    let data = with_bio(vm, this, true, |st| st.readline(-1))?;
    if data.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(vm.new_bytes(data))
}

fn bio_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "__iter__")?;
    with_bio(vm, this, true, |_| ())?;
    Ok(this.clone())
}

fn bio_getvalue(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "getvalue")?;
    let data = with_bio(vm, this, true, |st| st.buf.clone())?;
    Ok(vm.new_bytes(data))
}

fn bio_getbuffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "getbuffer")?;
    let data = with_bio(vm, this, true, |st| st.buf.clone())?;
    let ba = Value::Obj(PyObject::new(vm.ctx.types.bytearray.clone(), Payload::ByteArray(RefCell::new(data))));
    let mv = ferropy_vm::object::dict::dict_get_str(&vm.builtins_dict.clone(), &vm.intern("memoryview"));
    match mv {
        Some(mv) => vm.call1(&mv, ba),
        None => Ok(ba),
    }
}

fn bio_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "tell")?;
    Ok(Value::Int(with_bio(vm, this, true, |st| st.pos)? as i64))
}

fn bio_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "seek")?;
    let Some(pos_v) = args.pos.get(1).or(args.kw("pos")) else { return vm.type_error("seek expected at least 1 argument, got 0") };
    let pos = vm.index_value(&pos_v.clone())?;
    let whence = index_arg(vm, args.pos.get(2).or(args.kw("whence")), 0)?;
    let (cur, len) = with_bio(vm, this, true, |st| (st.pos as i64, st.buf.len() as i64))?;
    if pos < 0 && whence == 0 {
        return vm.value_error(format!("negative seek value {pos}"));
    }
    let new = match whence {
        0 => pos,
        1 => pos.saturating_add(cur),
        2 => pos.saturating_add(len),
        _ => return vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")),
    }
    .max(0);
    with_bio(vm, this, true, |st| st.pos = new as usize)?;
    Ok(Value::Int(new))
}

fn bio_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "truncate")?;
    let size = match args.pos.get(1).or(args.kw("size")) {
        None | Some(Value::None) => None,
        Some(v) => Some(size_arg(vm, Some(v))?),
    };
    let size = with_bio(vm, this, true, |st| size.unwrap_or(st.pos as i64))?;
    if size < 0 {
        return vm.value_error(format!("negative size value {size}"));
    }
    with_bio(vm, this, true, |st| {
        if (size as usize) < st.buf.len() {
            st.buf.truncate(size as usize);
        }
    })?;
    Ok(Value::Int(size))
}

fn bio_true(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "readable")?;
    with_bio(vm, this, true, |_| ())?;
    Ok(Value::TRUE)
}

fn bio_false(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "isatty")?;
    with_bio(vm, this, true, |_| ())?;
    Ok(Value::FALSE)
}

fn bio_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "flush")?;
    with_bio(vm, this, true, |_| ())?;
    Ok(Value::None)
}

fn bio_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "close")?;
    with_bio(vm, this, false, |st| {
        st.closed = true;
        st.buf = Vec::new();
    })?;
    Ok(Value::None)
}

fn bio_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = receiver(vm, &args, "closed")?;
    Ok(Value::bool(with_bio(vm, this, false, |st| st.closed)?))
}

const STRINGIO_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", sio_init),
    ("write", sio_write),
    ("read", sio_read),
    ("readline", sio_readline),
    ("readlines", sio_readlines),
    ("__next__", sio_next),
    ("__iter__", sio_iter),
    ("getvalue", sio_getvalue),
    ("tell", sio_tell),
    ("seek", sio_seek),
    ("truncate", sio_truncate),
    ("readable", sio_true),
    ("writable", sio_true),
    ("seekable", sio_true),
    ("close", sio_close),
    ("__getstate__", sio_getstate),
];

const STRINGIO_PROPERTIES: &[(&str, NativeFn)] = &[("closed", sio_closed), ("line_buffering", sio_line_buffering), ("newlines", sio_newlines)];

const BYTESIO_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", bio_init),
    ("write", bio_write),
    ("writelines", bio_writelines),
    ("read", bio_read),
    ("read1", bio_read),
    ("readline", bio_readline),
    ("readlines", bio_readlines),
    ("readinto", bio_readinto),
    ("readinto1", bio_readinto),
    ("__next__", bio_next),
    ("__iter__", bio_iter),
    ("getvalue", bio_getvalue),
    ("getbuffer", bio_getbuffer),
    ("tell", bio_tell),
    ("seek", bio_seek),
    ("truncate", bio_truncate),
    ("readable", bio_true),
    ("writable", bio_true),
    ("seekable", bio_true),
    ("isatty", bio_false),
    ("flush", bio_flush),
    ("close", bio_close),
];

const BYTESIO_PROPERTIES: &[(&str, NativeFn)] = &[("closed", bio_closed)];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = ferropy_vm::object::misc::new_module(vm, "_io");
    let open = ferropy_vm::object::dict::dict_get_str(&vm.builtins_dict.clone(), &vm.intern("open"));
    if let Some(open) = open {
        vm.set_attr_in_dict(&m, "open", open)?;
    }
    let text = Value::Obj(vm.ctx.types.text_file.clone());
    let binary = Value::Obj(vm.ctx.types.binary_file.clone());
    vm.set_attr_in_dict(&m, "TextIOWrapper", text)?;
    for name in ["BufferedReader", "BufferedWriter", "BufferedRandom", "BufferedRWPair"] {
        vm.set_attr_in_dict(&m, name, binary.clone())?;
    }
    let globals = crate::run_python_part(vm, &m, PRELUDE, "_io")?;
    let text_base = ferropy_vm::object::dict::dict_get_str(&globals, &vm.intern("_TextIOBase")).unwrap_or(Value::None);
    let buffered_base = ferropy_vm::object::dict::dict_get_str(&globals, &vm.intern("_BufferedIOBase")).unwrap_or(Value::None);
    let sio = crate::native_class(vm, "_io", "StringIO", &text_base, sio_new, STRINGIO_METHODS, STRINGIO_PROPERTIES)?;
    STRINGIO_CLASS.with(|c| *c.borrow_mut() = Some(sio.clone()));
    vm.set_attr_in_dict(&m, "StringIO", Value::Obj(sio))?;
    let bio = crate::native_class(vm, "_io", "BytesIO", &buffered_base, bio_new, BYTESIO_METHODS, BYTESIO_PROPERTIES)?;
    vm.set_attr_in_dict(&m, "BytesIO", Value::Obj(bio))?;
    Ok(m)
}
