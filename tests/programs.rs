//! Runs every program in `tests/programs/<area>/*.py` under ferropy and compares its stdout,
//! stderr and exit status with the recordings made by CPython 3.11 (`tests/record.py`).
//!
//! Each program runs with its own folder as the working directory and the same environment
//! the recorder used. Programs listed in `tests/programs/KNOWN_FAILURES` are expected to fail
//! (features not implemented yet); one that passes is reported so the list can shrink. The
//! last line is `programs: N passed, M failed`.
//!
//! `cargo test --test programs -- FILTER` runs only programs whose path contains FILTER.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(30);

fn programs(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(areas) = std::fs::read_dir(root) else { return out };
    for area in areas.flatten() {
        let dir = area.path();
        if !dir.is_dir() {
            continue;
        }
        let Ok(files) = std::fs::read_dir(&dir) else { continue };
        for f in files.flatten() {
            let p = f.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if p.extension().is_some_and(|e| e == "py") && !name.starts_with('_') {
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

fn extra_args(source: &str) -> Vec<String> {
    let first = source.trim_start_matches('\u{feff}').lines().next().unwrap_or("");
    match first.strip_prefix("# args:") {
        Some(rest) => rest.split_whitespace().map(str::to_string).collect(),
        None => Vec::new(),
    }
}

/// Runs one program; `Err` describes the first difference.
fn check(exe: &Path, program: &Path) -> Result<(), String> {
    let dir = program.parent().expect("program folder");
    let name = program.file_name().expect("file name").to_string_lossy().to_string();
    let stem = program.with_extension("");
    let source = read(program).unwrap_or_default();
    let mut cmd = Command::new(exe);
    cmd.arg(&name)
        .args(extra_args(&source))
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONUNBUFFERED")
        .env_remove("PYTHONOPTIMIZE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = cmd.spawn().map_err(|e| format!("cannot start ferropy: {e}"))?;
    let output = wait_with_timeout(child)?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).replace(&dir.to_string_lossy().to_string(), "$DIR");
    // A process ended by a signal reports minus the signal number, as Python's subprocess does.
    let code = output.status.code().unwrap_or_else(|| -std::os::unix::process::ExitStatusExt::signal(&output.status).unwrap_or(1));
    let want_out = read(&stem.with_extension("out")).unwrap_or_default();
    let want_err = read(&stem.with_extension("err")).unwrap_or_default();
    let want_code: i32 = read(&stem.with_extension("code")).and_then(|c| c.trim().parse().ok()).unwrap_or(0);
    if stdout != want_out {
        return Err(format!("stdout differs:\n{}", first_difference(&want_out, &stdout)));
    }
    if stderr != want_err {
        return Err(format!("stderr differs:\n{}", first_difference(&want_err, &stderr)));
    }
    if code != want_code {
        return Err(format!("exit status {code}, expected {want_code}"));
    }
    Ok(())
}

/// Waits for the child, reading its output concurrently (a large stderr must not fill the pipe
/// and stall the child), killing it after the timeout.
fn wait_with_timeout(mut child: std::process::Child) -> Result<std::process::Output, String> {
    use std::io::Read;
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = std::time::Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {}s", TIMEOUT.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(std::process::Output { status, stdout, stderr })
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
    "  (trailing newline differs)".to_string()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let exe = PathBuf::from(env!("CARGO_BIN_EXE_ferropy"));
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let known: BTreeSet<String> = read(&root.join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let all: Vec<PathBuf> = programs(&root)
        .into_iter()
        .filter(|p| filter.is_empty() || filter.iter().any(|f| p.to_string_lossy().contains(f.as_str())))
        .collect();
    let queue = Arc::new(Mutex::new(all.clone()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let (queue, results, exe) = (queue.clone(), results.clone(), exe.clone());
            std::thread::spawn(move || loop {
                let Some(p) = queue.lock().expect("queue").pop() else { break };
                let r = check(&exe, &p);
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
    println!("known failures (tests/programs/KNOWN_FAILURES): {expected_failures}");
    println!("programs: {passed} passed, {failed} failed");
    std::process::exit(if failed > 0 { 1 } else { 0 });
}
