//! `format(value, spec)` for `int`, `float`, `complex` and `str`, and
//! `repr(complex)`.
//!
//! A port of CPython's `Python/formatter_unicode.c`: every number is
//! rendered as
//!
//! ```text
//! <lpadding> <sign> <prefix> <spadding> <grouped_digits> <decimal> <remainder> <rpadding>
//! ```
//!
//! where only one of the three paddings is non-empty. Zero padding (`0`
//! flag, or fill `0` with `=` alignment) is done inside the digit grouping,
//! so `format(1234, '09,')` is `0,001,234` — separators go into the padding
//! too, exactly as in CPython.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use super::float_repr::{double_to_string, DtsFlags};
use super::spec::{invalid_thousands_separator_type, FormatSpec};
use super::FormatError;

/// `Unknown format code 'q' for object of type 'int'`.
fn unknown_presentation_type(ty: char, type_name: &str) -> FormatError {
    let t = ty as u32;
    if t > 32 && t < 128 {
        FormatError::value(format!(
            "Unknown format code '{ty}' for object of type '{type_name}'"
        ))
    } else {
        FormatError::value(format!(
            "Unknown format code '\\x{t:x}' for object of type '{type_name}'"
        ))
    }
}

/// The digit grouping in force: group size and separator.
type Grouping = Option<(usize, char)>;

fn grouping_for(spec: &FormatSpec, ty: Option<char>) -> Grouping {
    if ty == Some('n') {
        // The C locale: no thousands separator.
        return None;
    }
    match spec.grouping {
        Some(',') => Some((3, ',')),
        Some('_') => {
            if matches!(ty, Some('b' | 'o' | 'x' | 'X')) {
                Some((4, '_'))
            } else {
                Some((3, '_'))
            }
        }
        _ => None,
    }
}

/// `_PyUnicode_InsertThousandsGrouping`: group `digits` from the right,
/// left-padding with zeros (and separators) until at least `min_width`
/// characters are produced.
fn insert_grouping(digits: &[char], min_width: isize, grouping: Grouping) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as isize;
    let mut pieces: Vec<String> = Vec::new();
    let mut use_sep = false;
    let piece = |n_zeros: isize, n_chars: isize, remaining: isize, sep: Option<char>| {
        let mut p = String::new();
        for _ in 0..n_zeros {
            p.push('0');
        }
        p.extend(&digits[(remaining - n_chars) as usize..remaining as usize]);
        if let Some(s) = sep {
            p.push(s);
        }
        p
    };
    let mut loop_broken = false;
    if let Some((group, sep)) = grouping {
        let group = group as isize;
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            pieces.push(piece(n_zeros, n_chars, remaining, use_sep.then_some(sep)));
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let sep = grouping.map(|(_, s)| s).filter(|_| use_sep);
        pieces.push(piece(n_zeros, n_chars, remaining, sep));
    }
    pieces.reverse();
    pieces.concat()
}

/// The pieces of a number before padding (`calc_number_widths` input).
struct NumberParts<'a> {
    /// Whether the number is negative (a `-` was produced).
    negative: bool,
    /// `0x` etc., written after the sign.
    prefix: &'a str,
    /// The integer digits, to be grouped.
    digits: Vec<char>,
    /// Whether a decimal point follows the digits.
    has_decimal: bool,
    /// Everything after the point (fraction, exponent, `%`), or all of a
    /// non-numeric rendering such as `inf` or the character of `'c'`.
    remainder: &'a str,
}

/// Lays out a number: sign, prefix, padding, grouping (`calc_number_widths`
/// and `fill_number`). `fill` is `None` for "no padding at all".
fn render_number(
    parts: &NumberParts<'_>,
    sign_opt: Option<char>,
    fill: char,
    align: char,
    width: Option<usize>,
    grouping: Grouping,
    upper: bool,
) -> String {
    let sign = match sign_opt {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let width: isize = width.map_or(-1, |w| w as isize);
    let n_remainder = parts.remainder.chars().count() as isize;
    let n_non_digit = sign.is_some() as isize
        + parts.prefix.len() as isize
        + parts.has_decimal as isize
        + n_remainder;
    let min_width = if fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(&parts.digits, min_width, grouping)
    };
    let n_grouped = grouped.chars().count() as isize;
    let n_padding = (width - (n_non_digit + n_grouped)).max(0);
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, n_padding),
        '^' => (n_padding / 2, 0, n_padding - n_padding / 2),
        '=' => (0, n_padding, 0),
        _ => (n_padding, 0, 0),
    };
    let mut out = String::with_capacity((n_padding + n_non_digit + n_grouped) as usize);
    let pad = |out: &mut String, n: isize| {
        for _ in 0..n {
            out.push(fill);
        }
    };
    pad(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    pad(&mut out, spad);
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    pad(&mut out, rpad);
    out
}

/// Splits the ASCII output of `double_to_string` into sign, integer digits,
/// point and remainder (`parse_number` in CPython).
fn split_float_text(buf: &str) -> (bool, Vec<char>, bool, &str) {
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf),
    };
    let n_int = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let digits: Vec<char> = body[..n_int].chars().collect();
    let rest = &body[n_int..];
    match rest.strip_prefix('.') {
        Some(r) => (negative, digits, true, r),
        None => (negative, digits, false, rest),
    }
}

/// `calc_padding` + `fill_padding`: pad already-built text to `width`.
fn pad_text(text: &str, n_chars: usize, fill: char, align: char, width: Option<usize>) -> String {
    let total = width.map_or(n_chars, |w| w.max(n_chars));
    let lpad = match align {
        '>' => total - n_chars,
        '^' => (total - n_chars) / 2,
        _ => 0,
    };
    let rpad = total - n_chars - lpad;
    let mut out = String::with_capacity(text.len() + lpad + rpad);
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, rpad));
    out
}

/// Correctly rounded int → float (`PyLong_AsDouble` / `float(int)`), with
/// `OverflowError: int too large to convert to float`.
pub fn int_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let abs = if bits <= 64 {
        mag.to_u64().unwrap_or(0) as f64
    } else {
        // Keep 64 leading bits plus a sticky bit for everything below, so
        // the u64 -> f64 conversion rounds exactly like the full value.
        let shift = bits - 64;
        let top = (mag >> shift).to_u64().unwrap_or(0);
        let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
        let m = (top | sticky as u64) as f64;
        if shift > 2000 {
            f64::INFINITY
        } else {
            let mut r = m;
            let mut s = shift as i32;
            while s > 0 {
                let step = s.min(1000);
                r *= f64::from_bits(((1023 + step) as u64) << 52);
                s -= step;
            }
            r
        }
    };
    if abs.is_infinite() {
        return Err(FormatError::overflow("int too large to convert to float"));
    }
    Ok(if v.sign() == Sign::Minus { -abs } else { abs })
}

/// `format(v, spec)` for a Python int (see [`format_int_for`]).
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    format_int_for(v, spec, "int")
}

/// `format(v, spec)` for an int whose type is named `type_name` (used in
/// `Unknown format code` messages, e.g. `bool`).
///
/// Types `b c d o x X n` (and none, meaning `d`) format the integer; `e E f
/// F g G %` convert it to float first (`OverflowError: int too large to
/// convert to float`). Supports `#` prefixes (`0b`, `0o`, `0x`/`0X`), `,` and
/// `_` grouping (by four for `b o x X`), signs, all alignments and zero
/// padding. `c` gives the character with that code point; lone surrogates
/// (U+D800..U+DFFF) cannot be held in a Rust string and give a `ValueError`.
pub fn format_int_for(
    v: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(v, spec, ty),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_f64(v)?;
            format_float_internal(x, spec)
        }
        _ => Err(unknown_presentation_type(ty, type_name)),
    }
}

fn format_long_internal(v: &BigInt, spec: &FormatSpec, ty: char) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.z {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let align = spec.numeric_align();
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = v
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(FormatError::overflow("%c arg not in range(0x110000)"));
        }
        let ch = char::from_u32(x as u32).ok_or_else(|| {
            FormatError::value(format!(
                "%c arg U+{x:04X} is a lone surrogate, which ferropy strings cannot hold"
            ))
        })?;
        let rem = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: Vec::new(),
            has_decimal: false,
            remainder: &rem,
        };
        return Ok(render_number(
            &parts,
            spec.sign,
            spec.fill,
            align,
            spec.width,
            grouping_for(spec, Some(ty)),
            false,
        ));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits: Vec<char> = if v.is_zero() {
        vec!['0']
    } else {
        v.magnitude().to_str_radix(base).chars().collect()
    };
    let parts = NumberParts {
        negative: v.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(render_number(
        &parts,
        spec.sign,
        spec.fill,
        align,
        spec.width,
        grouping_for(spec, Some(ty)),
        ty == 'X',
    ))
}

/// `format(x, spec)` for a Python float (see [`format_float_for`]).
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_float_for(x, spec, "float")
}

/// `format(x, spec)` for a float whose type is named `type_name`.
///
/// Types `e E f F g G n %`, and none: without a precision that is `repr(x)`;
/// with one it is like `g` except that a result that would look like an
/// integer keeps a `.0` and exponent notation starts one digit earlier
/// (`format(123.0, '.3')` is `1.23e+02`). `#` keeps the point and trailing
/// zeros, `z` turns `-0` results into `0`. Precision above 2**31-1 gives
/// `ValueError: precision too big`.
pub fn format_float_for(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(x, spec)
        }
        Some(t) => Err(unknown_presentation_type(t, type_name)),
    }
}

fn format_float_internal(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let mut flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.z,
        ..DtsFlags::default()
    };
    let (mut code, default_precision) = match spec.ty {
        None => {
            flags.add_dot_0 = true;
            ('r', 0)
        }
        Some('n') => ('g', 6),
        Some(t) => (t, 6),
    };
    let mut val = x;
    let mut add_pct = false;
    if code == '%' {
        code = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(val, code, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, digits, has_decimal, remainder) = split_float_text(&buf);
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    Ok(render_number(
        &parts,
        spec.sign,
        spec.fill,
        spec.numeric_align(),
        spec.width,
        grouping_for(spec, spec.ty),
        false,
    ))
}

/// `format(complex(re, im), spec)` (see [`format_complex_for`]).
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_complex_for(re, im, spec, "complex")
}

/// `format(z, spec)` for a complex number whose type is named `type_name`.
///
/// Types `e E f F g G n` and none (like `str(z)`, or `g` on both parts when
/// a precision is given; the real part is left out when it is `+0.0`, and
/// parentheses are added otherwise). The imaginary part always carries a
/// sign when the real part is shown. Zero padding and `=` alignment are
/// errors, as in CPython.
pub fn format_complex_for(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return Err(unknown_presentation_type(t, type_name)),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    if spec.fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.z,
        ..DtsFlags::default()
    };
    let mut skip_re = false;
    let mut add_parens = false;
    let (mut code, default_precision) = match spec.ty {
        None => {
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                add_parens = true;
            }
            ('r', 0)
        }
        Some('n') => ('g', 6),
        Some(t) => (t, 6),
    };
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let re_buf = double_to_string(re, code, precision, flags);
    let im_buf = double_to_string(im, code, precision, flags);
    let grouping = grouping_for(spec, spec.ty);

    let (neg, digits, has_decimal, remainder) = split_float_text(&re_buf);
    let re_text = render_number(
        &NumberParts {
            negative: neg,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        },
        spec.sign,
        ' ',
        '<',
        None,
        grouping,
        false,
    );
    let im_sign = if skip_re { spec.sign } else { Some('+') };
    let (neg, digits, has_decimal, remainder) = split_float_text(&im_buf);
    let im_text = render_number(
        &NumberParts {
            negative: neg,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        },
        im_sign,
        ' ',
        '<',
        None,
        grouping,
        false,
    );

    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&re_text);
    }
    body.push_str(&im_text);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let n = body.chars().count();
    Ok(pad_text(
        &body,
        n,
        spec.fill,
        spec.align.unwrap_or('>'),
        spec.width,
    ))
}

/// `repr(complex(re, im))` (also `str`): `2j` when the real part is `+0.0`,
/// else `(re±imj)` with both parts in shortest repr form and no `.0`
/// (`(1+2j)`, `(-0-1j)`, `(nan+infj)`).
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = DtsFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", double_to_string(im, 'r', 0, plain))
    } else {
        let signed = DtsFlags {
            sign: true,
            ..plain
        };
        format!(
            "({}{}j)",
            double_to_string(re, 'r', 0, plain),
            double_to_string(im, 'r', 0, signed)
        )
    }
}

/// `format(s, spec)` for a Python str (see [`format_str_for`]).
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    format_str_for(s, spec, "str")
}

