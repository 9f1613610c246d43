//! `str.format`/`format_map` (the format-string mini-language's field syntax) and `str % args`.
//!
//! `format` parses `{field!conversion:spec}` replacement fields — automatic or manual
//! numbering, keyword names, `.attr` and `[key]` lookups, nested fields inside the spec — and
//! calls `format(value, spec)` for each. `percent` adapts `crate::format::percent_format` to
//! Python values.

use super::Payload;
use crate::format::{self, FormatError, PercentArgs};
use crate::object::function::Args;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;

pub enum PctErr {
    Py(PyErr),
    Fmt(FormatError),
}

impl From<FormatError> for PctErr {
    fn from(e: FormatError) -> Self {
        PctErr::Fmt(e)
    }
}

impl From<PyErr> for PctErr {
    fn from(e: PyErr) -> Self {
        PctErr::Py(e)
    }
}

/// The right operand of `%` and CPython's argument bookkeeping over it (see
/// `format::PercentArgs`), shared by the str and bytes adapters.
pub(crate) struct PercentOperand {
    operand: Value,
    items: Vec<Value>,
    arglen: i64,
    argidx: i64,
    /// The argument the current conversion formats.
    pub selected: Value,
    /// The argument standing for itself when the operand is not a tuple (or selected by key).
    whole: Value,
    pub mapping: bool,
}

impl PercentOperand {
    /// A tuple operand supplies its items; any other operand is its own single argument.
    /// `mapping` says whether `%(key)s` may look keys up in it.
    pub fn new(operand: &Value, mapping: bool) -> PercentOperand {
        let is_tuple = PercentOperand::is_tuple(operand);
        let items = if is_tuple { crate::object::tuple::tuple_items(operand).to_vec() } else { Vec::new() };
        let (arglen, argidx) = if is_tuple { (items.len() as i64, 0) } else { (-1, -2) };
        PercentOperand { operand: operand.clone(), items, arglen, argidx, selected: Value::None, whole: operand.clone(), mapping }
    }

    pub fn is_tuple(operand: &Value) -> bool {
        matches!(operand, Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)))
    }

    /// CPython's getnextarg: a non-tuple operand (arglen < 0) is its own single argument.
    pub fn next(&mut self, vm: &Vm) -> Result<(), PctErr> {
        if self.argidx < self.arglen {
            self.argidx += 1;
            self.selected = if self.arglen < 0 { self.whole.clone() } else { self.items[(self.argidx - 1) as usize].clone() };
            Ok(())
        } else {
            Err(PctErr::Py(vm.new_exception_msg("TypeError", "not enough arguments for format string")))
        }
    }

    /// `%(key)s`: the value under `key` becomes the whole operand.
    pub fn select_key(&mut self, vm: &mut Vm, key: Value) -> Result<(), PctErr> {
        self.whole = vm.get_item(&self.operand, &key)?;
        self.arglen = -1;
        self.argidx = -2;
        Ok(())
    }

    /// `ascii()` of the selected argument.
    pub fn ascii(&self, vm: &mut Vm) -> Result<String, PctErr> {
        let r = vm.repr_string(&self.selected)?;
        Ok(crate::ops::protocol::escape_non_ascii(&r))
    }

    /// The selected argument as a `*` width or precision, saturated to `i64`.
    pub fn width(&self, vm: &Vm) -> Result<i64, PctErr> {
        match crate::ops::number::as_bigint(&self.selected) {
            Some(i) => Ok(num_traits::ToPrimitive::to_i64(&i).unwrap_or(if i.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX })),
            None => Err(PctErr::Py(vm.new_exception_msg("TypeError", "* wants int"))),
        }
    }

    /// Fails when positional arguments are left over; `what` is "string" or "bytes".
    pub fn finish(&self, vm: &Vm, what: &str) -> Result<(), PctErr> {
        if self.argidx < self.arglen && !self.mapping {
            return Err(PctErr::Py(vm.new_exception_msg("TypeError", format!("not all arguments converted during {what} formatting"))));
        }
        Ok(())
    }
}

struct PercentValues<'a> {
    vm: &'a mut Vm,
    args: PercentOperand,
}

impl<'a> PercentArgs for PercentValues<'a> {
    type Error = PctErr;

    fn is_mapping(&self) -> bool {
        self.args.mapping
    }

    fn next(&mut self) -> Result<(), PctErr> {
        self.args.next(self.vm)
    }

    fn select_key(&mut self, key: &str) -> Result<(), PctErr> {
        let k = self.vm.new_str(key);
        self.args.select_key(self.vm, k)
    }

