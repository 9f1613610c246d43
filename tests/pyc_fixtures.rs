//! Golden, foreign and corrupt `.pyc` files (`pyc-fixtures/`), and what ferropy does with each.
//!
//! - `golden/`: what ferropy's compiler makes of each `sources/*.py` at optimization levels 0,
//!   1 and 2 (`NAME.pyc`, `NAME.opt-1.pyc`, `NAME.opt-2.pyc`, and the legacy `NAME.pyo`), with
//!   a fixed source mtime. The test compiles the sources again and compares byte for byte, so
//!   a change to the compiler's output fails here until the files are regenerated on purpose:
//!   `FERROPY_REGENERATE_FIXTURES=1 cargo test --test pyc_fixtures -- --test-threads=1`. Each golden file is also
//!   run (`ferropy FILE.pyc`) and must print what CPython printed for the source at that
//!   level (`sources/NAME[.opt-N].out`, recorded with `python3 [-O|-OO] NAME.py`).
//! - `cpython/`: files CPython 3.11 wrote. Running one fails with a RuntimeError naming the
//!   CPython that made it; placed in `__pycache__` under ferropy's tag, it is ignored and the
//!   source recompiled.
//! - `corrupt/`: a truncated header, a wrong magic number, unknown flag bits, a truncated body,
//!   garbage, and a well-formed file whose code fails verification. Each gives its own error
//!   when run, never a crash; as a cache file each is recompiled silently.

use std::path::{Path, PathBuf};
use std::process::Command;

use ferropy_compiler::pyc::{self, Invalidation};

/// The mtime written into golden headers (any fixed value keeps them reproducible).
const FIXED_MTIME: u64 = 1_700_000_000;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("pyc-fixtures")
}

fn exe() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_ferropy"))
}

fn regenerate() -> bool {
    std::env::var_os("FERROPY_REGENERATE_FIXTURES").is_some()
}

fn sources() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(root().join("sources"))
        .expect("pyc-fixtures/sources")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    out.sort();
    out
}

fn compile(source: &Path, optimize: u8) -> Vec<u8> {
    let bytes = std::fs::read(source).expect("source");
    let text = ferropy_compiler::source::decode_source(&bytes, "x").expect("decodes");
    let name = source.file_name().expect("name").to_string_lossy().to_string();
    let code = ferropy_compiler::compile_source(&text, &name, ferropy_compiler::Mode::Exec, ferropy_compiler::Options { optimize })
        .expect("fixture sources compile");
    pyc::pyc_bytes(&code, Invalidation::Timestamp, &bytes, FIXED_MTIME)
}

/// (file name, optimization level, expected-output suffix) for every golden file of a source.
fn golden_names(stem: &str) -> Vec<(String, u8, &'static str)> {
    vec![
        (format!("{stem}.pyc"), 0, "out"),
        (format!("{stem}.opt-1.pyc"), 1, "opt-1.out"),
        (format!("{stem}.opt-2.pyc"), 2, "opt-2.out"),
        (format!("{stem}.pyo"), 1, "opt-1.out"),
    ]
}

