//! `repr(float)` and the float-to-text engine shared by every formatter.
//!
//! [`double_to_string`] is a port of CPython's `PyOS_double_to_string`
//! (`Python/pystrtod.c`, "short float repr" build). CPython gets its digits
//! from David Gay's `_Py_dg_dtoa` in one of three modes — shortest round-trip
//! (mode 0), N significant digits (mode 2) or N digits after the point
//! (mode 3) — and then lays them out. Here the digits come from Rust's
//! formatter, which produces the same strings: `{:e}` is the shortest
//! round-trip representation, and `{:.Ne}` / `{:.N}` are exactly rounded with
//! ties going to even on the exact binary value, just like `dtoa`.

/// Option flags for [`double_to_string`], mirroring CPython's `Py_DTSF_*`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtsFlags {
    /// `Py_DTSF_SIGN`: always write a sign (`+` for non-negative values).
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: make integral results look like floats (`1.0`),
    /// and for `g` switch to exponent notation one digit earlier.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` alternate form (keep the point and, for `g`,
    /// trailing zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option, turn a negative zero result into
    /// a positive one.
    pub no_neg_0: bool,
}

/// `repr(x)` for a Python float: the shortest digit string that reads back
/// as `x`, in exponent form when the decimal exponent is below -4 or at
/// least 16 (`1e+16`, `1e-05`), otherwise positional with at least one digit
/// after the point (`1.0`, `0.0001`); `inf`, `-inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtsFlags {
            add_dot_0: true,
            ..DtsFlags::default()
        },
    )
}

/// `str(x)` for a Python float; identical to [`float_repr`] in Python 3.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// Port of CPython's `PyOS_double_to_string(val, format_code, precision,
/// flags, NULL)`.
///
/// `format_code` is one of `e E f F g G r`; `precision` is the number of
/// digits after the point for `e`/`f`, the number of significant digits for
/// `g` (0 is taken as 1), and is ignored for `r` (shortest repr). Upper-case
/// codes write `E`, `INF` and `NAN`. NaN never shows a sign except the one
/// forced by `flags.sign`.
///
/// # Panics
///
/// Panics if `format_code` is not one of the codes above (CPython raises
/// `SystemError` for that internal misuse).
pub fn double_to_string(val: f64, format_code: char, precision: usize, flags: DtsFlags) -> String {
    let upper = format_code.is_ascii_uppercase();
    let code = format_code.to_ascii_lowercase();
    // (mode, ndigits) as CPython passes them to _Py_dg_dtoa.
    let (mode, ndigits): (u8, usize) = match code {
        'e' => (2, precision.saturating_add(1)),
        'f' => (3, precision),
        'g' => (2, precision.max(1)),
        'r' if format_code == 'r' => (0, 0),
        _ => panic!("double_to_string: bad format code {format_code:?}"),
    };
    let precision = ndigits as isize;

    let mut sign = val.is_sign_negative();
    let mut out = String::new();
    if !val.is_finite() {
        if val.is_nan() {
            sign = false;
        }
        if sign {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (val.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }

    let (digits, decpt) = dtoa(val.abs(), mode, ndigits);
    let mut decpt = decpt;
    let digits_len = digits.len() as isize;

    if flags.no_neg_0 && sign && (digits.is_empty() || digits == b"0") {
        sign = false;
    }

    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // 'r': switch to exponent notation at 1e16.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0isize;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    out.reserve((vdigits_end - vdigits_start) as usize + 8);
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: isize| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, d: &[u8]| {
        out.extend(d.iter().map(|&b| b as char));
    };

    // Zero padding on the left of the digit string.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    // The digits, with the decimal point when it falls inside them.
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, &digits[..decpt as usize]);
        out.push('.');
        push_digits(&mut out, &digits[decpt as usize..]);
    } else {
        push_digits(&mut out, &digits);
    }
    // Zeros on the right.
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!("{exp:+03}"));
    }
    out
}

