//! Source text: PEP 263 decoding and the byte-offset → (line, column) index.
//!
//! Decoding follows CPython's tokenizer: a UTF-8 BOM means UTF-8; otherwise a coding cookie
//! (`# -*- coding: NAME -*-`, `# vim: set fileencoding=NAME`) on line 1, or on line 2 when line 1
//! is blank or a comment, names the encoding; otherwise UTF-8. Bytes that do not decode are a
//! `SyntaxError` in CPython's words.
//!
//! `LineIndex` maps byte offsets of the decoded text to 1-based lines and 0-based character
//! columns, which is what tracebacks and `SyntaxError.offset` (plus one) use.

use crate::error::{CompileError, ErrorKind};

/// Finds the encoding named by a coding cookie in one line, if any.
fn cookie_in_line(line: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(line).ok()?;
    let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
    if !trimmed.starts_with('#') {
        return None;
    }
    let at = trimmed.find("coding")?;
    let rest = &trimmed[at + 6..];
    let rest = rest.strip_prefix(':').or_else(|| rest.strip_prefix('='))?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}

fn is_blank_or_comment(line: &[u8]) -> bool {
    let t: Vec<u8> = line.iter().copied().skip_while(|b| matches!(b, b' ' | b'\t' | b'\x0c')).collect();
    t.is_empty() || t[0] == b'#' || t[0] == b'\n' || t[0] == b'\r'
}

/// Normalizes an encoding name to one ferropy can decode source in.
fn canonical_encoding(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    match lower.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "utf-8-sig" => Some("utf-8"),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "iso-latin-1" | "8859" | "cp819" => {
            Some("latin-1")
        }
        "ascii" | "us-ascii" | "646" => Some("ascii"),
        _ if lower.starts_with("utf-8-") || lower.starts_with("utf8-") => Some("utf-8"),
        _ if lower.starts_with("latin-1-") || lower.starts_with("iso-8859-1-") => Some("latin-1"),
        _ => single_byte_codec(name),
    }
}

/// cp1252, ISO-8859-15 and KOI8-R under the names `codecs.lookup` accepts for them.
fn single_byte_codec(name: &str) -> Option<&'static str> {
    match normalize_encoding_name(name).replace('.', "_").as_str() {
        "cp1252" | "1252" | "windows_1252" => Some("cp1252"),
        "iso8859_15" | "iso_8859_15" | "latin9" | "l9" => Some("iso8859-15"),
        "koi8_r" | "cskoi8r" => Some("koi8-r"),
        _ => None,
    }
}

/// CPython's encoding-name normalization (`_Py_normalize_encoding` followed by
/// `encodings.normalize_encoding`): ASCII letters lowercased, ASCII alphanumerics and `.`
/// kept, every other run of characters collapsed to one `_` (dropped at the ends). Shared with
/// the VM's `codecs`.
pub fn normalize_encoding_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b == b'.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            punct = false;
            out.push(b.to_ascii_lowercase() as char);
        } else {
            punct = true;
        }
    }
    out
}

/// The characters of bytes 0x80..=0x9f in cp1252 (`None`: undefined).
pub const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20ac}'), None, Some('\u{201a}'), Some('\u{0192}'),
    Some('\u{201e}'), Some('\u{2026}'), Some('\u{2020}'), Some('\u{2021}'),
    Some('\u{02c6}'), Some('\u{2030}'), Some('\u{0160}'), Some('\u{2039}'),
    Some('\u{0152}'), None, Some('\u{017d}'), None,
    None, Some('\u{2018}'), Some('\u{2019}'), Some('\u{201c}'),
    Some('\u{201d}'), Some('\u{2022}'), Some('\u{2013}'), Some('\u{2014}'),
    Some('\u{02dc}'), Some('\u{2122}'), Some('\u{0161}'), Some('\u{203a}'),
    Some('\u{0153}'), None, Some('\u{017e}'), Some('\u{0178}'),
];

/// The bytes where ISO-8859-15 differs from Latin-1, and their characters.
pub const LATIN9_DIFF: [(u8, char); 8] = [
    (0xa4, '\u{20ac}'),
    (0xa6, '\u{0160}'),
    (0xa8, '\u{0161}'),
    (0xb4, '\u{017d}'),
    (0xb8, '\u{017e}'),
    (0xbc, '\u{0152}'),
    (0xbd, '\u{0153}'),
    (0xbe, '\u{0178}'),
];

