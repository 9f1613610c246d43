//! The POSIX calls Rust's standard library does not offer: processes (`fork`, `waitpid`,
//! `kill`), raw file descriptors (`pipe`, `read`, `write`, `close`, `dup`), the thread id, and
//! SIGINT delivery.
//!
//! Every `unsafe` FFI call of the project outside `gil.rs` is here, each a thin wrapper that
//! returns `io::Result` with errno, so callers stay safe code. None of these functions touches
//! Python objects, so all of them may run inside `Vm::allow_threads`.
//!
//! SIGINT: the handler only sets the eval breaker's `INTERRUPT` bit (one atomic operation,
//! async-signal-safe), without `SA_RESTART`, so a blocking system call in the thread that
//! receives it returns `EINTR` and the caller can raise `KeyboardInterrupt`. Every thread but
//! the interpreter's main thread blocks SIGINT, so that is the thread the kernel picks.

use std::io;

/// The kernel's id for the calling thread (`threading.get_native_id()`).
pub fn native_thread_id() -> i64 {
    // SAFETY: gettid has no preconditions and cannot fail.
    unsafe { libc::gettid() as i64 }
}

fn check(ret: libc::c_int) -> io::Result<libc::c_int> {
    if ret < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(ret)
    }
}

extern "C" fn on_sigint(_signum: libc::c_int) {
    crate::signals::request(crate::signals::INTERRUPT);
}

/// Installs the SIGINT handler (once, by the interpreter's main thread).
pub fn install_sigint_handler() {
    // SAFETY: `on_sigint` is async-signal-safe (one atomic fetch_or); the sigaction struct is
    // zero-initialised and then filled field by field, as sigaction(2) expects.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as usize;
        libc::sigemptyset(&mut action.sa_mask);
        action.sa_flags = 0;
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// Blocks (or unblocks) SIGINT for the calling thread only.
pub fn mask_sigint(block: bool) {
    // SAFETY: the signal set is initialised by sigemptyset before use; pthread_sigmask only
    // changes the calling thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        let how = if block { libc::SIG_BLOCK } else { libc::SIG_UNBLOCK };
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

/// `fork()`: the child's pid in the parent, 0 in the child.
///
/// The caller must hold the GIL and keep the GIL's state locked across the call (see
/// `gil::Gil::prepare_fork`), so the child inherits consistent interpreter state.
pub fn fork() -> io::Result<i32> {
    // SAFETY: the child continues with only the calling thread. Interpreter state is guarded by
    // the GIL, which the caller holds, and the GIL's own mutex is held across the call by the
    // caller; the child re-initialises the thread bookkeeping before running Python code.
    check(unsafe { libc::fork() })
}

/// `pipe()`: (read end, write end), both close-on-exec as in CPython.
pub fn pipe() -> io::Result<(i32, i32)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` is a valid array of two ints for pipe2 to fill.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) })?;
    Ok((fds[0], fds[1]))
}

/// One `read(2)` of at most `n` bytes (EINTR is returned to the caller).
pub fn read(fd: i32, n: usize) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` is valid for writes of `n` bytes.
    let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) };
    if got < 0 {
        return Err(io::Error::last_os_error());
    }
    buf.truncate(got as usize);
    Ok(buf)
}

/// One `write(2)`; returns how many bytes were written.
pub fn write(fd: i32, data: &[u8]) -> io::Result<usize> {
    // SAFETY: `data` is valid for reads of its length.
    let put = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    if put < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(put as usize)
}

/// `open(2)` on a path given as bytes; the descriptor is close-on-exec (PEP 446).
pub fn open(path: &[u8], flags: i32, mode: u32) -> io::Result<i32> {
    let c_path = std::ffi::CString::new(path).map_err(|_| io::Error::from_raw_os_error(libc::EINVAL))?;
    // SAFETY: `c_path` is a NUL-terminated string that outlives the call.
    check(unsafe { libc::open(c_path.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) })
}

