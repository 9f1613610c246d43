//! File objects: `open()`, `sys.stdin/stdout/stderr`, and their methods.
//!
//! A text file decodes/encodes UTF-8 and translates newlines as CPython's default text mode
//! does; a binary file moves bytes. Writes to stdout are buffered in user space and flushed at
//! exit, on `flush()`, when a line ends if line buffering is on (a terminal), or always when
//! unbuffered (`-u`, `PYTHONUNBUFFERED`). Reads from stdin and files are buffered.
//!
//! The system calls run without the GIL: a flush takes the buffered bytes and a `Sink` (stdout,
//! stderr or a shared handle on the file) out of the object and writes them inside
//! `Vm::allow_threads`; a read first tops up the buffer the same way (`prefill`), so the
//! buffer-parsing methods of `FileData` find what they need without blocking. No `RefCell`
//! borrow is held across a blocking call, so other threads may use the same file meanwhile.

use crate::context::Context;
use crate::object::function::Args;
use crate::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::io::{Read, Write};
use std::sync::Arc;

pub enum Handle {
    Stdin,
    Stdout,
    Stderr,
    File(Arc<std::fs::File>),
}

/// Where buffered bytes go: a handle usable without the GIL (`Send`, no objects).
pub enum Sink {
    Stdout,
    Stderr,
    File(Arc<std::fs::File>),
}

impl Sink {
    pub fn write_all(&self, buf: &[u8]) -> std::io::Result<()> {
        match self {
            Sink::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(buf)?;
                out.flush()
            }
            Sink::Stderr => {
                let mut err = std::io::stderr().lock();
                err.write_all(buf)?;
                err.flush()
            }
            Sink::File(f) => (&**f).write_all(buf),
        }
    }
}

/// Where `prefill` reads from.
enum Source {
    Stdin,
    File(Arc<std::fs::File>),
}

impl Source {
    fn read_chunk(&self) -> std::io::Result<Vec<u8>> {
        let mut chunk = vec![0u8; 65536];
        let n = match self {
            Source::Stdin => std::io::stdin().lock().read(&mut chunk)?,
            Source::File(f) => (&**f).read(&mut chunk)?,
        };
        chunk.truncate(n);
        Ok(chunk)
    }
}

/// How much buffered input a read needs before it can run without blocking.
#[derive(Clone, Copy)]
pub enum Want {
    Line,
    All,
    Bytes(usize),
}

pub struct FileData {
    pub handle: Option<Handle>,
    pub name: String,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub write_buf: Vec<u8>,
    pub read_buf: Vec<u8>,
    pub read_pos: usize,
    pub eof: bool,
    pub line_buffering: bool,
    pub unbuffered: bool,
    /// A text file's `newline` argument: `None` translates `\r\n` and `\r` to `\n` on reading,
    /// `""` ends lines at any of them untranslated, `"\n"`/`"\r"`/`"\r\n"` end lines at that
    /// string (and writing turns `\n` into it).
    pub newline: Option<String>,
}

impl FileData {
    pub fn new(handle: Handle, name: &str, mode: &str, binary: bool, readable: bool, writable: bool) -> FileData {
        FileData {
            handle: Some(handle),
            name: name.to_string(),
            mode: mode.to_string(),
            binary,
            readable,
            writable,
            write_buf: Vec::new(),
            read_buf: Vec::new(),
            read_pos: 0,
            eof: false,
            line_buffering: false,
            unbuffered: false,
            newline: None,
        }
    }

    /// Writes the buffer out now, holding the GIL (exit paths; seeking).
    pub fn flush(&mut self) -> std::io::Result<()> {
        match self.take_pending() {
            Some((sink, buf)) => sink.write_all(&buf),
            None => Ok(()),
        }
    }

    /// The buffered bytes and where they go, taken out to be written without the GIL.
    pub fn take_pending(&mut self) -> Option<(Sink, Vec<u8>)> {
        if self.write_buf.is_empty() {
            return None;
        }
        let sink = match &self.handle {
            Some(Handle::Stdout) => Sink::Stdout,
            Some(Handle::Stderr) => Sink::Stderr,
            Some(Handle::File(f)) => Sink::File(f.clone()),
            _ => return None,
        };
        Some((sink, std::mem::take(&mut self.write_buf)))
    }

