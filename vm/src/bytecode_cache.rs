//! The bytecode cache: where compiled files live, when they may be trusted, and how they are
//! written.
//!
//! Importing a source module `d/m.py` looks for `d/__pycache__/m.ferropy-01.pyc` (with
//! `.opt-1`/`.opt-2` before `.pyc` under `-O`/`-OO`, or under `sys.pycache_prefix` when set).
//! The file is used only if its header is ours and matches the source: for a timestamp pyc, the
//! source's mtime and size (each `& 0xFFFFFFFF`); for a checked hash pyc, the SipHash of the
//! source bytes; an unchecked hash pyc is trusted as it stands. Anything else — missing,
//! stale, truncated, corrupt, foreign — means compile the source again; a cache file never
//! causes an error by itself. After compiling, the file is written unless
//! `sys.dont_write_bytecode` is true (`-B`, `PYTHONDONTWRITEBYTECODE`): its parent folders are
//! made, then a temporary file beside the target is created exclusively with the source's mode
//! (plus owner-write, minus execute) and renamed over the target, so a reader never sees half
//! a file. Failure to write is silent (`-v` reports it), as in CPython.
//!
//! A module found only as a legacy `m.pyc` (or `m.pyo` under `-O`) beside no source is
//! *sourceless*: only its magic number and flags are checked, and a bad one is an ImportError.
//!
//! The functions that compile and write take no `Vm`: `compileall` calls them from worker
//! threads. Only `source_module_code` and `sourceless_code` touch interpreter state.

use crate::code::{load_code, syntax_error};
use crate::object::CodeData;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use ferropy_compiler::pyc::{self, Invalidation, Validity};
use ferropy_compiler::{CodeObject, CompileError, Constant};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

/// The cache file for `source` (PEP 3147/488 naming): `optimization` is `""` for none, else
/// the `opt-` suffix (`"1"`, `"2"`); `prefix` is `sys.pycache_prefix`.
pub fn cache_from_source(source: &str, optimization: &str, prefix: Option<&str>) -> String {
    let (head, tail) = match source.rfind('/') {
        Some(i) => (&source[..i], &source[i + 1..]),
        None => ("", source),
    };
    // As `tail.rpartition('.')`: the stem (or, for a dot-file, what follows the dot), the dot
    // if any, then the tag.
    let mut filename = match tail.rfind('.') {
        Some(0) => format!("{}.{}", &tail[1..], pyc::CACHE_TAG),
        Some(i) => format!("{}.{}", &tail[..i], pyc::CACHE_TAG),
        None => format!("{tail}{}", pyc::CACHE_TAG),
    };
    if !optimization.is_empty() {
        filename.push_str(".opt-");
        filename.push_str(optimization);
    }
    filename.push_str(".pyc");
    match prefix {
        Some(prefix) => {
            let head = if head.starts_with('/') || source.starts_with('/') {
                head.to_string()
            } else {
                let cwd = std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
                if head.is_empty() { cwd } else { format!("{cwd}/{head}") }
            };
            join(&[prefix, head.trim_start_matches('/'), &filename])
        }
        None => join(&[head, "__pycache__", &filename]),
    }
}

/// Joins path parts with `/`, skipping empty ones (as `os.path.join` does for the cases here).
fn join(parts: &[&str]) -> String {
    let mut out = String::new();
    for p in parts.iter().filter(|p| !p.is_empty()) {
        if !out.is_empty() && !out.ends_with('/') {
            out.push('/');
        }
        out.push_str(p);
    }
    out
}

/// A str's Python `repr` for the messages here (paths: no escapes needed beyond the quotes).
fn py_repr(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') { format!("\"{s}\"") } else { format!("'{}'", s.replace('\'', "\\'")) }
}

/// Splits at the last `/`: (head, tail), as `os.path.split` without trimming.
fn split_last(path: &str) -> (&str, &str) {
    match path.rfind('/') {
        Some(i) => (&path[..i], &path[i + 1..]),
        None => ("", path),
    }
}

