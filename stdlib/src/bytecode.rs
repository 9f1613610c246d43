//! `_bytecode`: the native half of `importlib.util`, `py_compile` and `compileall`.
//!
//! The Python modules decide what to compile and print what CPython prints; this module does
//! the work that must be fast or must match the import system exactly: cache-file names (the
//! same function `import` uses), source hashes, and compiling a source file to one `.pyc` per
//! optimization level, written atomically. `compile_files` compiles many files on native
//! threads (`compileall -j`): the compiler needs no interpreter, so workers parse, compile,
//! marshal and write in parallel while the interpreter's thread is still reading the jobs
//! (compileall walks and plans lazily, in Python), and only turning failures into exception
//! objects happens back on the interpreter's thread. Neither function holds the GIL while it
//! waits for native work.
//!
//! Functions:
//! - `MAGIC_NUMBER`, `CACHE_TAG`
//! - `cache_from_source(path, optimization)` — `optimization` is `''` or the level's text;
//!   `sys.pycache_prefix` is honoured
//! - `source_from_cache(path)`, `source_hash(data)`
//! - `compile_file(source, dfile, targets, invalidation_mode, hardlink_dupes)` — `targets` is a
//!   list of `(cfile, optimize)`; raises what compiling or writing raised
//! - `compile_files(jobs, workers)` — `jobs` is an iterable of argument tuples for
//!   `compile_file`, consumed as the workers compile; returns a list holding None or the
//!   exception for each job, in order. If the iterable raises, the jobs not yet started are
//!   dropped and the exception propagates.

use ferropy_compiler::pyc::{self, Invalidation};
use ferropy_vm::bytecode_cache::{self as cache, CompileFileError};
use ferropy_vm::object::function::Args;
use ferropy_vm::object::{NativeFn, Payload};
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyErr, PyResult, Vm};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};

fn str_arg(vm: &mut Vm, v: Option<&Value>, what: &str) -> PyResult<String> {
    let Some(v) = v else { return vm.type_error(format!("missing argument: {what}")) };
    let v = crate::os::fspath_opt(vm, v)?.unwrap_or_else(|| v.clone());
    match vm.str_of(&v) {
        Some(s) => Ok(s.to_string()),
        None => vm.type_error(format!("{what} must be str, not {}", vm.type_name(&v))),
    }
}

fn pycache_prefix(vm: &mut Vm) -> Option<String> {
    let sys = vm.sys.clone()?;
    let v = ferropy_vm::object::dict::dict_get_str(sys.dict.as_ref()?, &vm.intern("pycache_prefix"))?;
    vm.str_of(&v).map(str::to_string)
}

fn cache_from_source(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = str_arg(vm, args.get(0, "path"), "path")?;
    let optimization = str_arg(vm, args.get(1, "optimization"), "optimization")?;
    let prefix = pycache_prefix(vm);
    Ok(vm.new_str(cache::cache_from_source(&path, &optimization, prefix.as_deref())))
}

fn source_from_cache(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = str_arg(vm, args.get(0, "path"), "path")?;
    let prefix = pycache_prefix(vm);
    match cache::source_from_cache(&path, prefix.as_deref()) {
        Ok(source) => Ok(vm.new_str(source)),
        Err(msg) => vm.value_error(msg),
    }
}

fn source_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = match args.get(0, "source_bytes") {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Bytes(b) => b.to_vec(),
            Payload::ByteArray(b) => b.borrow().clone(),
            _ => return vm.type_error("a bytes-like object is required"),
        },
        _ => return vm.type_error("a bytes-like object is required"),
    };
    Ok(vm.new_bytes(pyc::source_hash(&data).to_vec()))
}

/// One file to compile: where from, the name compiled code reports, and where to.
struct Job {
    source: PathBuf,
    dfile: String,
    targets: Vec<(String, u8)>,
    mode: Invalidation,
    hardlink_dupes: bool,
}