    /// Buffers `data`; returns whether the buffer should be flushed now.
    pub fn write_bytes(&mut self, data: &[u8]) -> bool {
        self.write_buf.extend_from_slice(data);
        let is_stderr = matches!(self.handle, Some(Handle::Stderr));
        self.unbuffered || is_stderr || (self.line_buffering && data.contains(&b'\n')) || self.write_buf.len() >= 8192
    }

    /// Where to read more from, unless the buffer already holds what `want` needs.
    fn source_for(&self, want: Want) -> Option<Source> {
        if self.eof {
            return None;
        }
        let buffered = &self.read_buf[self.read_pos..];
        let enough = match want {
            Want::Line => self.line_end(buffered, false).is_some(),
            Want::All => false,
            Want::Bytes(n) => buffered.len() >= n,
        };
        if enough {
            return None;
        }
        match &self.handle {
            Some(Handle::Stdin) => Some(Source::Stdin),
            Some(Handle::File(f)) => Some(Source::File(f.clone())),
            _ => None,
        }
    }

    /// Adds a chunk read by `prefill` (empty: end of file).
    fn absorb(&mut self, chunk: Vec<u8>) {
        if chunk.is_empty() {
            self.eof = true;
            return;
        }
        if self.read_pos > 0 {
            self.read_buf.drain(..self.read_pos);
            self.read_pos = 0;
        }
        self.read_buf.extend_from_slice(&chunk);
    }

    fn fill(&mut self) -> std::io::Result<usize> {
        if self.eof {
            return Ok(0);
        }
        let mut chunk = vec![0u8; 65536];
        let n = match &self.handle {
            Some(Handle::Stdin) => std::io::stdin().lock().read(&mut chunk)?,
            Some(Handle::File(f)) => (&**f).read(&mut chunk)?,
            _ => 0,
        };
        if n == 0 {
            self.eof = true;
        }
        if self.read_pos > 0 {
            self.read_buf.drain(..self.read_pos);
            self.read_pos = 0;
        }
        self.read_buf.extend_from_slice(&chunk[..n]);
        Ok(n)
    }

    /// The position a `tell()` reports: the OS offset minus what is buffered but unread,
    /// plus what is written but not yet flushed.
    pub fn tell(&mut self) -> std::io::Result<u64> {
        use std::io::Seek;
        self.flush()?;
        match &self.handle {
            Some(Handle::File(f)) => {
                let os = (&**f).stream_position()?;
                Ok(os - (self.read_buf.len() - self.read_pos) as u64)
            }
            _ => Err(std::io::Error::from_raw_os_error(29)),
        }
    }

    /// Moves to `pos` (whence as `os.SEEK_*`), dropping buffered data.
    pub fn seek(&mut self, pos: i64, whence: u32) -> std::io::Result<u64> {
        use std::io::{Seek, SeekFrom};
        self.flush()?;
        let unread = (self.read_buf.len() - self.read_pos) as i64;
        self.read_buf.clear();
        self.read_pos = 0;
        self.eof = false;
        match &self.handle {
            Some(Handle::File(f)) => (&**f).seek(match whence {
                0 => SeekFrom::Start(pos.max(0) as u64),
                1 => SeekFrom::Current(pos - unread),
                _ => SeekFrom::End(pos),
            }),
            _ => Err(std::io::Error::from_raw_os_error(29)),
        }
    }

    /// Where the first line of `buf` ends (just past its terminator), as the file's `newline`
    /// setting says; `None` when no complete line is buffered yet (a `\r` at the very end may
    /// still be followed by `\n`, unless `at_eof`).
    fn line_end(&self, buf: &[u8], at_eof: bool) -> Option<usize> {
        match self.newline.as_deref() {
            _ if self.binary => buf.iter().position(|b| *b == b'\n').map(|i| i + 1),
            None | Some("") => {
                let i = buf.iter().position(|b| *b == b'\n' || *b == b'\r')?;
                if buf[i] == b'\n' {
                    return Some(i + 1);
                }
                match buf.get(i + 1) {
                    Some(b'\n') => Some(i + 2),
                    Some(_) => Some(i + 1),
                    None if at_eof => Some(i + 1),
                    None => None,
                }
            }
            Some(term) => {
                let t = term.as_bytes();
                buf.windows(t.len()).position(|w| w == t).map(|i| i + t.len())
            }
        }
    }