/// The characters of bytes 0x80..=0xff in KOI8-R.
pub const KOI8_R_HIGH: [char; 128] = [
    '\u{2500}', '\u{2502}', '\u{250c}', '\u{2510}', '\u{2514}', '\u{2518}', '\u{251c}', '\u{2524}',
    '\u{252c}', '\u{2534}', '\u{253c}', '\u{2580}', '\u{2584}', '\u{2588}', '\u{258c}', '\u{2590}',
    '\u{2591}', '\u{2592}', '\u{2593}', '\u{2320}', '\u{25a0}', '\u{2219}', '\u{221a}', '\u{2248}',
    '\u{2264}', '\u{2265}', '\u{00a0}', '\u{2321}', '\u{00b0}', '\u{00b2}', '\u{00b7}', '\u{00f7}',
    '\u{2550}', '\u{2551}', '\u{2552}', '\u{0451}', '\u{2553}', '\u{2554}', '\u{2555}', '\u{2556}',
    '\u{2557}', '\u{2558}', '\u{2559}', '\u{255a}', '\u{255b}', '\u{255c}', '\u{255d}', '\u{255e}',
    '\u{255f}', '\u{2560}', '\u{2561}', '\u{0401}', '\u{2562}', '\u{2563}', '\u{2564}', '\u{2565}',
    '\u{2566}', '\u{2567}', '\u{2568}', '\u{2569}', '\u{256a}', '\u{256b}', '\u{256c}', '\u{00a9}',
    '\u{044e}', '\u{0430}', '\u{0431}', '\u{0446}', '\u{0434}', '\u{0435}', '\u{0444}', '\u{0433}',
    '\u{0445}', '\u{0438}', '\u{0439}', '\u{043a}', '\u{043b}', '\u{043c}', '\u{043d}', '\u{043e}',
    '\u{043f}', '\u{044f}', '\u{0440}', '\u{0441}', '\u{0442}', '\u{0443}', '\u{0436}', '\u{0432}',
    '\u{044c}', '\u{044b}', '\u{0437}', '\u{0448}', '\u{044d}', '\u{0449}', '\u{0447}', '\u{044a}',
    '\u{042e}', '\u{0410}', '\u{0411}', '\u{0426}', '\u{0414}', '\u{0415}', '\u{0424}', '\u{0413}',
    '\u{0425}', '\u{0418}', '\u{0419}', '\u{041a}', '\u{041b}', '\u{041c}', '\u{041d}', '\u{041e}',
    '\u{041f}', '\u{042f}', '\u{0420}', '\u{0421}', '\u{0422}', '\u{0423}', '\u{0416}', '\u{0412}',
    '\u{042c}', '\u{042b}', '\u{0417}', '\u{0428}', '\u{042d}', '\u{0429}', '\u{0427}', '\u{042a}',
];

/// One byte of a single-byte charset (`"cp1252"`, `"iso8859-15"`, `"koi8-r"`, otherwise Latin-1) as a
/// character (`None`: undefined).
pub fn single_byte_char(codec: &str, b: u8) -> Option<char> {
    match codec {
        "cp1252" if (0x80..0xa0).contains(&b) => CP1252_HIGH[(b - 0x80) as usize],
        "iso8859-15" => Some(LATIN9_DIFF.iter().find(|&&(x, _)| x == b).map_or(b as char, |&(_, c)| c)),
        "koi8-r" if b >= 0x80 => Some(KOI8_R_HIGH[(b - 0x80) as usize]),
        _ => Some(b as char),
    }
}

/// CPython's `get_normal_name` for UTF-8: the first 12 characters, lowercased, `_` as `-`,
/// are `utf-8` or start with `utf-8-`.
fn cookie_says_utf8_exactly(name: &str) -> bool {
    let short: String = name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    short == "utf-8" || short.starts_with("utf-8-")
}

/// Decodes source bytes as PEP 263 says.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    let mut lines = bytes.split_inclusive(|b| *b == b'\n');
    let first = lines.next().unwrap_or(&[]);
    let (has_bom, first_line) = match first.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, first),
    };
    let mut cookie = cookie_in_line(first_line).map(|c| (c, 1));
    if cookie.is_none() && is_blank_or_comment(first_line) {
        cookie = lines.next().and_then(cookie_in_line).map(|c| (c, 2));
    }
    let body = if has_bom { &bytes[3..] } else { bytes };
    let encoding = match &cookie {
        None => "utf-8",
        Some((name, line)) => match canonical_encoding(name) {
            Some(enc) => {
                // With a BOM, CPython's tokenizer accepts only a cookie that its own short
                // normalization makes "utf-8" ("utf8" is refused).
                if has_bom && (enc != "utf-8" || !cookie_says_utf8_exactly(name)) {
                    // CPython reports this before reading any line: line 0.
                    let e = CompileError::new(ErrorKind::SyntaxError, format!("encoding problem: {name} with BOM"), filename);
                    return Err(e);
                }
                enc
            }
            None => {
                let mut e = CompileError::new(ErrorKind::SyntaxError, format!("unknown encoding: {name}"), filename);
                e.line = *line;
                return Err(e);
            }
        },
    };
    match encoding {
        "latin-1" => Ok(body.iter().map(|&b| b as char).collect()),
        "cp1252" | "iso8859-15" | "koi8-r" => {
            let mut text = String::with_capacity(body.len());
            for (pos, &b) in body.iter().enumerate() {
                match single_byte_char(encoding, b) {
                    Some(c) => text.push(c),
                    None => {
                        let message = format!(
                            "'charmap' codec can't decode byte 0x{b:02x} in position {pos}: character maps to <undefined>"
                        );
                        return Err(CompileError::new(ErrorKind::SyntaxError, message, filename));
                    }
                }
            }
            Ok(text)
        }
        "ascii" => match body.iter().position(|b| *b >= 0x80) {
            None => Ok(String::from_utf8(body.to_vec()).expect("ascii is utf-8")),
            Some(pos) => Err(undecodable(body, pos, filename, "ascii")),
        },
        _ => match std::str::from_utf8(body) {
            Ok(text) => Ok(text.to_string()),
            Err(err) => Err(undecodable(body, err.valid_up_to(), filename, if cookie.is_some() { "utf-8" } else { "" })),
        },
    }
}

