//! The `posixpath` module (`os.path`): CPython's POSIX path algorithms, on str or bytes.
//!
//! Every algorithm works on the path's bytes (a str's UTF-8 bytes); `/` and `.` are ASCII, so
//! splitting there never cuts a character, and a str result is rebuilt from valid UTF-8.

use crate::os::{fspath_opt, make_path, os_err, os_path, raw_bytes};
use ferropy_vm::object::function::Args;
use ferropy_vm::object::NativeFn;
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyResult, Vm};
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// `os.fspath(v)` as bytes, and whether it was bytes.
fn fs(vm: &mut Vm, v: &Value) -> PyResult<(Vec<u8>, bool)> {
    match fspath_opt(vm, v)? {
        Some(p) => Ok(raw_bytes(&p)),
        None => vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(v))),
    }
}

fn arg<'a>(vm: &Vm, args: &Args<'a>, i: usize, name: &str, func: &str) -> PyResult<&'a Value> {
    match args.get(i, name) {
        Some(v) => Ok(v),
        None => vm.type_error(format!("{func}() missing 1 required positional argument: '{name}'")),
    }
}

fn first(vm: &mut Vm, args: &Args, name: &str, func: &str) -> PyResult<(Vec<u8>, bool)> {
    let v = arg(vm, args, 0, name, func)?.clone();
    fs(vm, &v)
}

fn out(vm: &Vm, b: &[u8], is_bytes: bool) -> Value {
    make_path(vm, b, is_bytes)
}

/// genericpath._check_arg_types: the TypeError for bad or mixed argument types.
fn check_arg_types(vm: &mut Vm, func: &str, values: &[Value]) -> PyResult<()> {
    let (mut has_str, mut has_bytes) = (false, false);
    for v in values {
        let v = match fspath_opt(vm, v)? {
            Some(p) => p,
            None => return vm.type_error(format!("{func}() argument must be str, bytes, or os.PathLike object, not '{}'", vm.type_name(v))),
        };
        match raw_bytes(&v) {
            (_, true) => has_bytes = true,
            (_, false) => has_str = true,
        }
    }
    if has_str && has_bytes {
        return vm.type_error("Can't mix strings and bytes in path components");
    }
    Ok(())
}

fn rfind(p: &[u8], c: u8) -> Option<usize> {
    p.iter().rposition(|&x| x == c)
}

// ----- pure algorithms -----

pub fn join_bytes(parts: &[Vec<u8>]) -> Vec<u8> {
    let mut path = parts[0].clone();
    for b in &parts[1..] {
        if b.starts_with(b"/") {
            path = b.clone();
        } else if path.is_empty() || path.ends_with(b"/") {
            path.extend_from_slice(b);
        } else {
            path.push(b'/');
            path.extend_from_slice(b);
        }
    }
    path
}

pub fn split_bytes(p: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let i = rfind(p, b'/').map(|i| i + 1).unwrap_or(0);
    let (head, tail) = (&p[..i], &p[i..]);
    let mut head = head.to_vec();
    if !head.is_empty() && !head.iter().all(|&c| c == b'/') {
        while head.last() == Some(&b'/') {
            head.pop();
        }
    }
    (head, tail.to_vec())
}

fn splitext_bytes(p: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let sep_index = rfind(p, b'/').map(|i| i as isize).unwrap_or(-1);
    if let Some(dot) = rfind(p, b'.') {
        if dot as isize > sep_index {
            let mut fi = (sep_index + 1) as usize;
            while fi < dot {
                if p[fi] != b'.' {
                    return (p[..dot].to_vec(), p[dot..].to_vec());
                }
                fi += 1;
            }
        }
    }
    (p.to_vec(), Vec::new())
}