/// A `File` for `open(fd)`: it takes `fd` over when `closefd`, else works on a duplicate (so
/// closing the file object leaves `fd` open). A descriptor that is not open is EBADF.
pub fn file_from_fd(fd: i32, closefd: bool) -> io::Result<std::fs::File> {
    use std::os::fd::FromRawFd;
    // SAFETY: F_GETFD only reads the descriptor's flags; it fails with EBADF if fd is not open.
    check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    let owned = if closefd { fd } else { dup(fd)? };
    // SAFETY: `owned` is an open descriptor (checked above, or just made by dup) that nothing
    // else will close: with closefd the caller hands it over, as `open(fd)` means in Python.
    Ok(unsafe { std::fs::File::from_raw_fd(owned) })
}

pub fn close(fd: i32) -> io::Result<()> {
    // SAFETY: closing a descriptor number has no memory-safety preconditions; a wrong number
    // is reported as EBADF.
    check(unsafe { libc::close(fd) }).map(|_| ())
}

pub fn dup(fd: i32) -> io::Result<i32> {
    // SAFETY: as for close.
    check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

pub fn dup2(fd: i32, fd2: i32, inheritable: bool) -> io::Result<i32> {
    let flags = if inheritable { 0 } else { libc::O_CLOEXEC };
    // SAFETY: as for close.
    check(unsafe { libc::dup3(fd, fd2, flags) })
}

/// `waitpid(pid, options)`: (pid, raw status); pid 0 under WNOHANG when nothing has exited.
pub fn waitpid(pid: i32, options: i32) -> io::Result<(i32, i32)> {
    let mut status: libc::c_int = 0;
    // SAFETY: `status` is a valid int for waitpid to fill.
    let got = check(unsafe { libc::waitpid(pid, &mut status, options) })?;
    Ok((got, status))
}

pub fn kill(pid: i32, signal: i32) -> io::Result<()> {
    // SAFETY: kill has no memory-safety preconditions; bad arguments are reported via errno.
    check(unsafe { libc::kill(pid, signal) }).map(|_| ())
}

/// `_exit(2)`: ends the process now, without atexit handlers or flushing buffers.
pub fn exit_immediately(status: i32) -> ! {
    // SAFETY: _exit has no preconditions; it never returns.
    unsafe { libc::_exit(status) }
}

/// Ends the process the way an unhandled SIGINT does (status 130 in a shell), as CPython does
/// after reporting an uncaught KeyboardInterrupt.
pub fn die_by_sigint() -> ! {
    // SAFETY: resetting a disposition to SIG_DFL and raising a signal have no memory-safety
    // preconditions; if the signal somehow does not end the process, _exit does.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        mask_sigint(false);
        libc::raise(libc::SIGINT);
        libc::_exit(130)
    }
}

pub fn getppid() -> i32 {
    // SAFETY: getppid has no preconditions and cannot fail.
    unsafe { libc::getppid() }
}

/// `os.waitstatus_to_exitcode`: the exit code, or minus the signal number.
pub fn waitstatus_to_exitcode(status: i32) -> Result<i32, String> {
    if libc::WIFEXITED(status) {
        return Ok(libc::WEXITSTATUS(status));
    }
    if libc::WIFSIGNALED(status) {
        return Ok(-libc::WTERMSIG(status));
    }
    Err(format!("invalid wait status: {status}"))
}

/// The `W*` macros, for `os.WIFEXITED` and friends.
pub fn wait_macro(name: &str, status: i32) -> i64 {
    match name {
        "WIFEXITED" => libc::WIFEXITED(status) as i64,
        "WEXITSTATUS" => libc::WEXITSTATUS(status) as i64,
        "WIFSIGNALED" => libc::WIFSIGNALED(status) as i64,
        "WTERMSIG" => libc::WTERMSIG(status) as i64,
        "WIFSTOPPED" => libc::WIFSTOPPED(status) as i64,
        "WSTOPSIG" => libc::WSTOPSIG(status) as i64,
        "WCOREDUMP" => libc::WCOREDUMP(status) as i64,
        "WIFCONTINUED" => libc::WIFCONTINUED(status) as i64,
        _ => 0,
    }
}

/// Signal and wait constants `os` exports.
pub const WNOHANG: i32 = libc::WNOHANG;
pub const WUNTRACED: i32 = libc::WUNTRACED;
pub const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
];