/// The source file a cache file belongs to (`importlib.util.source_from_cache`), or the
/// `ValueError` message saying why the name is not a cache file's.
pub fn source_from_cache(cache: &str, prefix: Option<&str>) -> Result<String, String> {
    let (mut head, filename) = split_last(cache);
    let mut in_prefix = false;
    if let Some(prefix) = prefix {
        let stripped = prefix.trim_end_matches('/');
        if head.starts_with(&format!("{stripped}/")) {
            head = &head[stripped.len()..];
            in_prefix = true;
        }
    }
    if !in_prefix {
        let (parent, pycache) = split_last(head);
        if pycache != "__pycache__" {
            return Err(format!("__pycache__ not bottom-level directory in {}", py_repr(cache)));
        }
        head = parent;
    }
    let dots = filename.matches('.').count();
    if !(2..=3).contains(&dots) {
        return Err(format!("expected only 2 or 3 dots in {}", py_repr(filename)));
    }
    if dots == 3 {
        let optimization = filename.rsplitn(3, '.').nth(1).unwrap_or("");
        let Some(level) = optimization.strip_prefix("opt-") else {
            return Err("optimization portion of filename does not start with 'opt-'".into());
        };
        if level.is_empty() || !level.chars().all(char::is_alphanumeric) {
            return Err(format!("optimization level {} is not an alphanumeric value", py_repr(optimization)));
        }
    }
    let base = filename.split('.').next().unwrap_or("");
    Ok(join(&[head, &format!("{base}.py")]))
}

/// What went wrong compiling one file outside the interpreter (on a worker thread).
#[derive(Debug)]
pub enum CompileFileError {
    /// Reading the source or writing the cache failed.
    Io { error: std::io::Error, filename: String },
    /// The source does not compile (or does not decode).
    Compile(CompileError),
}

/// Reads and compiles a source file, as `compile(source, dfile, 'exec', optimize=…)` would.
pub fn compile_file(source_path: &Path, dfile: &str, optimize: u8) -> Result<(CodeObject, Vec<u8>), CompileFileError> {
    let (bytes, _) = read_source(source_path)?;
    let code = compile_bytes(&bytes, dfile, optimize).map_err(CompileFileError::Compile)?;
    Ok((code, bytes))
}

/// A source file's bytes and metadata, from one open (the metadata is the open file's).
pub fn read_source(source_path: &Path) -> Result<(Vec<u8>, std::fs::Metadata), CompileFileError> {
    use std::io::Read;
    let io = |error| CompileFileError::Io { error, filename: source_path.to_string_lossy().into_owned() };
    let mut file = std::fs::File::open(source_path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize + 1);
    file.read_to_end(&mut bytes).map_err(io)?;
    Ok((bytes, meta))
}

/// Compiles source bytes, as `compile(source, dfile, 'exec', optimize=…)` would.
pub fn compile_bytes(bytes: &[u8], dfile: &str, optimize: u8) -> Result<CodeObject, CompileError> {
    let text = ferropy_compiler::source::decode_source(bytes, dfile)?;
    let options = ferropy_compiler::Options { optimize };
    ferropy_compiler::compile_source(&text, dfile, ferropy_compiler::Mode::Exec, options)
}

/// Source mtime in whole seconds, the way the header stores it.
pub fn mtime_seconds(meta: &std::fs::Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    meta.mtime() as u64
}

/// Writes a whole file atomically: a temporary file beside `path`, created exclusively with
/// `mode`, renamed over `path`. Parent folders are made as needed: the temporary file is
/// first tried as if they existed (they nearly always do), which spares a `stat` per file.
pub fn write_atomic(path: &Path, data: &[u8], mode: u32) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let unique = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let temp = PathBuf::from(format!("{}.{}{}", path.display(), std::process::id(), unique));
    let create = || std::fs::OpenOptions::new().write(true).create_new(true).mode(mode & 0o666).open(&temp);
    let mut file = match create() {
        Ok(file) => file,
        Err(_) => {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                if !parent.is_dir() {
                    std::fs::create_dir_all(parent)?;
                }
            }
            create()?
        }
    };
    let written = file.write_all(data).and_then(|_| file.flush());
    drop(file);
    if let Err(e) = written.and_then(|_| std::fs::rename(&temp, path)) {
        let _ = std::fs::remove_file(&temp);
        return Err(e);
    }
    Ok(())
}

