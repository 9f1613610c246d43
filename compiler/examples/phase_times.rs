//! Where compiling a source tree spends its time, phase by phase.
//!
//! `cargo run --release -p ferropy-compiler --example phase_times -- DIR...` walks the
//! folders for `.py` files and, for each, times reading it, parsing it with
//! rustpython-parser alone, parsing it with ferropy's fast parser alone (`compiler::parser`;
//! the files it bails on are counted), the whole `compile_source` (which parses again, with
//! the fast parser and rustpython where it bails, then builds the symbol table and the code), and marshalling the code. It writes nothing, so the figures
//! leave out the file-system work `compileall` adds (creating `__pycache__` files). Used to
//! profile issue 3's compileall speed targets; the totals are printed in seconds.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ferropy_compiler::{compile_source, marshal, Mode, Options};

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

fn main() {
    let mut files = Vec::new();
    for dir in std::env::args().skip(1) {
        collect(Path::new(&dir), &mut files);
    }
    let (mut read, mut lex, mut parse, mut fast, mut compile, mut dump) = (Duration::ZERO, Duration::ZERO, Duration::ZERO, Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let (mut failed, mut lines, mut bailed) = (0, 0, 0);
    for path in &files {
        let start = Instant::now();
        let Ok(source) = std::fs::read_to_string(path) else { continue };
        read += start.elapsed();
        lines += source.lines().count();
        let name = path.to_string_lossy();
        let start = Instant::now();
        let tokens = rustpython_parser::lexer::lex(&source, rustpython_parser::Mode::Module).count();
        lex += start.elapsed();
        std::hint::black_box(tokens);
        let start = Instant::now();
        let parsed = rustpython_parser::parse(&source, rustpython_parser::Mode::Module, &name);
        parse += start.elapsed();
        drop(parsed);
        let start = Instant::now();
        let parsed = ferropy_compiler::parser::parse_module(&source, &name);
        fast += start.elapsed();
        bailed += usize::from(parsed.is_none());
        drop(parsed);
        let start = Instant::now();
        let code = compile_source(&source, &name, Mode::Exec, Options::default());
        compile += start.elapsed();
        match code {
            Ok(code) => {
                let start = Instant::now();
                let bytes = marshal::dumps_code(&code);
                dump += start.elapsed();
                std::hint::black_box(bytes);
            }
            Err(_) => failed += 1,
        }
    }
    let s = |d: Duration| d.as_secs_f64();
    println!("{} files, {} lines, {} failed to compile", files.len(), lines, failed);
    println!("read     {:7.3} s", s(read));
    println!("lex      {:7.3} s   (rustpython-parser's lexer alone)", s(lex));
    println!("parse    {:7.3} s   (rustpython-parser alone, AST dropped)", s(parse));
    println!("fast parse {:5.3} s   (compiler::parser alone, AST dropped; bailed on {} files)", s(fast), bailed);
    println!("compile  {:7.3} s   (compile_source: parse + symtable + codegen)", s(compile));
    println!("  after parsing {:7.3} s   (compile minus fast parse)", s(compile.saturating_sub(fast)));
    println!("marshal  {:7.3} s", s(dump));
}