    fn as_str(&mut self) -> Result<String, PctErr> {
        let v = self.args.selected.clone();
        Ok(self.vm.str_string(&v)?)
    }

    fn as_repr(&mut self) -> Result<String, PctErr> {
        let v = self.args.selected.clone();
        Ok(self.vm.repr_string(&v)?)
    }

    fn as_ascii(&mut self) -> Result<String, PctErr> {
        self.args.ascii(self.vm)
    }

    fn as_int(&mut self, conv: char) -> Result<BigInt, PctErr> {
        let v = self.args.selected.clone();
        if let Some(i) = crate::ops::number::as_bigint(&v) {
            return Ok(i);
        }
        if matches!(conv, 'd' | 'i' | 'u') {
            if let Value::Float(f) = v {
                let i = crate::object::int::float_to_int(self.vm, f.get())?;
                return Ok(crate::ops::number::as_bigint(&i).unwrap_or_default());
            }
            if crate::ops::number::as_num(&v).is_some() || self.vm.lookup_type_str(&self.vm.class_of(&v).clone(), "__int__").is_some() {
                let i = crate::object::int::to_int(self.vm, &v)?;
                return Ok(crate::ops::number::as_bigint(&i).unwrap_or_default());
            }
            return Err(PctErr::Py(self.vm.new_exception_msg("TypeError", format!("%{conv} format: a real number is required, not {}", self.vm.type_name(&v)))));
        }
        if self.vm.lookup_type_str(&self.vm.class_of(&v).clone(), "__index__").is_some() {
            return Ok(self.vm.index_bigint(&v)?);
        }
        Err(PctErr::Py(self.vm.new_exception_msg("TypeError", format!("%{conv} format: an integer is required, not {}", self.vm.type_name(&v)))))
    }

    fn as_float(&mut self, _conv: char) -> Result<f64, PctErr> {
        let v = self.args.selected.clone();
        if crate::ops::number::as_num(&v).is_none() && self.vm.lookup_type_str(&self.vm.class_of(&v).clone(), "__float__").is_none() {
            return Err(PctErr::Py(self.vm.new_exception_msg("TypeError", format!("must be real number, not {}", self.vm.type_name(&v)))));
        }
        Ok(crate::object::float::to_float(self.vm, &v)?)
    }

    fn as_char(&mut self) -> Result<char, PctErr> {
        let v = self.args.selected.clone();
        if let Some(s) = self.vm.str_of(&v) {
            let mut it = s.chars();
            if let (Some(c), None) = (it.next(), it.next()) {
                return Ok(c);
            }
            return Err(PctErr::Py(self.vm.new_exception_msg("TypeError", "%c requires int or char")));
        }
        match crate::ops::number::as_bigint(&v) {
            Some(i) => match num_traits::ToPrimitive::to_u32(&i).and_then(char::from_u32) {
                Some(c) => Ok(c),
                None => Err(PctErr::Py(self.vm.new_exception_msg("OverflowError", "%c arg not in range(0x110000)"))),
            },
            None => Err(PctErr::Py(self.vm.new_exception_msg("TypeError", "%c requires int or char"))),
        }
    }

    fn as_width(&mut self) -> Result<i64, PctErr> {
        self.args.width(self.vm)
    }

    fn finish(&mut self) -> Result<(), PctErr> {
        self.args.finish(self.vm, "string")
    }
}

/// `fmt % operand`.
pub fn percent(vm: &mut Vm, fmt: &str, operand: &Value) -> PyResult<String> {
    let mapping = !PercentOperand::is_tuple(operand)
        && vm.str_of(operand).is_none()
        && (matches!(operand, Value::Obj(o) if matches!(o.payload, Payload::Dict(_))) || vm.lookup_type_str(&vm.class_of(operand).clone(), "__getitem__").is_some());
    let mut args = PercentValues { vm, args: PercentOperand::new(operand, mapping) };
    let result = format::percent_format(fmt, &mut args);
    match result {
        Ok(s) => Ok(s),
        Err(PctErr::Py(e)) => Err(e),
        Err(PctErr::Fmt(e)) => vm.err(e.exception_name(), e.message().to_string()),
    }
}

/// `fmt.format(*pos, **kw)` or `fmt.format_map(mapping)`.
pub fn format(vm: &mut Vm, fmt: &str, pos: &[Value], kw: &Args, mapping: Option<&Value>) -> PyResult<String> {
    let mut auto = 0usize;
    let mut manual = false;
    let mut autoused = false;
    format_inner(vm, fmt, pos, kw, mapping, &mut auto, &mut manual, &mut autoused, 2)
}

