//! The special functions of `math` computed exactly as CPython 3.11 computes them.
//!
//! `math.erf`/`math.erfc` call the C library in CPython; on glibc those are Sun's fdlibm
//! rational approximations (`sysdeps/ieee754/dbl-64/s_erf.c`), with the polynomials evaluated in
//! glibc's split (Estrin-like) order. The port below keeps the coefficients (as bit patterns),
//! the interval boundaries (compared on the high word, as the C does) and the order of every
//! operation, so results agree to the last bit.
//!
//! The inverse hyperbolic functions and `cbrt` are glibc's too (fdlibm's `asinh`/`acosh`,
//! glibc's own `atanh` and `cbrt`), since Rust's standard library computes those itself.
//!
//! `math.gamma`/`math.lgamma` are CPython's own `m_tgamma`/`m_lgamma` from `mathmodule.c`: a
//! Lanczos approximation (N=13, g≈6.0247) written as a rational function, the reflection
//! formula for negative arguments, and a table of exact values for small integers. They report
//! domain errors and overflow through `MathError`, as the C sets `errno`.

/// What a special function reports besides its value (CPython's `errno` use).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathError {
    /// `EDOM`: ValueError "math domain error".
    Domain,
    /// `ERANGE`: OverflowError "math range error" (when the result is large).
    Range,
}

fn hi_word(x: f64) -> i32 {
    (x.to_bits() >> 32) as u32 as i32
}

fn with_low_word_zero(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000)
}

const fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

const TINY: f64 = 1e-300;
const ERX: f64 = f(0x3FEB0AC1_60000000);
const EFX: f64 = f(0x3FC06EBA_8214DB69);
const PP: [f64; 5] = [f(0x3FC06EBA_8214DB68), f(0xBFD4CD7D_691CB913), f(0xBF9D2A51_DBD7194F), f(0xBF77A291_236668E4), f(0xBEF8EAD6_120016AC)];
const QQ: [f64; 6] = [0.0, f(0x3FD97779_CDDADC09), f(0x3FB0A54C_5536CEBA), f(0x3F74D022_C4D36B0F), f(0x3F215DC9_221C1A10), f(0xBED09C43_42A26120)];
const PA: [f64; 7] = [
    f(0xBF6359B8_BEF77538),
    f(0x3FDA8D00_AD92B34D),
    f(0xBFD7D240_FBB8C3F1),
    f(0x3FD45FCA_805120E4),
    f(0xBFBC6398_3D3E28EC),
    f(0x3FA22A36_599795EB),
    f(0xBF61BF38_0A96073F),
];
const QA: [f64; 7] = [
    0.0,
    f(0x3FBB3E66_18EEE323),
    f(0x3FE14AF0_92EB6F33),
    f(0x3FB2635C_D99FE9A7),
    f(0x3FC02660_E763351F),
    f(0x3F8BEDC2_6B51DD1C),
    f(0x3F888B54_5735151D),
];
const RA: [f64; 8] = [
    f(0xBF843412_600D6435),
    f(0xBFE63416_E4BA7360),
    f(0xC0251E04_41B0E726),
    f(0xC04F300A_E4CBA38D),
    f(0xC0644CB1_84282266),
    f(0xC067135C_EBCCABB2),
    f(0xC0545265_57E4D2F2),
    f(0xC023A0EF_C69AC25C),
];
const SA: [f64; 9] = [
    0.0,
    f(0x4033A6B9_BD707687),
    f(0x4061350C_526AE721),
    f(0x407B290D_D58A1A71),
    f(0x40842B19_21EC2868),
    f(0x407AD021_57700314),
    f(0x405B28A3_EE48AE2C),
    f(0x401A47EF_8E484A93),
    f(0xBFAEEFF2_EE749A62),
];
const RB: [f64; 7] = [
    f(0xBF843412_39E86F4A),
    f(0xBFE993BA_70C285DE),
    f(0xC031C209_555F995A),
    f(0xC064145D_43C5ED98),
    f(0xC083EC88_1375F228),
    f(0xC0900461_6A2E5992),
    f(0xC07E384E_9BDC383F),
];
const SB: [f64; 8] = [
    0.0,
    f(0x403E568B_261D5190),
    f(0x40745CAE_221B9F0A),
    f(0x409802EB_189D5118),
    f(0x40A8FFB7_688C246A),
    f(0x40A3F219_CEDF3BE6),
    f(0x407DA874_E79FE763),
    f(0xC03670E2_42712D62),
];