pub fn normpath_bytes(path: &[u8]) -> Vec<u8> {
    if path.is_empty() {
        return b".".to_vec();
    }
    let mut initial = if path.starts_with(b"/") { 1 } else { 0 };
    if initial == 1 && path.starts_with(b"//") && !path.starts_with(b"///") {
        initial = 2;
    }
    let mut comps: Vec<&[u8]> = Vec::new();
    for comp in path.split(|&c| c == b'/') {
        if comp.is_empty() || comp == b"." {
            continue;
        }
        if comp != b".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&&b".."[..]) {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let mut res = vec![b'/'; initial];
    res.extend_from_slice(&comps.join(&b'/'));
    if res.is_empty() {
        return b".".to_vec();
    }
    res
}

fn cwd_bytes(vm: &mut Vm) -> PyResult<Vec<u8>> {
    match std::env::current_dir() {
        Ok(p) => Ok(p.as_os_str().as_bytes().to_vec()),
        Err(e) => Err(os_err(vm, &e, None, None)),
    }
}

pub fn abspath_bytes(vm: &mut Vm, p: &[u8]) -> PyResult<Vec<u8>> {
    if p.starts_with(b"/") {
        return Ok(normpath_bytes(p));
    }
    let cwd = cwd_bytes(vm)?;
    Ok(normpath_bytes(&join_bytes(&[cwd, p.to_vec()])))
}

fn os_path_of(b: &[u8]) -> &Path {
    Path::new(OsStr::from_bytes(b))
}

/// posixpath._joinrealpath: `(path, ok)`.
fn join_realpath(vm: &mut Vm, mut path: Vec<u8>, rest: &[u8], strict: bool, seen: &mut Vec<(Vec<u8>, Option<Vec<u8>>)>, is_bytes: bool) -> PyResult<(Vec<u8>, bool)> {
    let mut rest: Vec<u8> = rest.to_vec();
    if rest.starts_with(b"/") {
        rest.remove(0);
        path = b"/".to_vec();
    }
    while !rest.is_empty() {
        let (name, remaining) = match rest.iter().position(|&c| c == b'/') {
            Some(i) => (rest[..i].to_vec(), rest[i + 1..].to_vec()),
            None => (rest.clone(), Vec::new()),
        };
        rest = remaining;
        if name.is_empty() || name == b"." {
            continue;
        }
        if name == b".." {
            if !path.is_empty() {
                let (head, tail) = split_bytes(&path);
                path = head;
                if tail == b".." {
                    path = join_bytes(&[path, b"..".to_vec(), b"..".to_vec()]);
                }
            } else {
                path = b"..".to_vec();
            }
            continue;
        }
        let newpath = join_bytes(&[path.clone(), name]);
        let is_link = match std::fs::symlink_metadata(os_path_of(&newpath)) {
            Ok(md) => md.file_type().is_symlink(),
            Err(e) => {
                if strict {
                    let f = out(vm, &newpath, is_bytes);
                    return Err(os_err(vm, &e, Some(&f), None));
                }
                false
            }
        };
        if !is_link {
            path = newpath;
            continue;
        }
        if let Some((_, resolved)) = seen.iter().find(|(k, _)| *k == newpath) {
            match resolved {
                Some(r) => {
                    path = r.clone();
                    continue;
                }
                None => {
                    if strict {
                        if let Err(e) = std::fs::metadata(os_path_of(&newpath)) {
                            let f = out(vm, &newpath, is_bytes);
                            return Err(os_err(vm, &e, Some(&f), None));
                        }
                    }
                    return Ok((join_bytes(&[newpath, rest]), false));
                }
            }
        }
        seen.push((newpath.clone(), None));
        let target = match std::fs::read_link(os_path_of(&newpath)) {
            Ok(t) => t.as_os_str().as_bytes().to_vec(),
            Err(e) => {
                let f = out(vm, &newpath, is_bytes);
                return Err(os_err(vm, &e, Some(&f), None));
            }
        };
        let (p, ok) = join_realpath(vm, path, &target, strict, seen, is_bytes)?;
        path = p;
        if !ok {
            return Ok((join_bytes(&[path, rest]), false));
        }
        if let Some(entry) = seen.iter_mut().find(|(k, _)| *k == newpath) {
            entry.1 = Some(path.clone());
        }
    }
    Ok((path, true))
}

// ----- functions -----

fn normcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(vm, &args, 0, "s", "normcase")?.clone();
    match fspath_opt(vm, &v)? {
        Some(p) => Ok(p),
        None => vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&v))),
    }
}

