//! Assembly: labels → instruction indices, `EXTENDED_ARG` prefixes, the location table and the
//! maximum stack depth.
//!
//! Jump targets are absolute instruction indices. An argument wider than 24 bits gets
//! `EXTENDED_ARG` prefixes; because a prefix moves every later instruction, positions are
//! recomputed until they stop changing (in practice, once).

use super::{CResult, Instr, Unit};
use crate::code::{CodeObject, Location};
use crate::error::{CompileError, ErrorKind};
use crate::opcode::{Instruction, Opcode};

const ARG_BITS: u32 = 24;

fn prefixes_needed(arg: u32) -> usize {
    if arg >> ARG_BITS == 0 {
        0
    } else {
        1
    }
}

pub(super) fn assemble(unit: Unit, filename: &str) -> CResult<CodeObject> {
    let (widths, positions) = layout(&unit);
    let instrs = &unit.instrs;
    let mut code = Vec::with_capacity(positions[instrs.len()] as usize);
    let mut locations: Vec<Location> = Vec::new();
    let mut emitted: Vec<(Opcode, u32)> = Vec::with_capacity(code.capacity());
    for (i, ins) in instrs.iter().enumerate() {
        let arg = resolved_arg(ins, &unit.labels, &positions);
        let start = code.len() as u32;
        let loc = Location { start, ..ins.loc };
        if locations.last().is_none_or(|l| (l.line, l.end_line, l.col, l.end_col) != (loc.line, loc.end_line, loc.col, loc.end_col)) {
            locations.push(loc);
        }
        if widths[i] > 0 {
            code.push(Instruction::encode(Opcode::EXTENDED_ARG, arg >> ARG_BITS));
            emitted.push((Opcode::EXTENDED_ARG, arg >> ARG_BITS));
        }
        code.push(Instruction::encode(ins.op, arg));
        emitted.push((ins.op, arg));
    }
    let stacksize = crate::verify::stack_depths(&emitted)
        .map_err(|msg| CompileError::new(ErrorKind::SyntaxError, format!("internal error: {msg}"), filename))?;
    let code_flags = unit.flags;
    Ok(CodeObject {
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        stacksize,
        flags: code_flags,
        code,
        consts: unit.consts,
        names: unit.names,
        varnames: unit.varnames,
        cellvars: unit.cellvars,
        freevars: unit.freevars,
        filename: filename.to_string(),
        name: unit.name,
        qualname: unit.qualname,
        firstlineno: unit.firstlineno,
        locations,
    })
}

/// How many `EXTENDED_ARG` prefixes each instruction needs, and where each instruction (and
/// the end) lands once they are counted. Nearly always no argument needs a prefix, and the
/// positions are the indices.
fn layout(unit: &Unit) -> (Vec<u8>, Vec<u32>) {
    let instrs = &unit.instrs;
    let narrow = instrs.len() >> ARG_BITS == 0 && instrs.iter().all(|i| i.target.is_some() || prefixes_needed(i.arg) == 0);
    let mut widths = vec![0u8; instrs.len()];
    let mut positions: Vec<u32> = (0..=instrs.len() as u32).collect();
    if narrow {
        return (widths, positions);
    }
    loop {
        let mut pos = 0u32;
        for (i, _) in instrs.iter().enumerate() {
            positions[i] = pos;
            pos += 1 + widths[i] as u32;
        }
        positions[instrs.len()] = pos;
        let mut changed = false;
        for (i, ins) in instrs.iter().enumerate() {
            let arg = resolved_arg(ins, &unit.labels, &positions);
            let w = prefixes_needed(arg) as u8;
            if w != widths[i] {
                widths[i] = w;
                changed = true;
            }
        }
        if !changed {
            return (widths, positions);
        }
    }
}

fn resolved_arg(ins: &Instr, labels: &[Option<u32>], positions: &[u32]) -> u32 {
    match ins.target {
        Some(label) => {
            let index = labels[label.0 as usize].expect("every jump target is bound");
            positions[index as usize]
        }
        None => ins.arg,
    }
}

/// Whether an opcode's argument is a jump target.
pub fn has_jump_target(op: Opcode) -> bool {
    op.operand() == crate::opcode::Operand::Jump
}
