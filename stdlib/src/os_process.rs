//! The process and file-descriptor half of `os`: `fork`, `waitpid`, `kill`, `pipe`, `read`,
//! `write`, `close`, `dup`/`dup2`, `register_at_fork`, and the wait-status helpers.
//!
//! Calls that can block (`read`, `write`, `waitpid`) run without the GIL and retry on `EINTR`
//! after checking for a KeyboardInterrupt (PEP 475). `fork` holds the GIL's state across the
//! system call; the child keeps only the forking thread, which becomes the main thread, with
//! the GIL's bookkeeping reset — then the `register_at_fork` callbacks run, as in CPython.

use ferropy_vm::object::function::Args;
use ferropy_vm::object::{NativeFn, Payload};
use ferropy_vm::unix;
use ferropy_vm::value::Value;
use ferropy_vm::vm::{PyResult, Vm};

fn os_error(vm: &mut Vm, e: &std::io::Error) -> ferropy_vm::vm::PyErr {
    ferropy_vm::builtins::file::os_error(vm, e, None)
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize, name: &str, func: &str) -> PyResult<i64> {
    match args.get(i, name) {
        Some(v) if ferropy_vm::ops::number::is_int_like(v) => vm.index_value(v),
        Some(v) => vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))),
        None => vm.type_error(format!("{func}() missing required argument '{name}' (pos {})", i + 1)),
    }
}

fn fd_arg(vm: &mut Vm, args: &Args, i: usize, func: &str) -> PyResult<i32> {
    let fd = int_arg(vm, args, i, "fd", func)?;
    i32::try_from(fd).or_else(|_| Err(vm.new_exception_msg("OverflowError", "fd is greater than maximum")))
}

/// Runs a blocking call without the GIL, retrying after EINTR unless a KeyboardInterrupt is
/// due.
fn blocking<R: Send>(vm: &mut Vm, call: impl Fn() -> std::io::Result<R> + Send + Sync) -> PyResult<R> {
    loop {
        match vm.allow_threads(&call) {
            Err(e) if e.raw_os_error() == Some(libc_eintr()) => ferropy_vm::signals::check_interrupt(vm)?,
            Err(e) => return Err(os_error(vm, &e)),
            Ok(r) => return Ok(r),
        }
    }
}

const fn libc_eintr() -> i32 {
    4
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, 0, "read")?;
    let n = int_arg(vm, &args, 1, "length", "read")?;
    if n < 0 {
        return Err(os_error(vm, &std::io::Error::from_raw_os_error(22)));
    }
    let data = blocking(vm, move || unix::read(fd, n as usize))?;
    Ok(vm.new_bytes(data))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, 0, "write")?;
    let Some(data) = args.get(1, "data") else { return vm.type_error("write() missing required argument 'data' (pos 2)") };
    let bytes = ferropy_vm::object::bytes::bytes_like(vm, data)?;
    let n = blocking(vm, move || unix::write(fd, &bytes))?;
    Ok(Value::Int(n as i64))
}

/// `os.open(path, flags, mode=0o777)`.
fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(path_arg) = args.get(0, "path").cloned() else { return vm.type_error("open() missing required argument 'path' (pos 1)") };
    let path = crate::os::os_path(vm, &path_arg, "open", false, false)?;
    let flags = int_arg(vm, &args, 1, "flags", "open")? as i32;
    let mode = match args.get(2, "mode") {
        Some(_) => int_arg(vm, &args, 2, "mode", "open")? as u32,
        None => 0o777,
    };
    let bytes = path.bytes.clone();
    match vm.allow_threads(move || unix::open(&bytes, flags, mode)) {
        Ok(fd) => Ok(Value::Int(fd as i64)),
        Err(e) => Err(crate::os::os_err(vm, &e, Some(&path_arg), None)),
    }
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, 0, "close")?;
    unix::close(fd).map_err(|e| os_error(vm, &e))?;
    Ok(Value::None)
}

fn pipe(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let (r, w) = unix::pipe().map_err(|e| os_error(vm, &e))?;
    Ok(vm.new_tuple(vec![Value::Int(r as i64), Value::Int(w as i64)]))
}