/// `x*P(x²)/Q(x²)` part for |x| < 0.84375: returns `y` with erf(x) = x + x*y.
fn erf_small_ratio(x: f64) -> f64 {
    let z = x * x;
    let r1 = PP[0] + z * PP[1];
    let z2 = z * z;
    let r2 = PP[2] + z * PP[3];
    let z4 = z2 * z2;
    let s1 = 1.0 + z * QQ[1];
    let s2 = QQ[2] + z * QQ[3];
    let s3 = QQ[4] + z * QQ[5];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

/// P/Q for 0.84375 <= |x| < 1.25.
fn erf_mid_ratio(x: f64) -> f64 {
    let s = x.abs() - 1.0;
    let p1 = PA[0] + s * PA[1];
    let s2 = s * s;
    let q1 = 1.0 + s * QA[1];
    let s4 = s2 * s2;
    let p2 = PA[2] + s * PA[3];
    let s6 = s4 * s2;
    let q2 = QA[2] + s * QA[3];
    let p3 = PA[4] + s * PA[5];
    let q3 = QA[4] + s * QA[5];
    let p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
    let q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
    p / q
}

/// exp(-x²-0.5625+R/S) for 1.25 <= x < 28 (x positive), `first` selecting the [1.25, 1/0.35)
/// coefficients.
fn erfc_tail(x: f64, first: bool) -> f64 {
    let s = 1.0 / (x * x);
    let (r, ss) = if first {
        let r1 = RA[0] + s * RA[1];
        let s2 = s * s;
        let t1 = 1.0 + s * SA[1];
        let s4 = s2 * s2;
        let r2 = RA[2] + s * RA[3];
        let s6 = s4 * s2;
        let t2 = SA[2] + s * SA[3];
        let s8 = s4 * s4;
        let r3 = RA[4] + s * RA[5];
        let t3 = SA[4] + s * SA[5];
        let r4 = RA[6] + s * RA[7];
        let t4 = SA[6] + s * SA[7];
        (r1 + s2 * r2 + s4 * r3 + s6 * r4, t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA[8])
    } else {
        let r1 = RB[0] + s * RB[1];
        let s2 = s * s;
        let t1 = 1.0 + s * SB[1];
        let s4 = s2 * s2;
        let r2 = RB[2] + s * RB[3];
        let s6 = s4 * s2;
        let t2 = SB[2] + s * SB[3];
        let r3 = RB[4] + s * RB[5];
        let t3 = SB[4] + s * SB[5];
        let t4 = SB[6] + s * SB[7];
        (r1 + s2 * r2 + s4 * r3 + s6 * RB[6], t1 + s2 * t2 + s4 * t3 + s6 * t4)
    };
    let z = with_low_word_zero(x);
    (-z * z - 0.5625).exp() * ((z - x) * (z + x) + r / ss).exp()
}

/// The error function, as glibc's `erf`.
pub fn erf(x: f64) -> f64 {
    let hx = hi_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        let i = if hx < 0 { 2.0 } else { 0.0 };
        return (1.0 - i) + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3e30_0000 {
            if ix < 0x0080_0000 {
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * erf_small_ratio(x);
    }
    if ix < 0x3ff4_0000 {
        let pq = erf_mid_ratio(x);
        return if hx >= 0 { ERX + pq } else { -ERX - pq };
    }
    if ix >= 0x4018_0000 {
        return if hx >= 0 { 1.0 - TINY } else { TINY - 1.0 };
    }
    let ax = x.abs();
    let r = erfc_tail(ax, ix < 0x4006_DB6E);
    if hx >= 0 {
        1.0 - r / ax
    } else {
        r / ax - 1.0
    }
}

/// The complementary error function, as glibc's `erfc`.
pub fn erfc(x: f64) -> f64 {
    let hx = hi_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        let i = if hx < 0 { 2.0 } else { 0.0 };
        return i + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3c70_0000 {
            return 1.0 - x;
        }
        let y = erf_small_ratio(x);
        if hx < 0x3fd0_0000 {
            return 1.0 - (x + x * y);
        }
        let mut r = x * y;
        r += x - 0.5;
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        let pq = erf_mid_ratio(x);
        return if hx >= 0 { (1.0 - ERX) - pq } else { 1.0 + (ERX + pq) };
    }
    if ix < 0x403c_0000 {
        let first = ix < 0x4006_DB6D;
        if !first && hx < 0 && ix >= 0x4018_0000 {
            return 2.0 - TINY;
        }
        let ax = x.abs();
        let r = erfc_tail(ax, first);
        return if hx > 0 { r / ax } else { 2.0 - r / ax };
    }
    if hx > 0 {
        TINY * TINY
    } else {
        2.0 - TINY
    }
}

const LN2: f64 = f(0x3FE62E42_FEFA39EF);

/// glibc's `asinh`.
pub fn asinh(x: f64) -> f64 {
    let ix = hi_word(x) & 0x7fff_ffff;
    if ix < 0x3e30_0000 {
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        if ix >= 0x7ff0_0000 {
            return x + x;
        }
        x.abs().ln() + LN2
    } else {
        let xa = x.abs();
        if ix > 0x4000_0000 {
            (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
        } else {
            let t = xa * xa;
            (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
        }
    };
    w.copysign(x)
}

/// glibc's `acosh`.
pub fn acosh(x: f64) -> f64 {
    let hx = hi_word(x);
    let lx = x.to_bits() as u32;
    if hx < 0x3ff0_0000 {
        f64::NAN
    } else if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            x + x
        } else {
            x.ln() + LN2
        }
    } else if (hx - 0x3ff0_0000) as u32 | lx == 0 {
        0.0
    } else if hx > 0x4000_0000 {
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

/// glibc's `atanh`.
pub fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 || x.is_nan() {
        return f64::NAN;
    } else {
        return f64::INFINITY.copysign(x);
    };
    t.copysign(x)
}

/// glibc's `cbrt`: a polynomial first guess refined by one rational step.
pub fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
}

/// C's `frexp` for finite non-zero `x`: `x = m * 2**e`, 0.5 <= |m| < 1.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, extra) = if x.abs() < f64::MIN_POSITIVE { (x * f(0x43f0_0000_0000_0000), -64) } else { (x, 0) };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (0x3fe << 52));
    (m, exp - 0x3fe + extra)
}

