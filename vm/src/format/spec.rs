//! The format-spec mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! A port of `parse_internal_render_format_spec` from CPython's
//! `Python/formatter_unicode.c`. Parsing is type-independent; the pieces that
//! depend on the formatted object's type (the default alignment, what the
//! `0` flag implies, which presentation types exist) are applied by the
//! formatters in [`super::format_number`], in the same order CPython checks
//! them.

use super::parse_number::unicode_decimal;
use super::FormatError;

/// A parsed format specification.
///
/// Every field records what the spec text said; defaults that depend on
/// the formatted type are resolved by the formatters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character: `' '` when none was given, `'0'` when the `0`
    /// flag was given without an explicit fill.
    pub fill: char,
    /// `'<'`, `'>'`, `'='` or `'^'`; `None` when not given (numbers then
    /// align right, or use `'='` when `zero` is set; strings align left).
    pub align: Option<char>,
    /// `'+'`, `'-'` or `' '`.
    pub sign: Option<char>,
    /// The `z` option: coerce negative zero results to positive zero.
    pub z: bool,
    /// The `#` alternate form.
    pub alternate: bool,
    /// The `0` flag in front of the width (only recognised when no explicit
    /// fill was given, as in CPython).
    pub zero: bool,
    /// The minimum width, in characters.
    pub width: Option<usize>,
    /// The grouping character, `','` or `'_'`.
    pub grouping: Option<char>,
    /// The precision (the number after `.`).
    pub precision: Option<usize>,
    /// The presentation type, `None` when omitted.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    /// The spec `""`: everything unspecified.
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            z: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

impl FormatSpec {
    /// The alignment a number is rendered with: the explicit one, else `'='`
    /// when the `0` flag was given, else `'>'`.
    pub fn numeric_align(&self) -> char {
        self.align.unwrap_or(if self.zero { '=' } else { '>' })
    }
}

fn is_alignment_token(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a run of decimal digits (any Unicode decimal digit, as CPython's
/// `get_integer` does). Returns the value and how many digits were read.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), FormatError> {
    let mut acc: usize = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| unicode_decimal(c)) {
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((acc, n))
}

/// The `Cannot specify ',' with 'x'.` error for a grouping character that
/// the presentation type does not allow.
pub(crate) fn invalid_thousands_separator_type(sep: char, ty: char) -> FormatError {
    let t = ty as u32;
    if t > 32 && t < 128 {
        FormatError::value(format!("Cannot specify '{sep}' with '{ty}'."))
    } else {
        FormatError::value(format!("Cannot specify '{sep}' with '\\x{t:x}'."))
    }
}

/// Parses a format spec; errors that name the object's type say `object`.
/// Prefer [`parse_format_spec_for`] when the type name is known.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    parse_format_spec_for(spec, "object")
}

