//! The arithmetic and comparison dunders of int, float and complex, generated from one table.
//!
//! Each dunder checks that the other operand is a number its type accepts (`NotImplemented`
//! otherwise, so the other side gets its turn) and delegates to `ops::number::arith` or the
//! shared numeric comparison.

use crate::object::function::Args;
use crate::ops::number::{arith, as_num, Num};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use ferropy_compiler::opcode::{BinaryOp, CompareOp};

/// Which operands a numeric type's dunders accept.
#[derive(Clone, Copy)]
pub enum Accepts {
    Int,
    Real,
    Complex,
}

fn accepts(kind: Accepts, v: &Value) -> bool {
    match (kind, as_num(v)) {
        (_, None) => false,
        (Accepts::Int, Some(Num::Int(_) | Num::Big(_))) => true,
        (Accepts::Int, _) => false,
        (Accepts::Real, Some(Num::Complex(..))) => false,
        _ => true,
    }
}

pub fn binary(vm: &mut Vm, args: Args, op: BinaryOp, reflected: bool, kind: Accepts) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return vm.type_error(format!("expected 1 argument, got {}", args.pos.len().saturating_sub(1)));
    }
    let (me, other) = (&args.pos[0], &args.pos[1]);
    if !accepts(kind, other) || !accepts(kind, me) {
        return Ok(vm.not_implemented());
    }
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    Ok(arith(vm, op, a, b)?.unwrap_or_else(|| vm.not_implemented()))
}

pub fn compare(vm: &mut Vm, args: Args, op: CompareOp, kind: Accepts) -> PyResult<Value> {
    let (me, other) = (&args.pos[0], &args.pos[1]);
    let other_ok = match kind {
        Accepts::Int => as_num(other).is_some(),
        _ => as_num(other).is_some(),
    };
    if !other_ok {
        return Ok(vm.not_implemented());
    }
    let (Some(x), Some(y)) = (as_num(me), as_num(other)) else { return Ok(vm.not_implemented()) };
    if matches!(x, Num::Complex(..)) || matches!(y, Num::Complex(..)) {
        let c = |n: &Num| match n {
            Num::Complex(r, i) => (*r, *i),
            Num::Int(i) => (*i as f64, 0.0),
            Num::Big(b) => (num_traits::ToPrimitive::to_f64(*b).unwrap_or(f64::INFINITY), 0.0),
            Num::Float(f) => (*f, 0.0),
        };
        return match op {
            CompareOp::Eq => Ok(Value::bool(c(&x) == c(&y))),
            CompareOp::Ne => Ok(Value::bool(c(&x) != c(&y))),
            _ => Ok(vm.not_implemented()),
        };
    }
    Ok(Value::bool(match crate::ops::compare::compare_numbers(&x, &y) {
        Some(ord) => crate::ops::compare::compare_ord(ord, op),
        None => op == CompareOp::Ne,
    }))
}

macro_rules! numeric_table {
    ($table:ident, $kind:expr) => {
        pub const $table: &[(&str, crate::object::NativeFn)] = &{
            use ferropy_compiler::opcode::{BinaryOp as B, CompareOp as C};
            macro_rules! bin {
                ($op:expr, $refl:expr) => {{
                    fn f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                        binary(vm, args, $op, $refl, $kind)
                    }
                    f as crate::object::NativeFn
                }};
            }
            macro_rules! cmp {
                ($op:expr) => {{
                    fn f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                        compare(vm, args, $op, $kind)
                    }
                    f as crate::object::NativeFn
                }};
            }
            [
                ("__add__", bin!(B::Add, false)), ("__radd__", bin!(B::Add, true)),
                ("__sub__", bin!(B::Subtract, false)), ("__rsub__", bin!(B::Subtract, true)),
                ("__mul__", bin!(B::Multiply, false)), ("__rmul__", bin!(B::Multiply, true)),
                ("__truediv__", bin!(B::TrueDivide, false)), ("__rtruediv__", bin!(B::TrueDivide, true)),
                ("__floordiv__", bin!(B::FloorDivide, false)), ("__rfloordiv__", bin!(B::FloorDivide, true)),
                ("__mod__", bin!(B::Remainder, false)), ("__rmod__", bin!(B::Remainder, true)),
                ("__pow__", bin!(B::Power, false)), ("__rpow__", bin!(B::Power, true)),
                ("__lshift__", bin!(B::LShift, false)), ("__rlshift__", bin!(B::LShift, true)),
                ("__rshift__", bin!(B::RShift, false)), ("__rrshift__", bin!(B::RShift, true)),
                ("__and__", bin!(B::And, false)), ("__rand__", bin!(B::And, true)),
                ("__or__", bin!(B::Or, false)), ("__ror__", bin!(B::Or, true)),
                ("__xor__", bin!(B::Xor, false)), ("__rxor__", bin!(B::Xor, true)),
                ("__eq__", cmp!(C::Eq)), ("__ne__", cmp!(C::Ne)),
                ("__lt__", cmp!(C::Lt)), ("__le__", cmp!(C::Le)),
                ("__gt__", cmp!(C::Gt)), ("__ge__", cmp!(C::Ge)),
            ]
        };
    };
}

numeric_table!(INT_DUNDERS, Accepts::Int);
numeric_table!(FLOAT_DUNDERS, Accepts::Real);
numeric_table!(COMPLEX_DUNDERS, Accepts::Complex);