/// C's `ldexp`/`scalbn`: `y * 2**n` with a single rounding (musl's algorithm).
pub fn ldexp(mut y: f64, n: i32) -> f64 {
    let mut n = n as i64;
    let p1023 = f(0x7fe0_0000_0000_0000);
    let pm1022_53 = f(0x0360_0000_0000_0000); // 2**-1022 * 2**53
    if n > 1023 {
        y *= p1023;
        n -= 1023;
        if n > 1023 {
            y *= p1023;
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        y *= pm1022_53;
        n += 1022 - 53;
        if n < -1022 {
            y *= pm1022_53;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

const PI: f64 = std::f64::consts::PI;
const LOGPI: f64 = 1.1447298858494002;
const LANCZOS_G: f64 = 6.02468004077673;
const LANCZOS_G_MINUS_HALF: f64 = 5.52468004077673;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
const LANCZOS_DEN: [f64; 13] = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// sin(pi*x) accurate for integral and near-integral x (finite x only).
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// The gamma function (CPython's `m_tgamma`).
pub fn tgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(MathError::Domain);
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(MathError::Range) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 { Ok(0.0 / sinpi(x)) } else { Err(MathError::Range) };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// The log of the absolute value of the gamma function (CPython's `m_lgamma`).
pub fn lgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(MathError::Domain) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}
