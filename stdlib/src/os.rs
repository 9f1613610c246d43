//! The `os` module: the process environment, files and directories, and `os.path` (the
//! `posixpath` module, see `posixpath.rs`).
//!
//! The system calls are native (std and `std::os::unix` only); the parts CPython writes in
//! Python (`walk`, `makedirs`, `scandir`'s `DirEntry`, `stat_result`, `environ`) are Python
//! source run in the module's namespace when it is first imported.

use ferropy_vm::object::function::Args;
use ferropy_vm::object::{NativeFn, Payload};
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyErr, PyResult, Vm};
use std::cell::Cell;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::PathBuf;

// ----- path arguments -----

/// A path argument: its bytes, whether it was given as bytes, the object as passed (for error
/// messages), or a file descriptor.
pub(crate) struct OsPath {
    pub bytes: Vec<u8>,
    pub is_bytes: bool,
    pub fd: Option<i64>,
    pub given: Value,
}

impl OsPath {
    pub fn path(&self) -> PathBuf {
        match self.fd {
            Some(fd) => PathBuf::from(format!("/proc/self/fd/{fd}")),
            None => PathBuf::from(OsStr::from_bytes(&self.bytes)),
        }
    }
}

/// `os.fspath(v)`: a str or bytes, or what `__fspath__` returns. `None` when `v` is none of
/// these (the caller words the TypeError).
pub(crate) fn fspath_opt(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = v {
        if matches!(o.payload, Payload::Str(_) | Payload::Bytes(_)) {
            return Ok(Some(v.clone()));
        }
    }
    let cls = vm.class_of(v).clone();
    let Some(_) = vm.lookup_type_str(&cls, "__fspath__") else { return Ok(None) };
    let r = vm.call_method(v, "__fspath__", &[])?;
    if let Value::Obj(o) = &r {
        if matches!(o.payload, Payload::Str(_) | Payload::Bytes(_)) {
            return Ok(Some(r));
        }
    }
    let (t, rt) = (vm.type_name(v), vm.type_name(&r));
    vm.type_error(format!("expected {t}.__fspath__() to return str or bytes, not {rt}"))
}

/// The bytes of a str or bytes value (and whether it was bytes).
pub(crate) fn raw_bytes(v: &Value) -> (Vec<u8>, bool) {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => (s.as_str().as_bytes().to_vec(), false),
            Payload::Bytes(b) => (b.to_vec(), true),
            _ => (Vec::new(), false),
        },
        _ => (Vec::new(), false),
    }
}

/// Converts a path argument as CPython's `path_t` converter does.
pub(crate) fn os_path(vm: &mut Vm, v: &Value, func: &str, allow_fd: bool, allow_none: bool) -> PyResult<OsPath> {
    if allow_fd {
        if let Value::Int(fd) = v {
            return Ok(OsPath { bytes: Vec::new(), is_bytes: false, fd: Some(*fd), given: v.clone() });
        }
    }
    if allow_none && v.is_none() {
        return Ok(OsPath { bytes: b".".to_vec(), is_bytes: false, fd: None, given: v.clone() });
    }
    let Some(p) = fspath_opt(vm, v)? else {
        let kinds = match (allow_fd, allow_none) {
            (true, true) => "string, bytes, os.PathLike, integer or None",
            (true, false) => "string, bytes, os.PathLike or integer",
            (false, true) => "string, bytes, os.PathLike or None",
            (false, false) => "string, bytes or os.PathLike",
        };
        return vm.type_error(format!("{func}: path should be {kinds}, not {}", vm.type_name(v)));
    };
    let (bytes, is_bytes) = raw_bytes(&p);
    if bytes.contains(&0) {
        return vm.value_error(if is_bytes { "embedded null byte" } else { "embedded null character in path" });
    }
    Ok(OsPath { bytes, is_bytes, fd: None, given: v.clone() })
}

fn path_arg(vm: &mut Vm, args: &Args, i: usize, name: &str, func: &str) -> PyResult<OsPath> {
    match args.get(i, name) {
        Some(v) => os_path(vm, &v.clone(), func, false, false),
        None => vm.type_error(format!("{func}() missing required argument '{name}' (pos {})", i + 1)),
    }
}

/// A str or bytes value from raw bytes.
pub(crate) fn make_path(vm: &Vm, bytes: &[u8], as_bytes: bool) -> Value {
    if as_bytes {
        vm.new_bytes(bytes.to_vec())
    } else {
        vm.new_str(String::from_utf8_lossy(bytes).into_owned())
    }
}