    /// Reads up to and including the next line terminator (or everything left).
    pub fn read_line(&mut self) -> std::io::Result<Vec<u8>> {
        loop {
            if let Some(n) = self.line_end(&self.read_buf[self.read_pos..], self.eof) {
                let end = self.read_pos + n;
                let line = self.read_buf[self.read_pos..end].to_vec();
                self.read_pos = end;
                return Ok(line);
            }
            if self.fill()? == 0 {
                let line = self.read_buf[self.read_pos..].to_vec();
                self.read_pos = self.read_buf.len();
                return Ok(line);
            }
        }
    }

    pub fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        while self.fill()? > 0 {}
        let data = self.read_buf[self.read_pos..].to_vec();
        self.read_pos = self.read_buf.len();
        Ok(data)
    }

    pub fn read_n(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        while self.read_buf.len() - self.read_pos < n {
            if self.fill()? == 0 {
                break;
            }
        }
        let end = (self.read_pos + n).min(self.read_buf.len());
        let data = self.read_buf[self.read_pos..end].to_vec();
        self.read_pos = end;
        Ok(data)
    }
}

pub fn new_file(vm: &Vm, data: FileData) -> Value {
    let cls = if data.binary { vm.ctx.types.binary_file.clone() } else { vm.ctx.types.text_file.clone() };
    let d = vm.new_dict_obj();
    Value::Obj(PyObject::with_dict(cls, d, Payload::File(Box::new(RefCell::new(data)))))
}

fn file_cell<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<FileData>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::File(f) => Ok(f),
            _ => vm.type_error("expected a file object"),
        },
        _ => vm.type_error("expected a file object"),
    }
}

pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&str>) -> crate::vm::PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = crate::builtins::strerror(errno);
    let mut args = vec![Value::Int(errno as i64), vm.new_str(msg)];
    if let Some(f) = filename {
        args.push(vm.new_str(f));
    }
    let cls = Value::Obj(vm.ctx.exc("OSError"));
    match vm.call(&cls, Args::positional(&args)) {
        Ok(Value::Obj(e)) => e,
        Ok(_) => vm.new_exception_msg("OSError", "error"),
        Err(e) => e,
    }
}

fn check_open(vm: &Vm, f: &FileData) -> PyResult<()> {
    if f.handle.is_none() {
        return vm.value_error("I/O operation on closed file.");
    }
    Ok(())
}

/// Flushes a file object's buffer, writing without the GIL.
pub fn flush_cell(vm: &mut Vm, file: &crate::value::ObjRef) -> PyResult<()> {
    let Payload::File(cell) = &file.payload else { return Ok(()) };
    let pending = cell.borrow_mut().take_pending();
    if let Some((sink, buf)) = pending {
        if let Err(e) = vm.allow_threads(move || sink.write_all(&buf)) {
            return Err(os_error(vm, &e, None));
        }
    }
    Ok(())
}

/// Reads into a file object's buffer, without the GIL, until it holds what `want` needs (or
/// the file ends); the `FileData` read methods then find it there.
pub fn prefill(vm: &mut Vm, file: &crate::value::ObjRef, want: Want) -> PyResult<()> {
    let Payload::File(cell) = &file.payload else { return Ok(()) };
    loop {
        let source = cell.borrow().source_for(want);
        let Some(source) = source else { return Ok(()) };
        match vm.allow_threads(move || source.read_chunk()) {
            Ok(chunk) => cell.borrow_mut().absorb(chunk),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => crate::signals::check_interrupt(vm)?,
            Err(e) => return Err(os_error(vm, &e, None)),
        }
    }
}

/// Writes text to a file-like value (used by print).
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    if let Value::Obj(o) = file {
        if let Payload::File(f) = &o.payload {
            let mut f = f.borrow_mut();
            check_open(vm, &f)?;
            if f.binary {
                drop(f);
                return vm.type_error("a bytes-like object is required, not 'str'");
            }
            let flush_now = f.write_bytes(text.as_bytes());
            drop(f);
            if flush_now {
                flush_cell(vm, o)?;
            }
            return Ok(());
        }
    }
    let s = vm.new_str(text);
    vm.call_method(file, "write", &[s])?;
    Ok(())
}

