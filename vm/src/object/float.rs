//! `float` and `complex`: construction, repr, formatting, rounding and their methods.

use super::{Payload, PyObject};
use crate::context::Context;
use crate::format;
use crate::object::function::Args;
use crate::object::int::format_error;
use crate::ops::number::{as_num, int_to_f64, Num};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `format(float, spec)`.
pub fn format_float_value(vm: &mut Vm, f: f64, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return Ok(vm.new_str(format::float_repr(f)));
    }
    let parsed = match format::parse_format_spec_for(spec, "float") {
        Ok(p) => p,
        Err(e) => return format_error(vm, e),
    };
    match format::format_float(f, &parsed) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => format_error(vm, e),
    }
}

fn me(vm: &Vm, v: &Value) -> PyResult<f64> {
    match as_num(v) {
        Some(Num::Float(f)) => Ok(f),
        _ => vm.type_error(format!("descriptor requires a 'float' object but received a '{}'", vm.type_name(v))),
    }
}

/// `float(x)`.
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match as_num(v) {
        Some(Num::Float(f)) => return Ok(f),
        Some(Num::Int(i)) => return Ok(i as f64),
        Some(Num::Big(b)) => return int_to_f64(vm, b),
        _ => {}
    }
    let text = match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Some(s.as_str().to_string()),
            Payload::Bytes(b) => Some(String::from_utf8_lossy(b).to_string()),
            Payload::ByteArray(b) => Some(String::from_utf8_lossy(&b.borrow()).to_string()),
            _ => match crate::object::memoryview::view_bytes(vm, v) {
                Some(b) => Some(String::from_utf8_lossy(&b?).to_string()),
                None => None,
            },
        },
        _ => None,
    };
    if let Some(t) = text {
        return match format::parse_float(&t) {
            Some(f) => Ok(f),
            None => {
                let r = vm.repr_string(v)?;
                vm.value_error(format!("could not convert string to float: {r}"))
            }
        };
    }
    if let Some(r) = vm.call_special(v, "__float__", &[])? {
        return match as_num(&r) {
            Some(Num::Float(f)) => Ok(f),
            _ => vm.type_error(format!("{}.__float__ returned non-float (type {})", vm.type_name(v), vm.type_name(&r))),
        };
    }
    if let Some(r) = vm.call_special(v, "__index__", &[])? {
        return to_float(vm, &r);
    }
    vm.type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name(v)))
}

/// A NaN unlike any other made so far (a fresh payload), with `sign`'s sign bit.
///
/// Floats are unboxed, so `is` compares bit patterns; CPython's `float("nan")` makes a new
/// object each time, and containers compare items by identity first (`[x] == [x]` is True for
/// one NaN `x`, while `float("nan") is float("nan")` is False). Distinct payloads keep both.
fn fresh_nan(sign: f64) -> f64 {
    thread_local! { static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(1) }; }
    let payload = NEXT.with(|n| {
        let v = n.get();
        n.set(v % (IDENTITY_NAN_MARK - 1) + 1);
        v
    });
    let sign_bit = sign.to_bits() & (1 << 63);
    f64::from_bits(sign_bit | 0x7ff8_0000_0000_0000 | IDENTITY_NAN_MARK | payload)
}

/// Payload bit that marks a NaN whose lower payload bits are only an identity (`fresh_nan`).
const IDENTITY_NAN_MARK: u64 = 1 << 50;

/// The float as CPython would store it: a NaN made by `float("nan")` loses the identity
/// payload ferropy gave it (for `marshal`, `struct` and anything else that shows the bits).
pub fn stored_bits(f: f64) -> f64 {
    let bits = f.to_bits();
    if f.is_nan() && bits & IDENTITY_NAN_MARK != 0 {
        return f64::from_bits(bits & !((IDENTITY_NAN_MARK << 1) - 1));
    }
    f
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].as_obj().cloned().expect("class");
    let f = match args.pos.get(1) {
        None => 0.0,
        Some(v) => {
            let f = to_float(vm, &v.clone())?;
            let parsed = matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)));
            if parsed && f.is_nan() {
                fresh_nan(f)
            } else {
                f
            }
        }
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.ctx.types.float) {
        return Ok(Value::float(f));
    }
    let d = vm.new_dict_obj();
    Ok(Value::Obj(PyObject::with_dict(cls, d, Payload::Float(f))))
}