/// An OSError (or its errno subclass) for an io error, with one or two filenames.
pub(crate) fn os_err(vm: &mut Vm, e: &std::io::Error, filename: Option<&Value>, filename2: Option<&Value>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = ferropy_vm::builtins::strerror(errno);
    let mut args = vec![Value::Int(errno as i64), vm.new_str(msg)];
    if let Some(f) = filename {
        args.push(f.clone());
        if let Some(f2) = filename2 {
            args.push(Value::None);
            args.push(f2.clone());
        }
    }
    let cls = Value::Obj(vm.ctx.exc("OSError"));
    match vm.call(&cls, Args::positional(&args)) {
        Ok(Value::Obj(e)) => e,
        Ok(_) => vm.new_exception_msg("OSError", "error"),
        Err(e) => e,
    }
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize, name: &str, default: i64) -> PyResult<i64> {
    match args.get(i, name) {
        Some(v) if !v.is_none() => {
            if matches!(v, Value::Float(_)) {
                return vm.type_error("'float' object cannot be interpreted as an integer");
            }
            vm.index_value(&v.clone())
        }
        _ => Ok(default),
    }
}

// ----- process facts from /proc -----

fn proc_status_field(field: &str) -> Option<Vec<u32>> {
    let text = std::fs::read_to_string("/proc/self/status").ok()?;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix(field) {
            let rest = rest.trim_start_matches(':');
            return Some(rest.split_whitespace().filter_map(|x| x.parse().ok()).collect());
        }
    }
    None
}

fn ids(field: &str) -> Vec<u32> {
    proc_status_field(field).unwrap_or_else(|| vec![0, 0, 0, 0])
}

thread_local! {
    /// The umask `os.umask` reports (std cannot change the process's real umask).
    static UMASK: Cell<Option<u32>> = const { Cell::new(None) };
}

fn current_umask() -> u32 {
    UMASK.with(|u| match u.get() {
        Some(m) => m,
        None => {
            let text = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
            let m = text
                .lines()
                .find_map(|l| l.strip_prefix("Umask:"))
                .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
                .unwrap_or(0o022);
            u.set(Some(m));
            m
        }
    })
}

// ----- functions -----

fn getcwd(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(make_path(vm, p.as_os_str().as_bytes(), false)),
        Err(e) => Err(os_err(vm, &e, None, None)),
    }
}

fn getcwdb(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(make_path(vm, p.as_os_str().as_bytes(), true)),
        Err(e) => Err(os_err(vm, &e, None, None)),
    }
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, 0, "path", "chdir")?;
    match std::env::set_current_dir(p.path()) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, &e, Some(&p.given), None)),
    }
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = match args.get(0, "path") {
        Some(v) => os_path(vm, &v.clone(), "listdir", true, true)?,
        None => OsPath { bytes: b".".to_vec(), is_bytes: false, fd: None, given: Value::None },
    };
    let given = if p.given.is_none() { vm.new_str(".") } else { p.given.clone() };
    let rd = match std::fs::read_dir(p.path()) {
        Ok(rd) => rd,
        Err(e) => return Err(os_err(vm, &e, Some(&given), None)),
    };
    let mut out = Vec::new();
    for entry in rd {
        match entry {
            Ok(en) => out.push(make_path(vm, en.file_name().as_bytes(), p.is_bytes)),
            Err(e) => return Err(os_err(vm, &e, Some(&given), None)),
        }
    }
    Ok(vm.new_list(out))
}

/// `_scandir(path)`: a list of (name, kind, inode) with kind 'd', 'f', 'l' or '?'.
fn scandir_raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = match args.get(0, "path") {
        Some(v) => os_path(vm, &v.clone(), "scandir", true, true)?,
        None => OsPath { bytes: b".".to_vec(), is_bytes: false, fd: None, given: Value::None },
    };
    let given = if p.given.is_none() { vm.new_str(".") } else { p.given.clone() };
    let rd = match std::fs::read_dir(p.path()) {
        Ok(rd) => rd,
        Err(e) => return Err(os_err(vm, &e, Some(&given), None)),
    };
    let mut out = Vec::new();
    for entry in rd {
        match entry {
            Ok(en) => {
                let kind = match en.file_type() {
                    Ok(t) if t.is_symlink() => "l",
                    Ok(t) if t.is_dir() => "d",
                    Ok(t) if t.is_file() => "f",
                    _ => "?",
                };
                let ino = std::os::unix::fs::DirEntryExt::ino(&en);
                let name = make_path(vm, en.file_name().as_bytes(), p.is_bytes);
                let k = vm.new_str(kind);
                out.push(vm.new_tuple(vec![name, k, vm.new_int(ino.into())]));
            }
            Err(e) => return Err(os_err(vm, &e, Some(&given), None)),
        }
    }
    Ok(vm.new_list(out))
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, 0, "path", "mkdir")?;
    let mode = int_arg(vm, &args, 1, "mode", 0o777)? as u32;
    let mut b = std::fs::DirBuilder::new();
    std::os::unix::fs::DirBuilderExt::mode(&mut b, mode & !current_umask() & 0o7777);
    match b.create(p.path()) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, &e, Some(&p.given), None)),
    }
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, 0, "path", "rmdir")?;
    match std::fs::remove_dir(p.path()) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, &e, Some(&p.given), None)),
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, 0, "path", "remove")?;
    match std::fs::remove_file(p.path()) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, &e, Some(&p.given), None)),
    }
}