fn f_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = file_cell(vm, &args.pos[0])?;
    let data = args.pos.get(1).cloned().unwrap_or(Value::None);
    let binary = cell.borrow().binary;
    let (bytes, count) = if binary {
        let b = crate::object::bytes::bytes_like(vm, &data)?;
        let n = b.len();
        (b, n)
    } else {
        match vm.str_of(&data) {
            Some(s) => {
                let count = s.chars().count();
                match cell.borrow().newline.as_deref() {
                    Some(nl @ ("\r" | "\r\n")) => (s.replace('\n', nl).into_bytes(), count),
                    _ => (s.as_bytes().to_vec(), count),
                }
            }
            None => return vm.type_error(format!("write() argument must be str, not {}", vm.type_name(&data))),
        }
    };
    let mut f = cell.borrow_mut();
    check_open(vm, &f)?;
    if !f.writable {
        drop(f);
        return vm.err("UnsupportedOperation", "not writable").or_else(|_| vm.err("OSError", "not writable"));
    }
    let flush_now = f.write_bytes(&bytes);
    drop(f);
    if flush_now {
        flush_cell(vm, args.pos[0].as_obj().expect("a file object"))?;
    }
    Ok(Value::Int(count as i64))
}

/// Turns bytes read from a file into the value `read()` returns: bytes, or decoded text with
/// newlines translated when the file's `newline` is `None` (universal newlines).
fn decode_chunk(vm: &mut Vm, binary: bool, translate: bool, data: Vec<u8>) -> PyResult<Value> {
    if binary {
        return Ok(vm.new_bytes(data));
    }
    let text = crate::object::bytes::decode_bytes(vm, &data, "utf-8", "strict")?;
    if translate && text.contains('\r') {
        return Ok(vm.new_str(text.replace("\r\n", "\n").replace('\r', "\n")));
    }
    Ok(vm.new_str(text))
}

fn f_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = file_cell(vm, &args.pos[0])?;
    let n = match args.pos.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => vm.index_value(v)?,
    };
    if cell.borrow().readable {
        let want = if n < 0 { Want::All } else { Want::Bytes(n as usize) };
        prefill(vm, args.pos[0].as_obj().expect("a file object"), want)?;
    }
    let (binary, translate, result) = {
        let mut f = cell.borrow_mut();
        check_open(vm, &f)?;
        if !f.readable {
            drop(f);
            return vm.err("OSError", "not readable");
        }
        let r = if n < 0 { f.read_all() } else if f.binary { f.read_n(n as usize) } else { read_chars(&mut f, n as usize) };
        (f.binary, f.newline.is_none(), r)
    };
    match result {
        Ok(data) => decode_chunk(vm, binary, translate, data),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn read_chars(f: &mut FileData, n: usize) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut chars = 0;
    while chars < n {
        let b = f.read_n(1)?;
        if b.is_empty() {
            break;
        }
        out.extend(&b);
        if b[0] < 0x80 || b[0] >= 0xc0 {
            chars += 1;
        }
        // Complete a multi-byte sequence.
        let need = match b[0] {
            0xc0..=0xdf => 1,
            0xe0..=0xef => 2,
            0xf0..=0xf7 => 3,
            _ => 0,
        };
        if need > 0 {
            out.extend(f.read_n(need)?);
        }
    }
    Ok(out)
}

fn f_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = file_cell(vm, &args.pos[0])?;
    let limit = match args.get(1, "size") {
        Some(Value::None) | None => -1,
        Some(v) => vm.index_value(v)?,
    };
    if cell.borrow().readable {
        prefill(vm, args.pos[0].as_obj().expect("a file object"), Want::Line)?;
    }
    let (binary, translate, result) = {
        let mut f = cell.borrow_mut();
        check_open(vm, &f)?;
        let r = if limit < 0 {
            f.read_line()
        } else {
            // Up to `limit` characters (bytes in binary mode), stopping after a newline.
            let mut out = Vec::new();
            let mut count = 0i64;
            let mut err = None;
            while count < limit {
                let b = match if f.binary { f.read_n(1) } else { read_chars(&mut f, 1) } {
                    Ok(b) => b,
                    Err(e) => {
                        err = Some(e);
                        break;
                    }
                };
                if b.is_empty() {
                    break;
                }
                let newline = b == b"\n";
                out.extend(b);
                count += 1;
                if newline {
                    break;
                }
            }
            match err {
                Some(e) => Err(e),
                None => Ok(out),
            }
        };
        (f.binary, f.newline.is_none(), r)
    };
    match result {
        Ok(data) => decode_chunk(vm, binary, translate, data),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn f_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut lines = Vec::new();
    loop {
        let line = f_readline(vm, args)?;
        let empty = match &line {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => s.char_len() == 0,
                Payload::Bytes(b) => b.is_empty(),
                _ => true,
            },
            _ => true,
        };
        if empty {
            break;
        }
        lines.push(line);
    }
    Ok(vm.new_list(lines))
}