fn job_from(vm: &mut Vm, args: &[Value]) -> PyResult<Job> {
    let source = str_arg(vm, args.first(), "source")?;
    let dfile = match args.get(1) {
        Some(v) if !v.is_none() => str_arg(vm, Some(v), "dfile")?,
        _ => source.clone(),
    };
    let mut targets = Vec::new();
    for t in vm.collect(args.get(2).unwrap_or(&Value::None))? {
        let pair = vm.collect(&t)?;
        let cfile = str_arg(vm, pair.first(), "cfile")?;
        let level = vm.index_value(pair.get(1).unwrap_or(&Value::Int(0)))?;
        targets.push((cfile, level.clamp(0, 255) as u8));
    }
    let mode = match args.get(3) {
        Some(v) if !v.is_none() => match vm.index_value(v)? {
            0 => Invalidation::Timestamp,
            1 => Invalidation::CheckedHash,
            2 => Invalidation::UncheckedHash,
            _ => return vm.value_error("invalidation_mode must be 0, 1 or 2"),
        },
        _ => Invalidation::Timestamp,
    };
    let hardlink_dupes = match args.get(4) {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    Ok(Job { source: PathBuf::from(source), dfile, targets, mode, hardlink_dupes })
}

/// Compiles one job with no interpreter: the code for each level, then each file written.
fn run_job(job: &Job) -> Result<(), CompileFileError> {
    let io = |error: std::io::Error, path: &Path| CompileFileError::Io { error, filename: path.to_string_lossy().into_owned() };
    if job.targets.is_empty() {
        std::fs::metadata(&job.source).map_err(|e| io(e, &job.source))?;
        return Ok(());
    }
    let (source, meta) = cache::read_source(&job.source)?;
    // Each level's file contents, compiled once; the last file written (an index here).
    let mut compiled: Vec<(u8, Vec<u8>)> = Vec::new();
    let mut previous: Option<(usize, &String)> = None;
    for (cfile, level) in &job.targets {
        let at = match compiled.iter().position(|(l, _)| l == level) {
            Some(at) => at,
            None => {
                let code = cache::compile_bytes(&source, &job.dfile, *level).map_err(CompileFileError::Compile)?;
                compiled.push((*level, pyc::pyc_bytes(&code, job.mode, &source, cache::mtime_seconds(&meta))));
                compiled.len() - 1
            }
        };
        let data = &compiled[at].1;
        let target = Path::new(cfile);
        if let Some((prev_at, prev_file)) = previous.filter(|_| job.hardlink_dupes) {
            if compiled[prev_at].1 == *data && prev_file != cfile {
                let _ = std::fs::remove_file(target);
                std::fs::hard_link(prev_file, target).map_err(|e| io(e, target))?;
                continue;
            }
        }
        refuse_odd_target(target).map_err(|e| io(e, target))?;
        cache::write_atomic(target, data, cache::cache_mode(&meta)).map_err(|e| io(e, target))?;
        previous = Some((at, cfile));
    }
    Ok(())
}

/// py_compile refuses to replace a symlink or a special file with a cache file.
fn refuse_odd_target(target: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(target) {
        Ok(m) if m.file_type().is_symlink() || !m.is_file() => {
            let what = if m.file_type().is_symlink() { "is a symlink" } else { "is a non-regular file" };
            Err(std::io::Error::new(std::io::ErrorKind::AlreadyExists, format!("{} {what} and will be changed into a regular one if import writes a byte-compiled file to it", target.display())))
        }
        _ => Ok(()),
    }
}

/// The exception for a failed job.
fn job_error(vm: &mut Vm, e: &CompileFileError) -> PyErr {
    match e {
        CompileFileError::Compile(ce) => ferropy_vm::code::syntax_error(vm, ce),
        CompileFileError::Io { error, .. } if error.kind() == std::io::ErrorKind::AlreadyExists && error.raw_os_error().is_none() => {
            vm.new_exception_msg("FileExistsError", error.to_string())
        }
        CompileFileError::Io { error, filename } => ferropy_vm::builtins::file::os_error(vm, error, Some(filename)),
    }
}

fn compile_file(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let job = job_from(vm, args.pos)?;
    match vm.allow_threads(|| run_job(&job)) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(job_error(vm, &e)),
    }
}

type JobResult = Result<(), CompileFileError>;

/// The jobs the interpreter's thread has read and the workers have not yet taken, and each
/// job's outcome by its number.
#[derive(Default)]
struct Pool {
    queue: Mutex<Queue>,
    ready: Condvar,
    results: Mutex<Vec<Option<JobResult>>>,
}

#[derive(Default)]
struct Queue {
    jobs: VecDeque<(usize, Job)>,
    /// No more jobs will come.
    closed: bool,
}