fn unlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, 0, "path", "unlink")?;
    match std::fs::remove_file(p.path()) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, &e, Some(&p.given), None)),
    }
}

fn rename_impl(vm: &mut Vm, args: Args, func: &str) -> PyResult<Value> {
    let src = path_arg(vm, &args, 0, "src", func)?;
    let dst = path_arg(vm, &args, 1, "dst", func)?;
    if src.is_bytes != dst.is_bytes {
        return vm.type_error(format!("{func}: src and dst must be the same type"));
    }
    match std::fs::rename(src.path(), dst.path()) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, &e, Some(&src.given), Some(&dst.given))),
    }
}

fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rename_impl(vm, args, "rename")
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rename_impl(vm, args, "replace")
}

fn link(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let src = path_arg(vm, &args, 0, "src", "link")?;
    let dst = path_arg(vm, &args, 1, "dst", "link")?;
    match std::fs::hard_link(src.path(), dst.path()) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, &e, Some(&src.given), Some(&dst.given))),
    }
}

fn symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let src = path_arg(vm, &args, 0, "src", "symlink")?;
    let dst = path_arg(vm, &args, 1, "dst", "symlink")?;
    match std::os::unix::fs::symlink(src.path(), dst.path()) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, &e, Some(&src.given), Some(&dst.given))),
    }
}

fn readlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, 0, "path", "readlink")?;
    match std::fs::read_link(p.path()) {
        Ok(t) => Ok(make_path(vm, t.as_os_str().as_bytes(), p.is_bytes)),
        Err(e) => Err(os_err(vm, &e, Some(&p.given), None)),
    }
}

fn chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = match args.get(0, "path") {
        Some(v) => os_path(vm, &v.clone(), "chmod", true, false)?,
        None => return vm.type_error("chmod() missing required argument 'path' (pos 1)"),
    };
    let mode = match args.get(1, "mode") {
        Some(_) => int_arg(vm, &args, 1, "mode", 0)? as u32,
        None => return vm.type_error("chmod() missing required argument 'mode' (pos 2)"),
    };
    match std::fs::set_permissions(p.path(), std::fs::Permissions::from_mode(mode)) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, &e, Some(&p.given), None)),
    }
}

fn chown(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, 0, "path", "chown")?;
    let uid = int_arg(vm, &args, 1, "uid", -1)?;
    let gid = int_arg(vm, &args, 2, "gid", -1)?;
    let conv = |x: i64| if x < 0 { None } else { Some(x as u32) };
    match std::os::unix::fs::chown(p.path(), conv(uid), conv(gid)) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, &e, Some(&p.given), None)),
    }
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = match args.get(0, "path") {
        Some(v) => os_path(vm, &v.clone(), "truncate", true, false)?,
        None => return vm.type_error("truncate() missing required argument 'path' (pos 1)"),
    };
    let len = int_arg(vm, &args, 1, "length", 0)?;
    if len < 0 {
        let e = std::io::Error::from_raw_os_error(22);
        return Err(os_err(vm, &e, Some(&p.given), None));
    }
    let r = std::fs::OpenOptions::new().write(true).open(p.path()).and_then(|f| f.set_len(len as u64));
    match r {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, &e, Some(&p.given), None)),
    }
}