fn float_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args.pos[0])?;
    Ok(vm.new_str(format::float_repr(f)))
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args.pos[0])?;
    let spec = args.pos.get(1).and_then(|s| vm.str_of(s)).unwrap_or("").to_string();
    format_float_value(vm, f, &spec)
}

fn float_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args.pos[0])?;
    Ok(Value::Int(crate::ops::hash::hash_f64(f)))
}

fn float_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(me(vm, &args.pos[0])? != 0.0))
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args.pos[0])?;
    crate::object::int::float_to_int(vm, f)
}

fn float_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(me(vm, &args.pos[0])?))
}

fn float_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(-me(vm, &args.pos[0])?))
}

fn float_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(me(vm, &args.pos[0])?.abs()))
}

fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args.pos[0])?;
    crate::object::int::float_to_int(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args.pos[0])?;
    crate::object::int::float_to_int(vm, f.ceil())
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args.pos[0])?;
    match args.pos.get(1).filter(|n| !n.is_none()) {
        None => match format::round_float_to_int(f) {
            Ok(i) => Ok(vm.new_int(i)),
            Err(e) => format_error(vm, e),
        },
        Some(n) => {
            let n = vm.index_value(n)?;
            match format::round_float_checked(f, n) {
                Ok(r) => Ok(Value::float(r)),
                Err(e) => format_error(vm, e),
            }
        }
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args.pos[0])?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args.pos[0])?;
    if f.is_infinite() {
        return vm.overflow_error("cannot convert Infinity to integer ratio");
    }
    if f.is_nan() {
        return vm.value_error("cannot convert NaN to integer ratio");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mantissa = (bits & ((1 << 52) - 1)) as i64;
    let mut e = if exp == 0 { -1074 } else { mantissa |= 1 << 52; exp - 1075 };
    if mantissa == 0 {
        return Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while mantissa & 1 == 0 {
        mantissa >>= 1;
        e += 1;
    }
    let m = num_bigint::BigInt::from(if f < 0.0 { -mantissa } else { mantissa });
    let (num, den) = if e >= 0 { (m << e as usize, num_bigint::BigInt::from(1)) } else { (m, num_bigint::BigInt::from(1) << (-e) as usize) };
    let (n, d) = (vm.new_int(num), vm.new_int(den));
    Ok(vm.new_tuple(vec![n, d]))
}

fn float_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if as_num(&args.pos[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    crate::builtins::numeric::divmod_values(vm, &args.pos[0], &args.pos[1])
}

fn float_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if as_num(&args.pos[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    crate::builtins::numeric::divmod_values(vm, &args.pos[1], &args.pos[0])
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args.pos[0])?;
    if !f.is_finite() {
        return Ok(vm.new_str(format::float_repr(f)));
    }
    if f == 0.0 {
        return Ok(vm.new_str(if f.is_sign_negative() { "-0x0.0p+0" } else { "0x0.0p+0" }));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let digits = format!("{mantissa:013x}");
    let sign = if f < 0.0 { "-" } else { "" };
    Ok(vm.new_str(format!("{sign}0x{lead}.{digits}p{e:+}")))
}

/// `2**k` for `k` in `-1074..=1023`, exactly.
fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

enum HexFloatError {
    Invalid,
    Overflow,
}

/// CPython's `float_fromhex` parser: `[ws][sign](inf|infinity|nan|[0x]hex[.hex][p[sign]dec])[ws]`,
/// correctly rounded (half to even).
fn parse_hex_float(text: &str) -> Result<f64, HexFloatError> {
    use num_bigint::BigUint;
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let b = text.as_bytes();
    let mut start = 0;
    let mut end = b.len();
    while start < end && is_space(b[start]) {
        start += 1;
    }
    while end > start && is_space(b[end - 1]) {
        end -= 1;
    }
    let s = &b[start..end];
    let mut i = 0;
    let mut negative = false;
    if i < s.len() && (s[i] == b'-' || s[i] == b'+') {
        negative = s[i] == b'-';
        i += 1;
    }
    let word = s[i..].to_ascii_lowercase();
    if word == b"inf" || word == b"infinity" {
        return Ok(if negative { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if word == b"nan" {
        return Ok(if negative { -f64::NAN } else { f64::NAN });
    }
    if s.len() - i >= 2 && s[i] == b'0' && (s[i + 1] == b'x' || s[i + 1] == b'X') {
        i += 2;
    }
    let hexval = |c: u8| (c as char).to_digit(16);
    let mut digits: Vec<u32> = Vec::new();
    let mut frac_digits: i64 = 0;
    while i < s.len() {
        match hexval(s[i]) {
            Some(d) => digits.push(d),
            None => break,
        }
        i += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() {
            match hexval(s[i]) {
                Some(d) => {
                    digits.push(d);
                    frac_digits += 1;
                }
                None => break,
            }
            i += 1;
        }
    }
    if digits.is_empty() {
        return Err(HexFloatError::Invalid);
    }
    let mut exp: i64 = 0;
    if i < s.len() && (s[i] == b'p' || s[i] == b'P') {
        i += 1;
        let mut eneg = false;
        if i < s.len() && (s[i] == b'-' || s[i] == b'+') {
            eneg = s[i] == b'-';
            i += 1;
        }
        if i >= s.len() || !s[i].is_ascii_digit() {
            return Err(HexFloatError::Invalid);
        }
        while i < s.len() && s[i].is_ascii_digit() {
            exp = exp.saturating_mul(10).saturating_add((s[i] - b'0') as i64);
            i += 1;
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != s.len() {
        return Err(HexFloatError::Invalid);
    }
    let sign = if negative { -1.0 } else { 1.0 };
    // Value = M * 2**e.
    let first = digits.iter().position(|&d| d != 0);
    let Some(first) = first else { return Ok(sign * 0.0) };
    let digits = &digits[first..];
    let e = exp.saturating_sub(frac_digits.saturating_mul(4));
    let nbits = (digits.len() as i64) * 4 - (digits[0].leading_zeros() as i64 - 28);
    let top = e.saturating_add(nbits - 1);
    if top > 1023 {
        return Err(HexFloatError::Overflow);
    }
    if top < -1076 {
        return Ok(sign * 0.0);
    }
    // The lowest bit position kept.
    let low = if top >= -1022 { top - 52 } else { -1074 };
    let shift = low - e; // bits of M to drop
    let mut m = BigUint::default();
    for &d in digits {
        m = (m << 4u32) | BigUint::from(d);
    }
    let mant: u64 = if shift <= 0 {
        let v = m << ((-shift) as u64);
        v.to_u64_digits().first().copied().unwrap_or(0)
    } else {
        let kept = &m >> (shift as u64);
        let mut v = kept.to_u64_digits().first().copied().unwrap_or(0);
        let half = BigUint::from(1u32) << ((shift - 1) as u64);
        let rem = &m - (&kept << (shift as u64));
        if rem > half || (rem == half && v & 1 == 1) {
            v += 1;
        }
        v
    };
    // mant <= 2**53, low in -1074..=971: exact unless it overflows.
    let r = mant as f64 * pow2(low);
    if r.is_infinite() {
        return Err(HexFloatError::Overflow);
    }
    Ok(sign * r)
}

/// `float.fromhex(string)` (a classmethod).
fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().cloned() else { return vm.type_error("fromhex() needs a class") };
    let Some(arg) = args.pos.get(1) else {
        return vm.type_error("float.fromhex() takes exactly one argument (0 given)");
    };
    if args.has_kwargs() {
        return vm.type_error("float.fromhex() takes no keyword arguments");
    }
    if args.pos.len() > 2 {
        return vm.type_error(format!("float.fromhex() takes exactly one argument ({} given)", args.pos.len() - 1));
    }
    let Some(text) = vm.str_of(arg) else { return vm.type_error("bad argument type for built-in operation") };
    let f = match parse_hex_float(text) {
        Ok(f) => f,
        Err(HexFloatError::Invalid) => return vm.value_error("invalid hexadecimal floating-point string"),
        Err(HexFloatError::Overflow) => return vm.overflow_error("hexadecimal value too large to represent as a float"),
    };
    if cls.as_obj().is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.ctx.types.float)) {
        return Ok(Value::float(f));
    }
    vm.call1(&cls, Value::float(f))
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(me(vm, &args.pos[0])?))
}

fn float_zero(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::float(0.0))
}

fn float_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args.pos[0])?;
    Ok(vm.new_tuple(vec![Value::float(f)]))
}

// ----- complex -----

fn cme(vm: &Vm, v: &Value) -> PyResult<(f64, f64)> {
    match as_num(v) {
        Some(Num::Complex(r, i)) => Ok((r, i)),
        _ => vm.type_error(format!("descriptor requires a 'complex' object but received a '{}'", vm.type_name(v))),
    }
}

fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let real = args.get(1, "real").cloned();
    let imag = args.get(2, "imag").cloned();
    // Each argument as (real, imag, was it complex).
    let part = |vm: &mut Vm, v: &Value| -> PyResult<(f64, f64, bool)> {
        match as_num(v) {
            Some(Num::Complex(r, i)) => Ok((r, i, true)),
            Some(_) => Ok((to_float(vm, v)?, 0.0, false)),
            None => {
                if let Some(s) = vm.str_of(v) {
                    return parse_complex(s).map_or_else(|| vm.value_error("complex() arg is a malformed string"), |(r, i)| Ok((r, i, true)));
                }
                if let Some(r) = vm.call_special(v, "__complex__", &[])? {
                    if let Some(Num::Complex(a, b)) = as_num(&r) {
                        return Ok((a, b, true));
                    }
                }
                Ok((to_float(vm, v)?, 0.0, false))
            }
        }
    };
    if imag.is_some() && real.as_ref().is_some_and(|r| vm.str_of(r).is_some()) {
        return vm.type_error("complex() can't take second arg if first is a string");
    }
    let (mut cr_real, cr_imag, cr_is_complex) = match &real {
        Some(v) => part(vm, v)?,
        None => (0.0, 0.0, false),
    };
    // Combined as `complex_new` does, so signed zeros come out as in CPython.
    let mut ci_real = match &imag {
        None => cr_imag,
        Some(v) => {
            if vm.str_of(v).is_some() {
                return vm.type_error("complex() second arg can't be a string");
            }
            let (ci_real, ci_imag, ci_is_complex) = part(vm, v)?;
            if ci_is_complex {
                cr_real -= ci_imag;
            }
            ci_real
        }
    };
    if cr_is_complex && imag.is_some() {
        ci_real += cr_imag;
    }
    Ok(vm.new_complex(cr_real, ci_real))
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let s = s.trim();
    let s = s.strip_prefix('(').and_then(|x| x.strip_suffix(')')).unwrap_or(s).trim();
    if let Some(body) = s.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let imag = |t: &str| -> Option<f64> {
            match t {
                "" | "+" => Some(1.0),
                "-" => Some(-1.0),
                t => format::parse_float(t),
            }
        };
        return match split {
            Some(i) => Some((format::parse_float(&body[..i])?, imag(&body[i..])?)),
            None => Some((0.0, imag(body)?)),
        };
    }
    Some((format::parse_float(s)?, 0.0))
}

