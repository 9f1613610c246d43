//! printf-style formatting: `str % args` (and `bytes % args`, which can run
//! the same code on a `String` built from the bytes).
//!
//! A port of CPython 3.11's `PyUnicode_Format` (`Objects/unicodeobject.c`):
//! the parser (`unicode_format_arg_parse`), the conversions
//! (`unicode_format_arg_format`, `_PyUnicode_FormatLong`, `formatfloat`) and
//! the padding (`unicode_format_arg_output`). Interpreter objects are reached
//! only through the [`PercentArgs`] trait, so the exact order in which
//! CPython fetches arguments and reports errors is kept here.

use num_bigint::{BigInt, Sign};

use super::float_repr::{double_to_string, DtsFlags};
use super::FormatError;

/// Access to the right operand of `%`, implemented by the interpreter.
///
/// The formatter calls these in CPython's order. To reproduce CPython's
/// argument bookkeeping, an implementation should behave as follows
/// (`arglen`/`argidx` are CPython's names):
///
/// * A tuple operand starts with `arglen = len(tuple)`, `argidx = 0`; any
///   other operand (including a mapping) with `arglen = -1`, `argidx = -2`
///   and stands for itself as the single argument.
/// * [`next`](Self::next): if `argidx < arglen`, select item `argidx` (or the
///   whole operand / the value selected by key when `arglen < 0`) and
///   increment `argidx`; otherwise fail with `TypeError: not enough arguments
///   for format string`.
/// * [`select_key`](Self::select_key): look the key up (propagating
///   `KeyError`), make the value the whole operand, and reset `arglen = -1`,
///   `argidx = -2`.
/// * [`finish`](Self::finish): if `argidx < arglen` and the operand is not a
///   mapping, fail with `TypeError: not all arguments converted during string
///   formatting`.
/// * The `as_*` methods convert the selected argument, raising CPython's
///   errors, e.g. `%d format: a real number is required, not str`, `%x format:
///   an integer is required, not float`, `must be real number, not str`,
///   `%c requires int or char`, `%c arg not in range(0x110000)`, `* wants int`.
pub trait PercentArgs {
    /// The interpreter's error type; formatting errors convert into it.
    type Error: From<FormatError>;
    /// True when the right operand is a mapping (then `%(name)s` is allowed).
    fn is_mapping(&self) -> bool;
    /// Select the next positional argument (error "not enough arguments for format string" otherwise).
    fn next(&mut self) -> Result<(), Self::Error>;
    /// Select the argument stored under this key (for %(key)s).
    fn select_key(&mut self, key: &str) -> Result<(), Self::Error>;
    /// `str()` of the selected argument (`%s`).
    fn as_str(&mut self) -> Result<String, Self::Error>;
    /// `repr()` of the selected argument (`%r`).
    fn as_repr(&mut self) -> Result<String, Self::Error>;
    /// `ascii()` of the selected argument (`%a`).
    fn as_ascii(&mut self) -> Result<String, Self::Error>;
    /// The selected argument as an integer for `%d %i %u %x %X %o` (`conv`):
    /// `int(x)` for `d i u`, `operator.index(x)` for `o x X`; the error text
    /// is built by the implementor.
    fn as_int(&mut self, conv: char) -> Result<BigInt, Self::Error>;
    /// The selected argument as a float for `%e %E %f %F %g %G` (`conv`).
    fn as_float(&mut self, conv: char) -> Result<f64, Self::Error>;
    /// The selected argument as a character for `%c` (an int code point or
    /// a one-character str).
    fn as_char(&mut self) -> Result<char, Self::Error>;
    /// The selected argument as a `*` width or precision: it must be an int
    /// (else `TypeError: * wants int`). An int outside the `i64` range must
    /// be returned saturated to `i64::MIN`/`i64::MAX`; the formatter then
    /// raises CPython's `OverflowError` (`… to convert to C ssize_t` for a
    /// width, `… to convert to C int` for a precision).
    fn as_width(&mut self) -> Result<i64, Self::Error>;
    /// Called at the end: error if unused positional args remain.
    fn finish(&mut self) -> Result<(), Self::Error>;
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// One conversion specification being processed.
struct Arg {
    flags: u8,
    width: i64,
    prec: i64,
    ch: char,
    /// Whether this is a numeric conversion (sign and zero padding apply).
    sign: bool,
}

/// `fmt % args`: printf-style formatting as CPython's `str.__mod__` does it.
///
/// Supports `%%`, `%(key)` mapping keys (balanced parentheses), the flags
/// `- + space # 0`, widths and precisions (literal or `*`), the ignored
/// length modifiers `h l L`, and the conversions `s r a c d i u o x X e E f
/// F g G`. Errors carry CPython's texts: `incomplete format`, `incomplete
/// format key`, `format requires a mapping`, `unsupported format character
/// 'y' (0x79) at index 3`, `width too big`, `precision too big`, …
pub fn percent_format<S: PercentArgs>(fmt: &str, args: &mut S) -> Result<String, S::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len() as isize;
    let rd = |p: isize| -> char {
        if p >= 0 && p < n {
            chars[p as usize]
        } else {
            '\0'
        }
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos: isize = 0;
    while pos < n {
        if chars[pos as usize] != '%' {
            let start = pos as usize;
            while pos < n && chars[pos as usize] != '%' {
                pos += 1;
            }
            out.extend(&chars[start..pos as usize]);
            continue;
        }
        pos += 1;
        // CPython's `fmtcnt`: characters left after `pos`, decremented
        // before each read (so it goes to -1 when the format runs out).
        let mut cnt = n - pos;
        let mut ch = rd(pos);
        if ch == '%' {
            out.push('%');
            pos += 1;
            continue;
        }
        let mut arg = Arg {
            flags: 0,
            width: -1,
            prec: -1,
            ch,
            sign: false,
        };

        if ch == '(' {
            if !args.is_mapping() {
                return Err(FormatError::type_error("format requires a mapping").into());
            }
            pos += 1;
            cnt -= 1;
            let keystart = pos;
            let mut pcount = 1;
            while pcount > 0 {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                ch = rd(pos);
                if ch == ')' {
                    pcount -= 1;
                } else if ch == '(' {
                    pcount += 1;
                }
                pos += 1;
            }
            if cnt < 0 || pcount > 0 {
                return Err(FormatError::value("incomplete format key").into());
            }
            let keylen = pos - keystart - 1;
            let key: String = chars[keystart as usize..(keystart + keylen) as usize]
                .iter()
                .collect();
            args.select_key(&key)?;
        }

        // Flags.
        loop {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            ch = rd(pos);
            pos += 1;
            match ch {
                '-' => arg.flags |= F_LJUST,
                '+' => arg.flags |= F_SIGN,
                ' ' => arg.flags |= F_BLANK,
                '#' => arg.flags |= F_ALT,
                '0' => arg.flags |= F_ZERO,
                _ => break,
            }
        }

        // Width.
        if ch == '*' {
            args.next()?;
            let w = args.as_width()?;
            if w == i64::MIN || w == i64::MAX {
                return Err(
                    FormatError::overflow("Python int too large to convert to C ssize_t").into(),
                );
            }
            if w < 0 {
                arg.flags |= F_LJUST;
                arg.width = -w;
            } else {
                arg.width = w;
            }
            cnt -= 1;
            if cnt >= 0 {
                ch = rd(pos);
                pos += 1;
            }
        } else if ch.is_ascii_digit() {
            arg.width = ch as i64 - '0' as i64;
            loop {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                ch = rd(pos);
                pos += 1;
                if !ch.is_ascii_digit() {
                    break;
                }
                let d = ch as i64 - '0' as i64;
                if arg.width > (i64::MAX - d) / 10 {
                    return Err(FormatError::value("width too big").into());
                }
                arg.width = arg.width * 10 + d;
            }
        }

        // Precision.
        if ch == '.' {
            arg.prec = 0;
            cnt -= 1;
            if cnt >= 0 {
                ch = rd(pos);
                pos += 1;
            }
            if ch == '*' {
                args.next()?;
                let p = args.as_width()?;
                if p > i32::MAX as i64 || p < i32::MIN as i64 {
                    return Err(
                        FormatError::overflow("Python int too large to convert to C int").into(),
                    );
                }
                arg.prec = p.max(0);
                cnt -= 1;
                if cnt >= 0 {
                    ch = rd(pos);
                    pos += 1;
                }
            } else if ch.is_ascii_digit() {
                arg.prec = ch as i64 - '0' as i64;
                loop {
                    cnt -= 1;
                    if cnt < 0 {
                        break;
                    }
                    ch = rd(pos);
                    pos += 1;
                    if !ch.is_ascii_digit() {
                        break;
                    }
                    let d = ch as i64 - '0' as i64;
                    if arg.prec > (i32::MAX as i64 - d) / 10 {
                        return Err(FormatError::value("precision too big").into());
                    }
                    arg.prec = arg.prec * 10 + d;
                }
            }
        }

        // Ignored length modifiers.
        if cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
            cnt -= 1;
            if cnt >= 0 {
                ch = rd(pos);
                pos += 1;
            }
        }
        if cnt < 0 {
            return Err(FormatError::value("incomplete format").into());
        }
        arg.ch = ch;

        // The argument is fetched before the conversion character is checked.
        args.next()?;
        let text: String = match ch {
            's' => args.as_str()?,
            'r' => args.as_repr()?,
            'a' => args.as_ascii()?,
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let v = args.as_int(ch)?;
                arg.sign = true;
                format_long(&v, arg.flags & F_ALT != 0, arg.prec, ch)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = args.as_float(ch)?;
                arg.sign = true;
                let prec = if arg.prec < 0 { 6 } else { arg.prec as usize };
                let flags = DtsFlags {
                    alt: arg.flags & F_ALT != 0,
                    ..DtsFlags::default()
                };
                double_to_string(x, ch, prec, flags)
            }
            'c' => args.as_char()?.to_string(),
            _ => {
                let cp = ch as u32;
                let shown = if (31..=126).contains(&cp) { ch } else { '?' };
                return Err(FormatError::value(format!(
                    "unsupported format character '{shown}' ({cp:#x}) at index {}",
                    pos - 1
                ))
                .into());
            }
        };
        output(&mut out, &mut arg, &text);
    }
    args.finish()?;
    Ok(out)
}