thread_local! {
    /// `os.stat_result`, made by the module's Python part.
    static STAT_RESULT: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

/// `stat`/`lstat`/`fstat`: an `os.stat_result` for a path or file descriptor.
fn stat_impl(vm: &mut Vm, v: &Value, follow: bool, func: &str) -> PyResult<Value> {
    let p = os_path(vm, v, func, follow, false)?;
    let md = if follow || p.fd.is_some() { std::fs::metadata(p.path()) } else { std::fs::symlink_metadata(p.path()) };
    let md = match md {
        Ok(m) => m,
        Err(e) => {
            let e = match (p.fd, e.raw_os_error()) {
                (Some(_), Some(2)) => std::io::Error::from_raw_os_error(9),
                _ => e,
            };
            let given = if p.fd.is_some() { None } else { Some(&p.given) };
            return Err(os_err(vm, &e, given, None));
        }
    };
    let t = stat_tuple(vm, &md);
    match STAT_RESULT.with(|c| c.borrow().clone()) {
        Some(cls) => vm.call1(&cls, t),
        None => Ok(t),
    }
}

fn stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.get(0, "path").cloned() else { return vm.type_error("stat() missing required argument 'path' (pos 1)") };
    let follow = match args.kw("follow_symlinks") {
        Some(f) => vm.is_true(&f.clone())?,
        None => true,
    };
    stat_impl(vm, &v, follow, "stat")
}

fn lstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.get(0, "path").cloned() else { return vm.type_error("lstat() missing required argument 'path' (pos 1)") };
    stat_impl(vm, &v, false, "lstat")
}

fn fstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.get(0, "fd").cloned() else { return vm.type_error("fstat() missing required argument 'fd' (pos 1)") };
    if !matches!(v, Value::Int(_) | Value::Bool(_)) {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v)));
    }
    stat_impl(vm, &v, true, "fstat")
}

fn stat_tuple(vm: &mut Vm, md: &std::fs::Metadata) -> Value {
    let ns = |s: i64, n: i64| s as i128 * 1_000_000_000 + n as i128;
    let fl = |s: i64, n: i64| s as f64 + n as f64 * 1e-9;
    let items = vec![
        Value::Int(md.mode() as i64),
        vm.new_int(md.ino().into()),
        vm.new_int(md.dev().into()),
        Value::Int(md.nlink() as i64),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        Value::Int(md.size() as i64),
        Value::Int(md.atime()),
        Value::Int(md.mtime()),
        Value::Int(md.ctime()),
        Value::float(fl(md.atime(), md.atime_nsec())),
        Value::float(fl(md.mtime(), md.mtime_nsec())),
        Value::float(fl(md.ctime(), md.ctime_nsec())),
        vm.new_int(ns(md.atime(), md.atime_nsec()).into()),
        vm.new_int(ns(md.mtime(), md.mtime_nsec()).into()),
        vm.new_int(ns(md.ctime(), md.ctime_nsec()).into()),
        Value::Int(md.blksize() as i64),
        Value::Int(md.blocks() as i64),
        vm.new_int(md.rdev().into()),
    ];
    vm.new_tuple(items)
}

fn access(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.get(0, "path").cloned() else { return vm.type_error("access() missing required argument 'path' (pos 1)") };
    let p = os_path(vm, &v, "access", true, false)?;
    let mode = match args.get(1, "mode") {
        Some(_) => int_arg(vm, &args, 1, "mode", 0)?,
        None => return vm.type_error("access() missing required argument 'mode' (pos 2)"),
    };
    let Ok(md) = std::fs::metadata(p.path()) else { return Ok(Value::FALSE) };
    if mode == 0 {
        return Ok(Value::TRUE);
    }
    let uid = ids("Uid").get(1).copied().unwrap_or(0);
    let perm = md.mode();
    if uid == 0 {
        let x_ok = mode & 1 == 0 || md.is_dir() || perm & 0o111 != 0;
        return Ok(Value::bool(x_ok));
    }
    let bits = if md.uid() == uid {
        (perm >> 6) & 7
    } else {
        let gid = ids("Gid").get(1).copied().unwrap_or(0);
        let groups = proc_status_field("Groups").unwrap_or_default();
        if md.gid() == gid || groups.contains(&md.gid()) {
            (perm >> 3) & 7
        } else {
            perm & 7
        }
    };
    let want = (mode & 7) as u32;
    Ok(Value::bool(bits & want == want))
}

fn to_system_time(vm: &mut Vm, v: &Value) -> PyResult<std::time::SystemTime> {
    let secs = ferropy_vm::object::float::to_float(vm, v)?;
    let base = std::time::UNIX_EPOCH;
    let d = std::time::Duration::from_secs_f64(secs.abs());
    Ok(if secs >= 0.0 { base + d } else { base - d })
}