fn isabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, _) = first(vm, &args, "s", "isabs")?;
    Ok(Value::bool(p.starts_with(b"/")))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return vm.type_error("join() missing 1 required positional argument: 'a'");
    }
    let (a, is_bytes) = fs(vm, &args.pos[0])?;
    let mut parts = vec![a];
    for v in &args.pos[1..] {
        let p = match fspath_opt(vm, v)? {
            Some(p) => p,
            None => {
                check_arg_types(vm, "join", args.pos)?;
                unreachable!("check_arg_types raises");
            }
        };
        let (b, bb) = raw_bytes(&p);
        if bb != is_bytes {
            return vm.type_error("Can't mix strings and bytes in path components");
        }
        parts.push(b);
    }
    Ok(out(vm, &join_bytes(&parts), is_bytes))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, b) = first(vm, &args, "p", "split")?;
    let (h, t) = split_bytes(&p);
    Ok(vm.new_tuple(vec![out(vm, &h, b), out(vm, &t, b)]))
}

fn splitext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, b) = first(vm, &args, "p", "splitext")?;
    let (r, e) = splitext_bytes(&p);
    Ok(vm.new_tuple(vec![out(vm, &r, b), out(vm, &e, b)]))
}

fn splitdrive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, b) = first(vm, &args, "p", "splitdrive")?;
    Ok(vm.new_tuple(vec![out(vm, b"", b), out(vm, &p, b)]))
}

fn basename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, b) = first(vm, &args, "p", "basename")?;
    let i = rfind(&p, b'/').map(|i| i + 1).unwrap_or(0);
    Ok(out(vm, &p[i..], b))
}

fn dirname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, b) = first(vm, &args, "p", "dirname")?;
    let (h, _) = split_bytes(&p);
    Ok(out(vm, &h, b))
}

fn normpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, b) = first(vm, &args, "path", "normpath")?;
    Ok(out(vm, &normpath_bytes(&p), b))
}

fn abspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, b) = first(vm, &args, "path", "abspath")?;
    let r = abspath_bytes(vm, &p)?;
    Ok(out(vm, &r, b))
}

fn realpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, b) = first(vm, &args, "filename", "realpath")?;
    let strict = match args.kw("strict") {
        Some(v) => vm.is_true(&v.clone())?,
        None => false,
    };
    let mut seen = Vec::new();
    let (path, _) = join_realpath(vm, Vec::new(), &p, strict, &mut seen, b)?;
    let r = abspath_bytes(vm, &path)?;
    Ok(out(vm, &r, b))
}

fn relpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pv = arg(vm, &args, 0, "path", "relpath")?.clone();
    let start_v = args.get(1, "start").cloned().unwrap_or(Value::None);
    // `if not path` comes before fspath.
    if !vm.is_true(&pv)? {
        return vm.value_error("no path specified");
    }
    let (p, b) = fs(vm, &pv)?;
    let start = if start_v.is_none() {
        b".".to_vec()
    } else {
        let (s, sb) = fs(vm, &start_v)?;
        if sb != b {
            return vm.type_error("Can't mix strings and bytes in path components");
        }
        s
    };
    let sa = abspath_bytes(vm, &start)?;
    let pa = abspath_bytes(vm, &p)?;
    let start_list: Vec<&[u8]> = sa.split(|&c| c == b'/').filter(|x| !x.is_empty()).collect();
    let path_list: Vec<&[u8]> = pa.split(|&c| c == b'/').filter(|x| !x.is_empty()).collect();
    let i = start_list.iter().zip(&path_list).take_while(|(a, b)| a == b).count();
    let mut rel: Vec<Vec<u8>> = vec![b"..".to_vec(); start_list.len() - i];
    rel.extend(path_list[i..].iter().map(|x| x.to_vec()));
    if rel.is_empty() {
        return Ok(out(vm, b".", b));
    }
    Ok(out(vm, &join_bytes(&rel), b))
}

