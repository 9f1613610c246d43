//! Checks the fast parser against rustpython-parser over source trees.
//!
//! `cargo run --release -p ferropy-compiler --example fast_parser_check -- DIR...` parses
//! every `.py` file under the folders with both and reports the files where the ASTs are
//! equal, where the fast parser bailed (and rustpython did not fail, with the line of the
//! token it stopped at when cheap to find: the first statement of the file it could not
//! parse), and where they DIFFER, which must never happen (the first differing top-level
//! statement of each is printed). Exit status 1 when any file differs.
//!
//! With `--mutate N` first, each file is also checked in N mangled variants (a few bytes
//! deleted, a line duplicated, or a token-like snippet inserted, at pseudo-random places):
//! mostly invalid source, where the fast parser must bail whenever rustpython fails and
//! agree with it otherwise. `FAST_PARSER_SEED` changes the variants.

mod common;

use std::path::Path;

use ferropy_compiler::parser::parse_module;
use rustpython_parser::ast;

/// A small deterministic pseudo-random generator (no dependency needed).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

const INSERTS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ",", "*", "**", "=", ".", ";", "@", "lambda", "lambda x:", "yield", "not",
    "if", "else", "for", "in", "async", "await", ":=", "\\\n", "'", "f'{x}'", "b'x'", "\n", "\n    ", "as", "/",
    "del", "global x", "from", "import", "return", "->", "x for x in y", "...", "~", "1.5j", "0x", "\"", "#", "match ", "case ", "type ", "\nmatch x:\n    case _: pass\n", "\ntype X = int\n",
];

/// A mangled copy of `source`.
fn mutate(source: &str, rng: &mut Lcg) -> String {
    let mut at = rng.below(source.len() + 1);
    while !source.is_char_boundary(at) {
        at -= 1;
    }
    let (head, tail) = source.split_at(at);
    match rng.below(3) {
        0 => {
            let mut cut = (rng.below(4) + 1).min(tail.len());
            while !tail.is_char_boundary(cut) {
                cut -= 1;
            }
            format!("{head}{}", &tail[cut..])
        }
        1 => {
            let line_start = head.rfind('\n').map_or(0, |i| i + 1);
            let line_end = tail.find('\n').map_or(source.len(), |i| at + i + 1);
            format!("{}{}", &source[..line_end], &source[line_start..])
        }
        _ => format!("{head}{}{tail}", INSERTS[rng.below(INSERTS.len())]),
    }
}

fn body(module: &ast::Mod) -> &[ast::Stmt] {
    match module {
        ast::Mod::Module(m) => &m.body,
        _ => &[],
    }
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut mutations = 0;
    if args.first().is_some_and(|a| a == "--mutate") && args.len() > 1 {
        mutations = args[1].parse().unwrap_or(0);
        args.drain(..2);
    }
    let mut files = Vec::new();
    for dir in &args {
        common::collect_py_files(Path::new(dir), &mut files);
    }
    let seed = std::env::var("FAST_PARSER_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed);
    let mut rng = Lcg(seed);
    let (mut variants, mut variant_failures, mut variants_valid, mut variants_fast) = (0, 0, 0, 0);
    let (mut equal, mut bailed, mut differ, mut both_fail, mut wrongly_accepted) = (0, 0, 0, 0, 0);
    for path in &files {
        let Ok(source) = std::fs::read_to_string(path) else { continue };
        let name = path.to_string_lossy();
        for _ in 0..mutations {
            let mangled = mutate(&source, &mut rng);
            variants += 1;
            let fast = parse_module(&mangled, &name);
            let slow = rustpython_parser::parse(&mangled, rustpython_parser::Mode::Module, &name);
            variants_valid += usize::from(slow.is_ok());
            variants_fast += usize::from(fast.is_some());
            let agree = match (&fast, &slow) {
                (Some(fast), Ok(slow)) => fast == slow,
                (Some(_), Err(_)) => false,
                (None, _) => true,
            };
            if !agree {
                variant_failures += 1;
                let dump = format!("/tmp/fast_parser_mismatch_{variant_failures}.py");
                let _ = std::fs::write(&dump, &mangled);
                println!("MUTANT DISAGREES {name}: written to {dump} (rustpython ok: {})", slow.is_ok());
            }
        }
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
    if mutations > 0 {
        println!(
            "{variants} mangled variants ({variants_valid} valid for rustpython, {variants_fast} parsed by the fast parser): {variant_failures} where the fast parser disagrees"
        );
    }
    if differ + wrongly_accepted + variant_failures > 0 {
        std::process::exit(1);
    }
}