#[allow(clippy::too_many_arguments)]
fn format_inner(
    vm: &mut Vm,
    fmt: &str,
    pos: &[Value],
    kw: &Args,
    mapping: Option<&Value>,
    auto: &mut usize,
    manual: &mut bool,
    autoused: &mut bool,
    depth: u32,
) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return vm.value_error("Single '}' encountered in format string");
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace, allowing nested {} in the spec.
        let mut j = i + 1;
        let mut nest = 1;
        while j < chars.len() {
            match chars[j] {
                '{' => nest += 1,
                '}' => {
                    nest -= 1;
                    if nest == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            return vm.value_error(if nest > 1 { "expected '}' before end of string" } else { "Single '{' encountered in format string" });
        }
        let field: String = chars[i + 1..j].iter().collect();
        i = j + 1;
        // Split field into name, conversion and spec.
        let (name_part, rest) = split_field(&field);
        let (conversion, spec) = match rest {
            Some(r) => r,
            None => (None, String::new()),
        };
        if depth == 0 {
            return vm.value_error("Max string recursion exceeded");
        }
        // As CPython's `output_markup`: the field's object (and conversion) first, then the
        // nested fields of the spec, so automatic numbering counts them in that order.
        let value = resolve_field(vm, &name_part, pos, kw, mapping, auto, manual, autoused)?;
        let value = match conversion {
            None => value,
            Some('r') => Value::Obj(vm.repr(&value)?),
            Some('s') => Value::Obj(vm.str(&value)?),
            Some('a') => {
                let r = vm.repr_string(&value)?;
                vm.new_str(crate::ops::protocol::escape_non_ascii(&r))
            }
            Some(other) => return vm.value_error(format!("Unknown conversion specifier {other}")),
        };
        let spec = if spec.contains('{') { format_inner(vm, &spec, pos, kw, mapping, auto, manual, autoused, depth - 1)? } else { spec };
        let spec_v = vm.new_str(spec);
        let formatted = vm.format(&value, &spec_v)?;
        out.push_str(vm.str_of(&formatted).unwrap_or(""));
    }
    Ok(out)
}

/// "name!r:spec" → ("name", Some((Some('r'), "spec"))).
fn split_field(field: &str) -> (String, Option<(Option<char>, String)>) {
    let mut bracket = false;
    for (idx, c) in field.char_indices() {
        match c {
            '[' => bracket = true,
            ']' => bracket = false,
            '!' if !bracket => {
                let rest = &field[idx + 1..];
                let conv = rest.chars().next();
                let after = &rest[conv.map_or(0, char::len_utf8)..];
                let spec = after.strip_prefix(':').unwrap_or(after).to_string();
                return (field[..idx].to_string(), Some((conv, spec)));
            }
            ':' if !bracket => return (field[..idx].to_string(), Some((None, field[idx + 1..].to_string()))),
            _ => {}
        }
    }
    (field.to_string(), None)
}

#[allow(clippy::too_many_arguments)]
fn resolve_field(
    vm: &mut Vm,
    name: &str,
    pos: &[Value],
    kw: &Args,
    mapping: Option<&Value>,
    auto: &mut usize,
    manual: &mut bool,
    autoused: &mut bool,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        if *manual {
            return vm.value_error("cannot switch from manual field specification to automatic field numbering");
        }
        *autoused = true;
        let i = *auto;
        *auto += 1;
        match pos.get(i) {
            Some(v) => v.clone(),
            None => return vm.index_error(format!("Replacement index {i} out of range for positional args tuple")),
        }
    } else if let Ok(i) = first.parse::<usize>() {
        if *autoused {
            return vm.value_error("cannot switch from automatic field numbering to manual field specification");
        }
        *manual = true;
        match pos.get(i) {
            Some(v) => v.clone(),
            None => return vm.index_error(format!("Replacement index {i} out of range for positional args tuple")),
        }
    } else {
        match mapping {
            Some(m) => {
                let k = vm.new_str(first);
                vm.get_item(m, &k)?
            }
            None => match kw.kw(first) {
                Some(v) => v.clone(),
                None => return vm.key_error(vm.new_str(first)),
            },
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            value = vm.get_attr_str(&value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else { return vm.value_error("Missing ']' in format string") };
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => vm.new_str(key),
            };
            value = vm.get_item(&value, &k)?;
            rest = &r[end + 1..];
        } else {
            return vm.value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    Ok(value)
}
