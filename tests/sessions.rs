//! Runs every shell session in `tests/sessions/<area>/*.sh` with ferropy as `$PY` and compares
//! its output with the recording CPython 3.11 made of the same session
//! (`tests/sessions/record.py`).
//!
//! `tests/programs.rs` runs one `ferropy X.py` per test, so it cannot see what happens between
//! runs or on disk: interpreter flags (`-O`, `-B`, `-X pycache_prefix=`), environment variables
//! (`PYTHONDONTWRITEBYTECODE`, `SOURCE_DATE_EPOCH`, ...), a second run reading the cache the
//! first one wrote, `-m py_compile` and `-m compileall`. A session is a bash script that does
//! those things and prints what proves them: `find . | sort`, `od` of a cache header, `exit $?`.
//!
//! Each case runs as `bash X.sh` (no `-e`, so a failing command does not end it) in a fresh
//! empty temporary folder, with stdin `/dev/null`, stdout and stderr on one pipe (their lines
//! interleave as written), and an environment holding only `PATH` and `HOME` (inherited),
//! `LANG=C.UTF-8`, `PYTHONHASHSEED=0`, `PYTHONIOENCODING=utf-8`, `PY` (the interpreter),
//! `CASE` (the case's folder, for fixtures) and `TAG` (the interpreter's
//! `sys.implementation.cache_tag`, so that a case can name `__pycache__/m.$TAG.pyc`).
//! The output is normalised exactly as the recorder does, in this order: the interpreter's path
//! becomes `$PY`, the temporary folder's real path `$TMP`, the cache tag `TAG`; then it must
//! equal `X.out` byte for byte.
//!
//! Cases listed in `tests/sessions/KNOWN_FAILURES` are expected to fail (features not
//! implemented yet); one that passes is reported so the list can shrink. The last line is
//! `sessions: N passed, M failed`.
//!
//! `cargo test --test sessions -- FILTER` runs only cases whose path contains FILTER.
//! `FERROPY_BIN=/path/to/python3.11` runs the sessions under another interpreter: with
//! CPython's own binary (its `sys.executable`) every case must pass, which checks that the
//! recordings and the normalisation are stable.

use std::collections::BTreeSet;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);
const WORKERS: usize = 2;

/// The interpreter under test and the cache tag it reports.
struct Interpreter {
    exe: PathBuf,
    tag: String,
}