fn commonpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = arg(vm, &args, 0, "paths", "commonpath")?.clone();
    let items = vm.collect(&v)?;
    if items.is_empty() {
        return vm.value_error("commonpath() arg is an empty sequence");
    }
    let mut paths = Vec::new();
    for it in &items {
        match fspath_opt(vm, it)? {
            Some(p) => paths.push(raw_bytes(&p)),
            None => {
                check_arg_types(vm, "commonpath", &items)?;
                return vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(it)));
            }
        }
    }
    let is_bytes = paths[0].1;
    if paths.iter().any(|(_, b)| *b != is_bytes) {
        return vm.type_error("Can't mix strings and bytes in path components");
    }
    let abs: Vec<bool> = paths.iter().map(|(p, _)| p.starts_with(b"/")).collect();
    if abs.iter().any(|a| *a != abs[0]) {
        return vm.value_error("Can't mix absolute and relative paths");
    }
    let split: Vec<Vec<&[u8]>> = paths.iter().map(|(p, _)| p.split(|&c| c == b'/').filter(|c| !c.is_empty() && *c != b".").collect()).collect();
    let s1 = split.iter().min().expect("non-empty");
    let s2 = split.iter().max().expect("non-empty");
    let mut common: &[&[u8]] = s1;
    for (i, c) in s1.iter().enumerate() {
        if *c != s2[i] {
            common = &s1[..i];
            break;
        }
    }
    let mut res = if abs[0] { b"/".to_vec() } else { Vec::new() };
    res.extend_from_slice(&common.join(&b'/'));
    Ok(out(vm, &res, is_bytes))
}

fn home_of(user: &[u8]) -> Option<Vec<u8>> {
    let text = std::fs::read("/etc/passwd").ok()?;
    for line in text.split(|&c| c == b'\n') {
        let fields: Vec<&[u8]> = line.split(|&c| c == b':').collect();
        if fields.len() >= 6 && fields[0] == user {
            return Some(fields[5].to_vec());
        }
    }
    None
}

fn home_of_uid(uid: &str) -> Option<Vec<u8>> {
    let text = std::fs::read("/etc/passwd").ok()?;
    for line in text.split(|&c| c == b'\n') {
        let fields: Vec<&[u8]> = line.split(|&c| c == b':').collect();
        if fields.len() >= 6 && fields[2] == uid.as_bytes() {
            return Some(fields[5].to_vec());
        }
    }
    None
}

fn expanduser(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, b) = first(vm, &args, "path", "expanduser")?;
    if !p.starts_with(b"~") {
        return Ok(out(vm, &p, b));
    }
    let i = p[1..].iter().position(|&c| c == b'/').map(|i| i + 1).unwrap_or(p.len());
    let home = if i == 1 {
        match std::env::var_os("HOME") {
            Some(h) => Some(h.as_bytes().to_vec()),
            None => {
                let uid = std::fs::read_to_string("/proc/self/status")
                    .ok()
                    .and_then(|t| t.lines().find_map(|l| l.strip_prefix("Uid:").map(|r| r.split_whitespace().next().unwrap_or("").to_string())));
                uid.and_then(|u| home_of_uid(&u))
            }
        }
    } else {
        home_of(&p[1..i])
    };
    let Some(mut home) = home else { return Ok(out(vm, &p, b)) };
    while home.last() == Some(&b'/') {
        home.pop();
    }
    home.extend_from_slice(&p[i..]);
    if home.is_empty() {
        home = b"/".to_vec();
    }
    Ok(out(vm, &home, b))
}