/// The mode a cache file gets: the source's, writable by its owner, never executable.
pub fn cache_mode(source_meta: &std::fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    (source_meta.permissions().mode() | 0o200) & 0o666
}

/// Whether a cache file's header matches the source it claims to be compiled from.
/// `source` is read lazily: a timestamp header needs only the metadata.
/// `check_hash` is `--check-hash-based-pycs`: "always" and "never" override the header's flag.
fn header_matches(validity: Validity, meta: &std::fs::Metadata, check_hash: &str, source: &mut dyn FnMut() -> Option<Vec<u8>>) -> bool {
    match validity {
        Validity::Timestamp { mtime, size } => mtime == mtime_seconds(meta) as u32 && size == meta.len() as u32,
        Validity::Hash { hash, check_source } => {
            let check = match check_hash {
                "always" => true,
                "never" => false,
                _ => check_source,
            };
            !check || source().is_some_and(|s| pyc::source_hash(&s) == hash)
        }
    }
}

/// The cache settings the running program has chosen (they may change at run time).
struct Settings {
    optimize: u8,
    dont_write: bool,
    prefix: Option<String>,
}

fn settings(vm: &mut Vm) -> Settings {
    let optimize = vm.ctx.options.borrow().optimize;
    let sys_value = |vm: &mut Vm, name: &str| -> Option<Value> {
        let sys = vm.sys.clone()?;
        let dict = sys.dict.clone()?;
        crate::object::dict::dict_get_str(&dict, &vm.intern(name))
    };
    let dont_write = sys_value(vm, "dont_write_bytecode").is_some_and(|v| vm.is_true(&v).unwrap_or(false));
    let prefix = sys_value(vm, "pycache_prefix").and_then(|v| vm.str_of(&v).map(str::to_string));
    Settings { optimize, dont_write, prefix }
}

fn optimization_tag(optimize: u8) -> String {
    if optimize == 0 { String::new() } else { optimize.to_string() }
}

/// The `__cached__` path of a source module.
pub fn cached_path_for(vm: &mut Vm, source: &str) -> String {
    let s = settings(vm);
    cache_from_source(source, &optimization_tag(s.optimize), s.prefix.as_deref())
}

/// The code of a source module: from its cache file when that is fresh, else compiled from
/// `source_path` (shown as `filename`) and cached. Returns the code and the cache path.
pub fn source_module_code(vm: &mut Vm, source_path: &Path, filename: &str) -> PyResult<(Rc<CodeData>, String)> {
    let s = settings(vm);
    let cache = cache_from_source(filename, &optimization_tag(s.optimize), s.prefix.as_deref());
    let meta = std::fs::metadata(source_path).map_err(|e| crate::builtins::file::os_error(vm, &e, source_path.to_str()))?;
    let mut source_bytes: Option<Vec<u8>> = None;
    let mut hash_mode = None;
    if let Ok(data) = std::fs::read(&cache) {
        if let Ok(validity) = pyc::parse_header(&data) {
            if let Validity::Hash { check_source, .. } = validity {
                hash_mode = Some(if check_source { Invalidation::CheckedHash } else { Invalidation::UncheckedHash });
            }
            let mut read_source = || {
                if source_bytes.is_none() {
                    source_bytes = std::fs::read(source_path).ok();
                }
                source_bytes.clone()
            };
            let check_hash = vm.ctx.options.borrow().check_hash_based_pycs.clone();
            if header_matches(validity, &meta, &check_hash, &mut read_source) {
                if let Ok(code) = pyc::load_body(&data) {
                    let code = with_filename(code, filename);
                    return Ok((load_code(vm, code), cache));
                }
            }
        }
    }
    let bytes = match source_bytes {
        Some(b) => b,
        None => std::fs::read(source_path).map_err(|e| crate::builtins::file::os_error(vm, &e, source_path.to_str()))?,
    };
    let text = ferropy_compiler::source::decode_source(&bytes, filename).map_err(|e| syntax_error(vm, &e))?;
    let options = ferropy_compiler::Options { optimize: s.optimize };
    let code = ferropy_compiler::compile_source(&text, filename, ferropy_compiler::Mode::Exec, options)
        .map_err(|e| syntax_error(vm, &e))?;
    if !s.dont_write {
        let mode = hash_mode.unwrap_or(Invalidation::Timestamp);
        let data = pyc::pyc_bytes(&code, mode, &bytes, mtime_seconds(&meta));
        if let Err(e) = write_atomic(Path::new(&cache), &data, cache_mode(&meta)) {
            if vm.ctx.options.borrow().verbose > 0 {
                eprintln!("# could not create {cache:?}: {e}");
            }
        }
    }
    Ok((load_code(vm, Arc::new(code)), cache))
}

