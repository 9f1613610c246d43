//! The disassembler: code objects as text, in the column layout of CPython's `dis`.
//!
//! Each row is: line number (only where a new line starts), `>>` for jump targets, the
//! instruction's offset (its index in the code), the opcode name, the argument, and a
//! parenthesised reading of the argument (the constant, the name, the jump target). Nested code
//! objects follow, each under a `Disassembly of <code object …>:` header.

use crate::code::{CodeObject, Constant};
use crate::opcode::{BinaryOp, CompareOp, Instruction, Opcode, INPLACE};
use std::fmt::Write;

/// A short, stable rendering of a constant (as `repr` would show it).
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True".into() } else { "False".into() },
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => {
            if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e16 {
                format!("{f:.1}")
            } else {
                format!("{f}")
            }
        }
        Constant::Complex { re, im } => {
            if *re == 0.0 && re.is_sign_positive() {
                format!("{im}j")
            } else {
                format!("({re}{im:+}j)")
            }
        }
        Constant::Str(s) => format!("{s:?}").replacen('"', "'", 1).chars().rev().collect::<String>().replacen('"', "'", 1).chars().rev().collect(),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Code(code) => format!("<code object {}, file \"{}\", line {}>", code.name, code.filename, code.firstlineno),
        Constant::Ellipsis => "Ellipsis".into(),
    }
}

fn arg_repr(code: &CodeObject, op: Opcode, arg: u32) -> String {
    let name = |i: u32| code.names.get(i as usize).cloned().unwrap_or_default();
    let deref = |i: u32| {
        let i = i as usize;
        code.cellvars.get(i).or_else(|| code.freevars.get(i - code.cellvars.len().min(i))).cloned().unwrap_or_default()
    };
    match op {
        Opcode::LOAD_CONST => code.consts.get(arg as usize).map(constant_repr).unwrap_or_default(),
        Opcode::LOAD_FAST | Opcode::STORE_FAST | Opcode::DELETE_FAST => code.varnames.get(arg as usize).cloned().unwrap_or_default(),
        Opcode::LOAD_DEREF | Opcode::STORE_DEREF | Opcode::DELETE_DEREF | Opcode::LOAD_CLOSURE | Opcode::LOAD_CLASSDEREF => deref(arg),
        Opcode::LOAD_NAME | Opcode::STORE_NAME | Opcode::DELETE_NAME | Opcode::LOAD_GLOBAL | Opcode::STORE_GLOBAL
        | Opcode::DELETE_GLOBAL | Opcode::LOAD_ATTR | Opcode::STORE_ATTR | Opcode::DELETE_ATTR | Opcode::LOAD_METHOD
        | Opcode::IMPORT_NAME | Opcode::IMPORT_FROM => name(arg),
        Opcode::BINARY_OP => match BinaryOp::decode(arg) {
            Some((op, inplace)) => format!("{}{}", op.symbol(), if inplace { "=" } else { "" }),
            None => String::new(),
        },
        Opcode::COMPARE_OP => CompareOp::decode(arg).map(|c| c.symbol().to_string()).unwrap_or_default(),
        Opcode::GET_AWAITABLE => match arg {
            1 => "after __aenter__".into(),
            2 => "after __aexit__".into(),
            _ => String::new(),
        },
        _ if crate::codegen::has_jump_target(op) => format!("to {arg}"),
        _ => String::new(),
    }
}

/// Disassembles one code object (not its children).
pub fn disassemble_one(code: &CodeObject) -> String {
    let mut out = String::new();
    let targets: std::collections::HashSet<u32> = code
        .code
        .iter()
        .filter_map(|u| Instruction::decode(*u))
        .filter(|i| crate::codegen::has_jump_target(i.op))
        .map(|i| i.arg)
        .collect();
    let mut last_line = 0;
    let mut ext = 0u32;
    for (index, unit) in code.code.iter().enumerate() {
        let Some(ins) = Instruction::decode(*unit) else {
            let _ = writeln!(out, "{:>13} <{}>", index, unit & 0xff);
            continue;
        };
        let arg = (ext << 24) | ins.arg;
        ext = if ins.op == Opcode::EXTENDED_ARG { arg } else { 0 };
        let line = code.line_of(index);
        let line_col = if line != last_line {
            if index > 0 {
                out.push('\n');
            }
            last_line = line;
            format!("{line:>3}")
        } else {
            "   ".to_string()
        };
        let marker = if targets.contains(&(index as u32)) { ">>" } else { "  " };
        let mut row = format!("{line_col}     {marker} {index:>4} {:<20}", ins.op.name());
        if ins.op.has_arg() {
            let _ = write!(row, " {arg:>5}");
            let reading = arg_repr(code, ins.op, arg);
            if !reading.is_empty() {
                let _ = write!(row, " ({reading})");
            }
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

/// Disassembles a code object and, recursively, every code object among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = disassemble_one(code);
    for c in &code.consts {
        if let Constant::Code(child) = c {
            let _ = write!(
                out,
                "\nDisassembly of <code object {} at 0x0, file \"{}\", line {}>:\n",
                child.name, child.filename, child.firstlineno
            );
            out.push_str(&disassemble(child));
        }
    }
    out
}

#[allow(dead_code)]
const _: u32 = INPLACE;
