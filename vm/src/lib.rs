//! ferropy's virtual machine: objects, the evaluation loop, calls, exceptions, imports,
//! builtins and `sys`.
//!
//! `Interpreter` is the entry point the command line uses: it builds the shared `Context`, a
//! `Vm` for the main thread, `sys`, and runs `__main__`, turning the outcome into an exit
//! status exactly as CPython does (0, 1 for an uncaught exception, `SystemExit`'s code).

pub mod builtins;
pub mod bytecode_cache;
pub mod call;
pub mod code;
pub mod context;
pub mod eval;
pub mod exceptions;
pub mod gil;
pub mod gil_report;
pub mod format;
pub mod frame;
pub mod group_traceback;
pub mod import;
pub mod inline_cache;
pub mod object;
pub mod ops;
pub mod signals;
pub mod suggestions;
pub mod sys;
pub mod text;
pub mod thread;
pub mod traceback;
pub mod unix;
pub mod value;
pub mod vm;

use context::{Context, Options};
use object::Payload;
use std::rc::Rc;
use value::Value;
use vm::{PyErr, PyResult, Vm};

/// What to run as `__main__`.
pub enum MainSource {
    /// A script file: its path as given, and its source bytes.
    File { path: String, bytes: Vec<u8> },
    /// `-c CODE`.
    Command(String),
    /// Source read from standard input (`-` or a pipe).
    Stdin(Vec<u8>),
    /// `-m MODULE`: a module found on the path, run as `__main__`.
    Module(String),
    /// A folder holding `__main__.py` (its absolute path), run through the bytecode cache.
    Directory(String),
}

pub struct Interpreter {
    pub vm: Vm,
}

impl Interpreter {
    /// A fresh interpreter. `register` installs native and embedded modules (the stdlib crate).
    pub fn new(options: Options, argv: Vec<String>, path0: Option<String>, register: impl FnOnce(&Context)) -> Result<Interpreter, String> {
        let ctx = Context::new();
        *ctx.options.borrow_mut() = options;
        register(&ctx);
        thread::enter_main_thread();
        let mut vm = Vm::new(Rc::new(ctx));
        let executable = std::env::current_exe().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
        if let Err(e) = sys::init(&mut vm, sys::SysConfig { argv, path0, executable }) {
            return Err(traceback::format_exception(&mut vm, &e));
        }
        Ok(Interpreter { vm })
    }

    /// Runs `__main__` and returns the process exit status.
    pub fn run_main(&mut self, source: MainSource) -> i32 {
        let vm = &mut self.vm;
        let main = match main_code(vm, source) {
            Ok(Some(main)) => main,
            Ok(None) => return 1,
            Err(exc) => return self.finish(Some(exc)),
        };
        let result = run_as_main(vm, main);
        self.finish(result.err())
    }

    /// Reports an uncaught exception, waits for non-daemon threads (`threading._shutdown`), runs
    /// `atexit` callbacks, flushes the standard streams, and returns the exit status. The main
    /// thread keeps the GIL from here on: daemon threads never run again, and the process ends
    /// under them.
    fn finish(&mut self, exc: Option<PyErr>) -> i32 {
        let vm = &mut self.vm;
        object::generator::run_pending_finalizers(vm);
        let mut status = match exc {
            None => 0,
            Some(e) => exit_status(vm, &e),
        };
        for (module, function) in [("threading", "_shutdown"), ("atexit", "_run_exitfuncs")] {
            if let Err(e) = call_if_imported(vm, module, function) {
                let v = Value::Obj(e.clone());
                if vm.is_instance(&v, &vm.ctx.exc("KeyboardInterrupt")) || vm.is_instance(&v, &vm.ctx.exc("SystemExit")) {
                    status = exit_status(vm, &e);
                } else {
                    flush_stdout(vm);
                    let text = traceback::format_exception(vm, &e);
                    eprint!("Exception ignored in: <function {function}>\n{text}");
                }
            }
        }
        object::generator::run_pending_finalizers(vm);
        flush_std_streams(vm);
        report_gil(vm);
        status
    }
}

/// Finds a module's source for `-m`: a file on `sys.path` (its absolute path), or else an
/// embedded module's source (`Err(Some(..))`), or nothing (`Err(None)`).
fn find_module_source(vm: &mut Vm, name: &str) -> Result<String, Option<String>> {
    if let Some((src, _)) = vm.ctx.frozen_modules.borrow().get(name) {
        return Err(Some(src.to_string()));
    }
    let path = vm.path.clone().map(|p| object::list::list_items(&Value::Obj(p))).unwrap_or_default();
    let rel = name.replace('.', "/");
    for dir in path {
        let Some(dir) = vm.str_of(&dir).map(str::to_string) else { continue };
        let base = if dir.is_empty() { std::path::PathBuf::from(".") } else { std::path::PathBuf::from(&dir) };
        for candidate in [base.join(format!("{rel}.py")), base.join(&rel).join("__main__.py")] {
            if candidate.is_file() {
                return Ok(absolute(&candidate.to_string_lossy()));
            }
        }
    }
    Err(None)
}