fn utime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.get(0, "path").cloned() else { return vm.type_error("utime() missing required argument 'path' (pos 1)") };
    let p = os_path(vm, &v, "utime", true, false)?;
    let times = args.get(1, "times").cloned().unwrap_or(Value::None);
    let ns = args.kw("ns").cloned();
    let (atime, mtime) = if let Some(ns) = ns {
        if !times.is_none() {
            return vm.value_error("utime: you may specify either 'times' or 'ns' but not both");
        }
        let items = ferropy_vm::object::tuple::tuple_items(&ns).to_vec();
        if items.len() != 2 {
            return vm.type_error("utime: 'ns' must be a tuple of two ints");
        }
        let mut out = Vec::new();
        for it in &items {
            let n = vm.index_bigint(it)?;
            let n: i128 = num_traits::ToPrimitive::to_i128(&n).unwrap_or(0);
            let d = std::time::Duration::from_nanos(n.unsigned_abs() as u64);
            out.push(if n >= 0 { std::time::UNIX_EPOCH + d } else { std::time::UNIX_EPOCH - d });
        }
        (out[0], out[1])
    } else if times.is_none() {
        let now = std::time::SystemTime::now();
        (now, now)
    } else {
        let items = ferropy_vm::object::tuple::tuple_items(&times).to_vec();
        if items.len() != 2 {
            return vm.type_error("utime: 'times' must be either a tuple of two ints or None");
        }
        (to_system_time(vm, &items[0])?, to_system_time(vm, &items[1])?)
    };
    let path = p.path();
    let file = std::fs::File::open(&path).or_else(|_| std::fs::OpenOptions::new().write(true).open(&path));
    let r = file.and_then(|f| f.set_times(std::fs::FileTimes::new().set_accessed(atime).set_modified(mtime)));
    match r {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, &e, Some(&p.given), None)),
    }
}

fn fspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.get(0, "path").cloned() else { return vm.type_error("fspath() missing required argument 'path' (pos 1)") };
    match fspath_opt(vm, &v)? {
        Some(p) => Ok(p),
        None => vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&v))),
    }
}

fn getpid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn getuid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(ids("Uid").first().copied().unwrap_or(0) as i64))
}

fn geteuid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(ids("Uid").get(1).copied().unwrap_or(0) as i64))
}

fn getgid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(ids("Gid").first().copied().unwrap_or(0) as i64))
}

fn getegid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(ids("Gid").get(1).copied().unwrap_or(0) as i64))
}

fn getgroups(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let g = proc_status_field("Groups").unwrap_or_default();
    Ok(vm.new_list(g.into_iter().map(|x| Value::Int(x as i64)).collect()))
}

fn cpu_count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    if let Ok(text) = std::fs::read_to_string("/sys/devices/system/cpu/online") {
        let mut n = 0i64;
        for part in text.trim().split(',') {
            match part.split_once('-') {
                Some((a, b)) => {
                    if let (Ok(a), Ok(b)) = (a.parse::<i64>(), b.parse::<i64>()) {
                        n += b - a + 1;
                    }
                }
                None => {
                    if part.parse::<i64>().is_ok() {
                        n += 1;
                    }
                }
            }
        }
        if n > 0 {
            return Ok(Value::Int(n));
        }
    }
    match std::thread::available_parallelism() {
        Ok(n) => Ok(Value::Int(n.get() as i64)),
        Err(_) => Ok(Value::None),
    }
}

fn strerror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.pos.first() else { return vm.type_error("strerror() takes exactly one argument (0 given)") };
    if !ferropy_vm::ops::number::is_int_like(v) {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)));
    }
    let n = vm.index_value(&v.clone())?;
    Ok(vm.new_str(ferropy_vm::builtins::strerror(n as i32)))
}

fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.get(0, "size").cloned() else { return vm.type_error("urandom() missing required argument 'size' (pos 1)") };
    if !ferropy_vm::ops::number::is_int_like(&v) {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v)));
    }
    let n = vm.index_value(&v)?;
    if n < 0 {
        return vm.value_error("negative argument not allowed");
    }
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf));
    match r {
        Ok(()) => Ok(vm.new_bytes(buf)),
        Err(e) => Err(os_err(vm, &e, None, None)),
    }
}

fn umask(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.get(0, "mask").cloned() else { return vm.type_error("umask() missing required argument 'mask' (pos 1)") };
    if !ferropy_vm::ops::number::is_int_like(&v) {
        return vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v)));
    }
    let new = vm.index_value(&v)? as u32 & 0o777;
    let old = current_umask();
    UMASK.with(|u| u.set(Some(new)));
    Ok(Value::Int(old as i64))
}