fn undecodable(body: &[u8], pos: usize, filename: &str, declared: &str) -> CompileError {
    let line = body[..pos].iter().filter(|b| **b == b'\n').count() as u32 + 1;
    let message = if declared.is_empty() {
        format!(
            "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            body[pos], filename, line
        )
    } else {
        format!("(unicode error) '{declared}' codec can't decode byte 0x{:02x} in position {pos}: invalid start byte", body[pos])
    };
    let mut e = CompileError::new(ErrorKind::SyntaxError, message, filename);
    e.line = line;
    e
}

/// Maps byte offsets in a source text to lines and character columns.
///
/// Code generation asks for the position of every node it compiles, mostly in source order and
/// mostly on the line it asked about last, so the line found last is remembered and tried (with
/// the one after it) before a binary search.
pub struct LineIndex<'a> {
    source: &'a str,
    line_starts: Vec<usize>,
    /// Pure-ASCII source (most of it): columns are byte offsets, nothing to count.
    ascii: bool,
    /// The 0-based line the last lookup found.
    last_line: std::cell::Cell<usize>,
}

impl<'a> LineIndex<'a> {
    /// The text the index was built over.
    pub fn source(&self) -> &'a str {
        self.source
    }

    pub fn new(source: &'a str) -> Self {
        let bytes = source.as_bytes();
        let mut line_starts = Vec::with_capacity(bytes.len() / 32 + 1);
        line_starts.push(0);
        if bytes.contains(&b'\r') {
            for (i, &b) in bytes.iter().enumerate() {
                if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                    line_starts.push(i + 1);
                }
            }
        } else {
            line_starts.extend(bytes.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(i, _)| i + 1));
        }
        LineIndex { source, line_starts, ascii: source.is_ascii(), last_line: std::cell::Cell::new(0) }
    }

    /// Whether `offset` lies on the 0-based line `index` (the last line runs to the end).
    fn on_line(&self, index: usize, offset: usize) -> bool {
        let starts = &self.line_starts;
        index < starts.len() && starts[index] <= offset && starts.get(index + 1).is_none_or(|&next| offset < next)
    }

    /// 0-based line of a byte offset: the remembered line or one of the few after it (blank
    /// lines and comments between statements), else found by binary search.
    fn line_index(&self, offset: usize) -> usize {
        const NEARBY: usize = 8;
        let starts = &self.line_starts;
        let last = self.last_line.get();
        let ends_after = |i: usize| starts.get(i + 1).is_none_or(|&next| offset < next);
        let nearby = match starts.get(last) {
            Some(&start) if start <= offset => (last..(last + NEARBY).min(starts.len())).find(|&i| ends_after(i)),
            _ => None,
        };
        let index = nearby.unwrap_or_else(|| starts.partition_point(|&s| s <= offset) - 1);
        self.last_line.set(index);
        index
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> u32 {
        self.line_index(offset) as u32 + 1
    }

    /// 1-based line and 0-based character column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let index = self.line_index(offset);
        (index as u32 + 1, self.column(index, offset))
    }

    /// The 1-based lines and 0-based character columns of a span's start and end. The end is
    /// searched for from the start's line on, and does not move the remembered line: the
    /// next lookup is most likely just after the start (a statement's range ends after its
    /// whole body).
    pub fn span(&self, start: usize, end: usize) -> ((u32, u32), (u32, u32)) {
        let first = self.line_index(start);
        let last = if self.on_line(first, end) {
            first
        } else {
            first + self.line_starts[first..].partition_point(|&s| s <= end) - 1
        };
        ((first as u32 + 1, self.column(first, start)), (last as u32 + 1, self.column(last, end)))
    }

    /// The 0-based character column of `offset` on the 0-based line `index`.
    fn column(&self, index: usize, offset: usize) -> u32 {
        let start = self.line_starts[index];
        let end = offset.min(self.source.len());
        if self.ascii {
            return (end - start) as u32;
        }
        let col = match self.source.get(start..end) {
            Some(s) if !s.is_ascii() => s.chars().count(),
            _ => end - start,
        };
        col as u32
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: u32) -> Option<&'a str> {
        let start = *self.line_starts.get(line.checked_sub(1)? as usize)?;
        let end = self.line_starts.get(line as usize).copied().unwrap_or(self.source.len());
        Some(self.source[start..end].trim_end_matches(['\n', '\r']))
    }
}