/// `_PyUnicode_FormatLong`: an integer for `%d %i %u %o %x %X`, with the
/// precision as a minimum digit count and the `0o`/`0x` prefix under `#`.
fn format_long(v: &BigInt, alt: bool, prec: i64, ty: char) -> Result<String, FormatError> {
    if prec > i32::MAX as i64 - 3 {
        return Err(FormatError::overflow("precision too large"));
    }
    let (base, prefix) = match ty {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = v.magnitude().to_str_radix(base);
    let mut s = String::with_capacity(digits.len() + 4);
    if v.sign() == Sign::Minus {
        s.push('-');
    }
    if alt {
        s.push_str(prefix);
    }
    if prec > digits.len() as i64 {
        for _ in 0..(prec as usize - digits.len()) {
            s.push('0');
        }
    }
    s.push_str(&digits);
    if ty == 'X' {
        s.make_ascii_uppercase();
    }
    Ok(s)
}

/// `unicode_format_arg_output`: sign, `0x` prefix, padding and precision
/// truncation around one converted argument.
fn output(out: &mut String, arg: &mut Arg, text: &str) {
    let fill = if arg.sign && arg.flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    let s: Vec<char> = text.chars().collect();
    let mut len = s.len() as i64;
    if (arg.width == -1 || arg.width <= len)
        && (arg.prec == -1 || arg.prec >= len)
        && arg.flags & (F_SIGN | F_BLANK) == 0
    {
        out.push_str(text);
        return;
    }
    if matches!(arg.ch, 's' | 'r' | 'a') && arg.prec >= 0 && len > arg.prec {
        len = arg.prec;
    }
    let mut pindex: usize = 0;
    let mut signchar = '\0';
    if arg.sign {
        let c = s.first().copied().unwrap_or('\0');
        if c == '-' || c == '+' {
            signchar = c;
            len -= 1;
            pindex += 1;
        } else if arg.flags & F_SIGN != 0 {
            signchar = '+';
        } else if arg.flags & F_BLANK != 0 {
            signchar = ' ';
        } else {
            arg.sign = false;
        }
    }
    if arg.width < len {
        arg.width = len;
    }
    if arg.sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if arg.width > len {
            arg.width -= 1;
        }
    }
    let alt_prefix = arg.flags & F_ALT != 0 && matches!(arg.ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(arg.ch);
            pindex += 2;
        }
        arg.width = (arg.width - 2).max(0);
        len -= 2;
    }
    if arg.width > len && arg.flags & F_LJUST == 0 {
        for _ in 0..(arg.width - len) {
            out.push(fill);
        }
        arg.width = len;
    }
    if fill == ' ' {
        if arg.sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push('0');
            out.push(arg.ch);
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend(&s[pindex..pindex + len as usize]);
    }
    if arg.width > len {
        for _ in 0..(arg.width - len) {
            out.push(' ');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::float_repr::float_repr;
    use super::super::format_number::int_to_f64;
    use super::*;
    use num_traits::ToPrimitive;

    /// A Python value as the tests see it. `S` carries str(), repr() and
    /// ascii() as CPython computed them.
    #[derive(Clone, Debug)]
    enum V {
        I(&'static str),
        F(u64),
        S(&'static str, &'static str, &'static str),
    }

    impl V {
        fn type_name(&self) -> &'static str {
            match self {
                V::I(_) => "int",
                V::F(_) => "float",
                V::S(..) => "str",
            }
        }
    }

    /// Errors are "ExceptionName: message".
    #[derive(Debug, PartialEq)]
    struct E(String);

    impl From<FormatError> for E {
        fn from(e: FormatError) -> Self {
            E(e.to_string())
        }
    }

    /// Mirrors CPython's `argidx`/`arglen` bookkeeping.
    struct Mock {
        items: Vec<V>,
        whole: V,
        map: Vec<(&'static str, V)>,
        mapping: bool,
        arglen: isize,
        argidx: isize,
        cur: Option<V>,
    }

    impl Mock {
        fn tuple(items: Vec<V>) -> Self {
            let arglen = items.len() as isize;
            Mock {
                items,
                whole: V::I("0"),
                map: vec![],
                mapping: false,
                arglen,
                argidx: 0,
                cur: None,
            }
        }
        fn single(v: V) -> Self {
            Mock {
                items: vec![],
                whole: v,
                map: vec![],
                mapping: false,
                arglen: -1,
                argidx: -2,
                cur: None,
            }
        }
        fn mapping(map: Vec<(&'static str, V)>, repr: &'static str) -> Self {
            Mock {
                items: vec![],
                whole: V::S(repr, repr, repr),
                map,
                mapping: true,
                arglen: -1,
                argidx: -2,
                cur: None,
            }
        }
        fn cur(&self) -> V {
            self.cur.clone().expect("an argument is selected")
        }
    }

    fn te(msg: String) -> E {
        E(format!("TypeError: {msg}"))
    }

    impl PercentArgs for Mock {
        type Error = E;
        fn is_mapping(&self) -> bool {
            self.mapping
        }
        fn next(&mut self) -> Result<(), E> {
            if self.argidx < self.arglen {
                let i = self.argidx;
                self.argidx += 1;
                self.cur = Some(if self.arglen < 0 {
                    self.whole.clone()
                } else {
                    self.items[i as usize].clone()
                });
                Ok(())
            } else {
                Err(te("not enough arguments for format string".into()))
            }
        }
        fn select_key(&mut self, key: &str) -> Result<(), E> {
            match self.map.iter().find(|(k, _)| *k == key) {
                Some((_, v)) => {
                    self.whole = v.clone();
                    self.arglen = -1;
                    self.argidx = -2;
                    Ok(())
                }
                None => Err(E(format!("KeyError: '{key}'"))),
            }
        }
        fn as_str(&mut self) -> Result<String, E> {
            Ok(match self.cur() {
                V::I(s) => s.to_string(),
                V::F(b) => float_repr(f64::from_bits(b)),
                V::S(s, _, _) => s.to_string(),
            })
        }
        fn as_repr(&mut self) -> Result<String, E> {
            Ok(match self.cur() {
                V::S(_, r, _) => r.to_string(),
                _ => self.as_str()?,
            })
        }
        fn as_ascii(&mut self) -> Result<String, E> {
            Ok(match self.cur() {
                V::S(_, _, a) => a.to_string(),
                _ => self.as_str()?,
            })
        }
        fn as_int(&mut self, conv: char) -> Result<BigInt, E> {
            let v = self.cur();
            match v {
                V::I(s) => Ok(s.parse().unwrap()),
                V::F(b) if !matches!(conv, 'o' | 'x' | 'X') => {
                    let x = f64::from_bits(b);
                    if x.is_nan() {
                        Err(E("ValueError: cannot convert float NaN to integer".into()))
                    } else if x.is_infinite() {
                        Err(E(
                            "OverflowError: cannot convert float infinity to integer".into()
                        ))
                    } else {
                        Ok(super::super::round::round_float_to_int(x.trunc()).unwrap())
                    }
                }
                _ if matches!(conv, 'o' | 'x' | 'X') => Err(te(format!(
                    "%{conv} format: an integer is required, not {}",
                    v.type_name()
                ))),
                _ => Err(te(format!(
                    "%{conv} format: a real number is required, not {}",
                    v.type_name()
                ))),
            }
        }
        fn as_float(&mut self, _conv: char) -> Result<f64, E> {
            match self.cur() {
                V::I(s) => Ok(int_to_f64(&s.parse().unwrap())?),
                V::F(b) => Ok(f64::from_bits(b)),
                v => Err(te(format!("must be real number, not {}", v.type_name()))),
            }
        }
        fn as_char(&mut self) -> Result<char, E> {
            match self.cur() {
                V::I(s) => {
                    let v: BigInt = s.parse().unwrap();
                    match v.to_i64() {
                        Some(x) if (0..=0x10ffff).contains(&x) => {
                            Ok(char::from_u32(x as u32).unwrap())
                        }
                        _ => Err(E("OverflowError: %c arg not in range(0x110000)".into())),
                    }
                }
                V::S(s, _, _) if s.chars().count() == 1 => Ok(s.chars().next().unwrap()),
                _ => Err(te("%c requires int or char".into())),
            }
        }
        fn as_width(&mut self) -> Result<i64, E> {
            match self.cur() {
                V::I(s) => {
                    let v: BigInt = s.parse().unwrap();
                    Ok(v.to_i64().unwrap_or(if v.sign() == Sign::Minus {
                        i64::MIN
                    } else {
                        i64::MAX
                    }))
                }
                _ => Err(te("* wants int".into())),
            }
        }
        fn finish(&mut self) -> Result<(), E> {
            if self.argidx < self.arglen && !self.mapping {
                Err(te(
                    "not all arguments converted during string formatting".into()
                ))
            } else {
                Ok(())
            }
        }
    }

    fn run(fmt: &str, mut args: Mock) -> String {
        match percent_format(fmt, &mut args) {
            Ok(s) => s,
            Err(E(e)) => format!("!{e}"),
        }
    }

    #[test]
    fn tuple_table() {
        for (fmt, items, want) in tuple_cases() {
            assert_eq!(
                run(fmt, Mock::tuple(items.clone())),
                want,
                "{fmt:?} % {items:?}"
            );
        }
    }

    #[test]
    fn single_table() {
        for (fmt, item, want) in single_cases() {
            assert_eq!(
                run(fmt, Mock::single(item.clone())),
                want,
                "{fmt:?} % {item:?}"
            );
        }
    }

    #[test]
    fn mapping_table() {
        for (fmt, map, repr, want) in mapping_cases() {
            assert_eq!(
                run(fmt, Mock::mapping(map.clone(), repr)),
                want,
                "{fmt:?} % {repr}"
            );
        }
    }

    use V::{F, I, S};

    // Tables generated by running `fmt % args` on CPython 3.11; an expected
    // value starting with '!' is the exception CPython raised.
    // BEGIN GENERATED PERCENT_CASES
    fn tuple_cases() -> Vec<(&'static str, Vec<V>, &'static str)> {
        vec![
            ("%o", vec![I("1114111")], "4177777"),
            ("%.10G", vec![I("-5")], "-5"),
            ("%-5r", vec![F(0x3ee4f8b588e368f1)], "1e-05"),
            ("%#.5d", vec![I("5")], "00005"),
            ("%#.0c", vec![I("-5")], "!OverflowError: %c arg not in range(0x110000)"),
            ("%#g", vec![I("-1180591620717411303424")], "-1.18059e+21"),
            ("%#-10e", vec![I("12157665459056928801")], "1.215767e+19"),
            ("%05r", vec![F(0x4341c37937e08000)], "1e+16"),
            ("% a", vec![I("42")], "42"),
            ("%05i", vec![I("255")], "00255"),
            ("%05e", vec![F(0x0000000000000000)], "0.000000e+00"),
            ("%2.1s", vec![F(0xfff0000000000000)], " -"),
            ("%.3d", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "!TypeError: %d format: a real number is required, not str"),
            ("%#.5E", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: must be real number, not str"),
            ("%#.0g", vec![S("abc", "'abc'", "'abc'")], "!TypeError: must be real number, not str"),
            ("%2.1f", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: must be real number, not str"),
            ("%.10e", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: must be real number, not str"),
            ("%#d", vec![F(0xfff0000000000000)], "!OverflowError: cannot convert float infinity to integer"),
            ("%2.1d", vec![I("-1180591620717411303424")], "-1180591620717411303424"),
            ("%g", vec![F(0x4341c37937e08000)], "1e+16"),
            ("%#.5F", vec![F(0x7ff0000000000000)], "INF"),
            ("%+08.3d", vec![F(0x4058e00000000000)], "+0000099"),
            ("%05o", vec![F(0x0000000000000000)], "!TypeError: %o format: an integer is required, not float"),
            ("%+E", vec![F(0xc002000000000000)], "-2.250000E+00"),
            ("%10.4F", vec![F(0x7e37e43c8800759c)], "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0000"),
            ("%05o", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: %o format: an integer is required, not str"),
            ("%#.5u", vec![F(0x3ff8000000000000)], "00001"),
            ("% 07x", vec![I("1114112")], " 110000"),
            ("%+ 5o", vec![F(0x8000000000000000)], "!TypeError: %o format: an integer is required, not float"),
            ("%.0o", vec![F(0x0000000000000000)], "!TypeError: %o format: an integer is required, not float"),
            ("%-5E", vec![F(0xfff0000000000000)], "-INF "),
            ("%2.1r", vec![S("it's", "\"it's\"", "\"it's\"")], " \""),
            ("%#.0g", vec![I("5")], "5."),
            ("%.0E", vec![I("1114111")], "1E+06"),
            ("%.0d", vec![I("42")], "42"),
            ("%#.5d", vec![I("-255")], "-00255"),
            ("%#.5a", vec![I("12157665459056928801")], "12157"),
            ("%05i", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: %i format: a real number is required, not str"),
            ("%10.4c", vec![F(0x3ff8000000000000)], "!TypeError: %c requires int or char"),
            ("%.10G", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: must be real number, not str"),
            ("%05E", vec![S("x", "'x'", "'x'")], "!TypeError: must be real number, not str"),
            ("%0-6G", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "!TypeError: must be real number, not str"),
            ("%-5s", vec![F(0x7ff8000000000000)], "nan  "),
            ("%.10x", vec![F(0x400921f9f01b866e)], "!TypeError: %x format: an integer is required, not float"),
            ("%#G", vec![F(0x7ff0000000000000)], "INF"),
            ("%#.5r", vec![F(0x7ff8000000000000)], "nan"),
            ("% g", vec![F(0x4341c37937e08000)], " 1e+16"),
            ("%+ 5o", vec![F(0x4058e00000000000)], "!TypeError: %o format: an integer is required, not float"),
            ("%0-6d", vec![S("x", "'x'", "'x'")], "!TypeError: %d format: a real number is required, not str"),
            ("%#010c", vec![I("65")], "         A"),
            ("%0-6g", vec![F(0x400921f9f01b866e)], "3.14159"),
            ("%2.1o", vec![F(0x4004000000000000)], "!TypeError: %o format: an integer is required, not float"),
            ("%+ 5a", vec![F(0x7ff8000000000000)], "  nan"),
            ("%#.5r", vec![F(0x0000000000000000)], "0.0"),
            ("%.3g", vec![I("42")], "42"),
            ("%-10.2i", vec![I("5")], "05        "),
            ("%+ 5x", vec![F(0x8000000000000000)], "!TypeError: %x format: an integer is required, not float"),
            ("%10.4F", vec![S("x", "'x'", "'x'")], "!TypeError: must be real number, not str"),
            ("%.0c", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "!TypeError: %c requires int or char"),
            ("%.10u", vec![I("65")], "0000000065"),
            ("%0-6r", vec![F(0x3ff8000000000000)], "1.5   "),
            ("%2.1e", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "!TypeError: must be real number, not str"),
            ("% r", vec![I("65")], "65"),
            ("%#g", vec![F(0x4058e00000000000)], "99.5000"),
            ("%#010F", vec![S("abc", "'abc'", "'abc'")], "!TypeError: must be real number, not str"),
            ("%2.1G", vec![I("-255")], "-3E+02"),
            ("%2.1E", vec![S("abc", "'abc'", "'abc'")], "!TypeError: must be real number, not str"),
            ("%5s", vec![F(0x0000000000000000)], "  0.0"),
            ("%#G", vec![F(0x400921f9f01b866e)], "3.14159"),
            ("%0-6E", vec![I("-1180591620717411303424")], "-1.180592E+21"),
            ("%-10.2u", vec![F(0x7e37e43c8800759c)], "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
            ("%#.0u", vec![I("12157665459056928801")], "12157665459056928801"),
            ("% c", vec![F(0xfff0000000000000)], "!TypeError: %c requires int or char"),
            ("%.0r", vec![F(0xc002000000000000)], ""),
            ("%0-6g", vec![F(0x4004000000000000)], "2.5   "),
            ("%#-10X", vec![F(0x4004000000000000)], "!TypeError: %X format: an integer is required, not float"),
            ("%.3o", vec![I("0")], "000"),
            ("%2.1d", vec![I("0")], " 0"),
            ("%#.5G", vec![I("12157665459056928801")], "1.2158E+19"),
            ("%#-10G", vec![I("255")], "255.000   "),
            ("%#010i", vec![F(0xfff0000000000000)], "!OverflowError: cannot convert float infinity to integer"),
            ("%e", vec![F(0x3ff8000000000000)], "1.500000e+00"),
            ("%+s", vec![I("1114112")], "1114112"),
            ("%.0e", vec![I("-255")], "-3e+02"),
            ("%-5c", vec![F(0x4004000000000000)], "!TypeError: %c requires int or char"),
            ("%10.4g", vec![I("1114111")], " 1.114e+06"),
            ("%#010e", vec![F(0x4058e00000000000)], "9.950000e+01"),
            ("%#E", vec![I("-1")], "-1.000000E+00"),
            ("%#.5s", vec![I("-255")], "-255"),
            ("%#-10G", vec![F(0xc002000000000000)], "-2.25000  "),
            ("%5e", vec![I("1114112")], "1.114112e+06"),
            ("%#-10o", vec![F(0x4004000000000000)], "!TypeError: %o format: an integer is required, not float"),
            ("%.0a", vec![I("5")], ""),
            ("%05G", vec![I("-5")], "-0005"),
            ("%0-6r", vec![I("-1")], "-1    "),
            ("%#.5E", vec![F(0x400921f9f01b866e)], "3.14159E+00"),
            ("%#.5d", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: %d format: a real number is required, not str"),
            ("%-5s", vec![F(0x4341c37937e08000)], "1e+16"),
            ("%#.5c", vec![S("abc", "'abc'", "'abc'")], "!TypeError: %c requires int or char"),
            ("%#i", vec![F(0x400921f9f01b866e)], "3"),
            ("%05s", vec![I("255")], "  255"),
            ("%.10u", vec![I("5")], "0000000005"),
            ("%#010s", vec![I("-255")], "      -255"),
            ("%#010F", vec![I("1114112")], "1114112.000000"),
            ("%#.0i", vec![F(0x4341c37937e08000)], "10000000000000000"),
            ("%10.4f", vec![F(0x4341c37937e08000)], "10000000000000000.0000"),
            ("%#-10x", vec![I("1114112")], "0x110000  "),
            ("%+o", vec![I("12157665459056928801")], "+1242705505105107764041"),
            ("%+08.3F", vec![S("x", "'x'", "'x'")], "!TypeError: must be real number, not str"),
            ("%+08.3x", vec![F(0x400921f9f01b866e)], "!TypeError: %x format: an integer is required, not float"),
            ("% F", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: must be real number, not str"),
            ("%#.0F", vec![F(0x3ee4f8b588e368f1)], "0."),
            ("%.0g", vec![S("x", "'x'", "'x'")], "!TypeError: must be real number, not str"),
            ("% 07G", vec![F(0x8000000000000000)], "-000000"),
            ("%2.1c", vec![I("42")], " *"),
            ("%5E", vec![S("x", "'x'", "'x'")], "!TypeError: must be real number, not str"),
            ("%5c", vec![F(0x0000000000000000)], "!TypeError: %c requires int or char"),
            ("%-5r", vec![I("0")], "0    "),
            ("%#010G", vec![F(0x400921f9f01b866e)], "0003.14159"),
            ("%#.5s", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "日本"),
            ("%-5x", vec![S("abc", "'abc'", "'abc'")], "!TypeError: %x format: an integer is required, not str"),
            ("%+a", vec![F(0x400921f9f01b866e)], "3.14159"),
            ("%.3X", vec![F(0x400921f9f01b866e)], "!TypeError: %X format: an integer is required, not float"),
            ("% s", vec![S("abc", "'abc'", "'abc'")], "abc"),
            ("%0-6c", vec![I("-5")], "!OverflowError: %c arg not in range(0x110000)"),
            ("%+ 5g", vec![F(0x8000000000000000)], "   -0"),
            ("%#.0o", vec![I("-1")], "-0o1"),
            ("%+ 5d", vec![I("-5")], "   -5"),
            ("%#010o", vec![I("5")], "0o00000005"),
            ("%5f", vec![I("-1")], "-1.000000"),
            ("%+E", vec![F(0x3fe0000000000000)], "+5.000000E-01"),
            ("%F", vec![I("12157665459056928801")], "12157665459056928768.000000"),
            ("%2.1i", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: %i format: a real number is required, not str"),
            ("%#.0g", vec![I("0")], "0."),
            ("%5X", vec![I("-255")], "  -FF"),
            ("%.0c", vec![I("-255")], "!OverflowError: %c arg not in range(0x110000)"),
            ("%-10.2G", vec![I("-1180591620717411303424")], "-1.2E+21  "),
            ("%05X", vec![F(0x400921f9f01b866e)], "!TypeError: %X format: an integer is required, not float"),
            ("%i", vec![F(0x7ff0000000000000)], "!OverflowError: cannot convert float infinity to integer"),
            ("%+G", vec![F(0x7ff8000000000000)], "+NAN"),
            ("% 07s", vec![I("5")], "      5"),
            ("%f", vec![I("65")], "65.000000"),
            ("%10.4d", vec![I("-5")], "     -0005"),
            ("% 07F", vec![I("42")], " 42.000000"),
            ("%5d", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: %d format: a real number is required, not str"),
            ("%F", vec![I("255")], "255.000000"),
            ("% G", vec![I("1114112")], " 1.11411E+06"),
            ("%5X", vec![F(0x0000000000000000)], "!TypeError: %X format: an integer is required, not float"),
            ("%#-10a", vec![F(0x7e37e43c8800759c)], "1e+300    "),
            ("%+08.3a", vec![I("1114112")], "     111"),
            ("%5G", vec![F(0x4341c37937e08000)], "1E+16"),
            ("%2.1E", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "!TypeError: must be real number, not str"),
            ("% E", vec![I("1114112")], " 1.114112E+06"),
            ("%+08.3F", vec![F(0x3ee4f8b588e368f1)], "+000.000"),
            ("%2.1f", vec![F(0x7e37e43c8800759c)], "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0"),
            ("%+ 5i", vec![F(0xfff0000000000000)], "!OverflowError: cannot convert float infinity to integer"),
            ("% 07i", vec![F(0x0000000000000000)], " 000000"),
            ("%.0x", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: %x format: an integer is required, not str"),
            ("%2.1a", vec![F(0xfff0000000000000)], " -"),
            ("%.3s", vec![I("0")], "0"),
            ("%#.5f", vec![F(0x3ee4f8b588e368f1)], "0.00001"),
            ("%.3r", vec![I("-5")], "-5"),
            ("%#u", vec![I("1114111")], "1114111"),
            ("%0-6E", vec![F(0x400921f9f01b866e)], "3.141590E+00"),
            ("%#i", vec![F(0x3fe0000000000000)], "0"),
            ("%#.0F", vec![F(0x3ff8000000000000)], "2."),
            ("%#010f", vec![S("x", "'x'", "'x'")], "!TypeError: must be real number, not str"),
            ("%2.1g", vec![F(0x400921f9f01b866e)], " 3"),
            ("% 07d", vec![I("65")], " 000065"),
            ("%.3E", vec![F(0x400921f9f01b866e)], "3.142E+00"),
            ("%05d", vec![I("0")], "00000"),
            ("%#010f", vec![I("255")], "255.000000"),
            ("%+08.3s", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "     hél"),
            ("%+08.3u", vec![I("1114111")], "+1114111"),
            ("%0-6i", vec![F(0x4341c37937e08000)], "10000000000000000"),
            ("%-10.2g", vec![I("1114112")], "1.1e+06   "),
            ("% 07u", vec![F(0x4058e00000000000)], " 000099"),
            ("%-5r", vec![F(0x40fe240c9fbe76c9)], "123456.789"),
            ("%#.5e", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: must be real number, not str"),
            ("%.0G", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: must be real number, not str"),
            ("%0-6x", vec![I("42")], "2a    "),
            ("%G", vec![F(0x4341c37937e08000)], "1E+16"),
            ("%05s", vec![F(0x3fe0000000000000)], "  0.5"),
            ("%.3r", vec![I("42")], "42"),
            ("%#E", vec![F(0x3ee4f8b588e368f1)], "1.000000E-05"),
            ("%.10c", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "!TypeError: %c requires int or char"),
            ("% X", vec![I("-1180591620717411303424")], "-400000000000000000"),
            ("%-10.2c", vec![I("255")], "ÿ         "),
            ("%5i", vec![F(0x7ff0000000000000)], "!OverflowError: cannot convert float infinity to integer"),
            ("%#.0u", vec![F(0x3ff8000000000000)], "1"),
            ("%-10.2c", vec![I("1114112")], "!OverflowError: %c arg not in range(0x110000)"),
            ("%2.1c", vec![F(0xfff0000000000000)], "!TypeError: %c requires int or char"),
            ("%.3f", vec![I("-1180591620717411303424")], "-1180591620717411303424.000"),
            ("%-10.2a", vec![S("abc", "'abc'", "'abc'")], "'a        "),
            ("%0-6r", vec![F(0xfff0000000000000)], "-inf  "),
            ("%+ 5e", vec![I("42")], "+4.200000e+01"),
            ("%10.4i", vec![F(0x3fe0000000000000)], "      0000"),
            ("%.3G", vec![I("255")], "255"),
            ("%-5F", vec![F(0x0000000000000000)], "0.000000"),
            ("%.10G", vec![I("1114111")], "1114111"),
            ("%-5o", vec![I("42")], "52   "),
            ("%.3F", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: must be real number, not str"),
            ("%#-10E", vec![I("65")], "6.500000E+01"),
            ("%s", vec![F(0x3ee4f8b588e368f1)], "1e-05"),
            ("%0-6F", vec![S("x", "'x'", "'x'")], "!TypeError: must be real number, not str"),
            ("%#.0E", vec![F(0x7e37e43c8800759c)], "1.E+300"),
            ("%5c", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "!TypeError: %c requires int or char"),
            ("%#.5x", vec![I("12157665459056928801")], "0xa8b8b452291fe821"),
            ("%#f", vec![I("0")], "0.000000"),
            ("%+ 5c", vec![F(0x400921f9f01b866e)], "!TypeError: %c requires int or char"),
            ("%10.4c", vec![F(0x7ff8000000000000)], "!TypeError: %c requires int or char"),
            ("%-10.2f", vec![I("5")], "5.00      "),
            ("%#010e", vec![I("5")], "5.000000e+00"),
            ("%-10.2o", vec![I("1114111")], "4177777   "),
            ("%a", vec![I("-5")], "-5"),
            ("%.3c", vec![I("5")], "\u{5}"),
            ("%d", vec![F(0x7e37e43c8800759c)], "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
            ("%10.4r", vec![I("-255")], "      -255"),
            ("% 07f", vec![F(0x3fe0000000000000)], " 0.500000"),
            ("%0-6E", vec![F(0x0000000000000000)], "0.000000E+00"),
            ("%05f", vec![F(0x3ee4f8b588e368f1)], "0.000010"),
            ("%#.5G", vec![F(0x4004000000000000)], "2.5000"),
            ("%-10.2d", vec![F(0x0000000000000000)], "00        "),
            ("%+ 5G", vec![F(0x40fe240c9fbe76c9)], "+123457"),
            ("%u", vec![I("1114111")], "1114111"),
            ("%#.5a", vec![F(0x7ff8000000000000)], "nan"),
            ("%+ 5g", vec![F(0x4004000000000000)], " +2.5"),
            ("%-10.2g", vec![F(0x7ff8000000000000)], "nan       "),
            ("%#-10f", vec![I("-255")], "-255.000000"),
            ("%2.1x", vec![F(0x400921f9f01b866e)], "!TypeError: %x format: an integer is required, not float"),
            ("%.0u", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "!TypeError: %u format: a real number is required, not str"),
            ("%05g", vec![F(0xc002000000000000)], "-2.25"),
            ("%10.4s", vec![I("-1")], "        -1"),
            ("%-5d", vec![F(0x7ff8000000000000)], "!ValueError: cannot convert float NaN to integer"),
            ("% d", vec![I("-255")], "-255"),
            ("%.3g", vec![I("-1")], "-1"),
            ("%-5g", vec![F(0x7ff0000000000000)], "inf  "),
            ("%#-10s", vec![I("0")], "0         "),
            ("%05G", vec![F(0x7ff0000000000000)], "00INF"),
            ("% 07f", vec![F(0x3ee4f8b588e368f1)], " 0.000010"),
            ("%10.4c", vec![I("-1")], "!OverflowError: %c arg not in range(0x110000)"),
            ("%2.1r", vec![S("x", "'x'", "'x'")], " '"),
            ("%10.4g", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: must be real number, not str"),
            ("%#G", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: must be real number, not str"),
            ("%-10.2r", vec![F(0x3fe0000000000000)], "0.        "),
            ("%10.4s", vec![F(0x7e37e43c8800759c)], "      1e+3"),
            ("%.10X", vec![F(0x400921f9f01b866e)], "!TypeError: %X format: an integer is required, not float"),
            ("%10.4G", vec![I("-5")], "        -5"),
            ("%05d", vec![I("1114111")], "1114111"),
            ("%#.5s", vec![I("5")], "5"),
            ("%#010s", vec![I("-1180591620717411303424")], "-1180591620717411303424"),
            ("%10.4x", vec![I("-1180591620717411303424")], "-400000000000000000"),
            ("%05e", vec![I("1114111")], "1.114111e+06"),
            ("%-10.2g", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: must be real number, not str"),
            ("%#010o", vec![F(0x7ff8000000000000)], "!TypeError: %o format: an integer is required, not float"),
            ("%#-10F", vec![F(0x8000000000000000)], "-0.000000 "),
            ("%f", vec![I("-1")], "-1.000000"),
            ("%a", vec![F(0x3fe0000000000000)], "0.5"),
            ("%10.4o", vec![F(0x7ff0000000000000)], "!TypeError: %o format: an integer is required, not float"),
            ("% 07i", vec![F(0x8000000000000000)], " 000000"),
            ("%-5e", vec![I("0")], "0.000000e+00"),
            ("%#-10i", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: %i format: a real number is required, not str"),
            ("%-10.2f", vec![F(0x400921f9f01b866e)], "3.14      "),
            ("%0-6X", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "!TypeError: %X format: an integer is required, not str"),
            ("%.0o", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "!TypeError: %o format: an integer is required, not str"),
            ("%#.5X", vec![F(0x3ff8000000000000)], "!TypeError: %X format: an integer is required, not float"),
            ("%5g", vec![F(0x4058e00000000000)], " 99.5"),
            ("%5G", vec![I("0")], "    0"),
            ("%#.0a", vec![F(0x7ff8000000000000)], ""),
            ("%#.0x", vec![F(0x7ff8000000000000)], "!TypeError: %x format: an integer is required, not float"),
            ("%10.4F", vec![F(0xfff0000000000000)], "      -INF"),
            ("%-5F", vec![I("5")], "5.000000"),
            ("%-10.2x", vec![I("42")], "2a        "),
            ("%-10.2s", vec![S("it's", "\"it's\"", "\"it's\"")], "it        "),
            ("%.3X", vec![F(0x8000000000000000)], "!TypeError: %X format: an integer is required, not float"),
            ("%#-10g", vec![F(0x4004000000000000)], "2.50000   "),
            ("% 07d", vec![F(0x8000000000000000)], " 000000"),
            ("%-5c", vec![F(0x7e37e43c8800759c)], "!TypeError: %c requires int or char"),
            ("%x", vec![I("42")], "2a"),
            ("% i", vec![I("255")], " 255"),
            ("%g", vec![I("255")], "255"),
            ("%+ 5x", vec![I("1114112")], "+110000"),
            ("%0-6d", vec![F(0x0000000000000000)], "0     "),
            ("%-10.2f", vec![F(0x7e37e43c8800759c)], "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"),
            ("% X", vec![F(0x7e37e43c8800759c)], "!TypeError: %X format: an integer is required, not float"),
            ("%5i", vec![I("-5")], "   -5"),
            ("%5E", vec![I("5")], "5.000000E+00"),
            ("%05F", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: must be real number, not str"),
            ("%-10.2e", vec![F(0x7ff8000000000000)], "nan       "),
            ("% 07c", vec![I("-5")], "!OverflowError: %c arg not in range(0x110000)"),
            ("% i", vec![F(0x7ff8000000000000)], "!ValueError: cannot convert float NaN to integer"),
            ("%#X", vec![F(0x4058e00000000000)], "!TypeError: %X format: an integer is required, not float"),
            ("%#-10f", vec![I("-1")], "-1.000000 "),
            ("%05u", vec![F(0xfff0000000000000)], "!OverflowError: cannot convert float infinity to integer"),
            ("%#010x", vec![I("-5")], "-0x0000005"),
            ("%10.4a", vec![I("65")], "        65"),
            ("%#.0G", vec![I("-5")], "-5."),
            ("%+s", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "héllo"),
            ("%+ 5e", vec![F(0x7e37e43c8800759c)], "+1.000000e+300"),
            ("%-5G", vec![F(0x4341c37937e08000)], "1E+16"),
            ("%10.4E", vec![F(0x3fe0000000000000)], "5.0000E-01"),
            ("%10.4x", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "!TypeError: %x format: an integer is required, not str"),
            ("%#.0G", vec![F(0x3ff8000000000000)], "2."),
            ("%.0G", vec![I("-1180591620717411303424")], "-1E+21"),
            ("%05o", vec![F(0xc002000000000000)], "!TypeError: %o format: an integer is required, not float"),
            ("%.10g", vec![F(0x7e37e43c8800759c)], "1e+300"),
            ("%05E", vec![I("255")], "2.550000E+02"),
            ("% 07e", vec![I("-5")], "-5.000000e+00"),
            ("%#-10e", vec![I("42")], "4.200000e+01"),
            ("%-5X", vec![F(0x4058e00000000000)], "!TypeError: %X format: an integer is required, not float"),
            ("%+ 5f", vec![F(0x400921f9f01b866e)], "+3.141590"),
            ("%05c", vec![I("5")], "    \u{5}"),
            ("%.0F", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "!TypeError: must be real number, not str"),
            ("% G", vec![I("65")], " 65"),
            ("%05g", vec![F(0x400921f9f01b866e)], "3.14159"),
            ("%.0g", vec![F(0x400921f9f01b866e)], "3"),
            ("% 07c", vec![I("0")], "      \u{0}"),
            ("%-5o", vec![F(0x40fe240c9fbe76c9)], "!TypeError: %o format: an integer is required, not float"),
            ("%5r", vec![I("1114112")], "1114112"),
            ("%#010u", vec![F(0x3ff8000000000000)], "0000000001"),
            ("%.10u", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: %u format: a real number is required, not str"),
            ("%+ 5c", vec![F(0x3ee4f8b588e368f1)], "!TypeError: %c requires int or char"),
            ("%#g", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: must be real number, not str"),
            ("%#.5i", vec![I("-5")], "-00005"),
            ("%10.4s", vec![I("12157665459056928801")], "      1215"),
            ("%.3d", vec![I("1114112")], "1114112"),
            ("%#-10c", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: %c requires int or char"),
            ("%#010d", vec![I("255")], "0000000255"),
            ("%-10.2c", vec![I("1114111")], "\u{10ffff}         "),
            ("%.3a", vec![I("12157665459056928801")], "121"),
            ("%#.0x", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: %x format: an integer is required, not str"),
            ("%#a", vec![I("-5")], "-5"),
            ("%+ 5u", vec![S("x", "'x'", "'x'")], "!TypeError: %u format: a real number is required, not str"),
            ("%+08.3G", vec![F(0x3fe0000000000000)], "+00000.5"),
            ("%.10u", vec![F(0x400921f9f01b866e)], "0000000003"),
            ("%2.1e", vec![I("0")], "0.0e+00"),
            ("%+08.3F", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "!TypeError: must be real number, not str"),
            ("%+ 5c", vec![S("x", "'x'", "'x'")], "    x"),
            ("%#s", vec![F(0x7ff0000000000000)], "inf"),
            ("%G", vec![I("1114111")], "1.11411E+06"),
            ("%-5F", vec![I("255")], "255.000000"),
            ("%-5d", vec![F(0x3ff8000000000000)], "1    "),
            ("%.10x", vec![F(0x7e37e43c8800759c)], "!TypeError: %x format: an integer is required, not float"),
            ("%#-10a", vec![I("255")], "255       "),
            ("%c", vec![F(0x8000000000000000)], "!TypeError: %c requires int or char"),
            ("%+08.3c", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: %c requires int or char"),
            ("%5a", vec![I("12157665459056928801")], "12157665459056928801"),
            ("%#.0F", vec![I("1114112")], "1114112."),
            ("%+08.3g", vec![I("42")], "+0000042"),
            ("%-10.2a", vec![F(0x7e37e43c8800759c)], "1e        "),
            ("%2.1a", vec![I("-5")], " -"),
            ("%#.5i", vec![I("-1")], "-00001"),
            ("%5o", vec![S("abc", "'abc'", "'abc'")], "!TypeError: %o format: an integer is required, not str"),
            ("%X", vec![F(0xc002000000000000)], "!TypeError: %X format: an integer is required, not float"),
            ("%.10X", vec![I("255")], "00000000FF"),
            ("%#.0X", vec![F(0x4341c37937e08000)], "!TypeError: %X format: an integer is required, not float"),
            ("%.3e", vec![I("65")], "6.500e+01"),
            ("%#o", vec![F(0x4058e00000000000)], "!TypeError: %o format: an integer is required, not float"),
            ("%#o", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: %o format: an integer is required, not str"),
            ("%5x", vec![F(0x7ff0000000000000)], "!TypeError: %x format: an integer is required, not float"),
            ("%+u", vec![F(0x3fe0000000000000)], "+0"),
            ("%#010i", vec![F(0x4341c37937e08000)], "10000000000000000"),
            ("%#010a", vec![F(0x3ff8000000000000)], "       1.5"),
            ("%5E", vec![I("0")], "0.000000E+00"),
            ("%10.4X", vec![I("-1")], "     -0001"),
            ("%10.4r", vec![I("5")], "         5"),
            ("%#010d", vec![I("5")], "0000000005"),
            ("%0-6a", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "'\\u65e5\\u672c'"),
            ("% X", vec![I("-1")], "-1"),
            ("%5F", vec![F(0x3ff8000000000000)], "1.500000"),
            ("%0-6G", vec![F(0x7e37e43c8800759c)], "1E+300"),
            ("%f", vec![S("abc", "'abc'", "'abc'")], "!TypeError: must be real number, not str"),
            ("% G", vec![F(0xfff0000000000000)], "-INF"),
            ("%+ 5r", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], " '日本'"),
            ("%#-10o", vec![I("0")], "0o0       "),
            ("%.3c", vec![F(0x4341c37937e08000)], "!TypeError: %c requires int or char"),
            ("%-5e", vec![I("1114112")], "1.114112e+06"),
            ("% g", vec![F(0x400921f9f01b866e)], " 3.14159"),
            ("%#X", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: %X format: an integer is required, not str"),
            ("%.0s", vec![S("abc", "'abc'", "'abc'")], ""),
            ("%+s", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "日本"),
            ("%0-6u", vec![F(0x7ff8000000000000)], "!ValueError: cannot convert float NaN to integer"),
            ("%#f", vec![I("1114112")], "1114112.000000"),
            ("%.10c", vec![I("-255")], "!OverflowError: %c arg not in range(0x110000)"),
            ("%-10.2F", vec![I("12157665459056928801")], "12157665459056928768.00"),
            ("%+i", vec![I("1114112")], "+1114112"),
            ("%2.1r", vec![F(0x40fe240c9fbe76c9)], " 1"),
            ("%+d", vec![S("x", "'x'", "'x'")], "!TypeError: %d format: a real number is required, not str"),
            ("%-10.2o", vec![I("65")], "101       "),
            ("%10.4d", vec![F(0x40fe240c9fbe76c9)], "    123456"),
            ("%r", vec![F(0x7ff0000000000000)], "inf"),
            ("%10.4g", vec![S("it's", "\"it's\"", "\"it's\"")], "!TypeError: must be real number, not str"),
            ("%+08.3a", vec![I("5")], "       5"),
            ("%#010c", vec![F(0xc002000000000000)], "!TypeError: %c requires int or char"),
            ("%2.1X", vec![F(0x3fe0000000000000)], "!TypeError: %X format: an integer is required, not float"),
            ("%+ 5s", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "héllo"),
            ("%.0X", vec![I("42")], "2A"),
            ("% s", vec![I("1114112")], "1114112"),
            ("%5s", vec![I("255")], "  255"),
            ("% 07X", vec![S("abc", "'abc'", "'abc'")], "!TypeError: %X format: an integer is required, not str"),
            ("%5X", vec![F(0xfff0000000000000)], "!TypeError: %X format: an integer is required, not float"),
            ("% 07E", vec![F(0xc002000000000000)], "-2.250000E+00"),
            ("%.0d", vec![F(0x3ff8000000000000)], "1"),
            ("%.0G", vec![I("-1")], "-1"),
            ("%-10.2u", vec![F(0x3fe0000000000000)], "00        "),
            ("%.0u", vec![I("0")], "0"),
            ("%#-10G", vec![I("12157665459056928801")], "1.21577E+19"),
            ("% 07E", vec![S("x", "'x'", "'x'")], "!TypeError: must be real number, not str"),
            ("%#f", vec![F(0x40fe240c9fbe76c9)], "123456.789000"),
            ("%+08.3r", vec![I("-1")], "      -1"),
            ("%+g", vec![I("5")], "+5"),
            ("% o", vec![S("x", "'x'", "'x'")], "!TypeError: %o format: an integer is required, not str"),
            ("%-10.2r", vec![F(0x40fe240c9fbe76c9)], "12        "),
            ("%10.4d", vec![F(0x8000000000000000)], "      0000"),
            ("%.3u", vec![S("x", "'x'", "'x'")], "!TypeError: %u format: a real number is required, not str"),
            ("%.0F", vec![F(0x3ee4f8b588e368f1)], "0"),
            ("% r", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "'日本'"),
            ("% F", vec![F(0x4004000000000000)], " 2.500000"),
            ("%0-6i", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: %i format: a real number is required, not str"),
            ("%#.0c", vec![I("65")], "A"),
            ("%0-6e", vec![I("1114112")], "1.114112e+06"),
            ("% 07G", vec![F(0xfff0000000000000)], "-000INF"),
            ("%+u", vec![I("65")], "+65"),
            ("%05f", vec![S("abc", "'abc'", "'abc'")], "!TypeError: must be real number, not str"),
            ("% 07f", vec![I("-1")], "-1.000000"),
            ("%0-6u", vec![I("-5")], "-5    "),
            ("%+08.3G", vec![F(0x3ee4f8b588e368f1)], "+001E-05"),
            ("%+X", vec![F(0x3ff8000000000000)], "!TypeError: %X format: an integer is required, not float"),
            ("%#r", vec![I("12157665459056928801")], "12157665459056928801"),
            ("%10.4e", vec![I("12157665459056928801")], "1.2158e+19"),
            ("%5g", vec![F(0x0000000000000000)], "    0"),
            ("%-5X", vec![F(0x4004000000000000)], "!TypeError: %X format: an integer is required, not float"),
            ("%#010i", vec![F(0x4058e00000000000)], "0000000099"),
            ("%.3i", vec![I("12157665459056928801")], "12157665459056928801"),
            ("%#010E", vec![F(0x40fe240c9fbe76c9)], "1.234568E+05"),
            ("%+08.3d", vec![F(0x8000000000000000)], "+0000000"),
            ("%#E", vec![I("65")], "6.500000E+01"),
            ("%5r", vec![I("255")], "  255"),
            ("%10.4a", vec![F(0x3fe0000000000000)], "       0.5"),
            ("%#010u", vec![I("1114112")], "0001114112"),
            ("%#.5u", vec![F(0x8000000000000000)], "00000"),
            ("%.3f", vec![I("255")], "255.000"),
            ("%+d", vec![F(0x4058e00000000000)], "+99"),
            ("%+ 5E", vec![F(0x7e37e43c8800759c)], "+1.000000E+300"),
            ("%-10.2E", vec![I("0")], "0.00E+00  "),
            ("%-10.2i", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: %i format: a real number is required, not str"),
            ("%#010G", vec![I("-1")], "-001.00000"),
            ("%05o", vec![F(0x7ff0000000000000)], "!TypeError: %o format: an integer is required, not float"),
            ("%-10.2X", vec![F(0x4058e00000000000)], "!TypeError: %X format: an integer is required, not float"),
            ("%2.1G", vec![F(0x40fe240c9fbe76c9)], "1E+05"),
            ("%+f", vec![I("-5")], "-5.000000"),
            ("%.10F", vec![F(0xc002000000000000)], "-2.2500000000"),
            ("%#010x", vec![F(0x400921f9f01b866e)], "!TypeError: %x format: an integer is required, not float"),
            ("% d", vec![I("0")], " 0"),
            ("%#E", vec![I("1114111")], "1.114111E+06"),
            ("%10.4r", vec![F(0x400921f9f01b866e)], "      3.14"),
            ("%5a", vec![I("1114112")], "1114112"),
            ("%+ 5F", vec![I("42")], "+42.000000"),
            ("%.3e", vec![F(0x7ff8000000000000)], "nan"),
            ("%+ 5a", vec![I("42")], "   42"),
            ("%.10F", vec![F(0xfff0000000000000)], "-INF"),
            ("%#.5r", vec![I("42")], "42"),
            ("% 07o", vec![F(0x4341c37937e08000)], "!TypeError: %o format: an integer is required, not float"),
            ("%#.5o", vec![I("1114111")], "0o4177777"),
            ("%+08.3i", vec![S("x", "'x'", "'x'")], "!TypeError: %i format: a real number is required, not str"),
            ("%2.1i", vec![I("5")], " 5"),
            ("%.3g", vec![I("255")], "255"),
            ("%+F", vec![S("x", "'x'", "'x'")], "!TypeError: must be real number, not str"),
            ("%+G", vec![F(0x4004000000000000)], "+2.5"),
            ("%-10.2e", vec![F(0x4341c37937e08000)], "1.00e+16  "),
            ("%+08.3a", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "     'h\\"),
            ("%10.4u", vec![I("65")], "      0065"),
            ("%+ 5f", vec![I("1114111")], "+1114111.000000"),
            ("%+08.3X", vec![I("5")], "+0000005"),
            ("%+08.3E", vec![I("-5")], "-5.000E+00"),
            ("%.3G", vec![F(0x4058e00000000000)], "99.5"),
            ("%#X", vec![F(0x4004000000000000)], "!TypeError: %X format: an integer is required, not float"),
            ("%#010s", vec![I("1114111")], "   1114111"),
            ("% 07i", vec![F(0x3ff8000000000000)], " 000001"),
            ("%.0s", vec![I("-5")], ""),
            ("%#.5o", vec![F(0x4058e00000000000)], "!TypeError: %o format: an integer is required, not float"),
            ("%+s", vec![F(0x7ff8000000000000)], "nan"),
            ("%.10a", vec![I("5")], "5"),
            ("% X", vec![S("abc", "'abc'", "'abc'")], "!TypeError: %X format: an integer is required, not str"),
            ("%05s", vec![F(0x8000000000000000)], " -0.0"),
            ("%#-10F", vec![F(0x7e37e43c8800759c)], "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"),
            ("%.3F", vec![F(0x7ff0000000000000)], "INF"),
            ("%5x", vec![I("1114112")], "110000"),
            ("%d", vec![I("5")], "5"),
            ("%+X", vec![F(0x400921f9f01b866e)], "!TypeError: %X format: an integer is required, not float"),
            ("%10.4a", vec![I("5")], "         5"),
            ("%5r", vec![F(0x3ee4f8b588e368f1)], "1e-05"),
            ("%-10.2e", vec![F(0x3fe0000000000000)], "5.00e-01  "),
            ("%.0c", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: %c requires int or char"),
            ("% 07a", vec![F(0x0000000000000000)], "    0.0"),
            ("%#.5u", vec![F(0x7ff8000000000000)], "!ValueError: cannot convert float NaN to integer"),
            ("%i", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "!TypeError: %i format: a real number is required, not str"),
            ("%#.0r", vec![F(0xc002000000000000)], ""),
            ("%#010E", vec![I("42")], "4.200000E+01"),
            ("%g", vec![F(0x7ff8000000000000)], "nan"),
            ("%%", vec![], "%"),
            ("100%%", vec![], "100%"),
            ("%5%", vec![], "!TypeError: not enough arguments for format string"),
            ("%5%", vec![I("1")], "!ValueError: unsupported format character '%' (0x25) at index 2"),
            ("%s %s", vec![I("1")], "!TypeError: not enough arguments for format string"),
            ("%s", vec![], "!TypeError: not enough arguments for format string"),
            ("%s", vec![I("1"), I("2")], "!TypeError: not all arguments converted during string formatting"),
            ("abc", vec![I("1")], "!TypeError: not all arguments converted during string formatting"),
            ("abc", vec![], "abc"),
            ("%y", vec![], "!TypeError: not enough arguments for format string"),
            ("%y", vec![I("1")], "!ValueError: unsupported format character 'y' (0x79) at index 1"),
            ("a%", vec![I("1")], "!ValueError: incomplete format"),
            ("%-", vec![I("1")], "!ValueError: incomplete format"),
            ("%5", vec![I("1")], "!ValueError: incomplete format"),
            ("%.", vec![I("1")], "!ValueError: incomplete format"),
            ("%.5", vec![I("1")], "!ValueError: incomplete format"),
            ("%*d", vec![I("5"), I("3")], "    3"),
            ("%*d", vec![I("-5"), I("3")], "3    "),
            ("%-*d", vec![I("5"), I("3")], "3    "),
            ("%.*f", vec![I("2"), F(0x400921f9f01b866e)], "3.14"),
            ("%.*f", vec![I("-3"), F(0x3ff8000000000000)], "2"),
            ("%*.*f", vec![I("8"), I("2"), F(0x400921f9f01b866e)], "    3.14"),
            ("%*", vec![I("5")], "!ValueError: incomplete format"),
            ("%*s", vec![S("x", "'x'", "'x'"), S("y", "'y'", "'y'")], "!TypeError: * wants int"),
            ("%.*s", vec![F(0x3ff8000000000000), S("y", "'y'", "'y'")], "!TypeError: * wants int"),
            ("%*d", vec![I("5")], "!TypeError: not enough arguments for format string"),
            ("%hd %ld %Lf", vec![I("1"), I("2"), F(0x400c000000000000)], "1 2 3.500000"),
            ("%l", vec![I("1")], "!ValueError: incomplete format"),
            ("%lh", vec![I("1")], "!ValueError: unsupported format character 'h' (0x68) at index 2"),
            ("%(a)s", vec![I("1")], "!TypeError: format requires a mapping"),
            ("%\n", vec![I("1")], "!ValueError: unsupported format character '?' (0xa) at index 1"),
            ("%é", vec![I("1")], "!ValueError: unsupported format character '?' (0xe9) at index 1"),
            ("%\u{1f}", vec![I("1")], "!ValueError: unsupported format character '\u{1f}' (0x1f) at index 1"),
            ("%\u{7f}", vec![I("1")], "!ValueError: unsupported format character '?' (0x7f) at index 1"),
            ("%😀", vec![I("1")], "!ValueError: unsupported format character '?' (0x1f600) at index 1"),
            ("%d %s", vec![I("1"), S("x", "'x'", "'x'")], "1 x"),
            ("%s and %r and %a", vec![S("é", "'é'", "'\\xe9'"), S("é", "'é'", "'\\xe9'"), S("é", "'é'", "'\\xe9'")], "é and 'é' and '\\xe9'"),
            ("%c%c%c", vec![I("72"), S("i", "'i'", "'i'"), I("128512")], "Hi😀"),
            ("%c", vec![S("ab", "'ab'", "'ab'")], "!TypeError: %c requires int or char"),
            ("%c", vec![F(0x3ff8000000000000)], "!TypeError: %c requires int or char"),
            ("%c", vec![I("-1")], "!OverflowError: %c arg not in range(0x110000)"),
            ("%c", vec![I("1114112")], "!OverflowError: %c arg not in range(0x110000)"),
            ("%5c", vec![S("x", "'x'", "'x'")], "    x"),
            ("%-5c|", vec![I("65")], "A    |"),
            ("%05c", vec![S("a", "'a'", "'a'")], "    a"),
            ("%.0c", vec![S("a", "'a'", "'a'")], "a"),
            ("%d", vec![S("x", "'x'", "'x'")], "!TypeError: %d format: a real number is required, not str"),
            ("%x", vec![F(0x3ff8000000000000)], "!TypeError: %x format: an integer is required, not float"),
            ("%x", vec![S("x", "'x'", "'x'")], "!TypeError: %x format: an integer is required, not str"),
            ("%o", vec![F(0x4000000000000000)], "!TypeError: %o format: an integer is required, not float"),
            ("%X", vec![S("a", "'a'", "'a'")], "!TypeError: %X format: an integer is required, not str"),
            ("%i", vec![F(0x4007333333333333)], "2"),
            ("%d", vec![F(0xc007333333333333)], "-2"),
            ("%u", vec![F(0x4415af1d78b58c40)], "100000000000000000000"),
            ("%d", vec![F(0x7ff8000000000000)], "!ValueError: cannot convert float NaN to integer"),
            ("%d", vec![F(0x7ff0000000000000)], "!OverflowError: cannot convert float infinity to integer"),
            ("%f", vec![S("x", "'x'", "'x'")], "!TypeError: must be real number, not str"),
            ("%e", vec![I("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376")], "!OverflowError: int too large to convert to float"),
            ("%f", vec![I("1152921504606846976")], "1152921504606846976.000000"),
            ("%.3s", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "hél"),
            ("%-8.3s|", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "hél     |"),
            ("%8.3s", vec![S("héllo", "'héllo'", "'h\\xe9llo'")], "     hél"),
            ("%s", vec![S("", "''", "''")], ""),
            ("%5s", vec![S("", "''", "''")], "     "),
            ("%.0s", vec![S("abc", "'abc'", "'abc'")], ""),
            ("%#s", vec![S("a", "'a'", "'a'")], "a"),
            ("%+s", vec![S("a", "'a'", "'a'")], "a"),
            ("%010s", vec![S("a", "'a'", "'a'")], "         a"),
            ("%r", vec![S("a\nb", "'a\\nb'", "'a\\nb'")], "'a\\nb'"),
            ("%a", vec![S("日本", "'日本'", "'\\u65e5\\u672c'")], "'\\u65e5\\u672c'"),
            ("%.2r", vec![S("abc", "'abc'", "'abc'")], "'a"),
            ("%99999999999999999999d", vec![I("1")], "!ValueError: width too big"),
            ("%.99999999999d", vec![I("1")], "!ValueError: precision too big"),
            ("%.2147483647d", vec![I("1")], "!OverflowError: precision too large"),
            ("%.2147483645d", vec![I("1")], "!OverflowError: precision too large"),
            ("x%sy%sz", vec![S("1", "'1'", "'1'"), S("2", "'2'", "'2'")], "x1y2z"),
            ("%s%%%s", vec![I("1"), I("2")], "1%2"),
            ("%%%s%%", vec![I("1")], "%1%"),
            ("%-010d|", vec![I("-5")], "-5        |"),
            ("%#010o", vec![I("8")], "0o00000010"),
            ("%#010x", vec![I("255")], "0x000000ff"),
            ("%#-10x|", vec![I("255")], "0xff      |"),
            ("% #010X", vec![I("-255")], "-0X00000FF"),
            ("%+#o", vec![I("0")], "+0o0"),
            ("%#x", vec![I("0")], "0x0"),
            ("%#.5x", vec![I("255")], "0x000ff"),
            ("%#8.5X", vec![I("-255")], "-0X000FF"),
            ("%.0d", vec![I("0")], "0"),
            ("%#.0o", vec![I("0")], "0o0"),
            ("%+.0f", vec![F(0xbfd999999999999a)], "-0"),
            ("% .3e", vec![F(0x0000000000000000)], " 0.000e+00"),
            ("%#.0e", vec![F(0x3ff0000000000000)], "1.e+00"),
            ("%#g", vec![F(0x3ff0000000000000)], "1.00000"),
            ("%#.3g", vec![F(0x40f86a0000000000)], "1.00e+05"),
            ("%g", vec![F(0x3ee4f8b588e368f1)], "1e-05"),
            ("%G", vec![F(0x358dee7a4ad4b81f)], "1E-50"),
            ("%F", vec![F(0x7ff0000000000000)], "INF"),
            ("%E", vec![F(0x7ff8000000000000)], "NAN"),
            ("%010.3f", vec![F(0xbff8000000000000)], "-00001.500"),
            ("%-010.3f|", vec![F(0xbff8000000000000)], "-1.500    |"),
            ("%+010.3f", vec![F(0x3ff8000000000000)], "+00001.500"),
            ("% 010.3f", vec![F(0x3ff8000000000000)], " 00001.500"),
            ("%010f", vec![F(0xfff0000000000000)], "-000000inf"),
            ("%010f", vec![F(0x7ff8000000000000)], "0000000nan"),
            ("%.100f", vec![F(0x3fb999999999999a)], "0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000"),
            ("%.60e", vec![F(0x3fb999999999999a)], "1.000000000000000055511151231257827021181583404541015625000000e-01"),
            ("%.0f %.0f %.0f %.0f", vec![F(0x3fe0000000000000), F(0x3ff8000000000000), F(0x4004000000000000), F(0x400c000000000000)], "0 2 2 4"),
            ("%20.10g", vec![F(0x3fd5555555555555)], "        0.3333333333"),
            ("%-+20.10e|", vec![F(0x3fe5555555555555)], "+6.6666666667e-01   |"),
            ("%(x", vec![], "!TypeError: format requires a mapping"),
            ("%d%", vec![I("1")], "!ValueError: incomplete format"),
            ("%s", vec![S("t", "'t'", "'t'")], "t"),
            ("%*.*s|", vec![I("-10"), I("3"), S("abcdef", "'abcdef'", "'abcdef'")], "abc       |"),
            ("%.*d", vec![I("5"), I("42")], "00042"),
            ("%-*.*d|", vec![I("-8"), I("4"), I("-42")], "-0042   |"),
            ("%*d", vec![I("3"), I("1")], "  1"),
            ("%.*d", vec![I("2147483648"), I("1")], "!OverflowError: Python int too large to convert to C int"),
            ("%*d", vec![I("1180591620717411303424"), I("1")], "!OverflowError: Python int too large to convert to C ssize_t"),
            ("%*d", vec![I("-1180591620717411303424"), I("1")], "!OverflowError: Python int too large to convert to C ssize_t"),
            ("%.*d", vec![I("1180591620717411303424"), I("1")], "!OverflowError: Python int too large to convert to C int"),
            ("%.*d", vec![I("-1180591620717411303424"), I("1")], "!OverflowError: Python int too large to convert to C int"),
            ("%.*d", vec![I("-2147483649"), I("1")], "!OverflowError: Python int too large to convert to C int"),
            ("%.*f", vec![I("0"), F(0x3ff0000000000000)], "1"),
            ("%c", vec![I("1114111")], "\u{10ffff}"),
            ("%3c", vec![I("233")], "  é"),
            ("%x %X %o", vec![I("12157665459056928801"), I("12157665459056928801"), I("12157665459056928801")], "a8b8b452291fe821 A8B8B452291FE821 1242705505105107764041"),
            ("%d", vec![I("1000000000000000000000000000000")], "1000000000000000000000000000000"),
            ("%+d % d", vec![I("1000000000000000000000000000000"), I("-1000000000000000000000000000000")], "+1000000000000000000000000000000 -1000000000000000000000000000000"),
            ("%015d", vec![I("-1000000000000")], "-01000000000000"),
            ("%s%s%s", vec![I("1"), I("2")], "!TypeError: not enough arguments for format string"),
            ("%s%s", vec![I("1"), I("2"), I("3")], "!TypeError: not all arguments converted during string formatting"),
            ("%(a)s", vec![], "!TypeError: format requires a mapping"),
        ]
    }

    fn single_cases() -> Vec<(&'static str, V, &'static str)> {
        vec![
            ("%s", I("5"), "5"),
            ("%d", I("5"), "5"),
            (
                "abc",
                I("5"),
                "!TypeError: not all arguments converted during string formatting",
            ),
            (
                "%s %s",
                I("5"),
                "!TypeError: not enough arguments for format string",
            ),
            ("%s", S("x", "'x'", "'x'"), "x"),
            ("%r", S("x", "'x'", "'x'"), "'x'"),
            ("%5.1f", F(0x4002000000000000), "  2.2"),
            ("%c", S("a", "'a'", "'a'"), "a"),
            (
                "%*d",
                I("5"),
                "!TypeError: not enough arguments for format string",
            ),
            ("%x", I("255"), "ff"),
            (
                "",
                I("5"),
                "!TypeError: not all arguments converted during string formatting",
            ),
            (
                "%%",
                I("5"),
                "!TypeError: not all arguments converted during string formatting",
            ),
            ("%s%%", F(0x3ff8000000000000), "1.5%"),
            ("%(a)s", I("5"), "!TypeError: format requires a mapping"),
            (
                "%y",
                I("5"),
                "!ValueError: unsupported format character 'y' (0x79) at index 1",
            ),
            ("%.2s", S("abc", "'abc'", "'abc'"), "ab"),
            ("%-4s|", S("ab", "'ab'", "'ab'"), "ab  |"),
        ]
    }

    #[allow(clippy::type_complexity)]
    fn mapping_cases() -> Vec<(
        &'static str,
        Vec<(&'static str, V)>,
        &'static str,
        &'static str,
    )> {
        let m = || {
            vec![
                ("a", I("1")),
                ("b", S("two", "'two'", "'two'")),
                ("c", F(0x4004000000000000)),
                ("x(y)", I("7")),
                ("", S("empty", "'empty'", "'empty'")),
                ("w", I("5")),
                ("p", I("2")),
            ]
        };
        vec![
            (
                "%(a)s",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "1",
            ),
            (
                "%(a)d %(b)s %(c).2f",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "1 two 2.50",
            ),
            (
                "%(b)r",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "'two'",
            ),
            (
                "%(missing)s",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "!KeyError: 'missing'",
            ),
            (
                "%(a)",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "!ValueError: incomplete format",
            ),
            (
                "%(a",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "!ValueError: incomplete format key",
            ),
            (
                "%(x(y))s",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "7",
            ),
            (
                "%()s",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "empty",
            ),
            (
                "%(a)s %s",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "!TypeError: not enough arguments for format string",
            ),
            (
                "%s",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
            ),
            (
                "%s %s",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "!TypeError: not enough arguments for format string",
            ),
            (
                "%(a)-5d|",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "1    |",
            ),
            (
                "%(a)*d",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "!TypeError: not enough arguments for format string",
            ),
            (
                "%(w)*d",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "!TypeError: not enough arguments for format string",
            ),
            (
                "%(c)+08.3f",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "+002.500",
            ),
            (
                "abc",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "abc",
            ),
            (
                "%(a)%",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "!ValueError: unsupported format character '%' (0x25) at index 4",
            ),
            (
                "%%(a)s",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "%(a)s",
            ),
            (
                "%(a)s%%",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "1%",
            ),
            (
                "%(b)5.2s|",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "   tw|",
            ),
            (
                "%(a)#x",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "0x1",
            ),
            (
                "%(a)s %(a)s",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "1 1",
            ),
            (
                "%(c)e",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "2.500000e+00",
            ),
            (
                "%(b)c",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "!TypeError: %c requires int or char",
            ),
            (
                "%(b)d",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "!TypeError: %d format: a real number is required, not str",
            ),
            (
                "%(a)(b)s",
                m(),
                "{'a': 1, 'b': 'two', 'c': 2.5, 'x(y)': 7, '': 'empty', 'w': 5, 'p': 2}",
                "!ValueError: unsupported format character '(' (0x28) at index 4",
            ),
        ]
    }
    // END GENERATED PERCENT_CASES
}