impl Pool {
    fn push(&self, index: usize, job: Job) {
        self.results.lock().unwrap_or_else(|p| p.into_inner()).push(None);
        self.queue.lock().unwrap_or_else(|p| p.into_inner()).jobs.push_back((index, job));
        self.ready.notify_one();
    }

    /// No more jobs; `abandon` also drops those no worker has taken.
    fn close(&self, abandon: bool) {
        let mut queue = self.queue.lock().unwrap_or_else(|p| p.into_inner());
        queue.closed = true;
        if abandon {
            queue.jobs.clear();
        }
        self.ready.notify_all();
    }

    /// The next job from the front of the queue (or from its back), waiting for one; None
    /// once the pool is closed and empty.
    fn take(&self, from_back: bool) -> Option<(usize, Job)> {
        let mut queue = self.queue.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            let job = if from_back { queue.jobs.pop_back() } else { queue.jobs.pop_front() };
            if let Some(job) = job {
                return Some(job);
            }
            if queue.closed {
                return None;
            }
            queue = self.ready.wait(queue).unwrap_or_else(|p| p.into_inner());
        }
    }

    /// Compiles jobs until none are left. Every other worker works from the back of the walk:
    /// workers in different folders do not queue for the same folder's lock while the file
    /// system allocates their files.
    fn work(&self, from_back: bool) {
        while let Some((index, job)) = self.take(from_back) {
            let result = run_job(&job);
            self.results.lock().unwrap_or_else(|p| p.into_inner())[index] = Some(result);
        }
    }
}

/// Reads the jobs from a Python iterable into the pool, starting a worker per job until there
/// are `workers`. Python code (the iterable may be a generator that plans each file) runs
/// here while the workers compile what it has produced so far.
fn feed<'scope>(vm: &mut Vm, jobs: &Value, pool: &'scope Pool, workers: usize, scope: &'scope std::thread::Scope<'scope, '_>) -> PyResult<Vec<std::thread::ScopedJoinHandle<'scope, ()>>> {
    let mut started = Vec::new();
    let iter = vm.get_iter(jobs)?;
    let mut count = 0;
    while let Some(item) = vm.next(&iter)? {
        let fields = vm.collect(&item)?;
        pool.push(count, job_from(vm, &fields)?);
        count += 1;
        if started.len() < workers {
            let from_back = started.len() % 2 == 1;
            started.push(scope.spawn(move || pool.work(from_back)));
        }
    }
    Ok(started)
}

/// Waits for a worker, passing its panic on.
fn join_worker(handle: std::thread::ScopedJoinHandle<'_, ()>) {
    if let Err(panic) = handle.join() {
        std::panic::resume_unwind(panic);
    }
}

fn compile_files(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let jobs = args.get(0, "jobs").cloned().unwrap_or(Value::None);
    let requested = match args.get(1, "workers") {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => 1,
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let workers = if requested <= 0 { cores } else { requested as usize }.max(1);
    let pool = Pool::default();
    let fed = std::thread::scope(|scope| {
        let fed = feed(vm, &jobs, &pool, workers, scope);
        pool.close(fed.is_err());
        // The scope would join the workers anyway; joining them here lets other Python
        // threads run meanwhile.
        fed.map(|handles| vm.allow_threads(move || handles.into_iter().for_each(join_worker)))
    });
    fed?;
    let results = pool.results.into_inner().unwrap_or_else(|p| p.into_inner());
    let mut items = Vec::with_capacity(results.len());
    for r in results {
        items.push(match r {
            Some(Ok(())) | None => Value::None,
            Some(Err(e)) => Value::Obj(job_error(vm, &e)),
        });
    }
    Ok(vm.new_list(items))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("cache_from_source", cache_from_source),
    ("source_from_cache", source_from_cache),
    ("source_hash", source_hash),
    ("compile_file", compile_file),
    ("compile_files", compile_files),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::native_module(vm, "_bytecode", FUNCTIONS)?;
    vm.set_attr_in_dict(&m, "MAGIC_NUMBER", vm.new_bytes(pyc::MAGIC.to_vec()))?;
    vm.set_attr_in_dict(&m, "CACHE_TAG", vm.new_str(pyc::CACHE_TAG))?;
    Ok(m)
}