/// Parses a format spec for an object whose type is named `type_name`
/// (used in the message `Invalid format specifier 'spec' for object of type
/// 'int'`).
///
/// Checks done here, in CPython's order: `Too many decimal digits in format
/// string`, `Cannot specify both ',' and '_'.`, `Format specifier missing
/// precision`, `Invalid format specifier …`, and `Cannot specify ',' with
/// 'x'.` for presentation types that do not allow grouping (`_` is allowed
/// with `b o x X`, where it groups by four). A grouping with no type is
/// accepted here; `format_str` rejects it for strings as CPython does.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let c: Vec<char> = spec.chars().collect();
    let end = c.len();
    let mut pos = 0;
    let mut out = FormatSpec::default();
    let mut fill_specified = false;

    if end >= 2 && is_alignment_token(c[1]) {
        out.align = Some(c[1]);
        out.fill = c[0];
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_alignment_token(c[0]) {
        out.align = Some(c[0]);
        pos = 1;
    }

    if pos < end && matches!(c[pos], '+' | '-' | ' ') {
        out.sign = Some(c[pos]);
        pos += 1;
    }
    if pos < end && c[pos] == 'z' {
        out.z = true;
        pos += 1;
    }
    if pos < end && c[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && c[pos] == '0' {
        out.fill = '0';
        out.zero = true;
        pos += 1;
    }

    let (width, consumed) = get_integer(&c, &mut pos)?;
    if consumed > 0 {
        out.width = Some(width);
    }

    if pos < end && c[pos] == ',' {
        out.grouping = Some(',');
        pos += 1;
    }
    if pos < end && c[pos] == '_' {
        if out.grouping.is_some() {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if pos < end && c[pos] == ',' && out.grouping == Some('_') {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }

    if pos < end && c[pos] == '.' {
        pos += 1;
        let (prec, consumed) = get_integer(&c, &mut pos)?;
        if consumed == 0 {
            return Err(FormatError::value("Format specifier missing precision"));
        }
        out.precision = Some(prec);
    }

    if end - pos > 1 {
        return Err(FormatError::value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if end - pos == 1 {
        out.ty = Some(c[pos]);
    }

    if let Some(sep) = out.grouping {
        match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(t) => return Err(invalid_thousands_separator_type(sep, t)),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(r: Result<FormatSpec, FormatError>) -> String {
        match r {
            Err(e) => e.to_string(),
            Ok(_) => "OK".to_string(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn spec(
        fill: char,
        align: Option<char>,
        sign: Option<char>,
        z: bool,
        alternate: bool,
        zero: bool,
        width: Option<usize>,
        grouping: Option<char>,
        precision: Option<usize>,
        ty: Option<char>,
    ) -> FormatSpec {
        FormatSpec {
            fill,
            align,
            sign,
            z,
            alternate,
            zero,
            width,
            grouping,
            precision,
            ty,
        }
    }

    #[test]
    fn fields() {
        let cases: &[(&str, FormatSpec)] = &[
            ("", FormatSpec::default()),
            (
                "x<10",
                spec(
                    'x',
                    Some('<'),
                    None,
                    false,
                    false,
                    false,
                    Some(10),
                    None,
                    None,
                    None,
                ),
            ),
            (
                "<010",
                spec(
                    '0',
                    Some('<'),
                    None,
                    false,
                    false,
                    true,
                    Some(10),
                    None,
                    None,
                    None,
                ),
            ),
            (
                "x<010",
                spec(
                    'x',
                    Some('<'),
                    None,
                    false,
                    false,
                    false,
                    Some(10),
                    None,
                    None,
                    None,
                ),
            ),
            (
                "0=+z#012,.3f",
                spec(
                    '0',
                    Some('='),
                    Some('+'),
                    true,
                    true,
                    false,
                    Some(12),
                    Some(','),
                    Some(3),
                    Some('f'),
                ),
            ),
            (
                "+z#012_.3f",
                spec(
                    '0',
                    None,
                    Some('+'),
                    true,
                    true,
                    true,
                    Some(12),
                    Some('_'),
                    Some(3),
                    Some('f'),
                ),
            ),
            (
                " ^ 5",
                spec(
                    ' ',
                    Some('^'),
                    Some(' '),
                    false,
                    false,
                    false,
                    Some(5),
                    None,
                    None,
                    None,
                ),
            ),
            (
                "^^^",
                spec(
                    '^',
                    Some('^'),
                    None,
                    false,
                    false,
                    false,
                    None,
                    None,
                    None,
                    Some('^'),
                ),
            ),
            (
                "<",
                spec(
                    ' ',
                    Some('<'),
                    None,
                    false,
                    false,
                    false,
                    None,
                    None,
                    None,
                    None,
                ),
            ),
            (
                "_x",
                spec(
                    ' ',
                    None,
                    None,
                    false,
                    false,
                    false,
                    None,
                    Some('_'),
                    None,
                    Some('x'),
                ),
            ),
            (
                "\u{663}",
                spec(
                    ' ',
                    None,
                    None,
                    false,
                    false,
                    false,
                    Some(3),
                    None,
                    None,
                    None,
                ),
            ),
            (
                ".\u{661}\u{660}",
                spec(
                    ' ',
                    None,
                    None,
                    false,
                    false,
                    false,
                    None,
                    None,
                    Some(10),
                    None,
                ),
            ),
            (
                "\u{e9}>5",
                spec(
                    '\u{e9}',
                    Some('>'),
                    None,
                    false,
                    false,
                    false,
                    Some(5),
                    None,
                    None,
                    None,
                ),
            ),
            (
                "00",
                spec(
                    '0',
                    None,
                    None,
                    false,
                    false,
                    true,
                    Some(0),
                    None,
                    None,
                    None,
                ),
            ),
            (
                "-",
                spec(
                    ' ',
                    None,
                    Some('-'),
                    false,
                    false,
                    false,
                    None,
                    None,
                    None,
                    None,
                ),
            ),
            (
                "z",
                spec(' ', None, None, true, false, false, None, None, None, None),
            ),
            (
                "zz",
                spec(
                    ' ',
                    None,
                    None,
                    true,
                    false,
                    false,
                    None,
                    None,
                    None,
                    Some('z'),
                ),
            ),
            (
                "#",
                spec(' ', None, None, false, true, false, None, None, None, None),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(parse_format_spec(text).as_ref(), Ok(want), "{text:?}");
        }
    }

    #[test]
    fn errors_table() {
        for &(text, want) in SPEC_CASES {
            assert_eq!(show(parse_format_spec_for(text, "float")), want, "{text:?}");
        }
    }

    // (spec, outcome) — generated by running format(1.5, spec) on CPython 3.11:
    // "OK" when CPython got past spec parsing, else the parse error it raised.
    // BEGIN GENERATED SPEC_CASES
    const SPEC_CASES: &[(&str, &str)] = &[
        ("", "OK"),
        ("<", "OK"),
        ("x<10", "OK"),
        ("<010", "OK"),
        ("+", "OK"),
        (" ", "OK"),
        ("-", "OK"),
        ("z", "OK"),
        ("zz", "OK"),
        ("#", "OK"),
        ("0", "OK"),
        ("010", "OK"),
        ("10", "OK"),
        (",", "OK"),
        ("_", "OK"),
        (",_", "ValueError: Cannot specify both ',' and '_'."),
        ("_,", "ValueError: Cannot specify both ',' and '_'."),
        (",,", "ValueError: Cannot specify ',' with ','."),
        ("__", "ValueError: Cannot specify '_' with '_'."),
        (".", "ValueError: Format specifier missing precision"),
        (".3", "OK"),
        ("10.3", "OK"),
        (".3f", "OK"),
        (",.3f", "OK"),
        ("_.3f", "OK"),
        (",d", "OK"),
        (",s", "ValueError: Cannot specify ',' with 's'."),
        ("_s", "ValueError: Cannot specify '_' with 's'."),
        (",x", "ValueError: Cannot specify ',' with 'x'."),
        ("_x", "OK"),
        ("_b", "OK"),
        ("_o", "OK"),
        ("_X", "OK"),
        (",b", "ValueError: Cannot specify ',' with 'b'."),
        (",n", "ValueError: Cannot specify ',' with 'n'."),
        ("_n", "ValueError: Cannot specify '_' with 'n'."),
        (",c", "ValueError: Cannot specify ',' with 'c'."),
        ("_c", "ValueError: Cannot specify '_' with 'c'."),
        (",%", "OK"),
        (",e", "OK"),
        (",g", "OK"),
        (",G", "OK"),
        (",F", "OK"),
        (",E", "OK"),
        (
            "abc",
            "ValueError: Invalid format specifier 'abc' for object of type 'float'",
        ),
        (
            "ss",
            "ValueError: Invalid format specifier 'ss' for object of type 'float'",
        ),
        (
            "10.3ff",
            "ValueError: Invalid format specifier '10.3ff' for object of type 'float'",
        ),
        (
            "99999999999999999999",
            "ValueError: Too many decimal digits in format string",
        ),
        (
            ".99999999999999999999",
            "ValueError: Too many decimal digits in format string",
        ),
        ("9223372036854775807", "OK"),
        (
            "9223372036854775808",
            "ValueError: Too many decimal digits in format string",
        ),
        ("٣", "OK"),
        (".١٠f", "OK"),
        ("é>5", "OK"),
        (">>>", "OK"),
        ("^^^", "OK"),
        ("=^=", "OK"),
        ("0=10", "OK"),
        ("+z#012,.3f", "OK"),
        ("+z#012_.3f", "OK"),
        ("#0", "OK"),
        ("0#", "OK"),
        ("z#", "OK"),
        ("#z", "OK"),
        (",é", "ValueError: Cannot specify ',' with '\\xe9'."),
        (",\u{1}", "ValueError: Cannot specify ',' with '\\x1'."),
        ("_\u{1}", "ValueError: Cannot specify '_' with '\\x1'."),
        ("..3", "ValueError: Format specifier missing precision"),
        (".3.", "OK"),
        ("3.", "ValueError: Format specifier missing precision"),
        ("+-", "OK"),
        ("--", "OK"),
        ("0+", "OK"),
        (" 0", "OK"),
        ("<<", "OK"),
        ("\u{0}<5", "OK"),
        ("10,.2%", "OK"),
        ("010_.3e", "OK"),
        ("*^+#020_.4G", "OK"),
        ("+0", "OK"),
        ("z0", "OK"),
        ("5z", "OK"),
        ("5#", "OK"),
        ("5+", "OK"),
        (",.", "ValueError: Format specifier missing precision"),
        (",.f", "ValueError: Format specifier missing precision"),
        ("_.", "ValueError: Format specifier missing precision"),
        (".a", "ValueError: Format specifier missing precision"),
        (".-1", "ValueError: Format specifier missing precision"),
        (
            "fill",
            "ValueError: Invalid format specifier 'fill' for object of type 'float'",
        ),
        ("é", "OK"),
    ];
    // END GENERATED SPEC_CASES
}
