//! `_dis`: what the `dis` and `opcode` modules need from the opcode table and code objects.
//!
//! The opcode table in `ferropy_compiler::opcode` is the single source of truth; this module
//! exposes it (`opcodes()`: number, name, operand kind for every opcode) and decodes a code
//! object's instructions (`instructions(code)`), folding `EXTENDED_ARG` prefixes into the
//! argument of the instruction they extend, as CPython's `dis` does. Everything about how
//! the listing looks is decided in Python (`dis.py`), from these facts.
//!
//! Offsets are instruction indices: ferropy's jump arguments are indices, so `dis` shows the
//! same numbers the jumps use.

use ferropy_compiler::opcode::{Instruction, Opcode, Operand};
use ferropy_vm::object::function::Args;
use ferropy_vm::object::{NativeFn, Payload};
use ferropy_vm::value::{ObjRef, Value};
use ferropy_vm::vm::{PyResult, Vm};

fn operand_name(op: Opcode) -> &'static str {
    match op.operand() {
        Operand::Unused => "none",
        Operand::Const => "const",
        Operand::Local => "local",
        Operand::Cell => "cell",
        Operand::Name => "name",
        Operand::Jump => "jump",
        Operand::Count => "count",
        Operand::BinaryOperator => "binary",
        Operand::Comparison => "compare",
    }
}

/// `opcodes()`: a list of (number, name, operand kind, has argument) for every opcode.
fn opcodes(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let items = Opcode::ALL
        .iter()
        .map(|op| {
            let fields = vec![Value::Int(*op as u8 as i64), vm.new_str(op.name()), vm.new_str(operand_name(*op)), Value::bool(op.has_arg())];
            vm.new_tuple(fields)
        })
        .collect();
    Ok(vm.new_list(items))
}

/// `instructions(code)`: per code unit, (opcode, argument or None, operand kind, line,
/// (line, end line, column, end column)). An `EXTENDED_ARG` keeps its own argument; the
/// instruction after it gets the combined value.
fn instructions(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = match args.pos.first() {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Code(c) => c.code.clone(),
            _ => return vm.type_error("instructions() expects a code object"),
        },
        _ => return vm.type_error("instructions() expects a code object"),
    };
    let mut out = Vec::with_capacity(code.code.len());
    let mut ext = 0u32;
    for (index, unit) in code.code.iter().enumerate() {
        let Some(Instruction { op, arg: raw }) = Instruction::decode(*unit) else {
            let fields = vec![Value::Int((unit & 0xff) as i64), Value::None, vm.new_str("none"), Value::None, Value::None];
            out.push(vm.new_tuple(fields));
            ext = 0;
            continue;
        };
        let arg = if op == Opcode::EXTENDED_ARG { raw } else { (ext << 24) | raw };
        ext = if op == Opcode::EXTENDED_ARG { arg } else { 0 };
        let location = code.location(index);
        let line = location.map_or(Value::None, |l| Value::Int(l.line as i64));
        let positions = match location {
            Some(l) => {
                let p = vec![Value::Int(l.line as i64), Value::Int(l.end_line as i64), Value::Int(l.col as i64), Value::Int(l.end_col as i64)];
                vm.new_tuple(p)
            }
            None => Value::None,
        };
        let arg_value = if op.has_arg() { Value::Int(arg as i64) } else { Value::None };
        let fields = vec![Value::Int(op as u8 as i64), arg_value, vm.new_str(operand_name(op)), line, positions];
        out.push(vm.new_tuple(fields));
    }
    Ok(vm.new_list(out))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("opcodes", opcodes), ("instructions", instructions)];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::native_module(vm, "_dis", FUNCTIONS)?;
    let binary: Vec<Value> = (0..26u32)
        .map_while(|a| ferropy_compiler::opcode::BinaryOp::decode(a))
        .map(|(op, inplace)| vm.new_str(if inplace { format!("{}=", op.symbol()) } else { op.symbol().to_string() }))
        .collect();
    let binary = vm.new_list(binary);
    vm.set_attr_in_dict(&m, "binary_ops", binary)?;
    let compare: Vec<Value> = (0..6u32).filter_map(ferropy_compiler::opcode::CompareOp::decode).map(|c| vm.new_str(c.symbol())).collect();
    let compare = vm.new_list(compare);
    vm.set_attr_in_dict(&m, "cmp_op", compare)?;
    Ok(m)
}