fn run(args: &[&Path], dir: &Path) -> (i32, String, String) {
    let out = Command::new(exe())
        .args(args)
        .current_dir(dir)
        .env_remove("PYTHONOPTIMIZE")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("run ferropy");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn golden_files_match_the_compiler_and_run() {
    let golden = root().join("golden");
    if regenerate() {
        std::fs::create_dir_all(&golden).expect("golden folder");
    }
    for source in sources() {
        let stem = source.file_stem().expect("stem").to_string_lossy().to_string();
        for (name, level, expected) in golden_names(&stem) {
            let path = golden.join(&name);
            let made = compile(&source, level);
            assert_eq!(made, compile(&source, level), "compiling {name} twice differs");
            if regenerate() {
                std::fs::write(&path, &made).expect("write golden");
            }
            let stored = std::fs::read(&path).unwrap_or_else(|_| panic!("missing golden file {name}"));
            assert!(stored == made, "{name}: the compiler's output changed; regenerate the fixtures if that is intended");
            let (code, stdout, stderr) = run(&[&path], &golden);
            let want = std::fs::read_to_string(root().join("sources").join(format!("{stem}.{expected}"))).expect("recorded output");
            assert_eq!((code, stdout.as_str()), (0, want.as_str()), "running {name}: {stderr}");
        }
    }
}

#[test]
fn cpython_files_are_refused_by_name() {
    let dir = root().join("cpython");
    let pyc = dir.join("hello.cpython-311.pyc");
    let (code, stdout, stderr) = run(&[&pyc], &dir);
    assert_eq!(code, 1);
    assert_eq!(stdout, "");
    assert_eq!(stderr, "RuntimeError: Bad magic number in .pyc file (written by CPython 3.11, not ferropy)\n");
}

/// Each corrupt file, and the last line of the error running it must print.
const CORRUPT: &[(&str, &str)] = &[
    ("truncated_header.pyc", "RuntimeError: bad pyc data: header truncated"),
    ("wrong_magic.pyc", "RuntimeError: Bad magic number in .pyc file"),
    ("bad_flags.pyc", "RuntimeError: invalid flags 0x4 in .pyc file"),
    ("truncated_body.pyc", "EOFError: marshal data too short"),
    ("garbage.pyc", "ValueError: bad marshal data (unknown type code)"),
    ("bad_code.pyc", "ValueError: bad marshal data (invalid code object: operand out of range at instruction 0 (LOAD_CONST))"),
];

fn corrupt_bytes(name: &str) -> Vec<u8> {
    let good = compile(&root().join("sources").join("hello.py"), 0);
    match name {
        "truncated_header.pyc" => good[..10].to_vec(),
        "wrong_magic.pyc" => [b"\x00\x01\r\n".as_slice(), &good[4..]].concat(),
        "bad_flags.pyc" => [&good[..4], b"\x04\x00\x00\x00".as_slice(), &good[8..]].concat(),
        "truncated_body.pyc" => good[..good.len() / 2].to_vec(),
        "garbage.pyc" => [&good[..16], b"\x01\x02\x03 not marshal data".as_slice()].concat(),
        "bad_code.pyc" => {
            // The first instruction (LOAD_CONST 0) made to load constant 200.
            let mut bad = good.clone();
            let code_start = 16 + 1 + 24 + 5;
            bad[code_start + 1] = 200;
            bad
        }
        other => panic!("no recipe for {other}"),
    }
}

#[test]
fn corrupt_files_give_errors_not_crashes() {
    let dir = root().join("corrupt");
    if regenerate() {
        std::fs::create_dir_all(&dir).expect("corrupt folder");
    }
    for (name, last_line) in CORRUPT {
        let path = dir.join(name);
        if regenerate() {
            std::fs::write(&path, corrupt_bytes(name)).expect("write corrupt fixture");
        }
        let (code, stdout, stderr) = run(&[&path], &dir);
        assert_eq!(code, 1, "{name}: {stderr}");
        assert_eq!(stdout, "", "{name}");
        assert_eq!(stderr.lines().last(), Some(*last_line), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    }
}

#[test]
fn bad_cache_files_are_recompiled_silently() {
    let tmp = std::env::temp_dir().join(format!("ferropy-pyc-fixtures-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(tmp.join("__pycache__")).expect("temp folder");
    std::fs::write(tmp.join("hello.py"), std::fs::read(root().join("sources").join("hello.py")).expect("source")).expect("copy");
    std::fs::write(tmp.join("main.py"), "import hello\n").expect("main");
    let cache = tmp.join("__pycache__").join(format!("hello.{}.pyc", pyc::CACHE_TAG));
    let mut bad: Vec<(String, Vec<u8>)> = CORRUPT.iter().map(|(n, _)| (n.to_string(), std::fs::read(root().join("corrupt").join(n)).expect("fixture"))).collect();
    bad.push(("cpython".into(), std::fs::read(root().join("cpython").join("hello.cpython-311.pyc")).expect("cpython fixture")));
    let want = std::fs::read_to_string(root().join("sources").join("hello.out")).expect("output");
    for (name, bytes) in bad {
        std::fs::write(&cache, &bytes).expect("plant cache");
        let out = Command::new(exe()).arg("main.py").current_dir(&tmp).env_remove("PYTHONDONTWRITEBYTECODE").output().expect("run");
        assert_eq!(String::from_utf8_lossy(&out.stdout), want, "with a {name} cache: {}", String::from_utf8_lossy(&out.stderr));
        let rewritten = std::fs::read(&cache).expect("cache rewritten");
        assert_eq!(&rewritten[..4], &pyc::MAGIC, "with a {name} cache");
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