fn environ_raw(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let d = vm.new_dict_obj();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(k.to_string_lossy().into_owned());
        let v = vm.new_str(v.to_string_lossy().into_owned());
        ferropy_vm::object::dict::dict_set(vm, &d, k, v)?;
    }
    Ok(Value::Obj(d))
}

fn env_str(vm: &mut Vm, v: &Value, what: &str) -> PyResult<String> {
    let (b, _) = match fspath_opt(vm, v)? {
        Some(p) => raw_bytes(&p),
        None => return vm.type_error(format!("str expected, not {}", vm.type_name(v))),
    };
    if b.contains(&0) {
        return vm.value_error("embedded null byte");
    }
    let s = String::from_utf8_lossy(&b).into_owned();
    if what == "name" && (s.is_empty() || s.contains('=')) {
        return vm.value_error("illegal environment variable name");
    }
    Ok(s)
}

fn putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return vm.type_error(format!("putenv expected 2 arguments, got {}", args.pos.len()));
    }
    let k = env_str(vm, &args.pos[0], "name")?;
    let v = env_str(vm, &args.pos[1], "value")?;
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.pos.first() else { return vm.type_error("unsetenv() takes exactly one argument (0 given)") };
    let k = env_str(vm, &v.clone(), "name")?;
    std::env::remove_var(k);
    Ok(Value::None)
}

fn flush_stdio(vm: &mut Vm) {
    for name in ["stdout", "stderr"] {
        if let Ok(s) = ferropy_vm::builtins::functions::sys_stream(vm, name) {
            if !s.is_none() {
                let _ = vm.call_method(&s, "flush", &[]);
            }
        }
    }
}

fn system(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.get(0, "command").cloned() else { return vm.type_error("system() missing required argument 'command' (pos 1)") };
    let Some(p) = fspath_opt(vm, &v)? else {
        return vm.type_error(format!("system: command should be string, bytes or os.PathLike, not {}", vm.type_name(&v)));
    };
    let (cmd, _) = raw_bytes(&p);
    flush_stdio(vm);
    let status = std::process::Command::new("/bin/sh").arg("-c").arg(OsStr::from_bytes(&cmd)).status();
    match status {
        Ok(s) => Ok(Value::Int(std::os::unix::process::ExitStatusExt::into_raw(s) as i64)),
        Err(_) => Ok(Value::Int(127 << 8)),
    }
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let fd = int_arg(vm, &args, 0, "fd", -1)?;
    Ok(Value::bool(match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => false,
    }))
}

fn uname_raw(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let read = |f: &str| std::fs::read_to_string(format!("/proc/sys/kernel/{f}")).map(|s| s.trim().to_string()).unwrap_or_default();
    let items = vec![
        vm.new_str(read("ostype")),
        vm.new_str(read("hostname")),
        vm.new_str(read("osrelease")),
        vm.new_str(read("version")),
        vm.new_str(std::env::consts::ARCH),
    ];
    Ok(vm.new_tuple(items))
}

fn getloadavg(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let v: Vec<f64> = text.split_whitespace().take(3).filter_map(|x| x.parse().ok()).collect();
    if v.len() != 3 {
        return vm.err("OSError", "Load averages are unobtainable");
    }
    Ok(vm.new_tuple(v.into_iter().map(Value::float).collect()))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getcwd", getcwd),
    ("getcwdb", getcwdb),
    ("chdir", chdir),
    ("listdir", listdir),
    ("_scandir", scandir_raw),
    ("mkdir", mkdir),
    ("rmdir", rmdir),
    ("remove", remove),
    ("unlink", unlink),
    ("rename", rename),
    ("replace", replace),
    ("link", link),
    ("symlink", symlink),
    ("readlink", readlink),
    ("chmod", chmod),
    ("chown", chown),
    ("truncate", truncate),
    ("stat", stat),
    ("lstat", lstat),
    ("fstat", fstat),
    ("access", access),
    ("utime", utime),
    ("fspath", fspath),
    ("getpid", getpid),
    ("getuid", getuid),
    ("geteuid", geteuid),
    ("getgid", getgid),
    ("getegid", getegid),
    ("getgroups", getgroups),
    ("cpu_count", cpu_count),
    ("strerror", strerror),
    ("urandom", urandom),
    ("umask", umask),
    ("_environ", environ_raw),
    ("putenv", putenv),
    ("unsetenv", unsetenv),
    ("system", system),
    ("isatty", isatty),
    ("_uname", uname_raw),
    ("getloadavg", getloadavg),
];