fn cases(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(areas) = std::fs::read_dir(root) else { return out };
    for area in areas.flatten() {
        let Ok(files) = std::fs::read_dir(area.path()) else { continue };
        for f in files.flatten() {
            let p = f.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if p.extension().is_some_and(|e| e == "sh") && !name.starts_with('_') {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn read(p: &Path) -> Option<String> {
    std::fs::read(p).ok().map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// A command with the sessions' clean environment.
fn clean_command(program: &Path, interp_exe: &Path, tag: &str) -> Command {
    let mut cmd = Command::new(program);
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into()))
        .env("HOME", std::env::var_os("HOME").unwrap_or_else(|| "/".into()))
        .env("LANG", "C.UTF-8")
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PY", interp_exe)
        .env("TAG", tag)
        .stdin(Stdio::null());
    cmd
}

/// Asks the interpreter for `sys.implementation.cache_tag` (empty if it cannot say).
fn cache_tag(exe: &Path) -> String {
    let out = clean_command(exe, exe, "")
        .args(["-c", "import sys;print(sys.implementation.cache_tag)"])
        .stderr(Stdio::null())
        .output();
    let tag = out.map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default();
    if tag == "None" { String::new() } else { tag }
}

/// A new empty folder under the system's temporary directory, by its real path (the
/// interpreter reports real paths, and those are what normalisation must find).
fn make_temp_dir() -> Result<PathBuf, String> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("ferropy-session-{}-{n}", std::process::id()));
        match std::fs::create_dir(&dir) {
            Ok(()) => return dir.canonicalize().map_err(|e| e.to_string()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(format!("cannot create a temporary folder: {e}")),
        }
    }
}

fn remove_temp_dir(dir: &Path) {
    // Cases leave read-only files and folders behind; make them removable first.
    let _ = Command::new("chmod").arg("-R").arg("u+rwX").arg(dir).stderr(Stdio::null()).status();
    let _ = std::fs::remove_dir_all(dir);
}

fn kill_group(pid: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// Runs one session in `tmp`; returns its combined stdout and stderr.
fn run_session(interp: &Interpreter, case: &Path, tmp: &Path) -> Result<Vec<u8>, String> {
    let (mut reader, writer) = std::io::pipe().map_err(|e| e.to_string())?;
    let writer2 = writer.try_clone().map_err(|e| e.to_string())?;
    let mut cmd = clean_command(Path::new("bash"), &interp.exe, &interp.tag);
    cmd.arg(case)
        .current_dir(tmp)
        .env("CASE", case.parent().expect("case folder"))
        .stdout(writer)
        .stderr(writer2)
        .process_group(0);
    let mut child = cmd.spawn().map_err(|e| format!("cannot start bash: {e}"))?;
    drop(cmd); // closes our copies of the pipe's write end, so the reader sees its end
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = reader.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() > TIMEOUT => {
                kill_group(child.id());
                let _ = child.wait();
                return Err(format!("timed out after {}s", TIMEOUT.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    }
    // A background process the session left running may still hold the pipe open.
    match rx.recv_timeout(Duration::from_secs(5)) {
        Ok(out) => Ok(out),
        Err(_) => {
            kill_group(child.id());
            rx.recv_timeout(Duration::from_secs(5)).map_err(|_| "output pipe never closed".to_string())
        }
    }
}

fn replace(hay: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    if from.is_empty() {
        return hay.to_vec();
    }
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        if hay[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    out
}

/// The recorder's normalisation (`tests/sessions/record.py`), in the same order.
fn normalise(out: &[u8], interp: &Interpreter, tmp: &Path) -> Vec<u8> {
    let out = replace(out, interp.exe.as_os_str().as_encoded_bytes(), b"$PY");
    let out = replace(&out, tmp.as_os_str().as_encoded_bytes(), b"$TMP");
    replace(&out, interp.tag.as_bytes(), b"TAG")
}

/// Runs one case; `Err` describes the first difference.
fn check(interp: &Interpreter, case: &Path) -> Result<(), String> {
    let want = std::fs::read(case.with_extension("out")).map_err(|e| format!("no recording: {e}"))?;
    let tmp = make_temp_dir()?;
    let result = run_session(interp, case, &tmp);
    remove_temp_dir(&tmp);
    let got = normalise(&result?, interp, &tmp);
    if got != want {
        let (want, got) = (String::from_utf8_lossy(&want), String::from_utf8_lossy(&got));
        return Err(format!("output differs:\n{}", first_difference(&want, &got)));
    }
    Ok(())
}

fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        if w.get(i) != g.get(i) {
            return format!(
                "  line {}:\n    expected: {:?}\n    got:      {:?}",
                i + 1,
                w.get(i).copied().unwrap_or("<end>"),
                g.get(i).copied().unwrap_or("<end>")
            );
        }
    }
    "  (trailing newline or invalid UTF-8 differs)".to_string()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sessions");
    let exe = match std::env::var_os("FERROPY_BIN") {
        Some(p) => std::path::absolute(PathBuf::from(p)).expect("FERROPY_BIN path"),
        None => PathBuf::from(env!("CARGO_BIN_EXE_ferropy")),
    };
    let interp = Arc::new(Interpreter { tag: cache_tag(&exe), exe });
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let known: BTreeSet<String> = read(&root.join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let all: Vec<PathBuf> = cases(&root)
        .into_iter()
        .filter(|p| filter.is_empty() || filter.iter().any(|f| p.to_string_lossy().contains(f.as_str())))
        .collect();
    let queue = Arc::new(Mutex::new(all));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let (queue, results, interp) = (queue.clone(), results.clone(), interp.clone());
            std::thread::spawn(move || loop {
                let Some(p) = queue.lock().expect("queue").pop() else { break };
                let r = check(&interp, &p);
                results.lock().expect("results").push((p, r));
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker");
    }
    let mut results = results.lock().expect("results").clone();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let (mut passed, mut failed, mut expected_failures) = (0, 0, 0);
    let mut fixed = Vec::new();
    for (p, r) in &results {
        let rel = p.strip_prefix(&root).unwrap_or(p).to_string_lossy().to_string();
        let is_known = known.contains(&rel);
        match (r, is_known) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => {
                passed += 1;
                fixed.push(rel);
            }
            (Err(_), true) => expected_failures += 1,
            (Err(e), false) => {
                failed += 1;
                println!("FAIL {rel}: {e}");
            }
        }
    }
    for f in &fixed {
        println!("now passing (remove from KNOWN_FAILURES): {f}");
    }
    println!("known failures (tests/sessions/KNOWN_FAILURES): {expected_failures}");
    println!("sessions: {passed} passed, {failed} failed");
    std::process::exit(if failed > 0 { 1 } else { 0 });
}