fn expandvars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (mut p, b) = first(vm, &args, "path", "expandvars")?;
    if !p.contains(&b'$') {
        return Ok(out(vm, &p, b));
    }
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = 0;
    while i < p.len() {
        if p[i] != b'$' {
            i += 1;
            continue;
        }
        // \$(\w+|\{[^}]*\})
        let (name, j) = if i + 1 < p.len() && word(p[i + 1]) {
            let mut j = i + 1;
            while j < p.len() && word(p[j]) {
                j += 1;
            }
            (p[i + 1..j].to_vec(), j)
        } else if i + 1 < p.len() && p[i + 1] == b'{' {
            match p[i + 2..].iter().position(|&c| c == b'}') {
                Some(k) => (p[i + 2..i + 2 + k].to_vec(), i + 3 + k),
                None => {
                    i += 1;
                    continue;
                }
            }
        } else {
            i += 1;
            continue;
        };
        let value = environ_get(vm, &name)?;
        match value {
            None => i = j,
            Some(v) => {
                let tail = p[j..].to_vec();
                p.truncate(i);
                p.extend_from_slice(&v);
                i = p.len();
                p.extend_from_slice(&tail);
            }
        }
    }
    Ok(out(vm, &p, b))
}

/// `os.environ[name]` (through the `os` module when it is loaded, so changes made to
/// `os.environ` are seen), or the process environment.
fn environ_get(vm: &mut Vm, name: &[u8]) -> PyResult<Option<Vec<u8>>> {
    let key = String::from_utf8_lossy(name).into_owned();
    let os = ferropy_vm::object::dict::dict_get_str(&vm.modules.clone(), &vm.intern("os"));
    if let Some(os) = os {
        if let Some(env) = vm.get_attr_opt(&os, "environ")? {
            let k = vm.new_str(key.as_str());
            let r = vm.call_method(&env, "get", &[k])?;
            return Ok(vm.str_of(&r).map(|s| s.as_bytes().to_vec()));
        }
    }
    Ok(std::env::var_os(&key).map(|v| v.as_bytes().to_vec()))
}

/// Metadata for a stat-style argument; `Ok(None)` when the path cannot be stat'ed (or the
/// argument is a bad str/bytes value), as the `exists`-style predicates want.
fn try_meta(vm: &mut Vm, args: &Args, func: &str, follow: bool) -> PyResult<Option<std::fs::Metadata>> {
    let v = arg(vm, args, 0, "path", func)?.clone();
    let p = match os_path(vm, &v, if follow { "stat" } else { "lstat" }, follow, false) {
        Ok(p) => p,
        Err(e) if vm.exc_matches(&e, "ValueError") => return Ok(None),
        Err(e) => return Err(e),
    };
    let md = if follow { std::fs::metadata(p.path()) } else { std::fs::symlink_metadata(p.path()) };
    Ok(md.ok())
}

/// Metadata or the OSError, for `getsize` and friends.
fn meta(vm: &mut Vm, args: &Args, func: &str) -> PyResult<std::fs::Metadata> {
    let v = arg(vm, args, 0, "filename", func)?.clone();
    let p = os_path(vm, &v, "stat", true, false)?;
    match std::fs::metadata(p.path()) {
        Ok(m) => Ok(m),
        Err(e) => Err(os_err(vm, &e, Some(&p.given), None)),
    }
}

fn exists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(try_meta(vm, &args, "exists", true)?.is_some()))
}

fn lexists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(try_meta(vm, &args, "lexists", false)?.is_some()))
}

fn isfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(try_meta(vm, &args, "isfile", true)?.is_some_and(|m| m.is_file())))
}

fn isdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(try_meta(vm, &args, "isdir", true)?.is_some_and(|m| m.is_dir())))
}

fn islink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(try_meta(vm, &args, "islink", false)?.is_some_and(|m| m.file_type().is_symlink())))
}