/// The parts of `os` written in Python. A `#@line N` comment pads the source so that the next
/// line is line N: functions CPython's frozen `os` also writes in Python sit at the same lines,
/// so tracebacks through them read the same.
const PRELUDE: &str = r#"
import sys
import posixpath as path
import abc as _abc

error = OSError
linesep = '\n'
supports_bytes_environ = True
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
EX_OK = 0
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_APPEND = 1024
O_CREAT = 64
O_EXCL = 128
O_TRUNC = 512


class stat_result(tuple):
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 19:
            raise TypeError("os.stat_result() takes an at most 19-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:10])
        extra = list(seq[10:]) + [None] * (19 - len(seq))
        for i in range(3):
            if extra[i] is None:
                extra[i] = seq[7 + i]
        self._extra = tuple(extra)
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[0])
    st_mtime = property(lambda self: self._extra[1])
    st_ctime = property(lambda self: self._extra[2])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])
    st_blksize = property(lambda self: self._extra[6])
    st_blocks = property(lambda self: self._extra[7])
    st_rdev = property(lambda self: self._extra[8])

    def __repr__(self):
        fields = ', '.join('%s=%r' % (n, v) for n, v in zip(self._names, self))
        return 'os.stat_result(' + fields + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))


class uname_result(tuple):
    _names = ('sysname', 'nodename', 'release', 'version', 'machine')
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        fields = ', '.join('%s=%r' % (n, v) for n, v in zip(self._names, self))
        return 'posix.uname_result(' + fields + ')'


def uname():
    return uname_result(_uname())


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


def get_terminal_size(fd=1):
    try:
        columns = int(environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 80
    try:
        lines = int(environ['LINES'])
    except (KeyError, ValueError):
        lines = 24
    return terminal_size((columns, lines))


#@line 200
def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones.  Works like
    mkdir, except that any intermediate path segment (not just the rightmost)
    will be created if it does not exist. If the target directory already
    exists, raise an OSError if exist_ok is False. Otherwise no exception is
    raised.  This is recursive.

    """
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
#@line 215
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Defeats race condition when another thread created the path
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:           # xxx/newdir/. exists if xxx/newdir exists
            return
    try:
#@line 225
        mkdir(name, mode)
    except OSError:
        # Cannot rely on checking for EEXIST, since the operating system
        # could give priority to other errors like EACCES or EROFS
        if not exist_ok or not path.isdir(name):
            raise

#@line 232
def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate
    ones.
    """
#@line 243
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)

#@line 254
def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left
    empty.
    """
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
#@line 271
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass

#@line 282
def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for each directory
    in the tree rooted at top."""
    return _walk(fspath(top), topdown, onerror, followlinks)

#@line 345
def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []

    # We may not have read permission for top, in which case we can't
    # get a list of the files the directory contains.
    try:
        scandir_it = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return

    with scandir_it:
        while True:
            try:
                try:
                    entry = next(scandir_it)
                except StopIteration:
                    break
            except OSError as error:
                if onerror is not None:
                    onerror(error)
                return

            try:
                is_dir = entry.is_dir()
            except OSError:
                # If is_dir() raises an OSError, consider that the entry is not
                # a directory, same behaviour than os.path.isdir().
                is_dir = False

            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)

            if not topdown and is_dir:
                # Bottom-up: recurse into sub-directory, but exclude symlinks to
                # directories if followlinks is False
                if followlinks:
                    walk_into = True
                else:
                    try:
                        is_symlink = entry.is_symlink()
                    except OSError:
                        # If is_symlink() raises an OSError, consider that the
                        # entry is not a symbolic link, same behaviour than
                        # os.path.islink().
                        is_symlink = False
                    walk_into = not is_symlink

                if walk_into:
                    walk_dirs.append(entry.path)

    # Yield before recursion if going top down
    if topdown:
        yield top, dirs, nondirs

        # Recurse into sub-directories
        islink, join = path.islink, path.join
        for dirname in dirs:
            new_path = join(top, dirname)
            # Issue #23605: os.path.islink() is used instead of caching
            # entry.is_symlink() result during the loop on os.scandir() because
            # the caller can replace the directory entry during the "yield"
            # above.
            if followlinks or not islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        # Recurse into sub-directories
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        # Yield after recursion if going bottom up
        yield top, dirs, nondirs