fn dup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, 0, "dup")?;
    let new = unix::dup(fd).map_err(|e| os_error(vm, &e))?;
    Ok(Value::Int(new as i64))
}

fn dup2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &args, 0, "dup2")?;
    let fd2 = int_arg(vm, &args, 1, "fd2", "dup2")? as i32;
    let inheritable = match args.get(2, "inheritable") {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    if fd == fd2 {
        return Ok(Value::Int(fd2 as i64));
    }
    let new = unix::dup2(fd, fd2, inheritable).map_err(|e| os_error(vm, &e))?;
    Ok(Value::Int(new as i64))
}

fn waitpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = int_arg(vm, &args, 0, "pid", "waitpid")? as i32;
    let options = int_arg(vm, &args, 1, "options", "waitpid")? as i32;
    let (got, status) = blocking(vm, move || unix::waitpid(pid, options))?;
    Ok(vm.new_tuple(vec![Value::Int(got as i64), Value::Int(status as i64)]))
}

fn wait(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let (got, status) = blocking(vm, || unix::waitpid(-1, 0))?;
    Ok(vm.new_tuple(vec![Value::Int(got as i64), Value::Int(status as i64)]))
}

fn kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = int_arg(vm, &args, 0, "pid", "kill")? as i32;
    let signal = int_arg(vm, &args, 1, "signal", "kill")? as i32;
    unix::kill(pid, signal).map_err(|e| os_error(vm, &e))?;
    ferropy_vm::signals::check_interrupt(vm)?;
    Ok(Value::None)
}

fn getppid(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(unix::getppid() as i64))
}

fn waitstatus_to_exitcode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let status = int_arg(vm, &args, 0, "status", "waitstatus_to_exitcode")?;
    let status = i32::try_from(status).or_else(|_| Err(vm.new_exception_msg("OverflowError", "signed integer is greater than maximum")))?;
    match unix::waitstatus_to_exitcode(status) {
        Ok(code) => Ok(Value::Int(code as i64)),
        Err(msg) => vm.value_error(msg),
    }
}

/// `os._exit(n)`: ends the process at once — no cleanup, no flushing of Python's buffers.
fn exit_now(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = int_arg(vm, &args, 0, "status", "_exit")?;
    unix::exit_immediately(n as i32)
}

macro_rules! wait_macros {
    ($($name:ident),*) => {
        $(
            #[allow(non_snake_case)]
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let status = int_arg(vm, &args, 0, "status", stringify!($name))? as i32;
                let v = unix::wait_macro(stringify!($name), status);
                Ok(if stringify!($name).starts_with("WIF") || stringify!($name) == "WCOREDUMP" { Value::bool(v != 0) } else { Value::Int(v) })
            }
        )*
    };
}
wait_macros!(WIFEXITED, WEXITSTATUS, WIFSIGNALED, WTERMSIG, WIFSTOPPED, WSTOPSIG, WCOREDUMP, WIFCONTINUED);

// ----- fork -----

/// Callables registered with `register_at_fork`, by when they run.
const AT_FORK_KEYS: [&str; 3] = ["os.at_fork.before", "os.at_fork.after_in_parent", "os.at_fork.after_in_child"];

fn at_fork_list(vm: &mut Vm, key: &'static str) -> Value {
    if let Some(list) = vm.ctx.native_state.borrow().get(key) {
        return list.clone();
    }
    let list = vm.new_list(Vec::new());
    vm.ctx.native_state.borrow_mut().insert(key, list.clone());
    list
}

fn register_at_fork(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        return vm.type_error("register_at_fork() takes no positional arguments");
    }
    let mut any = false;
    for (name, v) in args.kwargs() {
        let key = match name {
            "before" => AT_FORK_KEYS[0],
            "after_in_parent" => AT_FORK_KEYS[1],
            "after_in_child" => AT_FORK_KEYS[2],
            other => return vm.type_error(format!("register_at_fork() got an unexpected keyword argument '{other}'")),
        };
        if !vm.is_callable(v) {
            return vm.type_error(format!("'{name}' must be callable, not {}", vm.type_name(v)));
        }
        let list = at_fork_list(vm, key);
        if let Value::Obj(l) = &list {
            if let Payload::List(items) = &l.payload {
                items.borrow_mut().push(v.clone());
            }
        }
        any = true;
    }
    if !any {
        return vm.type_error("At least one argument is required.");
    }
    Ok(Value::None)
}