fn absolute(path: &str) -> String {
    let p = std::path::Path::new(path);
    if p.is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => cwd.join(p).to_string_lossy().to_string(),
        Err(_) => path.to_string(),
    }
}

/// The `__main__` module's code and the attributes it gets.
struct MainCode {
    code: std::rc::Rc<object::CodeData>,
    file: Option<String>,
    cached: Option<String>,
}

/// Compiles (or loads) what the command line names; `Ok(None)` when an error has been reported
/// already (an unknown `-m` module).
fn main_code(vm: &mut Vm, source: MainSource) -> Result<Option<MainCode>, PyErr> {
    let compile = |vm: &mut Vm, bytes: &[u8], filename: &str| -> Result<std::rc::Rc<object::CodeData>, PyErr> {
        let text = ferropy_compiler::source::decode_source(bytes, filename).map_err(|e| code::syntax_error(vm, &e))?;
        code::compile(vm, &text, filename, ferropy_compiler::Mode::Exec, None)
    };
    Ok(Some(match source {
        MainSource::File { path, bytes } => {
            let shown = absolute(&path);
            let code = if looks_like_pyc(&path, &bytes) { main_pyc_code(vm, &bytes)? } else { compile(vm, &bytes, &shown)? };
            MainCode { code, file: Some(shown), cached: None }
        }
        MainSource::Directory(dir) => {
            let path = format!("{dir}/__main__.py");
            let (code, cached) = bytecode_cache::source_module_code(vm, std::path::Path::new(&path), &path)?;
            MainCode { code, file: Some(path), cached: Some(cached) }
        }
        MainSource::Command(c) => MainCode { code: compile(vm, c.as_bytes(), "<string>")?, file: None, cached: None },
        MainSource::Stdin(bytes) => MainCode { code: compile(vm, &bytes, "<stdin>")?, file: Some("<stdin>".into()), cached: None },
        MainSource::Module(name) => match find_module_source(vm, &name) {
            Ok(path) => {
                // As runpy does: the parent packages are imported first, and a package run
                // as a program is imported before its __main__ runs.
                if let Some((parent, _)) = name.rsplit_once('.') {
                    vm.import_module(parent)?;
                }
                if path.ends_with("/__main__.py") {
                    vm.import_module(&name)?;
                }
                set_argv0(vm, &path);
                let (code, cached) = bytecode_cache::source_module_code(vm, std::path::Path::new(&path), &path)?;
                MainCode { code, file: Some(path), cached: Some(cached) }
            }
            Err(Some(source)) => {
                let code = code::compile(vm, &source, &format!("<frozen {name}>"), ferropy_compiler::Mode::Exec, None)?;
                MainCode { code, file: None, cached: None }
            }
            Err(None) => {
                let prog = std::env::args().next().unwrap_or_else(|| "ferropy".into());
                flush_std_streams(vm);
                eprintln!("{prog}: No module named {name}");
                return Ok(None);
            }
        },
    }))
}

/// Whether a script is a compiled file: by its name, or by starting with our magic number.
fn looks_like_pyc(path: &str, bytes: &[u8]) -> bool {
    path.ends_with(".pyc") || path.ends_with(".pyo") || bytes.starts_with(&ferropy_compiler::pyc::MAGIC)
}

/// The code in a `.pyc` named on the command line. A bad header is a `RuntimeError`, as in
/// CPython (saying which Python wrote the file when the magic number is a known one); bad
/// marshal data raises what `marshal.loads` would.
fn main_pyc_code(vm: &mut Vm, bytes: &[u8]) -> Result<std::rc::Rc<object::CodeData>, PyErr> {
    if let Err(e) = ferropy_compiler::pyc::parse_header(bytes) {
        return Err(vm.new_exception_msg("RuntimeError", e.to_string()));
    }
    match ferropy_compiler::pyc::load_body(bytes) {
        Ok(code) => Ok(code::load_code(vm, code)),
        Err(e) => Err(marshal_error(vm, &e)),
    }
}

/// The exception for a marshal read error.
pub fn marshal_error(vm: &mut Vm, e: &ferropy_compiler::marshal::ReadError) -> PyErr {
    use ferropy_compiler::marshal::ReadError;
    match e {
        ReadError::Eof(m) => vm.new_exception_msg("EOFError", *m),
        ReadError::Value(m) => vm.new_exception_msg("ValueError", m.as_str()),
        ReadError::Type(m) => vm.new_exception_msg("TypeError", *m),
        ReadError::Build => vm.new_exception_msg("ValueError", "bad marshal data"),
    }
}