#@line 619
def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process.
    """
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)

#@line 666
class _Environ(dict):
#@line 674
    def __getitem__(self, key):
        try:
            return dict.__getitem__(self, key)
        except KeyError:
            # raise KeyError with the original key value
            raise KeyError(key) from None

#@line 682
    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        dict.__setitem__(self, key, value)

#@line 688
    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            dict.__delitem__(self, encodedkey)
        except KeyError:
            # raise KeyError with the original key value
            raise KeyError(key) from None

    def pop(self, key, *default):
        had = key in self
        value = dict.pop(self, key, *default)
        if had:
            unsetenv(key)
        return value

    def popitem(self):
        key, value = dict.popitem(self)
        unsetenv(key)
        return key, value

    def clear(self):
        for key in list(self):
            del self[key]

#@line 713
    def copy(self):
        return dict(self)

#@line 716
    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

#@line 721
    def __ior__(self, other):
        self.update(other)
        return self

    def update(self, *args, **kwds):
        for key, value in dict(*args, **kwds).items():
            self[key] = value

    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'

#@line 739
def _createenviron():
    env = _Environ(_environ())
    if True:
        # Where Env Var Names Can Be Mixed Case
#@line 756
        def encode(value):
            if not isinstance(value, str):
                raise TypeError("str expected, not %s" % type(value).__name__)
            return value
    env.encodekey = encode
    env.encodevalue = encode
    return env

# unicode environ
environ = _createenviron()
del _createenviron, _environ

#@line 773
def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


def getenvb(key, default=None):
    value = environ.get(key.decode() if isinstance(key, bytes) else key)
    if value is None:
        return default
    return value.encode()


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
            return NotImplemented
        return NotImplemented


class DirEntry:
    def __init__(self, name, kind, ino, base):
        self.name = name
        self.path = path.join(base, name)
        self._kind = kind
        self._ino = ino
        self._stat = None
        self._lstat = None

    def inode(self):
        return self._ino

    def is_symlink(self):
        if self._kind == '?':
            return path.islink(self.path)
        return self._kind == 'l'

    def is_dir(self, *, follow_symlinks=True):
        return self._is_kind('d', 0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is_kind('f', 0o100000, follow_symlinks)

    def _is_kind(self, kind, fmt, follow_symlinks):
        # The kind readdir gave, or (for a symlink or an unknown kind) the file type stat finds.
        if self._kind == 'l' or self._kind == '?':
            if not follow_symlinks and self._kind == 'l':
                return False
            try:
                st = self.stat(follow_symlinks=follow_symlinks)
            except FileNotFoundError:
                return False
            return (st.st_mode & 0o170000) == fmt
        return self._kind == kind

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self._kind == 'l':
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


class _ScandirIterator:
    def __init__(self, entries):
        self._entries = iter(entries)
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed:
            raise StopIteration
        return next(self._entries)

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False


def scandir(path=None):
    raw = _scandir(path)
    if path is None:
        base = '.'
    elif isinstance(path, int):
        base = ''
    else:
        base = fspath(path)
    return _ScandirIterator([DirEntry(n, k, i, base) for n, k, i in raw])


sys.modules['os.path'] = path
del _abc
"#;

/// Pads `#@line N` markers so the line after each is line N (see `PRELUDE`).
pub(crate) fn align_lines(src: &str) -> String {
    let mut out = String::with_capacity(src.len() + 1024);
    let mut line = 1usize;
    for l in src.split('\n') {
        if let Some(n) = l.strip_prefix("#@line ") {
            let target: usize = n.trim().parse().unwrap_or(0);
            while line < target {
                out.push('\n');
                line += 1;
            }
            continue;
        }
        out.push_str(l);
        out.push('\n');
        line += 1;
    }
    out
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::native_module(vm, "os", FUNCTIONS)?;
    crate::os_process::install(vm, &m)?;
    let name = vm.new_str("posix");
    vm.set_attr_in_dict(&m, "name", name)?;
    crate::posixpath::set_path_constants(vm, &m)?;
    // `os` is in sys.modules while its Python part runs (posixpath may import it).
    let key = Value::Obj(vm.intern("os"));
    let modules = vm.modules.clone();
    ferropy_vm::object::dict::dict_set(vm, &modules, key.clone(), Value::Obj(m.clone()))?;
    let globals = match crate::run_python_part(vm, &m, &align_lines(PRELUDE), "os") {
        Ok(globals) => globals,
        Err(e) => {
            let _ = ferropy_vm::object::dict::dict_del(vm, &modules, &key);
            return Err(e);
        }
    };
    let cls = ferropy_vm::object::dict::dict_get_str(&globals, &vm.intern("stat_result"));
    STAT_RESULT.with(|c| *c.borrow_mut() = cls);
    Ok(m)
}