/// The digit string and decimal-point position that Gay's `_Py_dg_dtoa`
/// returns for a finite, non-negative `a`: the value is `0.DIGITS * 10**decpt`
/// with no trailing zeros in `DIGITS`. Zero gives `("0", 1)`. In mode 3 a value
/// that rounds to zero gives no digits and `decpt == -ndigits`.
fn dtoa(a: f64, mode: u8, ndigits: usize) -> (Vec<u8>, isize) {
    if a == 0.0 {
        return (b"0".to_vec(), 1);
    }
    let (mut digits, decpt) = match mode {
        0 => {
            // Rust's shortest digits have the right length, but when the
            // value lies exactly halfway between two shortest candidates
            // Rust may pick either, while dtoa takes the even one. The
            // correctly rounded (ties-to-even) string of that length is
            // dtoa's answer whenever it reads back as `a`.
            let shortest = format!("{a:e}");
            let (digits, decpt) = split_exp(&shortest);
            let exact = format!("{:.*e}", digits.len() - 1, a);
            if exact != shortest && exact.parse::<f64>() == Ok(a) {
                split_exp(&exact)
            } else {
                (digits, decpt)
            }
        }
        2 => split_exp(&format!("{:.*e}", ndigits - 1, a)),
        _ => {
            let s = format!("{:.*}", ndigits, a);
            let (int_part, frac_part) = match s.find('.') {
                Some(i) => (&s[..i], &s[i + 1..]),
                None => (&s[..], ""),
            };
            let mut all: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
            let lead = all.iter().take_while(|&&b| b == b'0').count();
            let decpt = int_part.len() as isize - lead as isize;
            all.drain(..lead);
            if all.is_empty() {
                return (Vec::new(), -(ndigits as isize));
            }
            (all, decpt)
        }
    };
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// Splits Rust's `d.ddde±x` rendering into (`dddd`, `x + 1`).
fn split_exp(s: &str) -> (Vec<u8>, isize) {
    let (mant, exp) = s.split_once('e').expect("exponent form");
    let digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    let exp: isize = exp.parse().expect("exponent");
    (digits, exp + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(bits: u64) -> f64 {
        f64::from_bits(bits)
    }

    #[test]
    fn repr_table() {
        for &(bits, want) in REPR_CASES {
            assert_eq!(
                float_repr(f(bits)),
                want,
                "repr of {:?} ({bits:#x})",
                f(bits)
            );
            assert_eq!(float_str(f(bits)), want);
        }
    }

    #[test]
    fn repr_round_trips() {
        let mut state = 0x9e3779b97f4a7c15u64;
        for _ in 0..20000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = f64::from_bits(state);
            if !x.is_finite() {
                continue;
            }
            let r = float_repr(x);
            assert_eq!(r.parse::<f64>().unwrap().to_bits(), x.to_bits(), "{r}");
        }
    }

    // (bits of x, repr(x)) — generated by running CPython 3.11.
    // BEGIN GENERATED REPR_CASES
    const REPR_CASES: &[(u64, &str)] = &[
        (0x0000000000000000, "0.0"),
        (0x8000000000000000, "-0.0"),
        (0x3ff0000000000000, "1.0"),
        (0xbff0000000000000, "-1.0"),
        (0x3fb999999999999a, "0.1"),
        (0x3fc999999999999a, "0.2"),
        (0x3fd3333333333333, "0.3"),
        (0x3fd5555555555555, "0.3333333333333333"),
        (0x3fe5555555555555, "0.6666666666666666"),
        (0x3fe0000000000000, "0.5"),
        (0x3ff8000000000000, "1.5"),
        (0x4004000000000000, "2.5"),
        (0xc004000000000000, "-2.5"),
        (0x3fc0000000000000, "0.125"),
        (0x3fd8000000000000, "0.375"),
        (0x4341c37937e08000, "1e+16"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x4341c37937e07fff, "9999999999999998.0"),
        (0x4376345785d8a000, "1e+17"),
        (0x42dc12218377de40, "123456789012345.0"),
        (0x43118b54f22aeb00, "1234567890123456.0"),
        (0x4345ee2a2eb5a5c4, "1.2345678901234568e+16"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x3f202e4b6ce5dc68, "0.00012345"),
        (0x3e8421f5f40d8376, "1.5e-07"),
        (0x4480f0cf064dd592, "1e+22"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0x54b249ad2594c37d, "1e+100"),
        (0x7e37e43c8800759c, "1e+300"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0x0000000000000001, "5e-324"),
        (0x0010000000000000, "2.2250738585072014e-308"),
        (0x000012688b70e62b, "1e-310"),
        (0x405edd2f1a9fbe77, "123.456"),
        (0xc05edd2f1a9fbe77, "-123.456"),
        (0x4059000000000000, "100.0"),
        (0x412e848000000000, "1000000.0"),
        (0x412e847ffff2e48f, "999999.9999"),
        (0x3fa999999999999a, "0.05"),
        (0x3fc3333333333333, "0.15"),
        (0x3fd0000000000000, "0.25"),
        (0x3fd6666666666666, "0.35"),
        (0x4005666666666666, "2.675"),
        (0x4023fd70a3d70a3d, "9.995"),
        (0x4058ffae147ae148, "99.995"),
        (0x3feff7ced916872b, "0.999"),
        (0x4023000000000000, "9.5"),
        (0x4025000000000000, "10.5"),
        (0x3ff0000000000001, "1.0000000000000002"),
        (0x3fd3333333333334, "0.30000000000000004"),
        (0x4011666666666666, "4.35"),
        (0x3e7ad7f29abcaf48, "1e-07"),
        (0x400921fb54442d18, "3.141592653589793"),
        (0x4005bf0a8b145769, "2.718281828459045"),
        (0xc21d4223fc1f977b, "-31415926535.89793"),
        (0x44dfe185ca57c517, "6.02214076e+23"),
        (0x3c07a4da290c1653, "1.602176634e-19"),
        (0x4340000000000000, "9007199254740992.0"),
        (0x4340000000000001, "9007199254740994.0"),
        (0x43e0000000000000, "9.223372036854776e+18"),
        (0x43f0000000000000, "1.8446744073709552e+19"),
        (0x40934a0000000000, "1234.5"),
        (0x3eb0c6f7a0b5ed8d, "1e-06"),
        (0x3e808ffde1023e12, "1.234e-07"),
        (0x4028000000000000, "12.0"),
        (0x01a56e1fc2f8f359, "1e-300"),
        (0x00000000000017b8, "3e-320"),
        (0x7ff0000000000000, "inf"),
        (0xfff0000000000000, "-inf"),
        (0x7ff8000000000000, "nan"),
        (0x4080ee8f5c28f5c3, "541.82"),
        (0xc0a23a6147ae147b, "-2333.19"),
        (0xc1547a27bbd53729, "-5367966.9348886395"),
        (0xc126909200000000, "-739401.0"),
        (0x3e6ab900505afd79, "4.977483495987369e-08"),
        (0x33f5f28807f0cbd4, "2.1852629101185172e-58"),
        (0xc154397b970a86da, "-5301742.360017503"),
        (0xc0cf39f333333333, "-15987.9"),
        (0xc0086872b020c49c, "-3.051"),
        (0x4074724dd2f1a9fc, "327.144"),
        (0x40f294f800000000, "76111.5"),
        (0xc0561381d7dbf488, "-88.3048"),
        (0x6088155f476354b6, "1.0333015755859122e+157"),
        (0x88c279d937c990fa, "-1.7906104374504944e-266"),
        (0xafbec9a66dbb8cb8, "-1.0386239449849509e-78"),
        (0xaa72870bdd63d2a5, "-3.231312138298356e-104"),
        (0xc0c24af0a3d70a3d, "-9365.88"),
        (0x4057ecd013a92a30, "95.7002"),
        (0xc2d266fd1e788be5, "-80934170386991.58"),
        (0xc0874547ae147ae1, "-744.66"),
        (0xc08b83f41f212d77, "-880.4942"),
        (0x4077000000000000, "368.0"),
        (0x408d271eb851eb85, "932.89"),
        (0x407c4e145b6c3761, "452.87997"),
        (0xe98c5884857ce06b, "-2.7121607412099333e+200"),
        (0x8ac03649d6442260, "-6.74826332916812e-257"),
        (0x3f91ed953cc89b41, "0.01750786956304329"),
        (0xc035ecf41f212d77, "-21.9256"),
        (0xc062800000000000, "-148.0"),
        (0xbe3e686c7be4f46c, "-7.079892171057347e-09"),
        (0x40872d69f16b11c7, "741.67673"),
        (0xc08ea20f27bb2fec, "-980.2574"),
        (0x3ef9927922afe0be, "2.4387513047203302e-05"),
        (0xf2e25394dbda118b, "-2.502682641559152e+245"),
        (0xc23c737b5a4e0d66, "-122196548174.05234"),
        (0x38ccde1e498e0b0d, "4.343521162573235e-35"),
        (0xfb7eca2fe6160abb, "-7.325590937689912e+286"),
        (0xc066133333333333, "-176.6"),
        (0xbdef9f4b0ecb476f, "-2.3008207092770538e-10"),
        (0x410406a000000000, "164052.0"),
        (0x4082b59d694ccab4, "598.701861"),
        (0x4075b79805e5f30e, "347.474615"),
        (0xe3cfe64c5f17603f, "-6.163860606425014e+172"),
        (0x412b19de5e335392, "888047.1839853397"),
        (0x3173f9f7b59ecf10, "1.8090019352134793e-70"),
        (0x25c8e40952a69ac0, "1.1490796092503208e-126"),
        (0xc02d374bc6a7ef9e, "-14.608"),
        (0xc03b4b1c432ca57a, "-27.2934"),
        (0x40ec8d53df8b2c29, "58474.62103804231"),
        (0x0a8e9f78fecdeeb7, "7.966739340871635e-258"),
        (0xc11ec59570ff8883, "-504165.360349782"),
        (0x6a435a0e3ecce515, "7.584168913459288e+203"),
        (0xc085180000000000, "-675.0"),
        (0x40c01231eb851eb8, "8228.39"),
        (0xc302937793dd5142, "-653586421492264.2"),
        (0x42f510bb950ef419, "370585772289857.56"),
        (0x4084525704ff4342, "650.29249"),
        (0x1b227b5101f752bc, "5.70104673390381e-178"),
        (0xc037c82a9930be0e, "-23.7819"),
        (0x5810acfc998b61a2, "1.642642979600783e+116"),
        (0xc0491d4c985f06f7, "-50.2289"),
        (0xbd79d5d838c0f463, "-1.468568514793751e-12"),
        (0x40836dc5c24c404a, "621.721562"),
        (0x4058000000000000, "96.0"),
        (0x3db8857383d758a7, "2.2301986854554225e-11"),
        (0xc1194b2400000000, "-414409.0"),
        (0x40ad2f6666666666, "3735.7"),
        (0xb972dbea0045a9a2, "-5.81139016868366e-32"),
        (0xc059666666666666, "-101.6"),
        (0xdde3aa614163e669, "-1.9184653524331654e+144"),
        (0xc0f641c4cccccccd, "-91164.3"),
        (0xc0890cb244a6223e, "-801.587045"),
        (0xc0dd176666666666, "-29789.6"),
        (0xd1b7b3838f2d2838, "-4.604363481787629e+85"),
        (0x408b71ae147ae148, "878.21"),
        (0x40817b5c28f5c28f, "559.42"),
        (0x646caacbee8b0ef7, "5.67221097356874e+175"),
        (0xc0da0a2000000000, "-26664.5"),
        (0x4088616666666666, "780.175"),
        (0xc074df1a9fbe76c9, "-333.944"),
        (0x40e4fa6000000000, "42963.0"),
        (0xc06886d916872b02, "-196.214"),
        (0x40c1f0e3d70a3d71, "9185.78"),
        (0x88ce4a0077e847e0, "-2.935484421151312e-266"),
        (0xc008a305532617c2, "-3.0796"),
        (0x40c228f99999999a, "9297.95"),
        (0x4130533fac6b8afc, "1069887.6735159745"),
        (0x911191a9a5735623, "-1.8540873243300804e-226"),
        (0xef5e4cb2dde39ed2, "-2.871135488885262e+228"),
        (0x01f54b1cd641b93f, "3.1795781945540463e-299"),
        (0x4058633f52fc2657, "97.55074"),
        (0xec0cfbf8fad0fde2, "-3.0492237610619468e+212"),
        (0xc076f4bc6a7ef9db, "-367.296"),
        (0x408ed8a3d70a3d71, "987.08"),
        (0xc089900000000000, "-818.0"),
        (0x4085b00000000000, "694.0"),
        (0x223856ce5a475811, "7.796619682617392e-144"),
        (0x796fa12e99ea5086, "8.76072342991044e+276"),
        (0x3f42ebdb2fe48caa, "0.0005774326562327976"),
        (0xc02270a3d70a3d71, "-9.22"),
        (0x4082b38f5c28f5c3, "598.445"),
        (0x4043cf23cc8de2ac, "39.61828"),
        (0x4388e7f9e21f3345, "2.2433471576397635e+17"),
        (0xc08a5aeb851eb852, "-843.365"),
        (0xc06df90e56041893, "-239.783"),
        (0x434a90aed3cbebdc, "1.4954859893086136e+16"),
        (0x41fe70d947a5bf08, "8171394170.3591385"),
        (0x4e019f5b767a796c, "5.938767166662668e+67"),
        (0xc0a613f5c28f5c29, "-2825.98"),
        (0x40896fc28f5c28f6, "813.97"),
        (0x2a8ad003a14aa492, "9.352542950114502e-104"),
        (0x3fbbc80cb691c320, "0.1085212655759844"),
        (0xc06c83a5b22eae61, "-228.1139765655271"),
        (0xc0f181fb33333333, "-71711.7"),
        (0x02512c34db9df445, "1.6411278254250686e-297"),
        (0xc085825495182a99, "-688.2913"),
        (0xceefa1b9951dcda5, "-1.7465138582465138e+72"),
        (0x408f093f487fcb92, "993.1559"),
        (0xbd5ce431dd07aab3, "-4.105712869073219e-13"),
        (0xc087ac1eb313be23, "-757.51499"),
        (0x3e45798ee2308c3a, "1e-08"),
        (0x3f50624dd2f1a9fc, "0.001"),
        (0x3f847ae147ae147b, "0.01"),
        (0x4024000000000000, "10.0"),
        (0x408f400000000000, "1000.0"),
        (0x40c3880000000000, "10000.0"),
        (0x40f86a0000000000, "100000.0"),
        (0x416312d000000000, "10000000.0"),
        (0x4197d78400000000, "100000000.0"),
        (0x41cdcd6500000000, "1000000000.0"),
        (0x4202a05f20000000, "10000000000.0"),
        (0x42374876e8000000, "100000000000.0"),
        (0x426d1a94a2000000, "1000000000000.0"),
        (0x42a2309ce5400000, "10000000000000.0"),
        (0x42d6bcc41e900000, "100000000000000.0"),
        (0x43abc16d674ec800, "1e+18"),
        (0x43e158e460913d00, "1e+19"),
        (0x4415af1d78b58c40, "1e+20"),
        (0x444b1ae4d6e2ef50, "1e+21"),
        (0x44b52d02c7e14af7, "1.0000000000000001e+23"),
        (0xbe501b2b29a4692c, "-1.5000000000000002e-08"),
        (0xbeef75104d551d6a, "-1.5000000000000002e-05"),
        (0xbf8eb851eb851eb8, "-0.015"),
        (0xc02e000000000000, "-15.0"),
        (0xc0cd4c0000000000, "-15000.0"),
        (0xc16c9c3800000000, "-15000000.0"),
        (0xc20bf08eb0000000, "-15000000000.0"),
        (0xc2ab48eb57e00000, "-15000000000000.0"),
        (0xc34aa535d3d0c000, "-1.5e+16"),
        (0xc3ea055690d9db80, "-1.5e+19"),
    ];
    // END GENERATED REPR_CASES
}
