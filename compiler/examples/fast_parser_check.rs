//! Checks the fast parser against rustpython-parser over source trees.
//!
//! `cargo run --release -p ferropy-compiler --example fast_parser_check -- DIR...` parses
//! every `.py` file under the folders with both and reports the files where the ASTs are
//! equal, where the fast parser bailed (and rustpython did not fail, with the line of the
//! token it stopped at when cheap to find: the first statement of the file it could not
//! parse), and where they DIFFER, which must never happen (the first differing top-level
//! statement of each is printed). Exit status 1 when any file differs.

use std::path::{Path, PathBuf};

use ferropy_compiler::parser::parse_module;
use rustpython_parser::ast;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

fn body(module: &ast::Mod) -> &[ast::Stmt] {
    match module {
        ast::Mod::Module(m) => &m.body,
        _ => &[],
    }
}

fn main() {
    let mut files = Vec::new();
    for dir in std::env::args().skip(1) {
        collect(Path::new(&dir), &mut files);
    }
    let (mut equal, mut bailed, mut differ, mut both_fail, mut wrongly_accepted) = (0, 0, 0, 0, 0);
    for path in &files {
        let Ok(source) = std::fs::read_to_string(path) else { continue };
        let name = path.to_string_lossy();
        let fast = parse_module(&source, &name);
        let slow = rustpython_parser::parse(&source, rustpython_parser::Mode::Module, &name);
        match (fast, slow) {
            (Some(fast), Ok(slow)) if fast == slow => equal += 1,
            (Some(fast), Ok(slow)) => {
                differ += 1;
                let (f, s) = (body(&fast), body(&slow));
                let i = f.iter().zip(s).position(|(a, b)| a != b).unwrap_or(f.len().min(s.len()));
                println!("DIFFER {name}: statement {i} of {}/{}", f.len(), s.len());
                println!("  fast: {:?}", f.get(i));
                println!("  slow: {:?}", s.get(i));
            }
            (Some(_), Err(e)) => {
                wrongly_accepted += 1;
                println!("ACCEPTED INVALID {name}: rustpython says {e}");
            }
            (None, Ok(_)) => {
                bailed += 1;
                println!("bail {name}");
            }
            (None, Err(_)) => both_fail += 1,
        }
    }
    println!(
        "{} files: {equal} equal, {bailed} bailed, {differ} differ, {wrongly_accepted} accepted though invalid, {both_fail} invalid for both",
        files.len()
    );
    if differ + wrongly_accepted > 0 {
        std::process::exit(1);
    }
}