fn ismount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(m1) = try_meta(vm, &args, "ismount", false)? else { return Ok(Value::FALSE) };
    if m1.file_type().is_symlink() {
        return Ok(Value::FALSE);
    }
    let (p, b) = first(vm, &args, "path", "ismount")?;
    let parent = join_bytes(&[p, b"..".to_vec()]);
    let mut seen = Vec::new();
    let (rp, _) = join_realpath(vm, Vec::new(), &parent, false, &mut seen, b)?;
    let rp = abspath_bytes(vm, &rp)?;
    let Ok(m2) = std::fs::symlink_metadata(os_path_of(&rp)) else { return Ok(Value::FALSE) };
    Ok(Value::bool(m1.dev() != m2.dev() || m1.ino() == m2.ino()))
}

fn getsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = meta(vm, &args, "getsize")?;
    Ok(Value::Int(m.size() as i64))
}

fn getmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = meta(vm, &args, "getmtime")?;
    Ok(Value::float(m.mtime() as f64 + m.mtime_nsec() as f64 * 1e-9))
}

fn getatime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = meta(vm, &args, "getatime")?;
    Ok(Value::float(m.atime() as f64 + m.atime_nsec() as f64 * 1e-9))
}

fn getctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = meta(vm, &args, "getctime")?;
    Ok(Value::float(m.ctime() as f64 + m.ctime_nsec() as f64 * 1e-9))
}

fn samefile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m1 = meta(vm, &args, "samefile")?;
    let second = Args { pos: args.pos.get(1..).unwrap_or(&[]), kwnames: &[], kwvalues: &[] };
    let m2 = meta(vm, &second, "samefile")?;
    Ok(Value::bool(m1.dev() == m2.dev() && m1.ino() == m2.ino()))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("normcase", normcase),
    ("isabs", isabs),
    ("join", join),
    ("split", split),
    ("splitext", splitext),
    ("splitdrive", splitdrive),
    ("basename", basename),
    ("dirname", dirname),
    ("normpath", normpath),
    ("abspath", abspath),
    ("realpath", realpath),
    ("relpath", relpath),
    ("commonpath", commonpath),
    ("expanduser", expanduser),
    ("expandvars", expandvars),
    ("exists", exists),
    ("lexists", lexists),
    ("isfile", isfile),
    ("isdir", isdir),
    ("islink", islink),
    ("ismount", ismount),
    ("getsize", getsize),
    ("getmtime", getmtime),
    ("getatime", getatime),
    ("getctime", getctime),
    ("samefile", samefile),
];

const PRELUDE: &str = r#"
def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m: return ''
    if not isinstance(m[0], (list, tuple)):
        import os
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def sameopenfile(fp1, fp2):
    import os
    return samestat(os.fstat(fp1), os.fstat(fp2))
"#;

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::native_module(vm, "posixpath", FUNCTIONS)?;
    set_path_constants(vm, &m)?;
    vm.set_attr_in_dict(&m, "supports_unicode_filenames", Value::FALSE)?;
    crate::run_python_part(vm, &m, PRELUDE, "posixpath")?;
    Ok(m)
}

/// The POSIX path constants (`sep`, `pathsep`, `curdir`, ..., `altsep`), which `os` and
/// `posixpath` both define.
pub(crate) fn set_path_constants(vm: &mut Vm, m: &ObjRef) -> PyResult<()> {
    let strs: &[(&str, &str)] = &[
        ("sep", "/"),
        ("extsep", "."),
        ("pathsep", ":"),
        ("curdir", "."),
        ("pardir", ".."),
        ("devnull", "/dev/null"),
        ("defpath", "/bin:/usr/bin"),
    ];
    for (k, v) in strs {
        let v = vm.new_str(*v);
        vm.set_attr_in_dict(m, k, v)?;
    }
    vm.set_attr_in_dict(m, "altsep", Value::None)
}
