//! The bytecode verifier: what must hold of a code object before the VM may run it.
//!
//! The eval loop trusts its code: it indexes `co_consts`, `co_varnames` and `co_names` without
//! bounds checks that could fail, pops without looking, and jumps where it is told. Code the
//! compiler has just made is right by construction; code read back from a `.pyc` file or from
//! `marshal.loads` may be truncated, corrupt or made by something else. The loader verifies such
//! code here, and refuses it with a message, rather than let a bad index become a crash.
//!
//! What is checked, for every code object reachable through the constants:
//! - every code unit decodes to a known opcode, and `EXTENDED_ARG` prefixes are followed by an
//!   instruction;
//! - every operand indexes the table it names (`Operand` in the opcode table), jump targets
//!   lie inside the code, and `BINARY_OP`/`COMPARE_OP` operators exist;
//! - along every path the value stack never holds fewer values than an instruction reads
//!   (`Opcode::stack_inputs`), never more than `co_stacksize`, and paths that meet agree on
//!   the depth;
//! - the parameter counts fit the local names, and the location table is sorted.
//!
//! `stack_depths` is the same walk the assembler uses to compute `co_stacksize`, so the two can
//! never disagree about what a depth is.

use crate::code::{CodeObject, Constant};
use crate::opcode::{BinaryOp, CompareOp, Instruction, Opcode, Operand};

const ARG_BITS: u32 = 24;

/// Walks every path through `code` (opcode, raw argument pairs, `EXTENDED_ARG` prefixes
/// included) and returns the greatest stack depth reached, or what is wrong.
pub(crate) fn stack_depths(code: &[(Opcode, u32)]) -> Result<u32, String> {
    // The depth on entry to each instruction, once a path has reached it.
    const UNSEEN: i32 = i32::MIN;
    let mut depth_at: Vec<i32> = vec![UNSEEN; code.len() + 1];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0;
    while let Some((start, entry_depth)) = work.pop() {
        let mut pc = start;
        let mut depth = entry_depth;
        // A path that starts right after a prefix would lose it; paths only start at jump
        // targets and at 0, so `ext` starts empty.
        let mut ext: u32 = 0;
        while pc < code.len() {
            let seen = depth_at[pc];
            if seen != UNSEEN {
                if seen != depth {
                    return Err(format!("inconsistent stack depth at instruction {pc} ({seen} vs {depth})"));
                }
                break;
            }
            depth_at[pc] = depth;
            let (op, raw) = code[pc];
            let arg = if op == Opcode::EXTENDED_ARG { raw } else { (ext << ARG_BITS) | raw };
            ext = if op == Opcode::EXTENDED_ARG { raw } else { 0 };
            if depth < op.stack_inputs(arg) {
                return Err(format!("stack underflow at instruction {pc} ({})", op.name()));
            }
            if op.operand() == Operand::Jump {
                if arg as usize >= code.len() {
                    return Err(format!("jump target {arg} out of range at instruction {pc}"));
                }
                let target_depth = depth + op.stack_effect(arg, true);
                max = max.max(target_depth);
                work.push((arg as usize, target_depth));
            }
            depth += op.stack_effect(arg, false);
            max = max.max(depth);
            if op.is_terminator() {
                break;
            }
            pc += 1;
        }
    }
    Ok(max as u32)
}

/// Checks one code object and, recursively, the code objects among its constants.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    verify_one(code)?;
    code.consts.iter().try_for_each(verify_constant)
}

/// Checks one code object, not the code objects among its constants (the marshal reader has
/// checked those already, as it read them).
pub fn verify_one(code: &CodeObject) -> Result<(), String> {
    let (mut decoded, mut ext) = (Vec::with_capacity(code.code.len()), 0u32);
    for (pc, unit) in code.code.iter().enumerate() {
        let Some(Instruction { op, arg: raw }) = Instruction::decode(*unit) else {
            return Err(format!("unknown opcode {} at instruction {pc}", unit & 0xff));
        };
        let arg = if op == Opcode::EXTENDED_ARG { raw } else { (ext << ARG_BITS) | raw };
        ext = if op == Opcode::EXTENDED_ARG { raw } else { 0 };
        if op != Opcode::EXTENDED_ARG {
            check_operand(code, op, arg).map_err(|what| format!("{what} at instruction {pc} ({})", op.name()))?;
        }
        decoded.push((op, raw));
    }
    if decoded.last().is_some_and(|(op, _)| *op == Opcode::EXTENDED_ARG) {
        return Err("code ends with EXTENDED_ARG".into());
    }
    if code.total_args() > code.varnames.len() || code.posonlyargcount > code.argcount {
        return Err("more parameters than local names".into());
    }
    if code.locations.windows(2).any(|w| w[0].start > w[1].start) {
        return Err("location table out of order".into());
    }
    let deepest = stack_depths(&decoded)?;
    if deepest > code.stacksize {
        return Err(format!("stack depth {deepest} exceeds co_stacksize {}", code.stacksize));
    }
    Ok(())
}

fn verify_constant(c: &Constant) -> Result<(), String> {
    match c {
        Constant::Code(inner) => verify(inner),
        Constant::Tuple(items) | Constant::FrozenSet(items) => items.iter().try_for_each(verify_constant),
        _ => Ok(()),
    }
}

fn check_operand(code: &CodeObject, op: Opcode, arg: u32) -> Result<(), &'static str> {
    let arg = arg as usize;
    let ok = match op.operand() {
        Operand::Unused | Operand::Count | Operand::Jump => true,
        Operand::Const => arg < code.consts.len(),
        Operand::Local => arg < code.varnames.len(),
        Operand::Cell => arg < code.cellvars.len() + code.freevars.len(),
        Operand::Name => arg < code.names.len(),
        Operand::BinaryOperator => BinaryOp::decode(arg as u32).is_some(),
        Operand::Comparison => CompareOp::decode(arg as u32).is_some(),
    };
    if !ok {
        return Err("operand out of range");
    }
    // Operands the loop indexes or peeks with must be at least 1 (0 would read past the top).
    let peeks = matches!(
        op,
        Opcode::COPY | Opcode::SWAP | Opcode::LIST_APPEND | Opcode::SET_ADD | Opcode::MAP_ADD | Opcode::LIST_EXTEND
            | Opcode::SET_UPDATE | Opcode::DICT_UPDATE | Opcode::DICT_MERGE
    );
    if peeks && arg == 0 {
        return Err("zero stack offset");
    }
    Ok(())
}
