//! Where compiling a source tree spends its time, phase by phase.
//!
//! `cargo run --release -p ferropy-compiler --example phase_times -- DIR...` walks the
//! folders for `.py` files and, for each, times reading it, parsing it with
//! rustpython-parser alone, parsing it with ferropy's fast parser alone (`compiler::parser`;
//! the files it bails on are counted), the whole `compile_source` (which parses again, with
//! the fast parser and rustpython where it bails, then builds the symbol table and the code), and marshalling the code. It writes nothing, so the figures
//! leave out the file-system work `compileall` adds (creating `__pycache__` files). Used to
//! profile issue 3's compileall speed targets; the totals are printed in seconds.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use ferropy_compiler::{compile_source, marshal, Mode, Options};
use rustpython_parser::ast;

fn main() {
    let mut files = Vec::new();
    for dir in std::env::args().skip(1) {
        common::collect_py_files(Path::new(&dir), &mut files);
    }
    let (mut read, mut lex, mut parse, mut fast, mut compile, mut dump) = (Duration::ZERO, Duration::ZERO, Duration::ZERO, Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let (mut failed, mut lines, mut bailed) = (0, 0, 0);
    let mut after_parse = AfterParse::default();
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
        if let Ok(ast::Mod::Module(module)) = parsed {
            after_parse.time(&source, &name, module.body);
        }
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
    after_parse.print();
    println!("marshal  {:7.3} s", s(dump));
}

/// The steps of `compile_source` after the parse, timed one by one on an AST parsed once.
#[derive(Default)]
struct AfterParse {
    line_index: Duration,
    nesting: Duration,
    future: Duration,
    symtable: Duration,
    codegen: Duration,
    drop_ast: Duration,
}

impl AfterParse {
    fn time(&mut self, source: &str, name: &str, body: Vec<ast::Stmt>) {
        let start = Instant::now();
        let lines = ferropy_compiler::source::LineIndex::new(source);
        self.line_index += start.elapsed();
        let start = Instant::now();
        let _ = ferropy_compiler::nesting::check_depth(source, name, &lines);
        self.nesting += start.elapsed();
        let start = Instant::now();
        let _ = ferropy_compiler::future::parse(&body, &lines, name);
        self.future += start.elapsed();
        let start = Instant::now();
        let table = ferropy_compiler::symtable::build(&body, name, &lines);
        self.symtable += start.elapsed();
        drop(table);
        let start = Instant::now();
        let code = ferropy_compiler::codegen::compile_module(&body, name, &lines, Options::default(), false);
        self.codegen += start.elapsed();
        drop(code);
        let start = Instant::now();
        drop(body);
        self.drop_ast += start.elapsed();
    }

    fn print(&self) {
        let s = |d: Duration| d.as_secs_f64();
        let codegen = self.codegen.saturating_sub(self.future + self.symtable);
        println!("  of which (timed apart on one parse):");
        println!("    line index {:7.3} s, nesting check {:7.3} s, future {:7.3} s", s(self.line_index), s(self.nesting), s(self.future));
        println!("    symtable   {:7.3} s, codegen+assembly {:7.3} s, AST drop {:7.3} s", s(self.symtable), s(codegen), s(self.drop_ast));
    }
}