fn complex_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = cme(vm, &args.pos[0])?;
    Ok(vm.new_str(format::complex_repr(r, i)))
}

fn complex_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = cme(vm, &args.pos[0])?;
    let spec = args.pos.get(1).and_then(|s| vm.str_of(s)).unwrap_or("").to_string();
    if spec.is_empty() {
        return Ok(vm.new_str(format::complex_repr(r, i)));
    }
    let parsed = match format::parse_format_spec_for(&spec, "complex") {
        Ok(p) => p,
        Err(e) => return format_error(vm, e),
    };
    match format::format_complex(r, i, &parsed) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => format_error(vm, e),
    }
}

fn complex_real(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(cme(vm, &args.pos[0])?.0))
}

fn complex_imag(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(cme(vm, &args.pos[0])?.1))
}

fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = cme(vm, &args.pos[0])?;
    Ok(vm.new_complex(r, -i))
}

fn complex_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = cme(vm, &args.pos[0])?;
    let a = r.hypot(i);
    if a.is_infinite() && r.is_finite() && i.is_finite() {
        return vm.overflow_error("absolute value too large");
    }
    Ok(Value::float(a))
}

fn complex_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = cme(vm, &args.pos[0])?;
    Ok(vm.new_complex(-r, -i))
}

fn complex_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = cme(vm, &args.pos[0])?;
    Ok(vm.new_complex(r, i))
}