fn f_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    for line in vm.collect(&args.pos[1])? {
        f_write(vm, Args::positional(&[args.pos[0].clone(), line]))?;
    }
    Ok(Value::None)
}

fn f_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = file_cell(vm, &args.pos[0])?;
    let r = cell.borrow_mut().tell();
    match r {
        Ok(p) => Ok(Value::Int(p as i64)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn f_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = file_cell(vm, &args.pos[0])?;
    let pos = vm.index_value(args.pos.get(1).unwrap_or(&Value::Int(0)))?;
    let whence = match args.pos.get(2) {
        Some(w) => vm.index_value(w)?,
        None => 0,
    };
    let r = cell.borrow_mut().seek(pos, whence as u32);
    match r {
        Ok(p) => Ok(Value::Int(p as i64)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn f_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = file_cell(vm, &args.pos[0])?;
    Ok(Value::bool(matches!(cell.borrow().handle, Some(Handle::File(_)))))
}

fn f_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    file_cell(vm, &args.pos[0])?;
    flush_cell(vm, args.pos[0].as_obj().expect("a file object"))?;
    Ok(Value::None)
}

fn f_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = file_cell(vm, &args.pos[0])?;
    let r = cell.borrow_mut().flush();
    let mut f = cell.borrow_mut();
    if matches!(f.handle, Some(Handle::File(_))) {
        f.handle = None;
    } else if matches!(f.handle, Some(Handle::Stdout) | Some(Handle::Stderr) | Some(Handle::Stdin)) {
        f.handle = None;
    }
    drop(f);
    match r {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn f_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn f_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    f_close(vm, Args::positional(&args.pos[..1]))?;
    Ok(Value::FALSE)
}

fn f_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn f_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let line = f_readline(vm, args)?;
    let empty = match &line {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.char_len() == 0,
            Payload::Bytes(b) => b.is_empty(),
            _ => true,
        },
        _ => true,
    };
    if empty {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

/// `name`: the path (or descriptor) the file was opened with; settable, as on CPython's
/// FileIO (tempfile names a file opened from a descriptor by its path).
fn f_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = file_cell(vm, &args.pos[0])?;
    if let Some(v) = args.pos.get(1) {
        let text = match v {
            Value::Int(fd) => fd.to_string(),
            other => match vm.str_of(other) {
                Some(s) => s.to_string(),
                None => vm.str_string(other)?,
            },
        };
        cell.borrow_mut().name = text;
        return Ok(Value::None);
    }
    let n = cell.borrow().name.clone();
    Ok(match n.parse::<i64>() {
        Ok(fd) => Value::Int(fd),
        Err(_) => vm.new_str(n),
    })
}

fn f_mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = file_cell(vm, &args.pos[0])?;
    let m = cell.borrow().mode.clone();
    Ok(vm.new_str(m))
}

fn f_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = file_cell(vm, &args.pos[0])?;
    Ok(Value::bool(cell.borrow().handle.is_none()))
}

fn f_encoding(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn f_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = file_cell(vm, &args.pos[0])?;
    let f = cell.borrow();
    Ok(Value::Int(match &f.handle {
        Some(Handle::Stdin) => 0,
        Some(Handle::Stdout) => 1,
        Some(Handle::Stderr) => 2,
        Some(Handle::File(file)) => {
            use std::os::unix::io::AsRawFd;
            file.as_raw_fd() as i64
        }
        None => {
            drop(f);
            return vm.value_error("I/O operation on closed file");
        }
    }))
}

fn f_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let cell = file_cell(vm, &args.pos[0])?;
    let f = cell.borrow();
    Ok(Value::bool(match &f.handle {
        Some(Handle::Stdin) => std::io::stdin().is_terminal(),
        Some(Handle::Stdout) => std::io::stdout().is_terminal(),
        Some(Handle::Stderr) => std::io::stderr().is_terminal(),
        Some(Handle::File(file)) => file.is_terminal(),
        None => false,
    }))
}

fn f_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = file_cell(vm, &args.pos[0])?;
    Ok(Value::bool(cell.borrow().readable))
}

fn f_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = file_cell(vm, &args.pos[0])?;
    Ok(Value::bool(cell.borrow().writable))
}