/// Runs the callbacks for one moment of a fork; `reverse` for "before" (last registered first).
/// Exceptions are reported as unraisable, as CPython does, and do not stop the fork.
fn run_at_fork(vm: &mut Vm, key: &'static str, reverse: bool) {
    let list = at_fork_list(vm, key);
    let mut items = ferropy_vm::object::list::list_items(&list);
    if reverse {
        items.reverse();
    }
    for f in items {
        if let Err(e) = vm.call(&f, Args::positional(&[])) {
            let repr = vm.repr_string(&f).unwrap_or_default();
            let text = ferropy_vm::traceback::format_exception(vm, &e);
            eprint!("Exception ignored in: {repr}\n{text}");
        }
    }
}

fn fork(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    run_at_fork(vm, AT_FORK_KEYS[0], true);
    let guard = ferropy_vm::gil::GIL.prepare_fork();
    let pid = match unix::fork() {
        Ok(pid) => pid,
        Err(e) => {
            drop(guard);
            return Err(os_error(vm, &e));
        }
    };
    if pid == 0 {
        ferropy_vm::thread::after_fork_child(vm, guard);
        run_at_fork(vm, AT_FORK_KEYS[2], false);
    } else {
        drop(guard);
        run_at_fork(vm, AT_FORK_KEYS[1], false);
    }
    Ok(Value::Int(pid as i64))
}

/// The `O_*` flags beyond the basic ones `os`'s Python part defines (Linux values).
const OPEN_FLAGS: &[(&str, i32)] = &[
    ("O_ACCMODE", 3),
    ("O_ASYNC", 8192),
    ("O_CLOEXEC", 524288),
    ("O_DIRECTORY", 65536),
    ("O_DSYNC", 4096),
    ("O_NDELAY", 2048),
    ("O_NOCTTY", 256),
    ("O_NOFOLLOW", 131072),
    ("O_NONBLOCK", 2048),
    ("O_SYNC", 1052672),
];

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("fork", fork),
    ("register_at_fork", register_at_fork),
    ("waitpid", waitpid),
    ("wait", wait),
    ("kill", kill),
    ("getppid", getppid),
    ("waitstatus_to_exitcode", waitstatus_to_exitcode),
    ("_exit", exit_now),
    ("pipe", pipe),
    ("read", read),
    ("write", write),
    ("open", open),
    ("close", close),
    ("dup", dup),
    ("dup2", dup2),
    ("WIFEXITED", WIFEXITED),
    ("WEXITSTATUS", WEXITSTATUS),
    ("WIFSIGNALED", WIFSIGNALED),
    ("WTERMSIG", WTERMSIG),
    ("WIFSTOPPED", WIFSTOPPED),
    ("WSTOPSIG", WSTOPSIG),
    ("WCOREDUMP", WCOREDUMP),
    ("WIFCONTINUED", WIFCONTINUED),
];

/// Installs the functions and the constants (`WNOHANG`, `SIGINT`, …) in `os`.
pub fn install(vm: &mut Vm, m: &ferropy_vm::value::ObjRef) -> PyResult<()> {
    for (name, f) in FUNCTIONS {
        let b = vm.ctx.new_builtin(name, "posix", *f, false);
        vm.set_attr_in_dict(m, name, Value::Obj(b))?;
    }
    vm.set_attr_in_dict(m, "WNOHANG", Value::Int(unix::WNOHANG as i64))?;
    vm.set_attr_in_dict(m, "WUNTRACED", Value::Int(unix::WUNTRACED as i64))?;
    for (name, value) in OPEN_FLAGS {
        vm.set_attr_in_dict(m, name, Value::Int(*value as i64))?;
    }
    Ok(())
}