/// `-m`: `sys.argv[0]` is the module's path.
fn set_argv0(vm: &mut Vm, path: &str) {
    if let Some(argv) = vm.sys.clone().and_then(|s| s.dict.clone()) {
        let key = vm.intern("argv");
        if let Some(Value::Obj(l)) = object::dict::dict_get_str(&argv, &key) {
            if let Payload::List(items) = &l.payload {
                if let Some(first) = items.borrow_mut().first_mut() {
                    *first = vm.new_str(path);
                }
            }
        }
    }
}

fn run_as_main(vm: &mut Vm, main_code: MainCode) -> Result<(), PyErr> {
    let main = object::misc::new_module(vm, "__main__");
    if let Some(f) = main_code.file {
        vm.set_attr_in_dict(&main, "__file__", vm.new_str(f))?;
        let cached = main_code.cached.map_or(Value::None, |c| vm.new_str(c));
        vm.set_attr_in_dict(&main, "__cached__", cached)?;
    }
    vm.set_attr_in_dict(&main, "__builtins__", Value::Obj(vm.builtins.clone()))?;
    let annotations = Value::Obj(vm.new_dict_obj());
    vm.set_attr_in_dict(&main, "__annotations__", annotations)?;
    let key = Value::Obj(vm.intern("__main__"));
    let modules = vm.modules.clone();
    object::dict::dict_set(vm, &modules, key, Value::Obj(main.clone()))?;
    let globals = main.dict.clone().expect("module dict");
    code::run_code(vm, main_code.code, globals, None)?;
    Ok(())
}

/// CPython's exit status for an uncaught exception (printing it as CPython does).
fn exit_status(vm: &mut Vm, exc: &PyErr) -> i32 {
    let v = Value::Obj(exc.clone());
    if vm.is_instance(&v, &vm.ctx.exc("SystemExit")) {
        let code = vm.get_attr_opt(&v, "code").ok().flatten().unwrap_or(Value::None);
        return match &code {
            Value::None => 0,
            Value::Int(i) => (*i & 0xff) as i32,
            Value::Bool(b) => *b as i32,
            Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                let i = ops::number::as_bigint(&code).unwrap_or_default();
                (i & num_bigint::BigInt::from(0xff)).try_into().unwrap_or(1)
            }
            other => {
                let text = vm.str_string(other).unwrap_or_default();
                flush_std_streams(vm);
                let stderr = builtins::functions::sys_stream(vm, "stderr").unwrap_or(Value::None);
                let _ = builtins::file::write_to(vm, &stderr, &format!("{text}\n"));
                1
            }
        };
    }
    flush_stdout(vm);
    traceback::print_exception(vm, exc);
    if vm.is_instance(&v, &vm.ctx.exc("KeyboardInterrupt")) {
        signals::EXIT_BY_SIGINT.store(true, std::sync::atomic::Ordering::Relaxed);
        return 130;
    }
    1
}

/// `-X gil-stats` and `-X gil-trace=FILE` at exit.
fn report_gil(vm: &mut Vm) {
    let (stats, trace) = {
        let options = vm.ctx.options.borrow();
        (options.gil_stats, options.gil_trace.clone())
    };
    if let Some(path) = trace {
        let (events, dropped, end) = gil::GIL.trace_stop();
        let json = gil_report::chrome_trace(&events, end, &gil::GIL.thread_names());
        if let Err(e) = std::fs::write(&path, json) {
            eprintln!("ferropy: -X gil-trace: cannot write '{path}': {e}");
        } else if dropped > 0 {
            eprintln!("ferropy: -X gil-trace: {dropped} events dropped (the trace keeps {})", gil::TRACE_CAPACITY);
        }
    }
    if stats {
        eprint!("{}", gil_report::stats_table());
    }
}

/// Calls `module.function()` if the program imported `module`.
fn call_if_imported(vm: &mut Vm, module: &str, function: &str) -> PyResult<()> {
    let key = Value::Obj(vm.intern(module));
    let Some(m) = object::dict::dict_get(vm, &vm.modules.clone(), &key)? else { return Ok(()) };
    if let Some(f) = vm.get_attr_opt(&m, function)? {
        vm.call(&f, object::function::Args::positional(&[]))?;
    }
    Ok(())
}

fn flush_stdout(vm: &mut Vm) {
    if let Ok(out) = builtins::functions::sys_stream(vm, "stdout") {
        if !out.is_none() {
            let _ = vm.call_method(&out, "flush", &[]);
        }
    }
}

fn flush_std_streams(vm: &mut Vm) {
    for name in ["stdout", "stderr", "__stdout__", "__stderr__"] {
        if let Ok(out) = builtins::functions::sys_stream(vm, name) {
            if let Value::Obj(o) = &out {
                if let Payload::File(f) = &o.payload {
                    let _ = f.borrow_mut().flush();
                    continue;
                }
            }
            if !out.is_none() {
                let _ = vm.call_method(&out, "flush", &[]);
            }
        }
    }
}