/// `format(s, spec)` for a str whose type is named `type_name`.
///
/// Only type `s` (or none) exists; the precision truncates to that many
/// characters and the width pads (left-aligned by default). Signs, `z`,
/// `#`, `=` alignment and grouping are errors, with CPython's messages.
pub fn format_str_for(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    if spec.ty.is_none() {
        if let Some(sep) = spec.grouping {
            return Err(invalid_thousands_separator_type(sep, 's'));
        }
    }
    let ty = spec.ty.unwrap_or('s');
    if ty != 's' {
        return Err(unknown_presentation_type(ty, type_name));
    }
    match spec.sign {
        Some(' ') => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ));
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.z {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let len = s.chars().count();
    let (text, n) = match spec.precision {
        Some(p) if p < len => {
            let end = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            (&s[..end], p)
        }
        _ => (s, len),
    };
    Ok(pad_text(
        text,
        n,
        spec.fill,
        spec.align.unwrap_or('<'),
        spec.width,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::spec::parse_format_spec_for;
    use super::*;

    fn f(bits: u64) -> f64 {
        f64::from_bits(bits)
    }

    fn outcome(r: Result<String, FormatError>) -> String {
        match r {
            Ok(s) => s,
            Err(e) => format!("!{e}"),
        }
    }

    fn run_int(v: &str, spec: &str) -> String {
        let v: BigInt = v.parse().unwrap();
        outcome(parse_format_spec_for(spec, "int").and_then(|s| format_int(&v, &s)))
    }

    fn run_float(bits: u64, spec: &str) -> String {
        outcome(parse_format_spec_for(spec, "float").and_then(|s| format_float(f(bits), &s)))
    }

    fn run_complex(re: u64, im: u64, spec: &str) -> String {
        outcome(
            parse_format_spec_for(spec, "complex").and_then(|s| format_complex(f(re), f(im), &s)),
        )
    }

    fn run_str(v: &str, spec: &str) -> String {
        outcome(parse_format_spec_for(spec, "str").and_then(|s| format_str(v, &s)))
    }

    #[test]
    fn int_table() {
        for &(v, spec, want) in INT_CASES {
            assert_eq!(run_int(v, spec), want, "format({v}, {spec:?})");
        }
    }

    #[test]
    fn float_table() {
        for &(bits, spec, want) in FLOAT_CASES {
            assert_eq!(
                run_float(bits, spec),
                want,
                "format({:?}, {spec:?})",
                f(bits)
            );
        }
    }

    #[test]
    fn complex_table() {
        for &(re, im, spec, want) in COMPLEX_CASES {
            assert_eq!(
                run_complex(re, im, spec),
                want,
                "format(complex({:?}, {:?}), {spec:?})",
                f(re),
                f(im)
            );
        }
    }

    #[test]
    fn complex_repr_table() {
        for &(re, im, want) in COMPLEX_REPR_CASES {
            assert_eq!(
                complex_repr(f(re), f(im)),
                want,
                "repr(complex({:?}, {:?}))",
                f(re),
                f(im)
            );
        }
    }

    #[test]
    fn str_table() {
        for &(v, spec, want) in STR_CASES {
            assert_eq!(run_str(v, spec), want, "format({v:?}, {spec:?})");
        }
    }

    #[test]
    fn type_names_in_messages() {
        let spec = parse_format_spec_for("q", "bool").unwrap();
        assert_eq!(
            format_int_for(&BigInt::from(1), &spec, "bool"),
            Err(FormatError::value(
                "Unknown format code 'q' for object of type 'bool'"
            ))
        );
    }

    #[test]
    fn int_to_float_rounding() {
        for &(v, want) in INT_TO_FLOAT_CASES {
            let v: BigInt = v.parse().unwrap();
            let got = match int_to_f64(&v) {
                Ok(x) => format!("{:#x}", x.to_bits()),
                Err(e) => e.to_string(),
            };
            assert_eq!(got, want, "float({v})");
        }
    }

    // Tables generated by running CPython 3.11; an expected value starting
    // with '!' is the exception CPython raised.

    // (value, spec, format(value, spec))
    // BEGIN GENERATED INT_CASES
    const INT_CASES: &[(&str, &str, &str)] = &[
        ("1", "", "1"),
        ("7", "", "7"),
        ("-42", "", "-42"),
        ("-1234", "", "-1234"),
        ("1234567", "", "1234567"),
        ("0", "d", "0"),
        ("1234567", "d", "1234567"),
        ("-7654321", "d", "-7654321"),
        ("0", "b", "0"),
        ("-1", "b", "-1"),
        ("-42", "b", "-101010"),
        ("65", "b", "1000001"),
        ("1234567", "b", "100101101011010000111"),
        ("-7654321", "b", "-11101001100101110110001"),
        ("18446744073709551615", "b", "1111111111111111111111111111111111111111111111111111111111111111"),
        ("-1180591620717411303424", "b", "-10000000000000000000000000000000000000000000000000000000000000000000000"),
        ("0", "o", "0"),
        ("255", "o", "377"),
        ("1114112", "o", "4200000"),
        ("-7654321", "o", "-35145661"),
        ("18446744073709551615", "o", "1777777777777777777777"),
        ("0", "x", "0"),
        ("-42", "x", "-2a"),
        ("1114111", "x", "10ffff"),
        ("1114112", "x", "110000"),
        ("-7654321", "x", "-74cbb1"),
        ("18446744073709551615", "x", "ffffffffffffffff"),
        ("-1", "X", "-1"),
        ("7", "X", "7"),
        ("42", "X", "2A"),
        ("1234", "X", "4D2"),
        ("-42", "#b", "-0b101010"),
        ("1234", "#b", "0b10011010010"),
        ("100000000000000000000", "#b", "0b1010110101111000111010111100010110101100011000100000000000000000000"),
        ("-1180591620717411303424", "#b", "-0b10000000000000000000000000000000000000000000000000000000000000000000000"),
        ("0", "#o", "0o0"),
        ("7", "#o", "0o7"),
        ("-42", "#o", "-0o52"),
        ("65", "#o", "0o101"),
        ("255", "#o", "0o377"),
        ("55295", "#o", "0o153777"),
        ("1234567", "#o", "0o4553207"),
        ("100000000000000000000", "#o", "0o12657072742654304000000"),
        ("-1", "#x", "-0x1"),
        ("-42", "#x", "-0x2a"),
        ("65", "#x", "0x41"),
        ("-1234", "#x", "-0x4d2"),
        ("55295", "#x", "0xd7ff"),
        ("65535", "#x", "0xffff"),
        ("1114111", "#x", "0x10ffff"),
        ("1114112", "#x", "0x110000"),
        ("1234567", "#x", "0x12d687"),
        ("-7654321", "#x", "-0x74cbb1"),
        ("-1", "#X", "-0X1"),
        ("255", "#X", "0XFF"),
        ("-1234", "#X", "-0X4D2"),
        ("18446744073709551615", "#X", "0XFFFFFFFFFFFFFFFF"),
        ("-1", ",", "-1"),
        ("-42", ",", "-42"),
        ("-255", ",", "-255"),
        ("1114112", ",", "1,114,112"),
        ("0", "_", "0"),
        ("1", "_", "1"),
        ("65", "_", "65"),
        ("1114112", "_", "1_114_112"),
        ("-1180591620717411303424", "_", "-1_180_591_620_717_411_303_424"),
        ("-1", "_b", "-1"),
        ("1", "_b", "1"),
        ("-42", "_b", "-10_1010"),
        ("1114112", "_b", "1_0001_0000_0000_0000_0000"),
        ("-7654321", "_b", "-111_0100_1100_1011_1011_0001"),
        ("100000000000000000000", "_b", "101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"),
        ("1", "_o", "1"),
        ("42", "_o", "52"),
        ("255", "_o", "377"),
        ("-255", "_o", "-377"),
        ("1234567", "_o", "455_3207"),
        ("100000000000000000000", "_o", "126_5707_2742_6543_0400_0000"),
        ("1", "_x", "1"),
        ("1234567", "_x", "12_d687"),
        ("65535", "#_x", "0xffff"),
        ("1114111", "#_x", "0x10_ffff"),
        ("100000000000000000000", "#_x", "0x5_6bc7_5e2d_6310_0000"),
        ("-1", "#_X", "-0X1"),
        ("42", "#_X", "0X2A"),
        ("1", "010", "0000000001"),
        ("255", "010", "0000000255"),
        ("55295", "010", "0000055295"),
        ("18446744073709551615", "010", "18446744073709551615"),
        ("-1180591620717411303424", "010", "-1180591620717411303424"),
        ("1234", "010,", "00,001,234"),
        ("55295", "010,", "00,055,295"),
        ("65535", "010,", "00,065,535"),
        ("100000000000000000000", "010,", "100,000,000,000,000,000,000"),
        ("65", "010_", "00_000_065"),
        ("-1234", "010_", "-0_001_234"),
        ("1114112", "010_", "01_114_112"),
        ("100000000000000000000", "010_", "100_000_000_000_000_000_000"),
        ("0", "=+10", "+        0"),
        ("1", "=+10", "+        1"),
        ("7", "=+10", "+        7"),
        ("-42", "=+10", "-       42"),
        ("42", "=+10", "+       42"),
        ("55295", "=+10", "+    55295"),
        ("-1", "<10", "-1        "),
        ("7", "<10", "7         "),
        ("42", "<10", "42        "),
        ("255", "<10", "255       "),
        ("-255", "<10", "-255      "),
        ("-1234", "<10", "-1234     "),
        ("55295", "<10", "55295     "),
        ("-7654321", "<10", "-7654321  "),
        ("-42", "^10", "   -42    "),
        ("42", "^10", "    42    "),
        ("65", "^10", "    65    "),
        ("-255", "^10", "   -255   "),
        ("255", "^10", "   255    "),
        ("-1234", "^10", "  -1234   "),
        ("1234", "^10", "   1234   "),
        ("55295", "^10", "  55295   "),
        ("1114112", "^10", " 1114112  "),
        ("18446744073709551615", "^10", "18446744073709551615"),
        ("-1180591620717411303424", "^10", "-1180591620717411303424"),
        ("0", ">10", "         0"),
        ("-255", ">10", "      -255"),
        ("55295", ">10", "     55295"),
        ("65535", ">10", "     65535"),
        ("-7654321", ">10", "  -7654321"),
        ("18446744073709551615", ">10", "18446744073709551615"),
        ("0", "*^10", "****0*****"),
        ("7", "*^10", "****7*****"),
        ("-255", "*^10", "***-255***"),
        ("-1234", "*^10", "**-1234***"),
        ("1114111", "*^10", "*1114111**"),
        ("1114112", "*^10", "*1114112**"),
        ("18446744073709551615", "*^10", "18446744073709551615"),
        ("100000000000000000000", "*^10", "100000000000000000000"),
        ("0", "+", "+0"),
        ("-42", "+", "-42"),
        ("-255", "+", "-255"),
        ("1114111", "+", "+1114111"),
        ("100000000000000000000", "+", "+100000000000000000000"),
        ("0", " ", " 0"),
        ("1", " ", " 1"),
        ("42", " ", " 42"),
        ("-1234", " ", "-1234"),
        ("1234", " ", " 1234"),
        ("1", "-", "1"),
        ("7", "-", "7"),
        ("255", "-", "255"),
        ("1114112", "-", "1114112"),
        ("-1", "012,", "-000,000,001"),
        ("-42", "012,", "-000,000,042"),
        ("255", "012,", "0,000,000,255"),
        ("-255", "012,", "-000,000,255"),
        ("-1234", "012,", "-000,001,234"),
        ("18446744073709551615", "012,", "18,446,744,073,709,551,615"),
        ("0", "#010x", "0x00000000"),
        ("1", "#010x", "0x00000001"),
        ("65", "#010x", "0x00000041"),
        ("-255", "#010x", "-0x00000ff"),
        ("1234", "#010x", "0x000004d2"),
        ("-1234", "#010x", "-0x00004d2"),
        ("-7654321", "#010x", "-0x074cbb1"),
        ("42", "#012_x", "0x0_0000_002a"),
        ("-1234", "#012_x", "-0x0000_04d2"),
        ("1114112", "#012_x", "0x0_0011_0000"),
        ("100000000000000000000", "#012_x", "0x5_6bc7_5e2d_6310_0000"),
        ("-1", "#012_b", "-0b0000_0001"),
        ("42", "#012_b", "0b0_0010_1010"),
        ("18446744073709551615", "#012_b", "0b1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111"),
        ("1", "n", "1"),
        ("-1", "n", "-1"),
        ("-42", "n", "-42"),
        ("65", "n", "65"),
        ("1234", "n", "1234"),
        ("55295", "n", "55295"),
        ("1114111", "n", "1114111"),
        ("1114112", "n", "1114112"),
        ("18446744073709551615", "n", "18446744073709551615"),
        ("100000000000000000000", "n", "100000000000000000000"),
        ("42", "010n", "0000000042"),
        ("255", "010n", "0000000255"),
        ("-1234", "010n", "-000001234"),
        ("18446744073709551615", "010n", "18446744073709551615"),
        ("100000000000000000000", "010n", "100000000000000000000"),
        ("-1180591620717411303424", "010n", "-1180591620717411303424"),
        ("65", "c", "A"),
        ("65535", "c", "\u{ffff}"),
        ("1114111", "c", "\u{10ffff}"),
        ("0", "5c", "    \u{0}"),
        ("42", "5c", "    *"),
        ("-255", "5c", "!OverflowError: %c arg not in range(0x110000)"),
        ("255", "5c", "    ÿ"),
        ("1234", "5c", "    Ӓ"),
        ("-1234", "5c", "!OverflowError: %c arg not in range(0x110000)"),
        ("-7654321", "5c", "!OverflowError: %c arg not in range(0x110000)"),
        ("-255", "<5c", "!OverflowError: %c arg not in range(0x110000)"),
        ("65535", "<5c", "\u{ffff}    "),
        ("0", "05c", "0000\u{0}"),
        ("1", "05c", "0000\u{1}"),
        ("55295", "05c", "0000\u{d7ff}"),
        ("1234567", "05c", "!OverflowError: %c arg not in range(0x110000)"),
        ("-7654321", "05c", "!OverflowError: %c arg not in range(0x110000)"),
        ("100000000000000000000", "05c", "!OverflowError: Python int too large to convert to C long"),
        ("-1180591620717411303424", "05c", "!OverflowError: Python int too large to convert to C long"),
        ("1234", "e", "1.234000e+03"),
        ("1114112", "e", "1.114112e+06"),
        ("1234567", "e", "1.234567e+06"),
        ("18446744073709551615", "e", "1.844674e+19"),
        ("-1180591620717411303424", "e", "-1.180592e+21"),
        ("1", ".2f", "1.00"),
        ("-1", ".2f", "-1.00"),
        ("-255", ".2f", "-255.00"),
        ("1114111", ".2f", "1114111.00"),
        ("-7654321", ".2f", "-7654321.00"),
        ("-42", "%", "-4200.000000%"),
        ("65", "%", "6500.000000%"),
        ("-255", "%", "-25500.000000%"),
        ("65535", "%", "6553500.000000%"),
        ("1114112", "%", "111411200.000000%"),
        ("1234567", "%", "123456700.000000%"),
        ("42", "g", "42"),
        ("-42", "g", "-42"),
        ("-255", "g", "-255"),
        ("1234", "g", "1234"),
        ("1114111", "g", "1.11411e+06"),
        ("1114112", "g", "1.11411e+06"),
        ("1234567", "g", "1.23457e+06"),
        ("18446744073709551615", "g", "1.84467e+19"),
        ("-1", ".3", "!ValueError: Precision not allowed in integer format specifier"),
        ("255", ".3", "!ValueError: Precision not allowed in integer format specifier"),
        ("55295", ".3", "!ValueError: Precision not allowed in integer format specifier"),
        ("1114112", ".3", "!ValueError: Precision not allowed in integer format specifier"),
        ("-7654321", ".3", "!ValueError: Precision not allowed in integer format specifier"),
        ("-1180591620717411303424", ".3", "!ValueError: Precision not allowed in integer format specifier"),
        ("-1234", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1114111", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1234567", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-7654321", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("100000000000000000000", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-1", ".2", "!ValueError: Precision not allowed in integer format specifier"),
        ("255", ".2", "!ValueError: Precision not allowed in integer format specifier"),
        ("-1234", ".2", "!ValueError: Precision not allowed in integer format specifier"),
        ("55295", ".2", "!ValueError: Precision not allowed in integer format specifier"),
        ("1114112", ".2", "!ValueError: Precision not allowed in integer format specifier"),
        ("100000000000000000000", ".2", "!ValueError: Precision not allowed in integer format specifier"),
        ("-1180591620717411303424", ".2", "!ValueError: Precision not allowed in integer format specifier"),
        ("-1", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("7", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("255", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1114112", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1234567", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("100000000000000000000", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-1180591620717411303424", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("7", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("42", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("65", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("255", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-1234", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("55295", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1114112", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1234567", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("100000000000000000000", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("0", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("1", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("-1", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("42", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("65", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("255", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("1234", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("65535", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("1114111", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("1114112", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("1234567", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("100000000000000000000", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("-42", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("-1234", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("65535", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("18446744073709551615", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("-1", ",x", "!ValueError: Cannot specify ',' with 'x'."),
        ("1", ",x", "!ValueError: Cannot specify ',' with 'x'."),
        ("42", ",x", "!ValueError: Cannot specify ',' with 'x'."),
        ("65", ",x", "!ValueError: Cannot specify ',' with 'x'."),
        ("255", ",x", "!ValueError: Cannot specify ',' with 'x'."),
        ("1234567", ",x", "!ValueError: Cannot specify ',' with 'x'."),
        ("1", ",b", "!ValueError: Cannot specify ',' with 'b'."),
        ("-42", ",b", "!ValueError: Cannot specify ',' with 'b'."),
        ("1114111", ",b", "!ValueError: Cannot specify ',' with 'b'."),
        ("100000000000000000000", ",b", "!ValueError: Cannot specify ',' with 'b'."),
        ("-1", "0=+12,", "-000,000,001"),
        ("-1234", "0=+12,", "-000,001,234"),
        ("1234", "0=+12,", "+000,001,234"),
        ("1114112", "0=+12,", "+001,114,112"),
        ("18446744073709551615", "0=+12,", "+18,446,744,073,709,551,615"),
        ("-1", "0^9", "000-10000"),
        ("65", "0^9", "000650000"),
        ("-1234", "0^9", "00-123400"),
        ("65535", "0^9", "006553500"),
        ("1234567", "0^9", "012345670"),
        ("-1180591620717411303424", "0^9", "-1180591620717411303424"),
        ("42", "x=12,", "xxxxxxxxxx42"),
        ("-42", "x=12,", "-xxxxxxxxx42"),
        ("65535", "x=12,", "xxxxxx65,535"),
        ("1114112", "x=12,", "xxx1,114,112"),
        ("-7654321", "x=12,", "-xx7,654,321"),
        ("-42", "0<12", "-42000000000"),
        ("65", "0<12", "650000000000"),
        ("255", "0<12", "255000000000"),
        ("1114111", "0<12", "111411100000"),
        ("18446744073709551615", "0<12", "18446744073709551615"),
        ("-1180591620717411303424", "0<12", "-1180591620717411303424"),
        ("-1", "+#012_o", "-0o0000_0001"),
        ("-42", "+#012_o", "-0o0000_0052"),
        ("-1234", "+#012_o", "-0o0000_2322"),
        ("65535", "+#012_o", "+0o0017_7777"),
        ("18446744073709551615", "+#012_o", "+0o17_7777_7777_7777_7777_7777"),
        ("-1180591620717411303424", "+#012_o", "-0o2000_0000_0000_0000_0000_0000"),
        ("0", "020_x", "0_0000_0000_0000_0000"),
        ("-1", "020_x", "-0000_0000_0000_0001"),
        ("65", "020_x", "0_0000_0000_0000_0041"),
        ("-255", "020_x", "-0000_0000_0000_00ff"),
        ("-1234", "020_x", "-0000_0000_0000_04d2"),
        ("1114111", "020_x", "0_0000_0000_0010_ffff"),
        ("100000000000000000000", "020_x", "5_6bc7_5e2d_6310_0000"),
        ("-1180591620717411303424", "020_x", "-40_0000_0000_0000_0000"),
        ("42", "020,d", "0,000,000,000,000,042"),
        ("55295", "020,d", "0,000,000,000,055,295"),
        ("18446744073709551615", "020,d", "18,446,744,073,709,551,615"),
        ("100000000000000000000", "020,d", "100,000,000,000,000,000,000"),
        ("-1180591620717411303424", "020,d", "-1,180,591,620,717,411,303,424"),
        ("-1", " 09,", "-0,000,001"),
        ("65", " 09,", " 0,000,065"),
        ("255", " 09,", " 0,000,255"),
        ("65535", " 09,", " 0,065,535"),
        ("1234567", " 09,", " 1,234,567"),
        ("0", "-#09_b", "0b00_0000"),
        ("-42", "-#09_b", "-0b10_1010"),
        ("42", "-#09_b", "0b10_1010"),
        ("-255", "-#09_b", "-0b1111_1111"),
        ("-1234", "-#09_b", "-0b100_1101_0010"),
        ("18446744073709551615", "-#09_b", "0b1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111"),
        ("-1180591620717411303424", "-#09_b", "-0b100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
        ("1", "015,.3e", "000,001.000e+00"),
        ("-42", "015,.3e", "-00,004.200e+01"),
        ("65", "015,.3e", "000,006.500e+01"),
        ("255", "015,.3e", "000,002.550e+02"),
        ("55295", "015,.3e", "000,005.530e+04"),
        ("1114111", "015,.3e", "000,001.114e+06"),
        ("1114112", "015,.3e", "000,001.114e+06"),
        ("-7654321", "015,.3e", "-00,007.654e+06"),
        ("1", ",.2%", "100.00%"),
        ("1114112", ",.2%", "111,411,200.00%"),
        ("1234567", ",.2%", "123,456,700.00%"),
        ("-7654321", ",.2%", "-765,432,100.00%"),
        ("0", "_F", "0.000000"),
        ("7", "_F", "7.000000"),
        ("42", "_F", "42.000000"),
        ("65", "_F", "65.000000"),
        ("255", "_F", "255.000000"),
        ("-1234", "_F", "-1_234.000000"),
        ("1234", "_F", "1_234.000000"),
        ("55295", "_F", "55_295.000000"),
        ("65535", "_F", "65_535.000000"),
        ("1234567", "_F", "1_234_567.000000"),
        ("-7654321", "_F", "-7_654_321.000000"),
        ("-1180591620717411303424", "_F", "-1_180_591_620_717_411_303_424.000000"),
        ("-1", "G", "-1"),
        ("-1234", "G", "-1234"),
        ("1114111", "G", "1.11411E+06"),
        ("-7654321", "G", "-7.65432E+06"),
        ("100000000000000000000", "G", "1E+20"),
        ("1", ".0e", "1e+00"),
        ("-1", ".0e", "-1e+00"),
        ("-42", ".0e", "-4e+01"),
        ("42", ".0e", "4e+01"),
        ("-255", ".0e", "-3e+02"),
        ("-1234", ".0e", "-1e+03"),
        ("1114112", ".0e", "1e+06"),
        ("-7654321", ".0e", "-8e+06"),
        ("42", "20", "                  42"),
        ("255", "20", "                 255"),
        ("55295", "20", "               55295"),
        ("18446744073709551615", "20", "18446744073709551615"),
        ("100000000000000000000", "20", "100000000000000000000"),
        ("-1234", "^", "-1234"),
        ("55295", "^", "55295"),
        ("1234567", "^", "1234567"),
        ("-7654321", "^", "-7654321"),
        ("-1", "==9", "-=======1"),
        ("1", "==9", "========1"),
        ("65", "==9", "=======65"),
        ("255", "==9", "======255"),
        ("-255", "==9", "-=====255"),
        ("1234", "==9", "=====1234"),
        ("65535", "==9", "====65535"),
        ("-7654321", "==9", "-=7654321"),
        ("100000000000000000000", "==9", "100000000000000000000"),
        ("1", "+=9", "++++++++1"),
        ("-1", "+=9", "-+++++++1"),
        ("7", "+=9", "++++++++7"),
        ("42", "+=9", "+++++++42"),
        ("65", "+=9", "+++++++65"),
        ("255", "+=9", "++++++255"),
        ("55295", "+=9", "++++55295"),
        ("1114111", "+=9", "++1114111"),
        ("1234567", "+=9", "++1234567"),
        ("100000000000000000000", "+=9", "100000000000000000000"),
        ("0", ",n", "!ValueError: Cannot specify ',' with 'n'."),
        ("65", ",n", "!ValueError: Cannot specify ',' with 'n'."),
        ("-255", ",n", "!ValueError: Cannot specify ',' with 'n'."),
        ("-1234", ",n", "!ValueError: Cannot specify ',' with 'n'."),
        ("100000000000000000000", ",n", "!ValueError: Cannot specify ',' with 'n'."),
        ("1", "#", "1"),
        ("42", "#", "42"),
        ("-255", "#", "-255"),
        ("-1234", "#", "-1234"),
        ("55295", "#", "55295"),
        ("65535", "#", "65535"),
        ("-7654321", "#", "-7654321"),
        ("100000000000000000000", "#", "100000000000000000000"),
        ("65", "#d", "65"),
        ("1234", "#d", "1234"),
        ("-1234", "#d", "-1234"),
        ("1114111", "#d", "1114111"),
        ("1234567", "#d", "1234567"),
        ("-7654321", "#d", "-7654321"),
        ("18446744073709551615", "#d", "18446744073709551615"),
        ("-42", "#n", "-42"),
        ("-1234", "#n", "-1234"),
        ("55295", "#n", "55295"),
        ("1114111", "#n", "1114111"),
        ("1114112", "#n", "1114112"),
        ("100000000000000000000", "#n", "100000000000000000000"),
        ("-1", "=", "-1"),
        ("65", "=", "65"),
        ("1234", "=", "1234"),
        ("1234567", "=", "1234567"),
        ("100000000000000000000", "=", "100000000000000000000"),
        ("0", "0", "0"),
        ("42", "0", "42"),
        ("255", "0", "255"),
        ("-255", "0", "-255"),
        ("65535", "0", "65535"),
        ("18446744073709551615", "0", "18446744073709551615"),
        ("-1180591620717411303424", "0", "-1180591620717411303424"),
        ("-42", "00", "-42"),
        ("65", "00", "65"),
        ("255", "00", "255"),
        ("1114112", "00", "1114112"),
        ("7", "1", "7"),
        ("42", "1", "42"),
        ("-42", "1", "-42"),
        ("65", "1", "65"),
        ("-255", "1", "-255"),
        ("1234", "1", "1234"),
        ("100000000000000000000", "1", "100000000000000000000"),
        ("55295", "_d", "55_295"),
        ("18446744073709551615", "_d", "18_446_744_073_709_551_615"),
        ("1", "٣", "  1"),
        ("18446744073709551615", "٣", "18446744073709551615"),
        ("100000000000000000000", "٣", "100000000000000000000"),
        ("1", ".2e", "1.00e+00"),
        ("7", ".2e", "7.00e+00"),
        ("42", ".2e", "4.20e+01"),
        ("65", ".2e", "6.50e+01"),
        ("255", ".2e", "2.55e+02"),
        ("-255", ".2e", "-2.55e+02"),
        ("-1234", ".2e", "-1.23e+03"),
        ("55295", ".2e", "5.53e+04"),
        ("-7654321", ".2e", "-7.65e+06"),
        ("18446744073709551615", ".2e", "1.84e+19"),
        ("100000000000000000000", ".2e", "1.00e+20"),
        ("1", "#.3g", "1.00"),
        ("-1234", "#.3g", "-1.23e+03"),
        ("100000000000000000000", "#.3g", "1.00e+20"),
        ("-1180591620717411303424", "#.3g", "-1.18e+21"),
        ("1", "z.1f", "1.0"),
        ("-1", "z.1f", "-1.0"),
        ("-1234", "z.1f", "-1234.0"),
        ("-42", "E", "-4.200000E+01"),
        ("55295", "E", "5.529500E+04"),
        ("1114112", "E", "1.114112E+06"),
        ("-255", "+.3e", "-2.550e+02"),
        ("255", "+.3e", "+2.550e+02"),
        ("55295", "+.3e", "+5.530e+04"),
        ("1234567", "+.3e", "+1.235e+06"),
        ("-1180591620717411303424", "+.3e", "-1.181e+21"),
        ("-1", ".1%", "-100.0%"),
        ("65", ".1%", "6500.0%"),
        ("255", ".1%", "25500.0%"),
        ("-1234", ".1%", "-123400.0%"),
        ("-7654321", ".1%", "-765432100.0%"),
        ("1", "zf", "1.000000"),
        ("-42", "zf", "-42.000000"),
        ("65", "zf", "65.000000"),
        ("55295", "zf", "55295.000000"),
        ("1234567", "zf", "1234567.000000"),
        ("18446744073709551615", "zf", "18446744073709551616.000000"),
    ];
    // END GENERATED INT_CASES

    // (bits of value, spec, format(value, spec))
    // BEGIN GENERATED FLOAT_CASES
    const FLOAT_CASES: &[(u64, &str, &str)] = &[
        (0x0000000000000001, "", "5e-324"),
        (0x3fe0000000000000, "", "0.5"),
        (0x3ff0000000000000, "", "1.0"),
        (0x4004000000000000, "", "2.5"),
        (0x4023fd70a3d70a3d, "", "9.995"),
        (0x40f869ff33333333, "", "99999.95"),
        (0x4341c37937e08000, "", "1e+16"),
        (0x7e37e43c8800759c, "", "1e+300"),
        (0x7ff0000000000000, "", "inf"),
        (0xfff0000000000000, "", "-inf"),
        (0x0000000000000000, "e", "0.000000e+00"),
        (0x0000000000000001, "e", "4.940656e-324"),
        (0x3f202e7ef70994dd, "e", "1.234560e-04"),
        (0x3ff0000000000000, "e", "1.000000e+00"),
        (0x4023fd70a3d70a3d, "e", "9.995000e+00"),
        (0x4341c37937e08000, "e", "1.000000e+16"),
        (0x7e37e43c8800759c, "e", "1.000000e+300"),
        (0x7ff0000000000000, "e", "inf"),
        (0x8000000000000000, "e", "-0.000000e+00"),
        (0xbf3a36e2eb1c432d, "e", "-4.000000e-04"),
        (0xbff8000000000000, "e", "-1.500000e+00"),
        (0xc132d687e4189375, "e", "-1.234568e+06"),
        (0xfff0000000000000, "e", "-inf"),
        (0x0000000000000000, "E", "0.000000E+00"),
        (0x0000000000000001, "E", "4.940656E-324"),
        (0x3ee4f8b588e368f1, "E", "1.000000E-05"),
        (0x3ee4f8b588e368f1, "E", "1.000000E-05"),
        (0x3f202e7ef70994dd, "E", "1.234560E-04"),
        (0x3f202e7ef70994dd, "E", "1.234560E-04"),
        (0x3fa999999999999a, "E", "5.000000E-02"),
        (0x3fb999999999999a, "E", "1.000000E-01"),
        (0x3fb999999999999a, "E", "1.000000E-01"),
        (0x3fe0000000000000, "E", "5.000000E-01"),
        (0x3ff4000000000000, "E", "1.250000E+00"),
        (0x4004000000000000, "E", "2.500000E+00"),
        (0x4023fd70a3d70a3d, "E", "9.995000E+00"),
        (0x4023fd70a3d70a3d, "E", "9.995000E+00"),
        (0x40f869ff33333333, "E", "9.999995E+04"),
        (0x430c6bf526340000, "E", "1.000000E+15"),
        (0x4341c37937e08000, "E", "1.000000E+16"),
        (0x7e37e43c8800759c, "E", "1.000000E+300"),
        (0x7e37e43c8800759c, "E", "1.000000E+300"),
        (0x7ff0000000000000, "E", "INF"),
        (0xbff8000000000000, "E", "-1.500000E+00"),
        (0x3f202e7ef70994dd, "f", "0.000123"),
        (0x3fa999999999999a, "f", "0.050000"),
        (0x3ff4000000000000, "f", "1.250000"),
        (0x4004000000000000, "f", "2.500000"),
        (0x40fe240c9fbe76c9, "f", "123456.789000"),
        (0x43e56a95319d63e1, "f", "12345678901234567168.000000"),
        (0x7ff8000000000000, "f", "nan"),
        (0x8000000000000000, "f", "-0.000000"),
        (0x0000000000000000, "F", "0.000000"),
        (0x3f202e7ef70994dd, "F", "0.000123"),
        (0x3fb999999999999a, "F", "0.100000"),
        (0x3ff4000000000000, "F", "1.250000"),
        (0x4004000000000000, "F", "2.500000"),
        (0x40f869ff33333333, "F", "99999.950000"),
        (0x7ff0000000000000, "F", "INF"),
        (0x7ff8000000000000, "F", "NAN"),
        (0xbf3a36e2eb1c432d, "F", "-0.000400"),
        (0xc132d687e4189375, "F", "-1234567.891000"),
        (0x3ee4f8b588e368f1, "g", "1e-05"),
        (0x3f202e7ef70994dd, "g", "0.000123456"),
        (0x430c6bf526340000, "g", "1e+15"),
        (0x4341c37937e08000, "g", "1e+16"),
        (0x43e56a95319d63e1, "g", "1.23457e+19"),
        (0x8000000000000000, "g", "-0"),
        (0xbf3a36e2eb1c432d, "g", "-0.0004"),
        (0xbff8000000000000, "g", "-1.5"),
        (0x0000000000000001, "G", "4.94066E-324"),
        (0x3f202e7ef70994dd, "G", "0.000123456"),
        (0x3fe0000000000000, "G", "0.5"),
        (0x3ff0000000000000, "G", "1"),
        (0x3ff4000000000000, "G", "1.25"),
        (0x4023fd70a3d70a3d, "G", "9.995"),
        (0x40f869ff33333333, "G", "99999.9"),
        (0x40fe240c9fbe76c9, "G", "123457"),
        (0x4341c37937e08000, "G", "1E+16"),
        (0x7ff8000000000000, "G", "NAN"),
        (0xbf3a36e2eb1c432d, "G", "-0.0004"),
        (0xbff8000000000000, "G", "-1.5"),
        (0x0000000000000001, "n", "4.94066e-324"),
        (0x3f202e7ef70994dd, "n", "0.000123456"),
        (0x3fa999999999999a, "n", "0.05"),
        (0x3fb999999999999a, "n", "0.1"),
        (0x3fe0000000000000, "n", "0.5"),
        (0x3ff4000000000000, "n", "1.25"),
        (0x3ff4000000000000, "n", "1.25"),
        (0x4023fd70a3d70a3d, "n", "9.995"),
        (0x430c6bf526340000, "n", "1e+15"),
        (0x4341c37937e08000, "n", "1e+16"),
        (0x43e56a95319d63e1, "n", "1.23457e+19"),
        (0x7e37e43c8800759c, "n", "1e+300"),
        (0x8000000000000000, "n", "-0"),
        (0xbf3a36e2eb1c432d, "n", "-0.0004"),
        (0xbff8000000000000, "n", "-1.5"),
        (0x0000000000000001, "%", "0.000000%"),
        (0x3f202e7ef70994dd, "%", "0.012346%"),
        (0x40f869ff33333333, "%", "9999995.000000%"),
        (0x4341c37937e08000, "%", "1000000000000000000.000000%"),
        (0x7ff0000000000000, "%", "inf%"),
        (0x7ff8000000000000, "%", "nan%"),
        (0x8000000000000000, "%", "-0.000000%"),
        (0xc132d687e4189375, "%", "-123456789.100000%"),
        (0xfff0000000000000, "%", "-inf%"),
        (0x0000000000000001, ".0e", "5e-324"),
        (0x3ee4f8b588e368f1, ".0e", "1e-05"),
        (0x3fa999999999999a, ".0e", "5e-02"),
        (0x3fe0000000000000, ".0e", "5e-01"),
        (0x3ff4000000000000, ".0e", "1e+00"),
        (0x430c6bf526340000, ".0e", "1e+15"),
        (0x43e56a95319d63e1, ".0e", "1e+19"),
        (0x7e37e43c8800759c, ".0e", "1e+300"),
        (0x7ff8000000000000, ".0e", "nan"),
        (0x0000000000000000, ".3e", "0.000e+00"),
        (0x3ee4f8b588e368f1, ".3e", "1.000e-05"),
        (0x3f202e7ef70994dd, ".3e", "1.235e-04"),
        (0x3fa999999999999a, ".3e", "5.000e-02"),
        (0x4004000000000000, ".3e", "2.500e+00"),
        (0x4341c37937e08000, ".3e", "1.000e+16"),
        (0x7e37e43c8800759c, ".3e", "1.000e+300"),
        (0x7ff0000000000000, ".3e", "inf"),
        (0xbff8000000000000, ".3e", "-1.500e+00"),
        (0x0000000000000001, ".0f", "0"),
        (0x3fb999999999999a, ".0f", "0"),
        (0x3ff0000000000000, ".0f", "1"),
        (0x3ff4000000000000, ".0f", "1"),
        (0x4004000000000000, ".0f", "2"),
        (0x40f869ff33333333, ".0f", "100000"),
        (0x4341c37937e08000, ".0f", "10000000000000000"),
        (0xbf3a36e2eb1c432d, ".0f", "-0"),
        (0xbff8000000000000, ".0f", "-2"),
        (0xc132d687e4189375, ".0f", "-1234568"),
        (0x3ee4f8b588e368f1, ".2f", "0.00"),
        (0x3fa999999999999a, ".2f", "0.05"),
        (0x3ff4000000000000, ".2f", "1.25"),
        (0x40f869ff33333333, ".2f", "99999.95"),
        (0x40fe240c9fbe76c9, ".2f", "123456.79"),
        (0xc132d687e4189375, ".2f", "-1234567.89"),
        (0x0000000000000000, ".10f", "0.0000000000"),
        (0x3fb999999999999a, ".10f", "0.1000000000"),
        (0x3fe0000000000000, ".10f", "0.5000000000"),
        (0x43e56a95319d63e1, ".10f", "12345678901234567168.0000000000"),
        (0x7e37e43c8800759c, ".10f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0000000000"),
        (0x7ff8000000000000, ".10f", "nan"),
        (0xc132d687e4189375, ".10f", "-1234567.8910000001"),
        (0xfff0000000000000, ".10f", "-inf"),
        (0x3fb999999999999a, ".0g", "0.1"),
        (0x3ff4000000000000, ".0g", "1"),
        (0x40f869ff33333333, ".0g", "1e+05"),
        (0x40fe240c9fbe76c9, ".0g", "1e+05"),
        (0x4341c37937e08000, ".0g", "1e+16"),
        (0x43e56a95319d63e1, ".0g", "1e+19"),
        (0x8000000000000000, ".0g", "-0"),
        (0x3f202e7ef70994dd, ".1g", "0.0001"),
        (0x3fa999999999999a, ".1g", "0.05"),
        (0x3fb999999999999a, ".1g", "0.1"),
        (0x3fe0000000000000, ".1g", "0.5"),
        (0x3ff4000000000000, ".1g", "1"),
        (0x4004000000000000, ".1g", "2"),
        (0x4023fd70a3d70a3d, ".1g", "1e+01"),
        (0x7e37e43c8800759c, ".1g", "1e+300"),
        (0xbff8000000000000, ".1g", "-2"),
        (0xc132d687e4189375, ".1g", "-1e+06"),
        (0x0000000000000000, ".3g", "0"),
        (0x0000000000000001, ".3g", "4.94e-324"),
        (0x3ee4f8b588e368f1, ".3g", "1e-05"),
        (0x3ff0000000000000, ".3g", "1"),
        (0x3ff4000000000000, ".3g", "1.25"),
        (0x7e37e43c8800759c, ".3g", "1e+300"),
        (0x7ff0000000000000, ".3g", "inf"),
        (0xbf3a36e2eb1c432d, ".3g", "-0.0004"),
        (0xbff8000000000000, ".3g", "-1.5"),
        (0xc132d687e4189375, ".3g", "-1.23e+06"),
        (0x3f202e7ef70994dd, ".17g", "0.00012345600000000001"),
        (0x3fa999999999999a, ".17g", "0.050000000000000003"),
        (0x3fe0000000000000, ".17g", "0.5"),
        (0x3ff0000000000000, ".17g", "1"),
        (0x4023fd70a3d70a3d, ".17g", "9.9949999999999992"),
        (0x40fe240c9fbe76c9, ".17g", "123456.789"),
        (0x7e37e43c8800759c, ".17g", "1.0000000000000001e+300"),
        (0x7ff8000000000000, ".17g", "nan"),
        (0xbff8000000000000, ".17g", "-1.5"),
        (0xc132d687e4189375, ".17g", "-1234567.8910000001"),
        (0x0000000000000001, "#g", "4.94066e-324"),
        (0x3ee4f8b588e368f1, "#g", "1.00000e-05"),
        (0x3f202e7ef70994dd, "#g", "0.000123456"),
        (0x3ff0000000000000, "#g", "1.00000"),
        (0x4004000000000000, "#g", "2.50000"),
        (0x4023fd70a3d70a3d, "#g", "9.99500"),
        (0x7e37e43c8800759c, "#g", "1.00000e+300"),
        (0x8000000000000000, "#g", "-0.00000"),
        (0xbf3a36e2eb1c432d, "#g", "-0.000400000"),
        (0xbff8000000000000, "#g", "-1.50000"),
        (0x0000000000000001, "#.3g", "4.94e-324"),
        (0x3fb999999999999a, "#.3g", "0.100"),
        (0x3ff4000000000000, "#.3g", "1.25"),
        (0x4023fd70a3d70a3d, "#.3g", "9.99"),
        (0x40fe240c9fbe76c9, "#.3g", "1.23e+05"),
        (0x7e37e43c8800759c, "#.3g", "1.00e+300"),
        (0xc132d687e4189375, "#.3g", "-1.23e+06"),
        (0xfff0000000000000, "#.3g", "-inf"),
        (0x0000000000000000, "#.0f", "0."),
        (0x0000000000000001, "#.0f", "0."),
        (0x3fa999999999999a, "#.0f", "0."),
        (0x3fe0000000000000, "#.0f", "0."),
        (0x3ff4000000000000, "#.0f", "1."),
        (0x40fe240c9fbe76c9, "#.0f", "123457."),
        (0x7e37e43c8800759c, "#.0f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160."),
        (0x7ff0000000000000, "#.0f", "inf"),
        (0x7ff8000000000000, "#.0f", "nan"),
        (0x8000000000000000, "#.0f", "-0."),
        (0xc132d687e4189375, "#.0f", "-1234568."),
        (0xfff0000000000000, "#.0f", "-inf"),
        (0x3fa999999999999a, "#.0e", "5.e-02"),
        (0x4004000000000000, "#.0e", "2.e+00"),
        (0x4023fd70a3d70a3d, "#.0e", "1.e+01"),
        (0xbf3a36e2eb1c432d, "#.0e", "-4.e-04"),
        (0xbff8000000000000, "#.0e", "-2.e+00"),
        (0x3ee4f8b588e368f1, "#", "1.e-05"),
        (0x3fb999999999999a, "#", "0.1"),
        (0x3ff4000000000000, "#", "1.25"),
        (0x40f869ff33333333, "#", "99999.95"),
        (0x430c6bf526340000, "#", "1000000000000000.0"),
        (0x43e56a95319d63e1, "#", "1.2345678901234567e+19"),
        (0x8000000000000000, "#", "-0.0"),
        (0xbf3a36e2eb1c432d, "#", "-0.0004"),
        (0xbff8000000000000, "#", "-1.5"),
        (0x3fe0000000000000, ".3", "0.5"),
        (0x3ff4000000000000, ".3", "1.25"),
        (0x7ff0000000000000, ".3", "inf"),
        (0xbff8000000000000, ".3", "-1.5"),
        (0x3f202e7ef70994dd, ".0", "0.0001"),
        (0x3fa999999999999a, ".0", "0.05"),
        (0x40fe240c9fbe76c9, ".0", "1e+05"),
        (0x43e56a95319d63e1, ".0", "1e+19"),
        (0x7e37e43c8800759c, ".0", "1e+300"),
        (0x7ff8000000000000, ".0", "nan"),
        (0x0000000000000000, ".1", "0e+00"),
        (0x3fb999999999999a, ".1", "0.1"),
        (0x3fe0000000000000, ".1", "0.5"),
        (0x3ff4000000000000, ".1", "1e+00"),
        (0x40f869ff33333333, ".1", "1e+05"),
        (0x7ff8000000000000, ".1", "nan"),
        (0x8000000000000000, ".1", "-0e+00"),
        (0xfff0000000000000, ".1", "-inf"),
        (0x3f202e7ef70994dd, "#.3", "0.000123"),
        (0x3fe0000000000000, "#.3", "0.500"),
        (0x4023fd70a3d70a3d, "#.3", "9.99"),
        (0x40fe240c9fbe76c9, "#.3", "1.23e+05"),
        (0x43e56a95319d63e1, "#.3", "1.23e+19"),
        (0x7e37e43c8800759c, "#.3", "1.00e+300"),
        (0x7ff0000000000000, "#.3", "inf"),
        (0x0000000000000000, ".16", "0.0"),
        (0x0000000000000001, ".16", "4.940656458412465e-324"),
        (0x3ee4f8b588e368f1, ".16", "1e-05"),
        (0x3fa999999999999a, ".16", "0.05"),
        (0x3ff4000000000000, ".16", "1.25"),
        (0x4004000000000000, ".16", "2.5"),
        (0x4023fd70a3d70a3d, ".16", "9.994999999999999"),
        (0x7ff8000000000000, ".16", "nan"),
        (0xbf3a36e2eb1c432d, ".16", "-0.0004"),
        (0xfff0000000000000, ".16", "-inf"),
        (0x0000000000000000, "z.2f", "0.00"),
        (0x0000000000000001, "z.2f", "0.00"),
        (0x3ee4f8b588e368f1, "z.2f", "0.00"),
        (0x3f202e7ef70994dd, "z.2f", "0.00"),
        (0x3ff0000000000000, "z.2f", "1.00"),
        (0x7e37e43c8800759c, "z.2f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"),
        (0x7ff8000000000000, "z.2f", "nan"),
        (0x0000000000000000, "z", "0.0"),
        (0x3fa999999999999a, "z", "0.05"),
        (0x3fe0000000000000, "z", "0.5"),
        (0x3ff0000000000000, "z", "1.0"),
        (0x4004000000000000, "z", "2.5"),
        (0x4023fd70a3d70a3d, "z", "9.995"),
        (0x40f869ff33333333, "z", "99999.95"),
        (0x7e37e43c8800759c, "z", "1e+300"),
        (0xbf3a36e2eb1c432d, "z", "-0.0004"),
        (0xbff8000000000000, "z", "-1.5"),
        (0xfff0000000000000, "z", "-inf"),
        (0x0000000000000001, "z.0f", "0"),
        (0x3fb999999999999a, "z.0f", "0"),
        (0x3ff0000000000000, "z.0f", "1"),
        (0x4004000000000000, "z.0f", "2"),
        (0x4023fd70a3d70a3d, "z.0f", "10"),
        (0x7e37e43c8800759c, "z.0f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
        (0x7ff8000000000000, "z.0f", "nan"),
        (0xbff8000000000000, "z.0f", "-2"),
        (0xfff0000000000000, "z.0f", "-inf"),
        (0x0000000000000001, "+", "+5e-324"),
        (0x3fa999999999999a, "+", "+0.05"),
        (0x3fb999999999999a, "+", "+0.1"),
        (0x4023fd70a3d70a3d, "+", "+9.995"),
        (0x8000000000000000, "+", "-0.0"),
        (0xbff8000000000000, "+", "-1.5"),
        (0xfff0000000000000, "+", "-inf"),
        (0x0000000000000001, " ", " 5e-324"),
        (0x3fa999999999999a, " ", " 0.05"),
        (0x3fb999999999999a, " ", " 0.1"),
        (0x4004000000000000, " ", " 2.5"),
        (0x4023fd70a3d70a3d, " ", " 9.995"),
        (0x40fe240c9fbe76c9, " ", " 123456.789"),
        (0x430c6bf526340000, " ", " 1000000000000000.0"),
        (0x43e56a95319d63e1, " ", " 1.2345678901234567e+19"),
        (0x7ff0000000000000, " ", " inf"),
        (0x8000000000000000, " ", "-0.0"),
        (0xbff8000000000000, " ", "-1.5"),
        (0x0000000000000001, ",", "5e-324"),
        (0x3ee4f8b588e368f1, ",", "1e-05"),
        (0x3fb999999999999a, ",", "0.1"),
        (0x4004000000000000, ",", "2.5"),
        (0x40f869ff33333333, ",", "99,999.95"),
        (0x40fe240c9fbe76c9, ",", "123,456.789"),
        (0x430c6bf526340000, ",", "1,000,000,000,000,000.0"),
        (0xbf3a36e2eb1c432d, ",", "-0.0004"),
        (0xbff8000000000000, ",", "-1.5"),
        (0xc132d687e4189375, ",", "-1,234,567.891"),
        (0x3ee4f8b588e368f1, "_", "1e-05"),
        (0x3f202e7ef70994dd, "_", "0.000123456"),
        (0x3fa999999999999a, "_", "0.05"),
        (0x3ff4000000000000, "_", "1.25"),
        (0x430c6bf526340000, "_", "1_000_000_000_000_000.0"),
        (0x4341c37937e08000, "_", "1e+16"),
        (0x7e37e43c8800759c, "_", "1e+300"),
        (0xfff0000000000000, "_", "-inf"),
        (0x3ff4000000000000, ",.2f", "1.25"),
        (0x4004000000000000, ",.2f", "2.50"),
        (0x40fe240c9fbe76c9, ",.2f", "123,456.79"),
        (0x43e56a95319d63e1, ",.2f", "12,345,678,901,234,567,168.00"),
        (0x7e37e43c8800759c, ",.2f", "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00"),
        (0x8000000000000000, ",.2f", "-0.00"),
        (0xbf3a36e2eb1c432d, ",.2f", "-0.00"),
        (0x0000000000000001, "015,.2f", "0,000,000,000.00"),
        (0x3fa999999999999a, "015,.2f", "0,000,000,000.05"),
        (0x3fb999999999999a, "015,.2f", "0,000,000,000.10"),
        (0x3ff0000000000000, "015,.2f", "0,000,000,001.00"),
        (0x40f869ff33333333, "015,.2f", "0,000,099,999.95"),
        (0x430c6bf526340000, "015,.2f", "1,000,000,000,000,000.00"),
        (0x43e56a95319d63e1, "015,.2f", "12,345,678,901,234,567,168.00"),
        (0x7e37e43c8800759c, "015,.2f", "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00"),
        (0xbf3a36e2eb1c432d, "015,.2f", "-000,000,000.00"),
        (0xbff8000000000000, "015,.2f", "-000,000,001.50"),
        (0x3ee4f8b588e368f1, "=+15", "+         1e-05"),
        (0x3f202e7ef70994dd, "=+15", "+   0.000123456"),
        (0x4004000000000000, "=+15", "+           2.5"),
        (0x40f869ff33333333, "=+15", "+      99999.95"),
        (0x4341c37937e08000, "=+15", "+         1e+16"),
        (0x8000000000000000, "=+15", "-           0.0"),
        (0xbff8000000000000, "=+15", "-           1.5"),
        (0xc132d687e4189375, "=+15", "-   1234567.891"),
        (0x0000000000000000, "<15", "0.0            "),
        (0x3ee4f8b588e368f1, "<15", "1e-05          "),
        (0x3ff0000000000000, "<15", "1.0            "),
        (0xfff0000000000000, "<15", "-inf           "),
        (0x0000000000000001, "^15", "    5e-324     "),
        (0x3ee4f8b588e368f1, "^15", "     1e-05     "),
        (0x3fe0000000000000, "^15", "      0.5      "),
        (0x4023fd70a3d70a3d, "^15", "     9.995     "),
        (0x40f869ff33333333, "^15", "   99999.95    "),
        (0x7ff0000000000000, "^15", "      inf      "),
        (0x8000000000000000, "^15", "     -0.0      "),
        (0xfff0000000000000, "^15", "     -inf      "),
        (0x0000000000000001, "015", "0000000005e-324"),
        (0x3ee4f8b588e368f1, "015", "00000000001e-05"),
        (0x3f202e7ef70994dd, "015", "00000.000123456"),
        (0x3fa999999999999a, "015", "000000000000.05"),
        (0x3fe0000000000000, "015", "0000000000000.5"),
        (0x3ff4000000000000, "015", "000000000001.25"),
        (0x7e37e43c8800759c, "015", "0000000001e+300"),
        (0x8000000000000000, "015", "-000000000000.0"),
        (0xbff8000000000000, "015", "-000000000001.5"),
        (0x0000000000000001, "0=15", "0000000005e-324"),
        (0x3ee4f8b588e368f1, "0=15", "00000000001e-05"),
        (0x3fa999999999999a, "0=15", "000000000000.05"),
        (0x3fe0000000000000, "0=15", "0000000000000.5"),
        (0x4023fd70a3d70a3d, "0=15", "00000000009.995"),
        (0x40f869ff33333333, "0=15", "000000099999.95"),
        (0x430c6bf526340000, "0=15", "1000000000000000.0"),
        (0x43e56a95319d63e1, "0=15", "1.2345678901234567e+19"),
        (0x7ff8000000000000, "0=15", "000000000000nan"),
        (0x8000000000000000, "0=15", "-000000000000.0"),
        (0xbff8000000000000, "0=15", "-000000000001.5"),
        (0xfff0000000000000, "0=15", "-00000000000inf"),
        (0x0000000000000000, "*>15.3e", "******0.000e+00"),
        (0x0000000000000001, "*>15.3e", "*****4.941e-324"),
        (0x3fa999999999999a, "*>15.3e", "******5.000e-02"),
        (0x3fb999999999999a, "*>15.3e", "******1.000e-01"),
        (0x4004000000000000, "*>15.3e", "******2.500e+00"),
        (0x40f869ff33333333, "*>15.3e", "******1.000e+05"),
        (0x7e37e43c8800759c, "*>15.3e", "*****1.000e+300"),
        (0x8000000000000000, "*>15.3e", "*****-0.000e+00"),
        (0xfff0000000000000, "*>15.3e", "***********-inf"),
        (0x0000000000000001, "zf", "0.000000"),
        (0x3ee4f8b588e368f1, "zf", "0.000010"),
        (0x3fa999999999999a, "zf", "0.050000"),
        (0x4004000000000000, "zf", "2.500000"),
        (0x4023fd70a3d70a3d, "zf", "9.995000"),
        (0x40f869ff33333333, "zf", "99999.950000"),
        (0x430c6bf526340000, "zf", "1000000000000000.000000"),
        (0x7e37e43c8800759c, "zf", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"),
        (0x8000000000000000, "zf", "0.000000"),
        (0xbff8000000000000, "zf", "-1.500000"),
        (0xfff0000000000000, "zf", "-inf"),
        (0x3fa999999999999a, ".30f", "0.050000000000000002775557561563"),
        (0x3fe0000000000000, ".30f", "0.500000000000000000000000000000"),
        (0x4004000000000000, ".30f", "2.500000000000000000000000000000"),
        (0x7e37e43c8800759c, ".30f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000000000000000000000000000"),
        (0x8000000000000000, ".30f", "-0.000000000000000000000000000000"),
        (0x0000000000000000, ".20e", "0.00000000000000000000e+00"),
        (0x0000000000000001, ".20e", "4.94065645841246544177e-324"),
        (0x3f202e7ef70994dd, ".20e", "1.23456000000000005188e-04"),
        (0x3fb999999999999a, ".20e", "1.00000000000000005551e-01"),
        (0x3ff0000000000000, ".20e", "1.00000000000000000000e+00"),
        (0x4004000000000000, ".20e", "2.50000000000000000000e+00"),
        (0x4023fd70a3d70a3d, ".20e", "9.99499999999999921840e+00"),
        (0x40fe240c9fbe76c9, ".20e", "1.23456789000000004307e+05"),
        (0xbff8000000000000, ".20e", "-1.50000000000000000000e+00"),
        (0x3fa999999999999a, ".1%", "5.0%"),
        (0x3ff0000000000000, ".1%", "100.0%"),
        (0x40f869ff33333333, ".1%", "9999995.0%"),
        (0x4341c37937e08000, ".1%", "1000000000000000000.0%"),
        (0x7ff8000000000000, ".1%", "nan%"),
        (0x3ee4f8b588e368f1, ",g", "1e-05"),
        (0x3fa999999999999a, ",g", "0.05"),
        (0x3ff4000000000000, ",g", "1.25"),
        (0x4004000000000000, ",g", "2.5"),
        (0x40fe240c9fbe76c9, ",g", "123,457"),
        (0x430c6bf526340000, ",g", "1e+15"),
        (0x43e56a95319d63e1, ",g", "1.23457e+19"),
        (0x7ff0000000000000, ",g", "inf"),
        (0x7ff8000000000000, ",g", "nan"),
        (0x8000000000000000, ",g", "-0"),
        (0xbf3a36e2eb1c432d, ",g", "-0.0004"),
        (0x3ff4000000000000, "020,.3g", "0,000,000,000,001.25"),
        (0x40fe240c9fbe76c9, "020,.3g", "0,000,000,001.23e+05"),
        (0x43e56a95319d63e1, "020,.3g", "0,000,000,001.23e+19"),
        (0x7e37e43c8800759c, "020,.3g", "000,000,000,001e+300"),
        (0x7ff8000000000000, "020,.3g", "00000000000000000nan"),
        (0xfff0000000000000, "020,.3g", "-0000000000000000inf"),
        (0x3ee4f8b588e368f1, "+.3", "+1e-05"),
        (0x3fb999999999999a, "+.3", "+0.1"),
        (0x3ff0000000000000, "+.3", "+1.0"),
        (0x3ff4000000000000, "+.3", "+1.25"),
        (0x40fe240c9fbe76c9, "+.3", "+1.23e+05"),
        (0x4341c37937e08000, "+.3", "+1e+16"),
        (0x7e37e43c8800759c, "+.3", "+1e+300"),
        (0x7ff0000000000000, "+.3", "+inf"),
        (0xbff8000000000000, "+.3", "-1.5"),
        (0xc132d687e4189375, "+.3", "-1.23e+06"),
        (0x0000000000000001, " .2e", " 4.94e-324"),
        (0x3f202e7ef70994dd, " .2e", " 1.23e-04"),
        (0x4023fd70a3d70a3d, " .2e", " 9.99e+00"),
        (0x40fe240c9fbe76c9, " .2e", " 1.23e+05"),
        (0x4341c37937e08000, " .2e", " 1.00e+16"),
        (0x8000000000000000, " .2e", "-0.00e+00"),
        (0x0000000000000000, "_.1f", "0.0"),
        (0x0000000000000001, "_.1f", "0.0"),
        (0x3ee4f8b588e368f1, "_.1f", "0.0"),
        (0x3fb999999999999a, "_.1f", "0.1"),
        (0x3ff0000000000000, "_.1f", "1.0"),
        (0x40f869ff33333333, "_.1f", "99_999.9"),
        (0x430c6bf526340000, "_.1f", "1_000_000_000_000_000.0"),
        (0x7e37e43c8800759c, "_.1f", "1_000_000_000_000_000_052_504_760_255_204_420_248_704_468_581_108_159_154_915_854_115_511_802_457_988_908_195_786_371_375_080_447_864_043_704_443_832_883_878_176_942_523_235_360_430_575_644_792_184_786_706_982_848_387_200_926_575_803_737_830_233_794_788_090_059_368_953_234_970_799_945_081_119_038_967_640_880_074_652_742_780_142_494_579_258_788_820_056_842_838_115_669_472_196_386_865_459_400_540_160.0"),
        (0x7ff0000000000000, "_.1f", "inf"),
        (0x7ff8000000000000, "_.1f", "nan"),
        (0x8000000000000000, "_.1f", "-0.0"),
        (0xc132d687e4189375, "_.1f", "-1_234_567.9"),
        (0xfff0000000000000, "_.1f", "-inf"),
        (0x3ee4f8b588e368f1, "09_", "0_001e-05"),
        (0x3f202e7ef70994dd, "09_", "0.000123456"),
        (0x3fb999999999999a, "09_", "000_000.1"),
        (0x4004000000000000, "09_", "000_002.5"),
        (0xbf3a36e2eb1c432d, "09_", "-000.0004"),
        (0xbff8000000000000, "09_", "-00_001.5"),
        (0xc132d687e4189375, "09_", "-1_234_567.891"),
        (0x0000000000000000, "x^+12.1f", "xxxx+0.0xxxx"),
        (0x3f202e7ef70994dd, "x^+12.1f", "xxxx+0.0xxxx"),
        (0x3fa999999999999a, "x^+12.1f", "xxxx+0.1xxxx"),
        (0x40f869ff33333333, "x^+12.1f", "xx+99999.9xx"),
        (0x4341c37937e08000, "x^+12.1f", "+10000000000000000.0"),
        (0x7ff0000000000000, "x^+12.1f", "xxxx+infxxxx"),
        (0x7ff8000000000000, "x^+12.1f", "xxxx+nanxxxx"),
        (0x8000000000000000, "x^+12.1f", "xxxx-0.0xxxx"),
        (0xc132d687e4189375, "x^+12.1f", "x-1234567.9x"),
        (0x3fa999999999999a, "#G", "0.0500000"),
        (0x4004000000000000, "#G", "2.50000"),
        (0x4023fd70a3d70a3d, "#G", "9.99500"),
        (0x7ff0000000000000, "#G", "INF"),
        (0x7ff8000000000000, "#G", "NAN"),
        (0xbff8000000000000, "#G", "-1.50000"),
        (0xfff0000000000000, "#G", "-INF"),
        (0x0000000000000000, ".25G", "0"),
        (0x3fa999999999999a, ".25G", "0.05000000000000000277555756"),
        (0x3fb999999999999a, ".25G", "0.1000000000000000055511151"),
        (0x3fe0000000000000, ".25G", "0.5"),
        (0x4023fd70a3d70a3d, ".25G", "9.994999999999999218402991"),
        (0x4341c37937e08000, ".25G", "10000000000000000"),
        (0x43e56a95319d63e1, ".25G", "12345678901234567168"),
        (0x7ff0000000000000, ".25G", "INF"),
        (0x8000000000000000, ".25G", "-0"),
        (0xfff0000000000000, ".25G", "-INF"),
        (0x0000000000000001, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x40fe240c9fbe76c9, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x7ff0000000000000, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0xbf3a36e2eb1c432d, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0xbff8000000000000, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0xfff0000000000000, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3fb999999999999a, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x4023fd70a3d70a3d, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x7e37e43c8800759c, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0xc132d687e4189375, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3ee4f8b588e368f1, ".2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3fa999999999999a, ".2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3fe0000000000000, ".2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4004000000000000, ".2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4023fd70a3d70a3d, ".2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x43e56a95319d63e1, ".2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x7e37e43c8800759c, ".2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0xbff8000000000000, ".2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x0000000000000000, "#.0%", "0.%"),
        (0x3f202e7ef70994dd, "#.0%", "0.%"),
        (0x3fb999999999999a, "#.0%", "10.%"),
        (0x3fe0000000000000, "#.0%", "50.%"),
        (0x3ff4000000000000, "#.0%", "125.%"),
        (0x40fe240c9fbe76c9, "#.0%", "12345679.%"),
        (0x7ff0000000000000, "#.0%", "inf%"),
        (0x7ff8000000000000, "#.0%", "nan%"),
        (0xfff0000000000000, "#.0%", "-inf%"),
        (0x0000000000000000, "012.3%", "0000000.000%"),
        (0x3f202e7ef70994dd, "012.3%", "0000000.012%"),
        (0x3ff0000000000000, "012.3%", "0000100.000%"),
        (0x3ff4000000000000, "012.3%", "0000125.000%"),
        (0x430c6bf526340000, "012.3%", "100000000000000000.000%"),
        (0x7ff0000000000000, "012.3%", "00000000inf%"),
        (0xbf3a36e2eb1c432d, "012.3%", "-000000.040%"),
        (0xc132d687e4189375, "012.3%", "-123456789.100%"),
        (0x0000000000000001, "0<10", "5e-3240000"),
        (0x3f202e7ef70994dd, "0<10", "0.000123456"),
        (0x3fa999999999999a, "0<10", "0.05000000"),
        (0x3ff0000000000000, "0<10", "1.00000000"),
        (0x40f869ff33333333, "0<10", "99999.9500"),
        (0x7ff8000000000000, "0<10", "nan0000000"),
        (0xfff0000000000000, "0<10", "-inf000000"),
        (0x0000000000000000, "10n", "         0"),
        (0x3f202e7ef70994dd, "10n", "0.000123456"),
        (0x3fe0000000000000, "10n", "       0.5"),
        (0x40f869ff33333333, "10n", "   99999.9"),
        (0x40fe240c9fbe76c9, "10n", "    123457"),
        (0x430c6bf526340000, "10n", "     1e+15"),
        (0x4341c37937e08000, "10n", "     1e+16"),
        (0x7ff0000000000000, "10n", "       inf"),
        (0x8000000000000000, "10n", "        -0"),
        (0xbf3a36e2eb1c432d, "10n", "   -0.0004"),
        (0xbff8000000000000, "10n", "      -1.5"),
        (0xc132d687e4189375, "10n", "-1.23457e+06"),
        (0xfff0000000000000, "10n", "      -inf"),
        (0x0000000000000000, "z+.1e", "!ValueError: Invalid format specifier 'z+.1e' for object of type 'float'"),
        (0x3f202e7ef70994dd, "z+.1e", "!ValueError: Invalid format specifier 'z+.1e' for object of type 'float'"),
        (0x3fb999999999999a, "z+.1e", "!ValueError: Invalid format specifier 'z+.1e' for object of type 'float'"),
        (0x40f869ff33333333, "z+.1e", "!ValueError: Invalid format specifier 'z+.1e' for object of type 'float'"),
        (0x40fe240c9fbe76c9, "z+.1e", "!ValueError: Invalid format specifier 'z+.1e' for object of type 'float'"),
        (0x43e56a95319d63e1, "z+.1e", "!ValueError: Invalid format specifier 'z+.1e' for object of type 'float'"),
        (0x8000000000000000, "z+.1e", "!ValueError: Invalid format specifier 'z+.1e' for object of type 'float'"),
        (0xbf3a36e2eb1c432d, "z+.1e", "!ValueError: Invalid format specifier 'z+.1e' for object of type 'float'"),
        (0xc132d687e4189375, "z+.1e", "!ValueError: Invalid format specifier 'z+.1e' for object of type 'float'"),
        (0x0000000000000000, ".3000000000", "!ValueError: precision too big"),
        (0x3f202e7ef70994dd, ".3000000000", "!ValueError: precision too big"),
        (0x3fa999999999999a, ".3000000000", "!ValueError: precision too big"),
        (0x3ff0000000000000, ".3000000000", "!ValueError: precision too big"),
        (0x4004000000000000, ".3000000000", "!ValueError: precision too big"),
        (0x4023fd70a3d70a3d, ".3000000000", "!ValueError: precision too big"),
        (0x430c6bf526340000, ".3000000000", "!ValueError: precision too big"),
        (0x43e56a95319d63e1, ".3000000000", "!ValueError: precision too big"),
        (0x7e37e43c8800759c, ".3000000000", "!ValueError: precision too big"),
        (0xbff8000000000000, ".3000000000", "!ValueError: precision too big"),
        (0xc132d687e4189375, ".3000000000", "!ValueError: precision too big"),
        (0x0000000000000000, "+015_.4f", "+0_000_000.0000"),
        (0x3ee4f8b588e368f1, "+015_.4f", "+0_000_000.0000"),
        (0x3fb999999999999a, "+015_.4f", "+0_000_000.1000"),
        (0x4023fd70a3d70a3d, "+015_.4f", "+0_000_009.9950"),
        (0x40fe240c9fbe76c9, "+015_.4f", "+0_123_456.7890"),
        (0x4341c37937e08000, "+015_.4f", "+10_000_000_000_000_000.0000"),
        (0xbf3a36e2eb1c432d, "+015_.4f", "-0_000_000.0004"),
        (0xbff8000000000000, "+015_.4f", "-0_000_001.5000"),
        (0xfff0000000000000, "+015_.4f", "-00000000000inf"),
        (0x3ee4f8b588e368f1, "-#010.0f", "000000000."),
        (0x3fa999999999999a, "-#010.0f", "000000000."),
        (0x4004000000000000, "-#010.0f", "000000002."),
        (0x8000000000000000, "-#010.0f", "-00000000."),
        (0x0000000000000000, ".40g", "0"),
        (0x3fa999999999999a, ".40g", "0.05000000000000000277555756156289135105908"),
        (0x3fe0000000000000, ".40g", "0.5"),
        (0x43e56a95319d63e1, ".40g", "12345678901234567168"),
        (0x7ff0000000000000, ".40g", "inf"),
        (0x7ff8000000000000, ".40g", "nan"),
        (0xbf3a36e2eb1c432d, ".40g", "-0.0004000000000000000191686944095437183932518"),
        (0xbff8000000000000, ".40g", "-1.5"),
        (0xc132d687e4189375, ".40g", "-1234567.89100000006146728992462158203125"),
    ];
    // END GENERATED FLOAT_CASES

    // (bits of real, bits of imag, spec, format(complex(re, im), spec))
    // BEGIN GENERATED COMPLEX_CASES
    const COMPLEX_CASES: &[(u64, u64, &str, &str)] = &[
        (0x8000000000000000, 0x0000000000000000, "F", "-0.000000+0.000000j"),
        (0x8000000000000000, 0x0000000000000000, "=20", "!ValueError: '=' alignment flag is not allowed in complex format specifier"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, ">20", "      (1e+16+1e-05j)"),
        (0xfff0000000000000, 0x7ff8000000000000, "020", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x0000000000000000, 0x0000000000000000, ",.1e", "0.0e+00+0.0e+00j"),
        (0x0000000000000000, 0x0000000000000000, "#", "0.j"),
        (0x3ff0000000000000, 0x4000000000000000, "n", "1+2j"),
        (0x3ff8000000000000, 0xc002000000000000, ".1", "(2-2j)"),
        (0xc132d68780000000, 0x3fb999999999999a, "^20", " (-1234567.5+0.1j)  "),
        (0x3ff0000000000000, 0x4000000000000000, "z", "(1+2j)"),
        (0x0000000000000000, 0x0000000000000000, "F", "0.000000+0.000000j"),
        (0x3ff8000000000000, 0xc002000000000000, " ", "( 1.5-2.25j)"),
        (0x0000000000000000, 0x4000000000000000, "*^24.2f", "*******0.00+2.00j*******"),
        (0x8000000000000000, 0xbff0000000000000, "g", "-0-1j"),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, "n", "-1e-05+12345.7j"),
        (0x7ff8000000000000, 0x7ff0000000000000, " ", "( nan+infj)"),
        (0x3ff8000000000000, 0xc002000000000000, "+.1", "(+2-2j)"),
        (0xfff0000000000000, 0x7ff8000000000000, "#", "(-inf+nanj)"),
        (0x8000000000000000, 0x0000000000000000, ",.1e", "-0.0e+00+0.0e+00j"),
        (0x8000000000000000, 0xbff0000000000000, ".3000000000", "!ValueError: precision too big"),
        (0x3ff8000000000000, 0xc002000000000000, "=20", "!ValueError: '=' alignment flag is not allowed in complex format specifier"),
        (0x7ff8000000000000, 0x7ff0000000000000, ".3000000000", "!ValueError: precision too big"),
        (0x3ff0000000000000, 0x4000000000000000, "0<20", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x8000000000000000, 0x0000000000000000, ".3000000000", "!ValueError: precision too big"),
        (0x0000000000000000, 0x0000000000000000, "g", "0+0j"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "+.3e", "+1.000e+300-1.000e-300j"),
        (0xc132d68780000000, 0x3fb999999999999a, " ", "(-1234567.5+0.1j)"),
        (0x8000000000000000, 0x0000000000000000, "*^24.2f", "******-0.00+0.00j*******"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, "+.1", "(+1e+16+1e-05j)"),
        (0x0000000000000000, 0x4000000000000000, " ", " 2j"),
        (0x3ff0000000000000, 0x4000000000000000, "+.1", "(+1+2j)"),
        (0x0000000000000000, 0x4000000000000000, " ", " 2j"),
        (0x0000000000000000, 0x8000000000000000, "05", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x4008000000000000, 0x0000000000000000, "z", "(3+0j)"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, "n", "1e+16+1e-05j"),
        (0x7ff8000000000000, 0x7ff0000000000000, "20", "          (nan+infj)"),
        (0xfff0000000000000, 0x7ff8000000000000, ",", "(-inf+nanj)"),
        (0x3ff8000000000000, 0xc002000000000000, "G", "1.5-2.25j"),
        (0x3ff0000000000000, 0x4000000000000000, "G", "1+2j"),
        (0x8000000000000000, 0xbff0000000000000, "%", "!ValueError: Unknown format code '%' for object of type 'complex'"),
        (0x3ff8000000000000, 0xc002000000000000, "_g", "1.5-2.25j"),
        (0x3ff0000000000000, 0x4000000000000000, " ", "( 1+2j)"),
        (0x4008000000000000, 0x0000000000000000, "=20", "!ValueError: '=' alignment flag is not allowed in complex format specifier"),
        (0x4008000000000000, 0x0000000000000000, "e", "3.000000e+00+0.000000e+00j"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, "05", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0xc132d68780000000, 0x3fb999999999999a, "*^24.2f", "***-1234567.50+0.10j****"),
        (0x3ff0000000000000, 0x4000000000000000, "", "(1+2j)"),
        (0x4008000000000000, 0x0000000000000000, "+.3e", "+3.000e+00+0.000e+00j"),
        (0x8000000000000000, 0xbff0000000000000, ">20", "             (-0-1j)"),
        (0x0000000000000000, 0x0000000000000000, "*^24.2f", "*******0.00+0.00j*******"),
        (0xc132d68780000000, 0x3fb999999999999a, "F", "-1234567.500000+0.100000j"),
        (0xfff0000000000000, 0x7ff8000000000000, "+.1", "(-inf+nanj)"),
        (0x3ff8000000000000, 0xc002000000000000, "", "(1.5-2.25j)"),
        (0x0000000000000000, 0x8000000000000000, "f", "0.000000-0.000000j"),
        (0x0000000000000000, 0x8000000000000000, ".2f", "0.00-0.00j"),
        (0xc132d68780000000, 0x3fb999999999999a, "020", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x8000000000000000, 0xbff0000000000000, "^20", "      (-0-1j)       "),
        (0x8000000000000000, 0x0000000000000000, "<20", "(-0+0j)             "),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, ".1", "(-1e-05+1e+04j)"),
        (0x3ff8000000000000, 0xc002000000000000, "E", "1.500000E+00-2.250000E+00j"),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, "G", "-1E-05+12345.7j"),
        (0xfff0000000000000, 0x7ff8000000000000, "<20", "(-inf+nanj)         "),
        (0x3ff8000000000000, 0xc002000000000000, ".3000000000", "!ValueError: precision too big"),
        (0xc132d68780000000, 0x3fb999999999999a, "z", "(-1234567.5+0.1j)"),
        (0x4008000000000000, 0x0000000000000000, "g", "3+0j"),
        (0x8000000000000000, 0x0000000000000000, "+.3e", "-0.000e+00+0.000e+00j"),
        (0x3ff0000000000000, 0x4000000000000000, ".3", "(1+2j)"),
        (0x3ff8000000000000, 0xc002000000000000, ",", "(1.5-2.25j)"),
        (0x7ff8000000000000, 0x7ff0000000000000, "x", "!ValueError: Unknown format code 'x' for object of type 'complex'"),
        (0x3ff0000000000000, 0x4000000000000000, "+", "(+1+2j)"),
        (0xfff0000000000000, 0x7ff8000000000000, "05", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, "g", "1e+16+1e-05j"),
        (0x7ff8000000000000, 0x7ff0000000000000, ".2f", "nan+infj"),
        (0x0000000000000000, 0x0000000000000000, " ", " 0j"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, ".3", "(1e+300-1e-300j)"),
        (0x8000000000000000, 0xbff0000000000000, "x", "!ValueError: Unknown format code 'x' for object of type 'complex'"),
        (0x7ff8000000000000, 0x7ff0000000000000, ">20", "          (nan+infj)"),
        (0x0000000000000000, 0x8000000000000000, ",.1e", "0.0e+00-0.0e+00j"),
        (0x8000000000000000, 0x0000000000000000, "^20", "      (-0+0j)       "),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, ".0", "(-1e-05+1e+04j)"),
        (0x0000000000000000, 0x8000000000000000, " ", "-0j"),
        (0x8000000000000000, 0x0000000000000000, "n", "-0+0j"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, "-", "(1e+16+1e-05j)"),
        (0x0000000000000000, 0x0000000000000000, "E", "0.000000E+00+0.000000E+00j"),
        (0x0000000000000000, 0x4000000000000000, "020", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, "#.0f", "10000000000000000.+0.j"),
        (0x0000000000000000, 0x0000000000000000, "+.3e", "+0.000e+00+0.000e+00j"),
        (0x8000000000000000, 0xbff0000000000000, "_g", "-0-1j"),
        (0x7ff8000000000000, 0x7ff0000000000000, "+.3e", "+nan+infj"),
        (0x3ff0000000000000, 0x4000000000000000, ",", "(1+2j)"),
        (0x0000000000000000, 0x0000000000000000, "0<20", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x0000000000000000, 0x0000000000000000, ".3", "0j"),
        (0x4008000000000000, 0x0000000000000000, " ", "( 3+0j)"),
        (0x8000000000000000, 0xbff0000000000000, ",", "(-0-1j)"),
        (0x8000000000000000, 0xbff0000000000000, "<20", "(-0-1j)             "),
        (0x4008000000000000, 0x0000000000000000, "_g", "3+0j"),
        (0x3ff8000000000000, 0xc002000000000000, "x", "!ValueError: Unknown format code 'x' for object of type 'complex'"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, "^20", "   (1e+16+1e-05j)   "),
        (0x3ff0000000000000, 0x4000000000000000, "#", "(1.+2.j)"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "#", "(1.e+300-1.e-300j)"),
        (0x8000000000000000, 0x0000000000000000, "g", "-0+0j"),
        (0x8000000000000000, 0x0000000000000000, ">20", "             (-0+0j)"),
        (0xfff0000000000000, 0x7ff8000000000000, "z.1f", "-inf+nanj"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, ">20", "    (1e+300-1e-300j)"),
        (0x0000000000000000, 0x8000000000000000, "%", "!ValueError: Unknown format code '%' for object of type 'complex'"),
        (0x0000000000000000, 0x4000000000000000, "_g", "0+2j"),
        (0x0000000000000000, 0x8000000000000000, "x", "!ValueError: Unknown format code 'x' for object of type 'complex'"),
        (0x7ff8000000000000, 0x7ff0000000000000, "", "(nan+infj)"),
        (0xc132d68780000000, 0x3fb999999999999a, "#", "(-1234567.5+0.1j)"),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, "#g", "-1.00000e-05+12345.7j"),
        (0x3ff8000000000000, 0xc002000000000000, ".0", "(2-2j)"),
        (0xc132d68780000000, 0x3fb999999999999a, "#g", "-1.23457e+06+0.100000j"),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, "#", "(-1.e-05+12345.678j)"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, ".1", "(1e+300-1e-300j)"),
        (0x7ff8000000000000, 0x7ff0000000000000, "=20", "!ValueError: '=' alignment flag is not allowed in complex format specifier"),
        (0x0000000000000000, 0x4000000000000000, "+.3e", "+0.000e+00+2.000e+00j"),
        (0x3ff8000000000000, 0xc002000000000000, "0<20", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x0000000000000000, 0x4000000000000000, "z.1f", "0.0+2.0j"),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, "20", " (-1e-05+12345.678j)"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "g", "1e+300-1e-300j"),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, "0<20", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x8000000000000000, 0x0000000000000000, " ", "(-0+0j)"),
        (0x0000000000000000, 0x4000000000000000, ".1", "2j"),
        (0x8000000000000000, 0x0000000000000000, "#g", "-0.00000+0.00000j"),
        (0x4008000000000000, 0x0000000000000000, "05", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x7ff8000000000000, 0x7ff0000000000000, "%", "!ValueError: Unknown format code '%' for object of type 'complex'"),
        (0x0000000000000000, 0x4000000000000000, "", "2j"),
        (0x7ff8000000000000, 0x7ff0000000000000, "#.0f", "nan+infj"),
        (0x7ff8000000000000, 0x7ff0000000000000, "05", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x3ff0000000000000, 0x4000000000000000, ",.1e", "1.0e+00+2.0e+00j"),
        (0x0000000000000000, 0x8000000000000000, "20", "                 -0j"),
        (0x3ff8000000000000, 0xc002000000000000, ".3", "(1.5-2.25j)"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "20", "    (1e+300-1e-300j)"),
        (0x8000000000000000, 0x0000000000000000, "x", "!ValueError: Unknown format code 'x' for object of type 'complex'"),
        (0x3ff0000000000000, 0x4000000000000000, "e", "1.000000e+00+2.000000e+00j"),
        (0x3ff0000000000000, 0x4000000000000000, "g", "1+2j"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "e", "1.000000e+300-1.000000e-300j"),
        (0x7ff8000000000000, 0x7ff0000000000000, "f", "nan+infj"),
        (0x4008000000000000, 0x0000000000000000, " ", "( 3+0j)"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "F", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000-0.000000j"),
        (0x0000000000000000, 0x8000000000000000, ">20", "                 -0j"),
        (0x8000000000000000, 0xbff0000000000000, "#g", "-0.00000-1.00000j"),
        (0x3ff0000000000000, 0x4000000000000000, " ", "( 1+2j)"),
        (0x0000000000000000, 0x4000000000000000, "-", "2j"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "%", "!ValueError: Unknown format code '%' for object of type 'complex'"),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, "z", "(-1e-05+12345.678j)"),
        (0xfff0000000000000, 0x7ff8000000000000, "g", "-inf+nanj"),
        (0x8000000000000000, 0xbff0000000000000, "+.3e", "-0.000e+00-1.000e+00j"),
        (0x8000000000000000, 0xbff0000000000000, "E", "-0.000000E+00-1.000000E+00j"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "", "(1e+300-1e-300j)"),
        (0x4008000000000000, 0x0000000000000000, "-", "(3+0j)"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, "+", "(+1e+16+1e-05j)"),
        (0x4008000000000000, 0x0000000000000000, "20", "              (3+0j)"),
        (0x3ff0000000000000, 0x4000000000000000, "<20", "(1+2j)              "),
        (0x3ff0000000000000, 0x4000000000000000, "#g", "1.00000+2.00000j"),
        (0xc132d68780000000, 0x3fb999999999999a, ".3", "(-1.23e+06+0.1j)"),
        (0x0000000000000000, 0x8000000000000000, ",", "-0j"),
        (0xc132d68780000000, 0x3fb999999999999a, ".2f", "-1234567.50+0.10j"),
        (0xfff0000000000000, 0x7ff8000000000000, "n", "-inf+nanj"),
        (0x3ff0000000000000, 0x4000000000000000, ".2f", "1.00+2.00j"),
        (0x4008000000000000, 0x0000000000000000, "0<20", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x8000000000000000, 0xbff0000000000000, "*^24.2f", "******-0.00-1.00j*******"),
        (0xfff0000000000000, 0x7ff8000000000000, ">20", "         (-inf+nanj)"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "G", "1E+300-1E-300j"),
        (0x3ff0000000000000, 0x4000000000000000, ".0", "(1+2j)"),
        (0x0000000000000000, 0x4000000000000000, "+.1", "+2j"),
        (0x0000000000000000, 0x4000000000000000, ",", "2j"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "05", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x3ff8000000000000, 0xc002000000000000, "z", "(1.5-2.25j)"),
        (0xfff0000000000000, 0x7ff8000000000000, "20", "         (-inf+nanj)"),
        (0x0000000000000000, 0x0000000000000000, "-", "0j"),
        (0x8000000000000000, 0x0000000000000000, "E", "-0.000000E+00+0.000000E+00j"),
        (0x4008000000000000, 0x0000000000000000, "x", "!ValueError: Unknown format code 'x' for object of type 'complex'"),
        (0x0000000000000000, 0x8000000000000000, "-", "-0j"),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, "", "(-1e-05+12345.678j)"),
        (0x7ff8000000000000, 0x7ff0000000000000, "e", "nan+infj"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, ",.1e", "1.0e+300-1.0e-300j"),
        (0x3ff0000000000000, 0x4000000000000000, "f", "1.000000+2.000000j"),
        (0x0000000000000000, 0x8000000000000000, "_g", "0-0j"),
        (0x3ff0000000000000, 0x4000000000000000, "E", "1.000000E+00+2.000000E+00j"),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, ",.1e", "-1.0e-05+1.2e+04j"),
        (0xc132d68780000000, 0x3fb999999999999a, "05", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x4008000000000000, 0x0000000000000000, ".0", "(3+0j)"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "*^24.2f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00-0.00j"),
        (0x7ff8000000000000, 0x7ff0000000000000, ".0", "(nan+infj)"),
        (0x0000000000000000, 0x4000000000000000, "e", "0.000000e+00+2.000000e+00j"),
        (0x0000000000000000, 0x8000000000000000, "+", "-0j"),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, "<20", "(-1e-05+12345.678j) "),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000-0.000000j"),
        (0x0000000000000000, 0x4000000000000000, "%", "!ValueError: Unknown format code '%' for object of type 'complex'"),
        (0x0000000000000000, 0x0000000000000000, " ", " 0j"),
        (0x7ff8000000000000, 0x7ff0000000000000, " ", "( nan+infj)"),
        (0x8000000000000000, 0xbff0000000000000, "G", "-0-1j"),
        (0xc132d68780000000, 0x3fb999999999999a, "E", "-1.234568E+06+1.000000E-01j"),
        (0xc132d68780000000, 0x3fb999999999999a, "%", "!ValueError: Unknown format code '%' for object of type 'complex'"),
        (0x4008000000000000, 0x0000000000000000, "#.0f", "3.+0.j"),
        (0x3ff8000000000000, 0xc002000000000000, ".2f", "1.50-2.25j"),
        (0x0000000000000000, 0x8000000000000000, "#", "-0.j"),
        (0x0000000000000000, 0x8000000000000000, " ", "-0j"),
        (0x3ff8000000000000, 0xc002000000000000, "e", "1.500000e+00-2.250000e+00j"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "020", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x3ff0000000000000, 0x4000000000000000, ">20", "              (1+2j)"),
        (0xfff0000000000000, 0x7ff8000000000000, "*^24.2f", "*******-inf+nanj********"),
        (0x3ff8000000000000, 0xc002000000000000, "020", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x3ff8000000000000, 0xc002000000000000, ",.2f", "1.50-2.25j"),
        (0x8000000000000000, 0x0000000000000000, ".1", "(-0+0j)"),
        (0x4008000000000000, 0x0000000000000000, ",.1e", "3.0e+00+0.0e+00j"),
        (0x7ff8000000000000, 0x7ff0000000000000, ",", "(nan+infj)"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, "*^24.2f", "10000000000000000.00+0.00j"),
        (0x3ff0000000000000, 0x4000000000000000, "^20", "       (1+2j)       "),
        (0x0000000000000000, 0x4000000000000000, "05", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x8000000000000000, 0x0000000000000000, "05", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0xc132d68780000000, 0x3fb999999999999a, ".1", "(-1e+06+0.1j)"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "+.1", "(+1e+300-1e-300j)"),
        (0x0000000000000000, 0x4000000000000000, ",.2f", "0.00+2.00j"),
        (0x8000000000000000, 0xbff0000000000000, "+.1", "(-0-1j)"),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, "=20", "!ValueError: '=' alignment flag is not allowed in complex format specifier"),
        (0xc132d68780000000, 0x3fb999999999999a, "+.1", "(-1e+06+0.1j)"),
        (0x4008000000000000, 0x0000000000000000, ">20", "              (3+0j)"),
        (0x3ff0000000000000, 0x4000000000000000, "05", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x0000000000000000, 0x8000000000000000, "z", "0j"),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, "_g", "-1e-05+12_345.7j"),
        (0x0000000000000000, 0x8000000000000000, "g", "0-0j"),
        (0x3ff8000000000000, 0xc002000000000000, "<20", "(1.5-2.25j)         "),
        (0x0000000000000000, 0x0000000000000000, "z.1f", "0.0+0.0j"),
        (0x0000000000000000, 0x0000000000000000, ".0", "0j"),
        (0x7ff8000000000000, 0x7ff0000000000000, "0<20", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0xc132d68780000000, 0x3fb999999999999a, "#.0f", "-1234568.+0.j"),
        (0x0000000000000000, 0x8000000000000000, "0<20", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x0000000000000000, 0x8000000000000000, "=20", "!ValueError: '=' alignment flag is not allowed in complex format specifier"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, ",", "(1e+16+1e-05j)"),
        (0x8000000000000000, 0x0000000000000000, "+.1", "(-0+0j)"),
        (0x4008000000000000, 0x0000000000000000, "F", "3.000000+0.000000j"),
        (0xc132d68780000000, 0x3fb999999999999a, "<20", "(-1234567.5+0.1j)   "),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, ",.1e", "1.0e+16+1.0e-05j"),
        (0x8000000000000000, 0xbff0000000000000, "#", "(-0.-1.j)"),
        (0x0000000000000000, 0x0000000000000000, "x", "!ValueError: Unknown format code 'x' for object of type 'complex'"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, ".0", "(1e+16+1e-05j)"),
        (0x0000000000000000, 0x4000000000000000, "E", "0.000000E+00+2.000000E+00j"),
        (0x8000000000000000, 0xbff0000000000000, "+", "(-0-1j)"),
        (0x3ff0000000000000, 0x4000000000000000, "%", "!ValueError: Unknown format code '%' for object of type 'complex'"),
        (0xfff0000000000000, 0x7ff8000000000000, ".2f", "-inf+nanj"),
        (0xfff0000000000000, 0x7ff8000000000000, "G", "-INF+NANj"),
        (0x0000000000000000, 0x8000000000000000, ".1", "-0j"),
        (0x7ff8000000000000, 0x7ff0000000000000, "^20", "     (nan+infj)     "),
        (0xc132d68780000000, 0x3fb999999999999a, ">20", "   (-1234567.5+0.1j)"),
        (0x0000000000000000, 0x4000000000000000, ",.1e", "0.0e+00+2.0e+00j"),
        (0x0000000000000000, 0x8000000000000000, "020", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x0000000000000000, 0x0000000000000000, "#.0f", "0.+0.j"),
        (0x7ff8000000000000, 0x7ff0000000000000, "E", "NAN+INFj"),
        (0x0000000000000000, 0x0000000000000000, "G", "0+0j"),
        (0x7ff8000000000000, 0x7ff0000000000000, ".1", "(nan+infj)"),
        (0x3ff0000000000000, 0x4000000000000000, "+.3e", "+1.000e+00+2.000e+00j"),
        (0x0000000000000000, 0x8000000000000000, "*^24.2f", "*******0.00-0.00j*******"),
        (0xfff0000000000000, 0x7ff8000000000000, "", "(-inf+nanj)"),
        (0x0000000000000000, 0x4000000000000000, "#.0f", "0.+2.j"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "^20", "  (1e+300-1e-300j)  "),
        (0x0000000000000000, 0x0000000000000000, "#g", "0.00000+0.00000j"),
        (0x3ff0000000000000, 0x4000000000000000, ".1", "(1+2j)"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "E", "1.000000E+300-1.000000E-300j"),
        (0xbee4f8b588e368f1, 0x40c81cd6c8b43958, ",", "(-1e-05+12,345.678j)"),
        (0x3ff8000000000000, 0xc002000000000000, " ", "( 1.5-2.25j)"),
        (0x7ff8000000000000, 0x7ff0000000000000, "G", "NAN+INFj"),
        (0x4008000000000000, 0x0000000000000000, "^20", "       (3+0j)       "),
        (0x0000000000000000, 0x0000000000000000, ".1", "0j"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, "f", "10000000000000000.000000+0.000010j"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, "#g", "1.00000e+300-1.00000e-300j"),
        (0x8000000000000000, 0xbff0000000000000, "e", "-0.000000e+00-1.000000e+00j"),
        (0x4008000000000000, 0x0000000000000000, "+", "(+3+0j)"),
        (0x0000000000000000, 0x4000000000000000, "f", "0.000000+2.000000j"),
        (0x3ff0000000000000, 0x4000000000000000, "-", "(1+2j)"),
        (0x7ff8000000000000, 0x7ff0000000000000, "F", "NAN+INFj"),
        (0x0000000000000000, 0x4000000000000000, "z", "2j"),
        (0x0000000000000000, 0x4000000000000000, "x", "!ValueError: Unknown format code 'x' for object of type 'complex'"),
        (0x8000000000000000, 0x0000000000000000, "_g", "-0+0j"),
        (0x0000000000000000, 0x4000000000000000, ".2f", "0.00+2.00j"),
        (0xfff0000000000000, 0x7ff8000000000000, "f", "-inf+nanj"),
        (0x8000000000000000, 0xbff0000000000000, "-", "(-0-1j)"),
        (0x0000000000000000, 0x4000000000000000, ".3000000000", "!ValueError: precision too big"),
        (0x4008000000000000, 0x0000000000000000, "G", "3+0j"),
        (0x0000000000000000, 0x8000000000000000, ".3", "-0j"),
        (0x0000000000000000, 0x4000000000000000, "F", "0.000000+2.000000j"),
        (0x8000000000000000, 0xbff0000000000000, "20", "             (-0-1j)"),
        (0xc132d68780000000, 0x3fb999999999999a, "x", "!ValueError: Unknown format code 'x' for object of type 'complex'"),
        (0x7e37e43c8800759c, 0x81a56e1fc2f8f359, ",.2f", "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00-0.00j"),
        (0xfff0000000000000, 0x7ff8000000000000, "x", "!ValueError: Unknown format code 'x' for object of type 'complex'"),
        (0x4008000000000000, 0x0000000000000000, "n", "3+0j"),
        (0x8000000000000000, 0xbff0000000000000, ".3", "(-0-1j)"),
        (0xfff0000000000000, 0x7ff8000000000000, "+.3e", "-inf+nanj"),
        (0x3ff0000000000000, 0x4000000000000000, "*^24.2f", "*******1.00+2.00j*******"),
        (0x4008000000000000, 0x0000000000000000, ".1", "(3+0j)"),
        (0xc132d68780000000, 0x3fb999999999999a, "-", "(-1234567.5+0.1j)"),
        (0x0000000000000000, 0x0000000000000000, "n", "0+0j"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, ".3000000000", "!ValueError: precision too big"),
        (0xfff0000000000000, 0x7ff8000000000000, ",.2f", "-inf+nanj"),
        (0x4008000000000000, 0x0000000000000000, "020", "!ValueError: Zero padding is not allowed in complex format specifier"),
        (0x8000000000000000, 0x0000000000000000, "#.0f", "-0.+0.j"),
        (0x8000000000000000, 0x0000000000000000, "+", "(-0+0j)"),
        (0x3ff0000000000000, 0x4000000000000000, "#.0f", "1.+2.j"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, "=20", "!ValueError: '=' alignment flag is not allowed in complex format specifier"),
    ];
    // END GENERATED COMPLEX_CASES

    // (bits of real, bits of imag, repr(complex(re, im)))
    // BEGIN GENERATED COMPLEX_REPR_CASES
    const COMPLEX_REPR_CASES: &[(u64, u64, &str)] = &[
        (0x3ff0000000000000, 0x4000000000000000, "(1+2j)"),
        (0x0000000000000000, 0x4000000000000000, "2j"),
        (0x8000000000000000, 0xbff0000000000000, "(-0-1j)"),
        (0x0000000000000000, 0x8000000000000000, "-0j"),
        (0x8000000000000000, 0x0000000000000000, "(-0+0j)"),
        (0x8000000000000000, 0x8000000000000000, "(-0-0j)"),
        (0x7ff8000000000000, 0x7ff0000000000000, "(nan+infj)"),
        (0x7ff8000000000000, 0x7ff8000000000000, "(nan+nanj)"),
        (0xfff0000000000000, 0x8000000000000000, "(-inf-0j)"),
        (0x4341c37937e08000, 0x3ee4f8b588e368f1, "(1e+16+1e-05j)"),
        (0x3ff8000000000000, 0xc002000000000000, "(1.5-2.25j)"),
        (0x0000000000000000, 0x7e37e43c8800759c, "1e+300j"),
        (0x4000000000000000, 0x0000000000000000, "(2+0j)"),
        (0x3e7ad7f29abcaf48, 0xc008000000000000, "(1e-07-3j)"),
        (0x3fb999999999999a, 0x3fc999999999999a, "(0.1+0.2j)"),
        (0xc480f0cf064dd592, 0x0000000000000001, "(-1e+22+5e-324j)"),
        (
            0xbd6a1723ce8faea7,
            0xbeabba4cf7d634a4,
            "(-7.415334869059404e-13-8.263509553727401e-07j)",
        ),
        (
            0x8d22ac32d5c5f60d,
            0x429bb3b4c63d3dff,
            "(-2.136483362867928e-245+7614661496655.499j)",
        ),
        (
            0x299ab0227c07b548,
            0x407137e353f7ced9,
            "(2.8409135933228304e-108+275.493j)",
        ),
        (0xc08ede147ae147ae, 0xc01bfae147ae147b, "(-987.76-6.995j)"),
        (
            0x40239119becd985f,
            0xc32d86217149d33f,
            "(9.783399546238966-4155126258657695.5j)",
        ),
        (
            0xd67d2205e30c559f,
            0x405d800000000000,
            "(-4.276241354682397e+108+118j)",
        ),
        (
            0xc0a45347ae147ae1,
            0xc3a96bebfb8d6921,
            "(-2601.64-9.159085695490172e+17j)",
        ),
        (
            0xcbccab6034e54930,
            0x87c9c13674c3d797,
            "(-1.4059450871444752e+57-3.80864976626144e-271j)",
        ),
        (
            0xc07b811d2dc62656,
            0x98cfdcf76b05e83c,
            "(-440.0696237316346-3.575703076676398e-189j)",
        ),
        (
            0x4089105a1cac0831,
            0x16865fc0f5adab7b,
            "(802.044+3.653736847726048e-200j)",
        ),
        (
            0x408030395810624e,
            0x8102e8d0c0d3a22a,
            "(518.028-8.616937515619034e-304j)",
        ),
        (
            0x310372ca03397452,
            0xc314afd2ea22d0c2,
            "(1.3759251830053774e-72-1455704985089072.5j)",
        ),
        (
            0xc08248b851eb851f,
            0x41c2b07a8445c2d7,
            "(-585.09+627111176.5450085j)",
        ),
        (
            0xc40181c9e5a49178,
            0xc070bfd70a3d70a4,
            "(-4.0368363481156485e+19-267.99j)",
        ),
        (
            0x40684ec3e3267602,
            0xbf82f139ca0f412e,
            "(194.46141202461155-0.009249164084309838j)",
        ),
        (
            0xc087bc77bb1361f6,
            0x4021aa2339c0ebee,
            "(-759.5584622873564+8.8323j)",
        ),
        (
            0xc38d50f084bbf097,
            0xd603c7fa6d834d4b,
            "(-2.6405658476452733e+17-2.2684037246122194e+106j)",
        ),
        (
            0xc3223ba85b6c8e21,
            0x41771dd042060128,
            "(-2566071927588624.5+24239364.126465946j)",
        ),
        (
            0x4080c76e978d4fdf,
            0x876a3e00b2e75814,
            "(536.929-6.0636503724881755e-273j)",
        ),
        (
            0x3e70e99261e5a9df,
            0xe4c19d4ff013b479,
            "(6.300356190028184e-08-2.2305800217995628e+177j)",
        ),
        (
            0x41ff18f03991bbd0,
            0xc05fc22d0e560419,
            "(8347648921.108353-127.034j)",
        ),
        (
            0xb31da44fcab734cf,
            0xc08614dd99728cfb,
            "(-1.8013831924832565e-62-706.6082028340601j)",
        ),
        (
            0x4074b00000000000,
            0xc28f77947d603cc4,
            "(331-4324806601735.5957j)",
        ),
        (
            0x37846e86d895a8a4,
            0xcf2d34fa82cc7e6a,
            "(2.931811636648486e-41-2.5802104724997416e+73j)",
        ),
        (
            0xc151e38458110aac,
            0xc06949999999999a,
            "(-4689425.376040142-202.3j)",
        ),
        (
            0x5f9bd51ab053e33f,
            0xad69e414de8912cb,
            "(3.6442577097195013e+152-6.355053062567003e-90j)",
        ),
        (
            0xc08e4f851eb851ec,
            0xc0127edeebeeb811,
            "(-969.94-4.6238972534611245j)",
        ),
        (
            0x66267b1e2c41b662,
            0xbd65b27f1c5d7fc9,
            "(1.1940475586224084e+184-6.166729933997448e-13j)",
        ),
        (
            0xc115c41db6845d1a,
            0x136e24cf620e9845,
            "(-356615.42823930236+4.372108751763326e-215j)",
        ),
        (
            0xbd60476dd2eaaa12,
            0xc0e394a000000000,
            "(-4.626775628827393e-13-40101j)",
        ),
    ];
    // END GENERATED COMPLEX_REPR_CASES

    // (value, spec, format(value, spec))
    // BEGIN GENERATED STR_CASES
    const STR_CASES: &[(&str, &str, &str)] = &[
        ("", "", ""),
        ("", "10", "          "),
        ("", "<10", "          "),
        ("", ">10", "          "),
        ("", "^10", "          "),
        ("", "*^9", "*********"),
        ("", ".2", ""),
        ("", "10.2", "          "),
        ("", "010", "0000000000"),
        ("", "s", ""),
        (
            "",
            "+",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "",
            " ",
            "!ValueError: Space not allowed in string format specifier",
        ),
        (
            "",
            "#",
            "!ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "",
            "=",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        ("", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("", "_", "!ValueError: Cannot specify '_' with 's'."),
        (
            "",
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("", "x<5", "xxxxx"),
        ("", "0<5", "00000"),
        ("", "^", ""),
        ("", ".0", ""),
        ("", "3.1s", "   "),
        ("", "^4", "    "),
        ("", "é^7", "ééééééé"),
        ("", ".20", ""),
        (
            "",
            "=10",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        ("", ">0", ""),
        ("", ",s", "!ValueError: Cannot specify ',' with 's'."),
        (
            "",
            "r",
            "!ValueError: Unknown format code 'r' for object of type 'str'",
        ),
        (
            "",
            "\u{1}",
            "!ValueError: Unknown format code '\\x1' for object of type 'str'",
        ),
        (
            "",
            "-",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        ("", "020s", "00000000000000000000"),
        ("", "1", " "),
        ("abc", "", "abc"),
        ("abc", "10", "abc       "),
        ("abc", "<10", "abc       "),
        ("abc", ">10", "       abc"),
        ("abc", "^10", "   abc    "),
        ("abc", "*^9", "***abc***"),
        ("abc", ".2", "ab"),
        ("abc", "10.2", "ab        "),
        ("abc", "010", "abc0000000"),
        ("abc", "s", "abc"),
        (
            "abc",
            "+",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "abc",
            " ",
            "!ValueError: Space not allowed in string format specifier",
        ),
        (
            "abc",
            "#",
            "!ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "abc",
            "=",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "abc",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        ("abc", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("abc", "_", "!ValueError: Cannot specify '_' with 's'."),
        (
            "abc",
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("abc", "x<5", "abcxx"),
        ("abc", "0<5", "abc00"),
        ("abc", "^", "abc"),
        ("abc", ".0", ""),
        ("abc", "3.1s", "a  "),
        ("abc", "^4", "abc "),
        ("abc", "é^7", "ééabcéé"),
        ("abc", ".20", "abc"),
        (
            "abc",
            "=10",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        ("abc", ">0", "abc"),
        ("abc", ",s", "!ValueError: Cannot specify ',' with 's'."),
        (
            "abc",
            "r",
            "!ValueError: Unknown format code 'r' for object of type 'str'",
        ),
        (
            "abc",
            "\u{1}",
            "!ValueError: Unknown format code '\\x1' for object of type 'str'",
        ),
        (
            "abc",
            "-",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        ("abc", "020s", "abc00000000000000000"),
        ("abc", "1", "abc"),
        ("héllo", "", "héllo"),
        ("héllo", "10", "héllo     "),
        ("héllo", "<10", "héllo     "),
        ("héllo", ">10", "     héllo"),
        ("héllo", "^10", "  héllo   "),
        ("héllo", "*^9", "**héllo**"),
        ("héllo", ".2", "hé"),
        ("héllo", "10.2", "hé        "),
        ("héllo", "010", "héllo00000"),
        ("héllo", "s", "héllo"),
        (
            "héllo",
            "+",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "héllo",
            " ",
            "!ValueError: Space not allowed in string format specifier",
        ),
        (
            "héllo",
            "#",
            "!ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "héllo",
            "=",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "héllo",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        ("héllo", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("héllo", "_", "!ValueError: Cannot specify '_' with 's'."),
        (
            "héllo",
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("héllo", "x<5", "héllo"),
        ("héllo", "0<5", "héllo"),
        ("héllo", "^", "héllo"),
        ("héllo", ".0", ""),
        ("héllo", "3.1s", "h  "),
        ("héllo", "^4", "héllo"),
        ("héllo", "é^7", "éhélloé"),
        ("héllo", ".20", "héllo"),
        (
            "héllo",
            "=10",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        ("héllo", ">0", "héllo"),
        ("héllo", ",s", "!ValueError: Cannot specify ',' with 's'."),
        (
            "héllo",
            "r",
            "!ValueError: Unknown format code 'r' for object of type 'str'",
        ),
        (
            "héllo",
            "\u{1}",
            "!ValueError: Unknown format code '\\x1' for object of type 'str'",
        ),
        (
            "héllo",
            "-",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        ("héllo", "020s", "héllo000000000000000"),
        ("héllo", "1", "héllo"),
        ("日本語", "", "日本語"),
        ("日本語", "10", "日本語       "),
        ("日本語", "<10", "日本語       "),
        ("日本語", ">10", "       日本語"),
        ("日本語", "^10", "   日本語    "),
        ("日本語", "*^9", "***日本語***"),
        ("日本語", ".2", "日本"),
        ("日本語", "10.2", "日本        "),
        ("日本語", "010", "日本語0000000"),
        ("日本語", "s", "日本語"),
        (
            "日本語",
            "+",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "日本語",
            " ",
            "!ValueError: Space not allowed in string format specifier",
        ),
        (
            "日本語",
            "#",
            "!ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "日本語",
            "=",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "日本語",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        ("日本語", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("日本語", "_", "!ValueError: Cannot specify '_' with 's'."),
        (
            "日本語",
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("日本語", "x<5", "日本語xx"),
        ("日本語", "0<5", "日本語00"),
        ("日本語", "^", "日本語"),
        ("日本語", ".0", ""),
        ("日本語", "3.1s", "日  "),
        ("日本語", "^4", "日本語 "),
        ("日本語", "é^7", "éé日本語éé"),
        ("日本語", ".20", "日本語"),
        (
            "日本語",
            "=10",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        ("日本語", ">0", "日本語"),
        ("日本語", ",s", "!ValueError: Cannot specify ',' with 's'."),
        (
            "日本語",
            "r",
            "!ValueError: Unknown format code 'r' for object of type 'str'",
        ),
        (
            "日本語",
            "\u{1}",
            "!ValueError: Unknown format code '\\x1' for object of type 'str'",
        ),
        (
            "日本語",
            "-",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        ("日本語", "020s", "日本語00000000000000000"),
        ("日本語", "1", "日本語"),
        ("a😀b", "", "a😀b"),
        ("a😀b", "10", "a😀b       "),
        ("a😀b", "<10", "a😀b       "),
        ("a😀b", ">10", "       a😀b"),
        ("a😀b", "^10", "   a😀b    "),
        ("a😀b", "*^9", "***a😀b***"),
        ("a😀b", ".2", "a😀"),
        ("a😀b", "10.2", "a😀        "),
        ("a😀b", "010", "a😀b0000000"),
        ("a😀b", "s", "a😀b"),
        (
            "a😀b",
            "+",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "a😀b",
            " ",
            "!ValueError: Space not allowed in string format specifier",
        ),
        (
            "a😀b",
            "#",
            "!ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "a😀b",
            "=",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "a😀b",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        ("a😀b", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("a😀b", "_", "!ValueError: Cannot specify '_' with 's'."),
        (
            "a😀b",
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("a😀b", "x<5", "a😀bxx"),
        ("a😀b", "0<5", "a😀b00"),
        ("a😀b", "^", "a😀b"),
        ("a😀b", ".0", ""),
        ("a😀b", "3.1s", "a  "),
        ("a😀b", "^4", "a😀b "),
        ("a😀b", "é^7", "ééa😀béé"),
        ("a😀b", ".20", "a😀b"),
        (
            "a😀b",
            "=10",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        ("a😀b", ">0", "a😀b"),
        ("a😀b", ",s", "!ValueError: Cannot specify ',' with 's'."),
        (
            "a😀b",
            "r",
            "!ValueError: Unknown format code 'r' for object of type 'str'",
        ),
        (
            "a😀b",
            "\u{1}",
            "!ValueError: Unknown format code '\\x1' for object of type 'str'",
        ),
        (
            "a😀b",
            "-",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        ("a😀b", "020s", "a😀b00000000000000000"),
        ("a😀b", "1", "a😀b"),
        ("xxxxxxxxxxxx", "", "xxxxxxxxxxxx"),
        ("xxxxxxxxxxxx", "10", "xxxxxxxxxxxx"),
        ("xxxxxxxxxxxx", "<10", "xxxxxxxxxxxx"),
        ("xxxxxxxxxxxx", ">10", "xxxxxxxxxxxx"),
        ("xxxxxxxxxxxx", "^10", "xxxxxxxxxxxx"),
        ("xxxxxxxxxxxx", "*^9", "xxxxxxxxxxxx"),
        ("xxxxxxxxxxxx", ".2", "xx"),
        ("xxxxxxxxxxxx", "10.2", "xx        "),
        ("xxxxxxxxxxxx", "010", "xxxxxxxxxxxx"),
        ("xxxxxxxxxxxx", "s", "xxxxxxxxxxxx"),
        (
            "xxxxxxxxxxxx",
            "+",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "xxxxxxxxxxxx",
            " ",
            "!ValueError: Space not allowed in string format specifier",
        ),
        (
            "xxxxxxxxxxxx",
            "#",
            "!ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "xxxxxxxxxxxx",
            "=",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "xxxxxxxxxxxx",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "xxxxxxxxxxxx",
            ",",
            "!ValueError: Cannot specify ',' with 's'.",
        ),
        (
            "xxxxxxxxxxxx",
            "_",
            "!ValueError: Cannot specify '_' with 's'.",
        ),
        (
            "xxxxxxxxxxxx",
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("xxxxxxxxxxxx", "x<5", "xxxxxxxxxxxx"),
        ("xxxxxxxxxxxx", "0<5", "xxxxxxxxxxxx"),
        ("xxxxxxxxxxxx", "^", "xxxxxxxxxxxx"),
        ("xxxxxxxxxxxx", ".0", ""),
        ("xxxxxxxxxxxx", "3.1s", "x  "),
        ("xxxxxxxxxxxx", "^4", "xxxxxxxxxxxx"),
        ("xxxxxxxxxxxx", "é^7", "xxxxxxxxxxxx"),
        ("xxxxxxxxxxxx", ".20", "xxxxxxxxxxxx"),
        (
            "xxxxxxxxxxxx",
            "=10",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        ("xxxxxxxxxxxx", ">0", "xxxxxxxxxxxx"),
        (
            "xxxxxxxxxxxx",
            ",s",
            "!ValueError: Cannot specify ',' with 's'.",
        ),
        (
            "xxxxxxxxxxxx",
            "r",
            "!ValueError: Unknown format code 'r' for object of type 'str'",
        ),
        (
            "xxxxxxxxxxxx",
            "\u{1}",
            "!ValueError: Unknown format code '\\x1' for object of type 'str'",
        ),
        (
            "xxxxxxxxxxxx",
            "-",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        ("xxxxxxxxxxxx", "020s", "xxxxxxxxxxxx00000000"),
        ("xxxxxxxxxxxx", "1", "xxxxxxxxxxxx"),
    ];
    // END GENERATED STR_CASES

    // (value, hex bits of float(value) or the error)
    // BEGIN GENERATED INT_TO_FLOAT_CASES
    const INT_TO_FLOAT_CASES: &[(&str, &str)] = &[
        ("0", "0x0"),
        ("1", "0x3ff0000000000000"),
        ("-1", "0xbff0000000000000"),
        ("9007199254740992", "0x4340000000000000"),
        ("9007199254740993", "0x4340000000000000"),
        ("9007199254740994", "0x4340000000000001"),
        ("9007199254740995", "0x4340000000000002"),
        ("-9007199254740995", "0xc340000000000002"),
        ("18014398509481986", "0x4350000000000000"),
        ("18014398509481990", "0x4350000000000002"),
        ("18446744073709551615", "0x43f0000000000000"),
        ("18446744073709551617", "0x43f0000000000000"),
        ("36893488147419107329", "0x4400000000000001"),
        ("36893488147419107328", "0x4400000000000000"),
        ("36893488147419115520", "0x4400000000000002"),
        ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "0x7fefffffffffffff"),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "OverflowError: int too large to convert to float"),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "0x7fefffffffffffff"),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "OverflowError: int too large to convert to float"),
        ("-179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "OverflowError: int too large to convert to float"),
        ("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0x7fe1ccf385ebc8a0"),
        ("1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "OverflowError: int too large to convert to float"),
        ("10000000000000000000000", "0x4480f0cf064dd592"),
        ("100000000000000000000000", "0x44b52d02c7e14af6"),
        ("515377520732011331036461129765621272702107522001", "0x49d69194f299cdda"),
        ("-10461838291314357175018899611816813659819188550170233659950140084035125767424262251774382614909364050293065248252546314174063180343683591188150754267339816534637456120001", "0xe3062d47e9903fb4"),
        ("1329227995784915872903807060281393152", "0x4770000000000000"),
        ("9223372036854776832", "0x43e0000000000000"),
        ("9223372036854776833", "0x43e0000000000001"),
        ("141246703213942603683520966701614733366889617518454111681368808585711816984270751255808912631671152637335603208431366082764203838069979338335971185726639923431051777851865399011877999645131707069373498212631323752553111215372844035950900535954860733418453405575566736801565587405464699640499050849699472357900905617571376618228216434213181520991556677126498651782204174061830939239176861341383294018240225838692725596147005144243281075275629495339093813198966735633606329691023842454125835888656873133981287240980008838073668221804264432910894030789020219440578198488267339768238872279902157420307247570510423845868872596735891805818727796435753018518086641356012851302546726823009250218328018251907340245449863183265637987862198511046362985461949587281119139907228004385942880953958816554567625296086916885774828934449941362416588675326940332561103664556982622206834474219811081872404929503481991376740379825998791411879802717583885498575115299471743469241117070230398103378615232793710290992656444842895511830355733152020804157920090041811951880456705515468349446182731742327685989277607620709525878318766488368348965015474997864119765441433356928012344111765735336393557879214937004347568208665958717764059293592887514292843557047089164876483116615691886203812997555690171892169733755224469032475078797830901321579940127337210694377283439922280274060798234786740434893458120198341101033812506720046609891160700284002100980452964039788704335302619337597862052192280371481132164147186514169090917191909376", "OverflowError: int too large to convert to float"),
        ("-1062096067521403252938411447223023885556091921832818377991450372513486265652698857954715350", "0xd2a0af402276a39e"),
        ("-1054944786585964809330239279115745835386062772894375268560782507673785238571006224699168789", "0xd2a0927dcefbf50f"),
        ("-295691628291968214648015715406440619271399760326846579854457373984619989033126305926581129", "0xd2829487bf8f9e2a"),
        ("-403718914856162479585965349286511208087086789218142929580512637893771071260663653577653373", "0xd2895e4517624d22"),
        ("2010969809796659357658975364299454349724791509983276321774605874695986468678195639476299269", "0x52af972c94d18455"),
        ("-712996728386830075057097802716377393255973982062347384999223678312237836547821149183367898", "0xd29666acb02d2e3a"),
        ("758620042171692718016343552218240531702771943661001329745796803412326033085953064261165236", "0x5297d5a02469ee60"),
        ("-1925498577614821888637026930188160751807221238211329500188554748754450877508907047680271810", "0xd2ae3f72f69d9869"),
        ("-1622716136717524399573765646674227624251530212650442647089166769636097777350786902627349379", "0xd2a97dccf3f94872"),
        ("-941124770437999692719058610633716823629909097010704783460037091122790668170016875376486269", "0xd29d918594f63486"),
        ("-1768901951908440731920490467001746067318317316315441856835179812351748105319865979206951827", "0xd2abc9b0eefac9b9"),
        ("1527332504027586646188618997178873243324438818841319350134745223022507487736451015064945481", "0x52a7fe3667909168"),
        ("2014221615311043624269757720109247695432941091272956910039653396947320393840846061839005439", "0x52afa4405a40e98c"),
        ("-432394222867343192394839831690325046300828710423619927110609129994574331029804397697786351", "0xd28b2b8b54b29b97"),
        ("708949998788723034625180875128874513643449127233541406849495965354255124304659083247645716", "0x5296462060f445a8"),
        ("425568384654967351465058867204287811887154388136646745744927370035637113981601655895398596", "0x528abdbe36f0fc88"),
        ("1057014295606565228678590102790107821601492494197538054874609796329202783116371231662935897", "0x52a09ad06453e572"),
        ("1351300354273128281676210101723668894551863581709487213860722066588988611555906989345240634", "0x52a53a4b47633b26"),
        ("-1927567846478838213758566295584744078134896032746222171547192219437047813575002846118664311", "0xd2ae47c54caa2751"),
        ("-1837300175821700527491720285619667606963105306685198845243008704724613164784069990884038621", "0xd2acdcc1b15db9bb"),
    ];
    // END GENERATED INT_TO_FLOAT_CASES
}