/// The code of a sourceless module (a legacy `m.pyc`/`m.pyo` with no `m.py`): only the magic
/// number and flags are checked.
pub fn sourceless_code(vm: &mut Vm, path: &Path, name: &str) -> PyResult<Rc<CodeData>> {
    let shown = path.to_string_lossy().into_owned();
    let data = std::fs::read(path).map_err(|e| crate::builtins::file::os_error(vm, &e, Some(&shown)))?;
    let code = load_pyc(&data).map_err(|msg| {
        let e = vm.new_exception_msg("ImportError", format!("{msg} in {name:?}: {shown:?}"));
        let _ = vm.set_attr_in_dict(&e, "name", vm.new_str(name));
        let _ = vm.set_attr_in_dict(&e, "path", vm.new_str(shown.as_str()));
        e
    })?;
    Ok(load_code(vm, code))
}

/// The code in a whole `.pyc` file, checking only its header's magic and flags; the error is
/// a message in CPython's words.
pub fn load_pyc(data: &[u8]) -> Result<Arc<CodeObject>, String> {
    match pyc::parse_header(data) {
        Ok(_) => pyc::load_body(data).map_err(|e| e.message()),
        Err(pyc::HeaderError::Truncated) => Err("bad pyc data: header truncated".into()),
        Err(e) => Err(e.to_string()),
    }
}

/// A code object whose `co_filename` (and its nested code objects') is `filename`: a cache
/// file made when the source lived elsewhere still reports where the source is now.
fn with_filename(code: Arc<CodeObject>, filename: &str) -> Arc<CodeObject> {
    if code.filename == filename {
        return code;
    }
    let mut owned = (*code).clone();
    owned.filename = filename.to_string();
    for c in owned.consts.iter_mut() {
        if let Constant::Code(inner) = c {
            *inner = with_filename(inner.clone(), filename);
        }
    }
    Arc::new(owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_names_follow_pep_3147_and_488() {
        assert_eq!(cache_from_source("d/m.py", "", None), "d/__pycache__/m.ferropy-01.pyc");
        assert_eq!(cache_from_source("m.py", "1", None), "__pycache__/m.ferropy-01.opt-1.pyc");
        assert_eq!(cache_from_source("/a/b/m.py", "", Some("/p")), "/p/a/b/m.ferropy-01.pyc");
        assert_eq!(cache_from_source("/a/.m", "", None), "/a/__pycache__/m.ferropy-01.pyc");
        assert_eq!(cache_from_source("/a/m", "", None), "/a/__pycache__/mferropy-01.pyc");
        assert_eq!(source_from_cache("d/__pycache__/m.ferropy-01.opt-2.pyc", None).as_deref(), Ok("d/m.py"));
        assert_eq!(source_from_cache("/p/a/b/m.ferropy-01.pyc", Some("/p")).as_deref(), Ok("/a/b/m.py"));
        assert!(source_from_cache("d/m.pyc", None).is_err());
    }
}