fn f_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = file_cell(vm, &args.pos[0])?;
    let f = cell.borrow();
    let name = match f.name.parse::<i64>() {
        Ok(n) => n.to_string(),
        Err(_) => format!("'{}'", f.name),
    };
    let s = if f.binary {
        format!("<_io.BufferedReader name={name}>")
    } else {
        format!("<_io.TextIOWrapper name={name} mode='{}' encoding='utf-8'>", f.mode)
    };
    drop(f);
    Ok(vm.new_str(s))
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)`.
pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(path_v) = args.get(0, "file").cloned() else { return vm.type_error("open() missing required argument 'file' (pos 1)") };
    let mode = args.get(1, "mode").and_then(|m| vm.str_of(m)).unwrap_or("r").to_string();
    let fd = match &path_v {
        Value::Int(fd) => Some(*fd),
        _ => None,
    };
    let path = match vm.str_of(&path_v) {
        Some(p) => p.to_string(),
        None => match fd {
            Some(fd) => fd.to_string(),
            None => return vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&path_v))),
        },
    };
    let valid = mode.chars().all(|c| "rwaxbt+U".contains(c)) && mode.chars().filter(|c| "rwax".contains(*c)).count() == 1;
    if !valid {
        return vm.value_error(format!("invalid mode: '{mode}'"));
    }
    let binary = mode.contains('b');
    let given = |name: &str, i: usize| args.get(i, name).filter(|v| !v.is_none()).cloned();
    let newline = match given("newline", 6) {
        None => None,
        Some(v) => match vm.str_of(&v) {
            Some(s @ ("" | "\n" | "\r" | "\r\n")) => Some(s.to_string()),
            Some(other) => return vm.value_error(format!("illegal newline value: {other}")),
            None => return vm.type_error(format!("open() argument 'newline' must be str or None, not {}", vm.type_name(&v))),
        },
    };
    if binary {
        for (name, i, article) in [("encoding", 3, "an"), ("errors", 4, "an"), ("newline", 6, "a")] {
            if given(name, i).is_some() {
                return vm.value_error(format!("binary mode doesn't take {article} {name} argument"));
            }
        }
    }
    let plus = mode.contains('+');
    let mut opts = std::fs::OpenOptions::new();
    let (readable, writable) = match mode.chars().find(|c| "rwax".contains(*c)) {
        Some('r') => {
            opts.read(true).write(plus);
            (true, plus)
        }
        Some('w') => {
            opts.write(true).create(true).truncate(true).read(plus);
            (plus, true)
        }
        Some('a') => {
            opts.append(true).create(true).read(plus);
            (plus, true)
        }
        _ => {
            opts.write(true).create_new(true).read(plus);
            (plus, true)
        }
    };
    let opened = match fd {
        Some(fd) => {
            let closefd = match args.get(7, "closefd") {
                Some(v) => vm.is_true(v)?,
                None => true,
            };
            if !closefd && fd < 0 {
                return vm.value_error("Cannot use closefd=False with file name");
            }
            crate::unix::file_from_fd(fd as i32, closefd)
        }
        None => opts.open(&path),
    };
    match opened {
        Ok(f) => {
            if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
                let e = std::io::Error::from_raw_os_error(21);
                return Err(os_error(vm, &e, Some(&path)));
            }
            let data = FileData::new(Handle::File(Arc::new(f)), &path, &mode.replace('b', "").replace('t', ""), binary, readable, writable);
            let mut data = data;
            data.mode = mode.clone();
            data.newline = newline;
            Ok(new_file(vm, data))
        }
        Err(e) => Err(os_error(vm, &e, Some(&path))),
    }
}

pub fn register(ctx: &Context) {
    for ty in [&ctx.types.text_file, &ctx.types.binary_file] {
        if let Some(t) = ty.type_data() {
            *t.module.borrow_mut() = "_io".into();
        }
        ctx.add_methods(ty, "file", &[
            ("write", f_write),
            ("read", f_read),
            ("readline", f_readline),
            ("readlines", f_readlines),
            ("writelines", f_writelines),
            ("flush", f_flush),
            ("tell", f_tell),
            ("seek", f_seek),
            ("seekable", f_seekable),
            ("close", f_close),
            ("__enter__", f_enter),
            ("__exit__", f_exit),
            ("__iter__", f_iter),
            ("__next__", f_next),
            ("fileno", f_fileno),
            ("isatty", f_isatty),
            ("readable", f_readable),
            ("writable", f_writable),
            ("__repr__", f_repr),
        ]);
        crate::object::typeobj::add_properties(ctx, ty, &[("name", f_name)]);
        crate::object::typeobj::add_getters(ctx, ty, &[("mode", f_mode), ("closed", f_closed), ("encoding", f_encoding)]);
    }
}