fn complex_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = cme(vm, &args.pos[0])?;
    Ok(Value::bool(r != 0.0 || i != 0.0))
}

fn complex_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, i) = cme(vm, &args.pos[0])?;
    let h = crate::ops::hash::hash_f64(r).wrapping_add(1_000_003i64.wrapping_mul(crate::ops::hash::hash_f64(i)));
    Ok(Value::Int(crate::ops::hash::fix_hash(h)))
}

pub fn register(ctx: &Context) {
    let t = &ctx.types.float;
    let arithmetic: Vec<(&str, crate::object::NativeFn)> = super::numeric_dunders::FLOAT_DUNDERS
        .iter()
        .filter(|(n, _)| !n.contains("shift") && !n.contains("and") && !n.contains("or__") && !n.contains("xor"))
        .copied()
        .collect();
    ctx.add_methods(t, "float", &arithmetic);
    ctx.add_methods(t, "float", &[
        ("__repr__", float_repr),
        ("__format__", float_format),
        ("__hash__", float_hash),
        ("__bool__", float_bool),
        ("__int__", float_int),
        ("__trunc__", float_int),
        ("__float__", float_float),
        ("__neg__", float_neg),
        ("__pos__", float_float),
        ("__abs__", float_abs),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__divmod__", float_divmod),
        ("__rdivmod__", float_rdivmod),
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("conjugate", float_conjugate),
        ("__getnewargs__", float_getnewargs),
    ]);
    let new = ctx.new_builtin("__new__", "float", float_new, false);
    ctx.set_type_attr(t, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    super::typeobj::add_getters(ctx, t, &[("real", float_conjugate), ("imag", float_zero)]);
    let fh = ctx.new_builtin("fromhex", "float", float_fromhex, false);
    ctx.set_type_attr(t, "fromhex", Value::Obj(PyObject::new(ctx.types.classmethod.clone(), Payload::ClassMethod(Value::Obj(fh)))));

    let c = &ctx.types.complex;
    let arithmetic: Vec<(&str, crate::object::NativeFn)> = super::numeric_dunders::COMPLEX_DUNDERS
        .iter()
        .filter(|(n, _)| !n.contains("shift") && !n.contains("and") && !n.contains("or__") && !n.contains("xor") && !n.contains("floordiv") && !n.contains("mod") && !n.contains("__lt") && !n.contains("__le") && !n.contains("__gt") && !n.contains("__ge"))
        .copied()
        .collect();
    ctx.add_methods(c, "complex", &arithmetic);
    ctx.add_methods(c, "complex", &[
        ("__repr__", complex_repr),
        ("__format__", complex_format),
        ("conjugate", complex_conjugate),
        ("__abs__", complex_abs),
        ("__neg__", complex_neg),
        ("__pos__", complex_pos),
        ("__bool__", complex_bool),
        ("__hash__", complex_hash),
    ]);
    let new = ctx.new_builtin("__new__", "complex", complex_new, false);
    ctx.set_type_attr(c, "__new__", Value::Obj(PyObject::new(ctx.types.staticmethod.clone(), Payload::StaticMethod(Value::Obj(new)))));
    super::typeobj::add_getters(ctx, c, &[("real", complex_real), ("imag", complex_imag)]);
}
