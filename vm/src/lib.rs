//! ferropy's virtual machine: objects, the evaluation loop, calls, exceptions, imports,
//! builtins and `sys`.
//!
//! `Interpreter` is the entry point the command line uses: it builds the shared `Context`, a
//! `Vm` for the main thread, `sys`, and runs `__main__`, turning the outcome into an exit
//! status exactly as CPython does (0, 1 for an uncaught exception, `SystemExit`'s code).

pub mod builtins;
pub mod call;
pub mod code;
pub mod context;
pub mod eval;
pub mod exceptions;
pub mod format;
pub mod frame;
pub mod import;
pub mod inline_cache;
pub mod object;
pub mod ops;
pub mod signals;
pub mod suggestions;
pub mod sys;
pub mod text;
pub mod traceback;
pub mod value;
pub mod vm;

use context::{Context, Options};
use object::Payload;
use std::rc::Rc;
use value::Value;
use vm::{PyErr, Vm};

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
        let (text, filename, file_attr) = match source {
            MainSource::File { path, bytes } => {
                let shown = absolute(&path);
                match ferropy_compiler::source::decode_source(&bytes, &shown) {
                    Ok(t) => (t, shown.clone(), Some(shown)),
                    Err(e) => {
                        let exc = code::syntax_error(vm, &e);
                        return self.finish(Some(exc));
                    }
                }
            }
            MainSource::Command(c) => (c, "<string>".to_string(), None),
            MainSource::Module(name) => match find_module_source(vm, &name) {
                Ok((path, bytes)) => {
                    if let Some(argv) = vm.sys.clone().and_then(|s| s.dict.clone()) {
                        let key = vm.intern("argv");
                        if let Some(Value::Obj(l)) = object::dict::dict_get_str(&argv, &key) {
                            if let Payload::List(items) = &l.payload {
                                if let Some(first) = items.borrow_mut().first_mut() {
                                    *first = vm.new_str(path.as_str());
                                }
                            }
                        }
                    }
                    match ferropy_compiler::source::decode_source(&bytes, &path) {
                        Ok(t) => (t, path.clone(), Some(path)),
                        Err(e) => {
                            let exc = code::syntax_error(vm, &e);
                            return self.finish(Some(exc));
                        }
                    }
                }
                Err(frozen) => match frozen {
                    Some(source) => (source, format!("<frozen {name}>"), None),
                    None => {
                        let prog = std::env::args().next().unwrap_or_else(|| "ferropy".into());
                        flush_std_streams(vm);
                        eprintln!("{prog}: No module named {name}");
                        return 1;
                    }
                },
            },
            MainSource::Stdin(bytes) => match ferropy_compiler::source::decode_source(&bytes, "<stdin>") {
                Ok(t) => (t, "<stdin>".to_string(), None),
                Err(e) => {
                    let exc = code::syntax_error(vm, &e);
                    return self.finish(Some(exc));
                }
            },
        };
        let result = run_as_main(vm, &text, &filename, file_attr);
        self.finish(result.err())
    }

    /// Flushes the standard streams and turns an uncaught exception into a status.
    fn finish(&mut self, exc: Option<PyErr>) -> i32 {
        let vm = &mut self.vm;
        object::generator::run_pending_finalizers(vm);
        let status = match exc {
            None => 0,
            Some(e) => exit_status(vm, &e),
        };
        flush_std_streams(vm);
        status
    }
}

/// Finds a module's source for `-m`: a file on `sys.path` (its path and bytes), or else an
/// embedded module's source (`Err(Some(..))`), or nothing (`Err(None)`).
fn find_module_source(vm: &mut Vm, name: &str) -> Result<(String, Vec<u8>), Option<String>> {
    if let Some((src, _)) = vm.ctx.frozen_modules.borrow().get(name) {
        return Err(Some(src.to_string()));
    }
    let path = vm.path.clone().map(|p| object::list::list_items(&Value::Obj(p))).unwrap_or_default();
    let rel = name.replace('.', "/");
    for dir in path {
        let Some(dir) = vm.str_of(&dir).map(str::to_string) else { continue };
        let base = if dir.is_empty() { std::path::PathBuf::from(".") } else { std::path::PathBuf::from(&dir) };
        for candidate in [base.join(format!("{rel}.py")), base.join(&rel).join("__main__.py")] {
            if let Ok(bytes) = std::fs::read(&candidate) {
                return Ok((absolute(&candidate.to_string_lossy()), bytes));
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

fn run_as_main(vm: &mut Vm, text: &str, filename: &str, file_attr: Option<String>) -> Result<(), PyErr> {
    let code = code::compile(vm, text, filename, ferropy_compiler::Mode::Exec, None)?;
    let main = object::misc::new_module(vm, "__main__");
    if let Some(f) = file_attr {
        vm.set_attr_in_dict(&main, "__file__", vm.new_str(f))?;
        vm.set_attr_in_dict(&main, "__cached__", Value::None)?;
    }
    vm.set_attr_in_dict(&main, "__builtins__", Value::Obj(vm.builtins.clone()))?;
    let key = Value::Obj(vm.intern("__main__"));
    let modules = vm.modules.clone();
    object::dict::dict_set(vm, &modules, key, Value::Obj(main.clone()))?;
    let globals = main.dict.clone().expect("module dict");
    code::run_code(vm, code, globals, None)?;
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
        return 130;
    }
    1
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
