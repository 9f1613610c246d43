//! CPython 3.11's syntax-error diagnosis, emulated.
//!
//! rustpython-parser (LALR) accepts or rejects source much as CPython does, but it reports errors
//! at different places and in different words. CPython's errors come from three machines, which
//! this module reproduces closely enough to give the same message, line and columns:
//!
//! * the tokenizer (`Tokenizer`): unterminated strings, bad numbers and characters, unmatched
//!   brackets and indentation errors, with the positions `tokenizer.c` computes;
//! * the PEG parser (`Parser`): a recognizer for the 3.11 grammar (`Grammar/python.gram`). Like
//!   pegen it runs a first pass, then on failure a second pass with the `invalid_*` rules that
//!   raise the specialized messages ("expected ':'", "cannot assign to …", "Perhaps you forgot a
//!   comma?" …), and falls back to "invalid syntax" at the furthest token the first pass read;
//! * the string-literal checks of `string_parser.c` (escapes, bytes, f-string fields, whose
//!   expressions are parsed again as `(expr)` like CPython does).
//!
//! Then, as `_PyPegen_set_syntax_error` does, the rest of the file is tokenized: a tokenizer
//! error further on, or a bracket left open on an earlier line, takes precedence.
//!
//! `check` runs on every source before rustpython-parser (only the first, memoized pass runs
//! when the source is valid). So ferropy rejects exactly what CPython's parser rejects, with
//! CPython's error; rustpython-parser then only sees source CPython parses, and `parse_error`
//! handles what it still refuses. Errors from CPython's compiler stage (symbol table, `return`
//! outside a function …) are left to `symtable` and `codegen`.
//!
//! Positions are CPython's: 1-based line; 1-based `offset` and `end_offset`, counted in
//! characters for `str` source but in bytes for source read from a file (see `check`); an end
//! of 0 or less means "none". The parser is a hand-written recursive-descent PEG with pegen's
//! memoization; left-recursive rules are loops. Only the second pass builds nodes, and only as
//! much as the messages need (expression kinds, spans, call arguments).

use crate::error::{CompileError, ErrorKind};
use std::borrow::Cow;

/// Which grammar rule a source starts with (`compile()`'s mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StartRule {
    File,
    Eval,
    Single,
    /// An f-string replacement field, parsed as `(expr)`.
    FString,
}

/// Runs before rustpython-parser: tokenizes and parses the source as CPython 3.11 does and
/// returns CPython's error when CPython would reject it. Otherwise returns the source to give
/// rustpython-parser: the same text, except that blank and comment-only lines whose whitespace
/// has a tab after a space (which CPython ignores but rustpython-parser's lexer refuses) get
/// spaces instead; lengths and offsets are unchanged.
pub fn check<'s>(source: &'s str, filename: &str, mode: crate::codegen::Mode) -> Result<Cow<'s, str>, CompileError> {
    let rule = match mode {
        crate::codegen::Mode::Exec => StartRule::File,
        crate::codegen::Mode::Eval => StartRule::Eval,
        crate::codegen::Mode::Single => StartRule::Single,
    };
    // CPython reports parser positions in characters for `str` source, but in bytes for source
    // read from a file (unless it declares an encoding), and its file reader leaves the tokenizer
    // at the start of the buffer at end of file. Source whose file exists is taken as read from it.
    let from_file = std::path::Path::new(filename).is_file();
    let opts = TextMode { char_cols: !from_file || has_coding_cookie(source), file_eof: from_file };
    match run_diagnosis(source, rule, opts) {
        Diagnosis::Error(e) => Err(e.into_compile_error(&Text::new(source), filename)),
        Diagnosis::Valid(loose) if !loose.is_empty() => {
            let mut bytes = source.as_bytes().to_vec();
            for i in loose {
                if bytes.get(i) == Some(&b'\t') {
                    bytes[i] = b' ';
                }
            }
            Ok(Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| source.to_string())))
        }
        _ => Ok(Cow::Borrowed(source)),
    }
}

/// What the emulation concluded.
enum Diagnosis {
    Error(PErr),
    /// Valid source, with the offsets (in the given source) of tabs to make spaces.
    Valid(Vec<usize>),
    /// The emulation gave up (nesting too deep for it).
    Unknown,
}

/// How positions are computed (see `check`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct TextMode {
    char_cols: bool,
    file_eof: bool,
}

/// Whether line 1 or 2 is a PEP 263 coding declaration.
fn has_coding_cookie(source: &str) -> bool {
    source.split('\n').take(2).any(|line| {
        let t = line.trim_start_matches([' ', '\t', '\x0c']);
        t.starts_with('#') && t.find("coding").is_some_and(|i| matches!(t.as_bytes().get(i + 6), Some(b':') | Some(b'=')))
    })
}

/// Runs the tokenizer and both parser passes. The parser recurses once per nesting level of the
/// source: it runs here with a small depth limit, and again on a thread with a large stack when
/// the source nests deeper.
fn run_diagnosis(source: &str, rule: StartRule, mode: TextMode) -> Diagnosis {
    match diagnose_text(source, rule, mode, INLINE_DEPTH) {
        Ok(d) => d,
        Err(TooDeep) => {
            let owned = source.to_string();
            let handle = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || diagnose_text(&owned, rule, mode, MAX_DEPTH).unwrap_or(Diagnosis::Unknown));
            match handle {
                Ok(h) => h.join().unwrap_or(Diagnosis::Unknown),
                Err(_) => Diagnosis::Unknown,
            }
        }
    }
}

/// The source nests deeper than the parser was allowed to recurse.
struct TooDeep;

fn diagnose_text(source: &str, rule: StartRule, mode: TextMode, max_depth: u32) -> Result<Diagnosis, TooDeep> {
    // Only `exec` input gets a final newline added (`translate_newlines`).
    let mut text = Text::with_newline(source, rule == StartRule::File);
    text.mode = mode;
    let mut lexed = tokenize(&text);
    if rule == StartRule::Single {
        imply_single_newline(&mut lexed);
    }
    let mut p = Parser::new(&text, &lexed, rule);
    p.max_depth = max_depth;
    let r = p.run();
    if p.too_deep {
        return Err(TooDeep);
    }
    Ok(match r {
        Some(e) => Diagnosis::Error(e),
        None => {
            let mut tabs = Vec::new();
            for &(s, e) in &lexed.loose_ws {
                for i in s..e {
                    if text.b[i] == b'\t' {
                        tabs.push(text.source_offset(i));
                    }
                }
            }
            Diagnosis::Valid(tabs)
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Source text
// ---------------------------------------------------------------------------------------------

/// The source as CPython's tokenizer sees it: newlines normalized to `\n` (and, for `exec`
/// input, a final newline added when missing).
pub(crate) struct Text {
    pub mode: TextMode,
    pub s: String,
    pub b: Vec<u8>,
    /// Byte offset where each 1-based line starts (`line_starts[0]` is line 1).
    pub line_starts: Vec<usize>,
    /// Length of a byte order mark removed from the source.
    bom: usize,
    /// Offsets (here) of the newlines that were `\r\n` in the source.
    dropped_cr: Vec<usize>,
}

impl Text {
    pub fn new(source: &str) -> Text {
        Text::with_newline(source, true)
    }

    /// Without `add_newline`, a last line lacking its newline keeps lacking it (`eval` and
    /// `single` input, which CPython does not extend).
    pub fn with_newline(source: &str, add_newline: bool) -> Text {
        let src = source.strip_prefix('\u{feff}').unwrap_or(source);
        let bom = source.len() - src.len();
        let mut b = Vec::with_capacity(src.len() + 1);
        let bytes = src.as_bytes();
        let mut dropped_cr = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'\r' {
                if bytes.get(i + 1) == Some(&b'\n') {
                    dropped_cr.push(b.len());
                    i += 1;
                }
                b.push(b'\n');
            } else {
                b.push(bytes[i]);
            }
            i += 1;
        }
        if add_newline && b.last().is_some_and(|&c| c != b'\n') {
            b.push(b'\n');
        }
        let mut line_starts = vec![0];
        for (i, &c) in b.iter().enumerate() {
            if c == b'\n' && i + 1 < b.len() {
                line_starts.push(i + 1);
            }
        }
        let s = String::from_utf8(b.clone()).unwrap_or_default();
        Text { mode: TextMode { char_cols: true, file_eof: false }, s, b, line_starts, bom, dropped_cr }
    }

    /// The offset in the original source of an offset here.
    fn source_offset(&self, i: usize) -> usize {
        self.bom + i + self.dropped_cr.partition_point(|&p| p < i)
    }

    fn slice(&self, s: usize, e: usize) -> &str {
        self.s.get(s.min(self.s.len())..e.min(self.s.len())).unwrap_or("")
    }

    /// The bytes of a 1-based line, including its newline.
    fn line_bytes(&self, line: i64) -> &[u8] {
        if line < 1 || line as usize > self.line_starts.len() {
            return b"";
        }
        let s = self.line_starts[line as usize - 1];
        let e = self.line_starts.get(line as usize).copied().unwrap_or(self.b.len());
        &self.b[s..e]
    }

    /// CPython's `_PyPegen_byte_offset_to_character_offset`: a 1-based byte offset within a line
    /// to a 1-based character offset.
    fn char_offset(&self, line: i64, byte_off: i64) -> i64 {
        if byte_off <= 0 || !self.mode.char_cols {
            return byte_off;
        }
        let lb = self.line_bytes(line);
        let len = lb.len() as i64;
        let off = byte_off.min(len + 1);
        let within = off.min(len) as usize;
        let chars = String::from_utf8_lossy(&lb[..within]).chars().count() as i64;
        chars + (off - len).max(0)
    }

    /// Characters between two byte offsets.
    fn chars_between(&self, s: usize, e: usize) -> i64 {
        if e <= s {
            return 0;
        }
        String::from_utf8_lossy(&self.b[s..e.min(self.b.len())]).chars().count() as i64
    }
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// A raised error, positions already in CPython's `SyntaxError` terms.
#[derive(Clone, Debug)]
pub(crate) struct PErr {
    kind: ErrorKind,
    msg: String,
    line: i64,
    /// 1-based character offset (0 or less: none).
    col: i64,
    end_line: i64,
    end_col: i64,
    /// Set by the tokenizer (`tok->done` is an error, so no full-source scan follows).
    from_tokenizer: bool,
    /// The text CPython shows, when it is not the source line (f-string expressions).
    text: Option<String>,
}

impl PErr {
    fn into_compile_error(self, text: &Text, filename: &str) -> CompileError {
        let mut e = CompileError::new(self.kind, self.msg, filename);
        e.line = self.line.max(0) as u32;
        e.col = self.col.max(0) as u32;
        e.end_line = self.end_line.max(0) as u32;
        e.end_col = self.end_col.max(0) as u32;
        e.text = match self.text {
            Some(t) => Some(t),
            None => {
                let lb = text.line_bytes(self.line);
                if lb.is_empty() {
                    None
                } else {
                    Some(String::from_utf8_lossy(lb).trim_end_matches('\n').to_string())
                }
            }
        };
        e
    }
}

// ---------------------------------------------------------------------------------------------
// Tokenizer (Parser/tokenizer.c)
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum K {
    Name,
    Number,
    String,
    Op,
    Newline,
    Indent,
    Dedent,
    EndMarker,
}

/// The tokenizer's state right after producing a token; CPython computes some error positions
/// from it (`tok->cur`, `tok->line_start`, `tok->lineno`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct TokState {
    cur: usize,
    line_start: usize,
    lineno: i64,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub kind: K,
    /// Byte range in the text (empty for INDENT/DEDENT/ENDMARKER).
    pub start: usize,
    pub end: usize,
    pub line: i64,
    /// Byte column of the start, -1 when the token has none (INDENT, DEDENT, ENDMARKER).
    pub col: i64,
    pub end_line: i64,
    pub end_col: i64,
    /// Bracket nesting level after the token.
    pub level: usize,
    pub after: TokState,
}

/// How the tokenizer stopped, when it stopped on an error.
#[derive(Clone, Debug)]
pub(crate) enum TokErrKind {
    /// `syntaxerror()`: the exception is set at once.
    Raise(PErr),
    /// EOF inside brackets or after a line continuation.
    Eof,
    /// Dedent to a column matching no outer indentation level.
    Dedent,
    TabSpace,
    TooDeep,
    LineCont,
}

#[derive(Clone, Debug)]
pub(crate) struct TokErr {
    kind: TokErrKind,
    state: TokState,
    /// `tok->buf - line_start`: where the buffer starts (continuation lines keep it earlier).
    buf: usize,
    /// Innermost open bracket: (char, line, byte column).
    paren: Option<(u8, i64, i64)>,
}

pub(crate) struct Lexed {
    pub toks: Vec<Tok>,
    pub error: Option<TokErr>,
    /// See `Tokenizer::loose_ws`.
    pub loose_ws: Vec<(usize, usize)>,
}

const EOF: i32 = -1;
const MAXINDENT: usize = 100;
const MAXLEVEL: usize = 200;

struct Tokenizer<'a> {
    t: &'a Text,
    cur: usize,
    lineno: i64,
    line_start: usize,
    buf: usize,
    atbol: bool,
    pendin: i32,
    indstack: Vec<i64>,
    altindstack: Vec<i64>,
    parens: Vec<(u8, i64, i64)>,
    start: Option<usize>,
    first_lineno: i64,
    multi_line_start: usize,
    /// A newline was read: the next character starts a new line.
    pending_nl: bool,
    /// EOF was read in file mode: `tok->cur` is back at the buffer start.
    eof_reset: bool,
    /// Leading whitespace of blank and comment-only lines that mixes a tab after a space.
    loose_ws: Vec<(usize, usize)>,
}

pub(crate) fn tokenize(t: &Text) -> Lexed {
    let mut tk = Tokenizer {
        t,
        cur: 0,
        lineno: 0,
        line_start: 0,
        buf: 0,
        atbol: true,
        pendin: 0,
        indstack: vec![0],
        altindstack: vec![0],
        parens: Vec::new(),
        start: None,
        first_lineno: 0,
        multi_line_start: 0,
        pending_nl: true,
        eof_reset: false,
        loose_ws: Vec::new(),
    };
    let mut toks = Vec::new();
    loop {
        match tk.get() {
            Ok(tok) => {
                let end = tok.kind == K::EndMarker;
                toks.push(tok);
                if end {
                    return Lexed { toks, error: None, loose_ws: tk.loose_ws };
                }
            }
            Err(kind) => {
                let error = TokErr {
                    kind,
                    state: tk.state(),
                    buf: tk.buf,
                    paren: tk.parens.last().copied(),
                };
                return Lexed { toks, error: Some(error), loose_ws: tk.loose_ws };
            }
        }
    }
}

fn is_id_start(c: i32) -> bool {
    (b'a' as i32..=b'z' as i32).contains(&c) || (b'A' as i32..=b'Z' as i32).contains(&c) || c == b'_' as i32 || c >= 128
}

fn is_id_char(c: i32) -> bool {
    is_id_start(c) || (b'0' as i32..=b'9' as i32).contains(&c)
}

fn is_digit(c: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&c)
}

fn is_xdigit(c: i32) -> bool {
    is_digit(c) || (b'a' as i32..=b'f' as i32).contains(&c) || (b'A' as i32..=b'F' as i32).contains(&c)
}

/// `_PyUnicode_ScanIdentifier`'s test: XID_Start (or `_`) first, XID_Continue after.
fn is_xid(ch: char, start: bool) -> bool {
    crate::repr::in_ranges(if start { unicode_data::XID_START } else { unicode_data::XID_CONTINUE }, ch)
}

impl<'a> Tokenizer<'a> {
    fn state(&self) -> TokState {
        let cur = if self.eof_reset { self.line_start } else { self.cur };
        TokState { cur, line_start: self.line_start, lineno: self.lineno }
    }

    fn nextc(&mut self) -> i32 {
        if self.cur >= self.t.b.len() {
            if self.t.mode.file_eof && self.start.is_none() {
                // The file reader resets its buffer before the read that finds EOF.
                self.eof_reset = true;
            }
            return EOF;
        }
        if self.pending_nl {
            self.pending_nl = false;
            self.lineno += 1;
            self.line_start = self.cur;
            if self.start.is_none() {
                self.buf = self.cur;
            }
        }
        let c = self.t.b[self.cur];
        self.cur += 1;
        if c == b'\n' {
            self.pending_nl = true;
        }
        c as i32
    }

    fn backup(&mut self, c: i32) {
        if c != EOF {
            self.cur -= 1;
            if c == b'\n' as i32 {
                self.pending_nl = false;
            }
        }
    }

    /// `syntaxerror()`: column = characters from the line start to `cur`.
    fn syntax_error(&self, msg: String) -> TokErrKind {
        let col = self.t.chars_between(self.line_start, self.cur);
        self.syntax_error_range(msg, col, col)
    }

    fn syntax_error_range(&self, msg: String, col: i64, end_col: i64) -> TokErrKind {
        let line_end = self.t.b[self.line_start..].iter().position(|&c| c == b'\n').map_or(self.t.b.len(), |p| self.line_start + p);
        let text = String::from_utf8_lossy(&self.t.b[self.line_start..line_end]).into_owned();
        TokErrKind::Raise(PErr {
            kind: ErrorKind::SyntaxError,
            msg,
            line: self.lineno,
            col,
            end_line: self.lineno,
            end_col,
            from_tokenizer: true,
            text: Some(text),
        })
    }

    fn tok(&self, kind: K, start: Option<usize>, end: Option<usize>) -> Tok {
        let (line, line_start) = if kind == K::String {
            (self.first_lineno, self.multi_line_start)
        } else {
            (self.lineno, self.line_start)
        };
        let col = match start {
            Some(s) if s >= line_start => (s - line_start) as i64,
            _ => -1,
        };
        let end_col = match end {
            Some(e) if e >= self.line_start => (e - self.line_start) as i64,
            _ => -1,
        };
        Tok {
            kind,
            start: start.unwrap_or(self.cur),
            end: end.unwrap_or(self.cur),
            line,
            col,
            end_line: self.lineno,
            end_col,
            level: self.parens.len(),
            after: self.state(),
        }
    }

    fn continuation_line(&mut self) -> Result<i32, TokErrKind> {
        let c = self.nextc();
        if c != b'\n' as i32 {
            return Err(TokErrKind::LineCont);
        }
        let c = self.nextc();
        if c == EOF {
            self.cur = self.t.b.len();
            return Err(TokErrKind::Eof);
        }
        self.backup(c);
        Ok(c)
    }

    fn lookahead(&mut self, s: &str) -> bool {
        let save = (self.cur, self.pending_nl, self.lineno, self.line_start, self.buf);
        let ok = s.bytes().all(|b| self.nextc() == b as i32);
        let after = self.nextc();
        let ok = ok && !is_id_char(after);
        (self.cur, self.pending_nl, self.lineno, self.line_start, self.buf) = save;
        ok
    }

    fn verify_end_of_number(&mut self, c: i32, kind: &str) -> Result<(), TokErrKind> {
        let r = match c as u8 {
            b'a' => self.lookahead("nd"),
            b'e' => self.lookahead("lse"),
            b'f' => self.lookahead("or"),
            b'i' => {
                let c2 = self.nextc();
                let r = c2 == b'f' as i32 || c2 == b'n' as i32 || c2 == b's' as i32;
                self.backup(c2);
                r
            }
            b'o' => self.lookahead("r"),
            b'n' => self.lookahead("ot"),
            _ => false,
        };
        if r && c >= 0 {
            // A (deprecation) warning in CPython, not an error.
            return Ok(());
        }
        if c < 128 && is_id_char(c) {
            self.backup(c);
            return Err(self.syntax_error(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    fn decimal_tail(&mut self) -> Result<i32, TokErrKind> {
        loop {
            let mut c;
            loop {
                c = self.nextc();
                if !is_digit(c) {
                    break;
                }
            }
            if c != b'_' as i32 {
                return Ok(c);
            }
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.syntax_error("invalid decimal literal".into()));
            }
        }
    }

    fn verify_identifier(&mut self, start: usize) -> Result<(), TokErrKind> {
        let s = String::from_utf8_lossy(&self.t.b[start..self.cur]).into_owned();
        let chars: Vec<char> = s.chars().collect();
        let invalid = chars.iter().enumerate().position(|(i, &c)| !is_xid(c, i == 0));
        if let Some(i) = invalid {
            let ch = chars[i];
            if i + 1 < chars.len() {
                let prefix: String = chars[..=i].iter().collect();
                self.cur = start + prefix.len();
            }
            let msg = if crate::repr::is_printable(ch) {
                format!("invalid character '{ch}' (U+{:04X})", ch as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", ch as u32)
            };
            return Err(self.syntax_error(msg));
        }
        Ok(())
    }

    fn number(&mut self, first: i32) -> Result<Tok, TokErrKind> {
        let start = self.start.unwrap_or(self.cur - 1);
        let mut c = first;
        enum Next {
            Fraction,
            Exponent,
            Imaginary,
            Done,
        }
        let mut next = Next::Done;
        if c == b'0' as i32 {
            c = self.nextc();
            if c == b'x' as i32 || c == b'X' as i32 {
                c = self.nextc();
                loop {
                    if c == b'_' as i32 {
                        c = self.nextc();
                    }
                    if !is_xdigit(c) {
                        self.backup(c);
                        return Err(self.syntax_error("invalid hexadecimal literal".into()));
                    }
                    loop {
                        c = self.nextc();
                        if !is_xdigit(c) {
                            break;
                        }
                    }
                    if c != b'_' as i32 {
                        break;
                    }
                }
                self.verify_end_of_number(c, "hexadecimal")?;
            } else if c == b'o' as i32 || c == b'O' as i32 || c == b'b' as i32 || c == b'B' as i32 {
                let octal = c == b'o' as i32 || c == b'O' as i32;
                let (kind, max) = if octal { ("octal", b'8' as i32) } else { ("binary", b'2' as i32) };
                c = self.nextc();
                loop {
                    if c == b'_' as i32 {
                        c = self.nextc();
                    }
                    if c < b'0' as i32 || c >= max {
                        if is_digit(c) {
                            return Err(self.syntax_error(format!("invalid digit '{}' in {kind} literal", c as u8 as char)));
                        }
                        self.backup(c);
                        return Err(self.syntax_error(format!("invalid {kind} literal")));
                    }
                    loop {
                        c = self.nextc();
                        if !(c >= b'0' as i32 && c < max) {
                            break;
                        }
                    }
                    if c != b'_' as i32 {
                        break;
                    }
                }
                if is_digit(c) {
                    return Err(self.syntax_error(format!("invalid digit '{}' in {kind} literal", c as u8 as char)));
                }
                self.verify_end_of_number(c, kind)?;
            } else {
                let mut nonzero = false;
                loop {
                    if c == b'_' as i32 {
                        c = self.nextc();
                        if !is_digit(c) {
                            self.backup(c);
                            return Err(self.syntax_error("invalid decimal literal".into()));
                        }
                    }
                    if c != b'0' as i32 {
                        break;
                    }
                    c = self.nextc();
                }
                let zeros_end = self.cur;
                if is_digit(c) {
                    nonzero = true;
                    c = self.decimal_tail()?;
                }
                if c == b'.' as i32 {
                    c = self.nextc();
                    next = Next::Fraction;
                } else if c == b'e' as i32 || c == b'E' as i32 {
                    next = Next::Exponent;
                } else if c == b'j' as i32 || c == b'J' as i32 {
                    next = Next::Imaginary;
                } else if nonzero {
                    self.backup(c);
                    let col = self.t.chars_between(self.line_start, start) + 1;
                    let end = self.t.chars_between(self.line_start, zeros_end);
                    return Err(self.syntax_error_range(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
                        col,
                        end,
                    ));
                } else {
                    self.verify_end_of_number(c, "decimal")?;
                }
            }
        } else if c == b'.' as i32 {
            c = self.nextc();
            next = Next::Fraction;
        } else {
            c = self.decimal_tail()?;
            if c == b'.' as i32 {
                c = self.nextc();
                next = Next::Fraction;
            } else if c == b'e' as i32 || c == b'E' as i32 {
                next = Next::Exponent;
            } else if c == b'j' as i32 || c == b'J' as i32 {
                next = Next::Imaginary;
            } else {
                self.verify_end_of_number(c, "decimal")?;
            }
        }
        if let Next::Fraction = next {
            if is_digit(c) {
                c = self.decimal_tail()?;
            }
            next = if c == b'e' as i32 || c == b'E' as i32 {
                Next::Exponent
            } else if c == b'j' as i32 || c == b'J' as i32 {
                Next::Imaginary
            } else {
                self.verify_end_of_number(c, "decimal")?;
                Next::Done
            };
        }
        if let Next::Exponent = next {
            let e = c;
            c = self.nextc();
            if c == b'+' as i32 || c == b'-' as i32 {
                c = self.nextc();
                if !is_digit(c) {
                    self.backup(c);
                    return Err(self.syntax_error("invalid decimal literal".into()));
                }
            } else if !is_digit(c) {
                self.backup(c);
                self.verify_end_of_number(e, "decimal")?;
                self.backup(e);
                return Ok(self.tok(K::Number, Some(start), Some(self.cur)));
            }
            c = self.decimal_tail()?;
            next = if c == b'j' as i32 || c == b'J' as i32 {
                Next::Imaginary
            } else {
                self.verify_end_of_number(c, "decimal")?;
                Next::Done
            };
        }
        if let Next::Imaginary = next {
            c = self.nextc();
            self.verify_end_of_number(c, "imaginary")?;
        }
        self.backup(c);
        Ok(self.tok(K::Number, Some(start), Some(self.cur)))
    }

    fn string(&mut self, quote: i32) -> Result<Tok, TokErrKind> {
        let start = self.start.unwrap_or(self.cur - 1);
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        self.first_lineno = self.lineno;
        self.multi_line_start = self.line_start;
        let mut c = self.nextc();
        if c == quote {
            c = self.nextc();
            if c == quote {
                quote_size = 3;
            } else {
                end_quote_size = 1;
            }
        }
        if c != quote {
            self.backup(c);
        }
        while end_quote_size != quote_size {
            c = self.nextc();
            if c == EOF || (quote_size == 1 && c == b'\n' as i32) {
                let detected = self.lineno;
                self.cur = start + 1;
                self.line_start = self.multi_line_start;
                self.lineno = self.first_lineno;
                let msg = if quote_size == 3 {
                    format!("unterminated triple-quoted string literal (detected at line {detected})")
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                return Err(self.syntax_error(msg));
            }
            if c == quote {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == b'\\' as i32 {
                    self.nextc();
                }
            }
        }
        Ok(self.tok(K::String, Some(start), Some(self.cur)))
    }

    fn get(&mut self) -> Result<Tok, TokErrKind> {
        'nextline: loop {
            self.start = None;
            let mut blankline = false;
            if self.atbol {
                self.atbol = false;
                let mut col: i64 = 0;
                let mut altcol: i64 = 0;
                let mut cont_line_col: i64 = 0;
                let ws_start = self.cur;
                let mut c;
                loop {
                    c = self.nextc();
                    if c == b' ' as i32 {
                        col += 1;
                        altcol += 1;
                    } else if c == b'\t' as i32 {
                        col = (col / 8 + 1) * 8;
                        altcol += 1;
                    } else if c == 0x0c {
                        col = 0;
                        altcol = 0;
                    } else if c == b'\\' as i32 {
                        cont_line_col = if cont_line_col != 0 { cont_line_col } else { col };
                        self.continuation_line()?;
                    } else {
                        break;
                    }
                }
                self.backup(c);
                if c == b'#' as i32 || c == b'\n' as i32 {
                    blankline = true;
                    // Whitespace that is not indentation: note a tab after a space there, which
                    // rustpython-parser's lexer refuses.
                    let ws = &self.t.b[ws_start.min(self.cur)..self.cur];
                    if ws.windows(2).any(|w| w == b" \t") {
                        self.loose_ws.push((ws_start, self.cur));
                    }
                }
                if !blankline && self.parens.is_empty() {
                    if cont_line_col != 0 {
                        col = cont_line_col;
                        altcol = cont_line_col;
                    }
                    let top = *self.indstack.last().unwrap();
                    let alttop = *self.altindstack.last().unwrap();
                    if col == top {
                        if altcol != alttop {
                            self.cur = self.line_end();
                            return Err(TokErrKind::TabSpace);
                        }
                    } else if col > top {
                        if self.indstack.len() >= MAXINDENT {
                            self.cur = self.line_end();
                            return Err(TokErrKind::TooDeep);
                        }
                        if altcol <= alttop {
                            self.cur = self.line_end();
                            return Err(TokErrKind::TabSpace);
                        }
                        self.pendin += 1;
                        self.indstack.push(col);
                        self.altindstack.push(altcol);
                    } else {
                        while self.indstack.len() > 1 && col < *self.indstack.last().unwrap() {
                            self.pendin -= 1;
                            self.indstack.pop();
                            self.altindstack.pop();
                        }
                        if col != *self.indstack.last().unwrap() {
                            self.cur = self.line_end();
                            return Err(TokErrKind::Dedent);
                        }
                        if altcol != *self.altindstack.last().unwrap() {
                            self.cur = self.line_end();
                            return Err(TokErrKind::TabSpace);
                        }
                    }
                }
            }
            self.start = Some(self.cur);
            if self.pendin != 0 {
                if self.pendin < 0 {
                    self.pendin += 1;
                    return Ok(self.tok(K::Dedent, None, None));
                }
                self.pendin -= 1;
                return Ok(self.tok(K::Indent, None, None));
            }
            // again:
            loop {
                self.start = None;
                let mut c;
                loop {
                    c = self.nextc();
                    if !(c == b' ' as i32 || c == b'\t' as i32 || c == 0x0c) {
                        break;
                    }
                }
                self.start = if c == EOF { None } else { Some(self.cur - 1) };
                if c == b'#' as i32 {
                    while c != EOF && c != b'\n' as i32 {
                        c = self.nextc();
                    }
                }
                if c == EOF {
                    if !self.parens.is_empty() {
                        return Err(TokErrKind::Eof);
                    }
                    return Ok(self.tok(K::EndMarker, None, None));
                }
                if is_id_start(c) {
                    let start = self.cur - 1;
                    let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
                    loop {
                        let ch = c as u8;
                        if !(saw_b || saw_u || saw_f) && (ch == b'b' || ch == b'B') {
                            saw_b = true;
                        } else if !(saw_b || saw_u || saw_r || saw_f) && (ch == b'u' || ch == b'U') {
                            saw_u = true;
                        } else if !(saw_r || saw_u) && (ch == b'r' || ch == b'R') {
                            saw_r = true;
                        } else if !(saw_f || saw_b || saw_u) && (ch == b'f' || ch == b'F') {
                            saw_f = true;
                        } else {
                            break;
                        }
                        c = self.nextc();
                        if c == b'"' as i32 || c == b'\'' as i32 {
                            return self.string(c);
                        }
                    }
                    let mut nonascii = false;
                    while is_id_char(c) {
                        if c >= 128 {
                            nonascii = true;
                        }
                        c = self.nextc();
                    }
                    self.backup(c);
                    if nonascii {
                        self.verify_identifier(start)?;
                    }
                    return Ok(self.tok(K::Name, Some(start), Some(self.cur)));
                }
                if c == b'\n' as i32 {
                    self.atbol = true;
                    if blankline || !self.parens.is_empty() {
                        continue 'nextline;
                    }
                    let s = self.start;
                    return Ok(self.tok(K::Newline, s, Some(self.cur - 1)));
                }
                if c == b'.' as i32 {
                    c = self.nextc();
                    if is_digit(c) {
                        self.backup(c);
                        return self.number(b'.' as i32);
                    } else if c == b'.' as i32 {
                        c = self.nextc();
                        if c == b'.' as i32 {
                            let s = self.start;
                            return Ok(self.tok(K::Op, s, Some(self.cur)));
                        }
                        self.backup(c);
                        self.backup(b'.' as i32);
                    } else {
                        self.backup(c);
                    }
                    let s = self.start;
                    return Ok(self.tok(K::Op, s, Some(self.cur)));
                }
                if is_digit(c) {
                    return self.number(c);
                }
                if c == b'"' as i32 || c == b'\'' as i32 {
                    return self.string(c);
                }
                if c == b'\\' as i32 {
                    self.continuation_line()?;
                    continue;
                }
                // Two- and three-character operators.
                let c2 = self.nextc();
                if is_two_char_op(c, c2) {
                    let c3 = self.nextc();
                    if !is_three_char_op(c, c2, c3) {
                        self.backup(c3);
                    }
                    let s = self.start;
                    return Ok(self.tok(K::Op, s, Some(self.cur)));
                }
                self.backup(c2);
                match c as u8 {
                    b'(' | b'[' | b'{' => {
                        if self.parens.len() >= MAXLEVEL {
                            return Err(self.syntax_error("too many nested parentheses".into()));
                        }
                        let col = (self.start.unwrap_or(self.cur - 1) - self.line_start) as i64;
                        self.parens.push((c as u8, self.lineno, col));
                    }
                    b')' | b']' | b'}' => {
                        let Some((open, line, _)) = self.parens.pop() else {
                            return Err(self.syntax_error(format!("unmatched '{}'", c as u8 as char)));
                        };
                        let close = c as u8;
                        if !matches!((open, close), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                            let msg = if line != self.lineno {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {line}",
                                    close as char, open as char
                                )
                            } else {
                                format!("closing parenthesis '{}' does not match opening parenthesis '{}'", close as char, open as char)
                            };
                            return Err(self.syntax_error(msg));
                        }
                    }
                    _ => {}
                }
                if c < 128 && !crate::repr::is_printable(char::from(c as u8)) {
                    return Err(self.syntax_error(format!("invalid non-printable character U+{:04X}", c)));
                }
                let s = self.start;
                return Ok(self.tok(K::Op, s, Some(self.cur)));
            }
        }
    }

    /// `tok->inp`: the end of the current line's input (after its newline).
    fn line_end(&self) -> usize {
        let from = self.cur.min(self.t.b.len());
        match self.t.b[from..].iter().position(|&c| c == b'\n') {
            Some(p) => from + p + 1,
            None => self.t.b.len(),
        }
    }
}

fn is_two_char_op(c1: i32, c2: i32) -> bool {
    if c1 < 0 || c2 < 0 {
        return false;
    }
    matches!(
        (c1 as u8, c2 as u8),
        (b'!', b'=')
            | (b'%', b'=')
            | (b'&', b'=')
            | (b'*', b'*')
            | (b'*', b'=')
            | (b'+', b'=')
            | (b'-', b'=')
            | (b'-', b'>')
            | (b'/', b'/')
            | (b'/', b'=')
            | (b':', b'=')
            | (b'<', b'<')
            | (b'<', b'=')
            | (b'<', b'>')
            | (b'=', b'=')
            | (b'>', b'=')
            | (b'>', b'>')
            | (b'@', b'=')
            | (b'^', b'=')
            | (b'|', b'=')
    )
}

fn is_three_char_op(c1: i32, c2: i32, c3: i32) -> bool {
    if c3 < 0 {
        return false;
    }
    matches!((c1 as u8, c2 as u8, c3 as u8), (b'*', b'*', b'=') | (b'.', b'.', b'.') | (b'/', b'/', b'=') | (b'<', b'<', b'=') | (b'>', b'>', b'='))
}

/// `_PyPegen_fill_token` in `single` mode: the first ENDMARKER after some token becomes a
/// NEWLINE, and the open indentation levels are closed; the ENDMARKER that follows DEDENTs is
/// turned into a NEWLINE again.
fn imply_single_newline(lexed: &mut Lexed) {
    let Some(last) = lexed.toks.last().copied() else { return };
    if last.kind != K::EndMarker || lexed.toks.len() < 2 {
        return;
    }
    let depth: i64 = lexed.toks.iter().map(|t| match t.kind {
        K::Indent => 1,
        K::Dedent => -1,
        _ => 0,
    }).sum();
    lexed.toks.pop();
    lexed.toks.push(Tok { kind: K::Newline, ..last });
    if depth > 0 {
        for _ in 0..depth {
            lexed.toks.push(Tok { kind: K::Dedent, ..last });
        }
        lexed.toks.push(Tok { kind: K::Newline, ..last });
    }
    lexed.toks.push(last);
}

// ---------------------------------------------------------------------------------------------
// String literals (Parser/string_parser.c)
// ---------------------------------------------------------------------------------------------

/// A string token split into prefix flags and body.
struct StrLit<'a> {
    bytes: bool,
    raw: bool,
    fstring: bool,
    /// The text between the quotes.
    body: &'a str,
    /// Byte offset of the body within the token.
    body_off: usize,
}

fn split_string(tok: &str) -> Option<StrLit<'_>> {
    let q = tok.find(['\'', '"'])?;
    let prefix = tok[..q].to_ascii_lowercase();
    let quote = tok.as_bytes()[q];
    let triple = tok.len() >= q + 6 && tok.as_bytes()[q + 1] == quote && tok.as_bytes()[q + 2] == quote;
    let ql = if triple { 3 } else { 1 };
    if tok.len() < q + 2 * ql {
        return None;
    }
    Some(StrLit {
        bytes: prefix.contains('b'),
        raw: prefix.contains('r'),
        fstring: prefix.contains('f'),
        body: &tok[q + ql..tok.len() - ql],
        body_off: q + ql,
    })
}

/// The error CPython's escape decoding reports for a string body, if any
/// (`decode_unicode_with_escapes` / `_PyBytes_DecodeEscape`).
fn decode_error(body: &str, bytes: bool) -> Option<String> {
    if bytes {
        let b = body.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'\\' && i + 1 < b.len() {
                if b[i + 1] == b'x' {
                    let ok = b.len() > i + 3 && b[i + 2].is_ascii_hexdigit() && b[i + 3].is_ascii_hexdigit();
                    if !ok {
                        return Some(format!("(value error) invalid \\x escape at position {i}"));
                    }
                }
                i += 2;
                continue;
            }
            i += 1;
        }
        return None;
    }
    // Non-ASCII characters become \UXXXXXXXX first, as CPython does; positions count in that buffer.
    let mut buf: Vec<u8> = Vec::with_capacity(body.len());
    let src = body.as_bytes();
    let mut i = 0;
    while i < src.len() {
        if src[i] == b'\\' {
            buf.push(b'\\');
            i += 1;
            if i >= src.len() || src[i] >= 0x80 {
                buf.extend_from_slice(b"u005c");
                if i >= src.len() {
                    break;
                }
            }
        }
        if src[i] >= 0x80 {
            let ch = body[i..].chars().next().unwrap_or('?');
            buf.extend_from_slice(format!("\\U{:08x}", ch as u32).as_bytes());
            i += ch.len_utf8();
        } else {
            buf.push(src[i]);
            i += 1;
        }
    }
    let b = &buf;
    let describe = |start: usize, end: usize, msg: &str| -> String {
        if end - start == 1 {
            format!("(unicode error) 'unicodeescape' codec can't decode byte 0x{:02x} in position {start}: {msg}", b[start])
        } else {
            format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {msg}", start, end - 1)
        }
    };
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= b.len() {
            return Some(describe(start, i, "\\ at end of string"));
        }
        let c = b[i];
        i += 1;
        let (count, msg) = match c {
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' => {
                let malformed = "malformed \\N character escape";
                if i < b.len() && b[i] == b'{' {
                    let name_start = i + 1;
                    match b[name_start..].iter().position(|&c| c == b'}') {
                        Some(0) => return Some(describe(start, name_start, malformed)),
                        Some(p) => {
                            i = name_start + p + 1;
                            let name = String::from_utf8_lossy(&b[name_start..name_start + p]).into_owned();
                            if !unicode_name_known(&name) {
                                return Some(describe(start, i, "unknown Unicode character name"));
                            }
                            continue;
                        }
                        None => return Some(describe(start, b.len(), malformed)),
                    }
                }
                return Some(describe(start, i, malformed));
            }
            _ => continue,
        };
        let mut value: u32 = 0;
        for _ in 0..count {
            if i >= b.len() || !b[i].is_ascii_hexdigit() {
                return Some(describe(start, i, msg));
            }
            value = value * 16 + (b[i] as char).to_digit(16).unwrap_or(0);
            i += 1;
        }
        if c == b'U' && value > 0x10FFFF {
            return Some(describe(start, i, "illegal Unicode character"));
        }
    }
    None
}

/// Whether `\N{name}` names a character. There is no Unicode name table here, so the literal
/// is handed to rustpython-parser, whose string decoding has one.
fn unicode_name_known(name: &str) -> bool {
    if name.contains(['"', '\\', '\n']) {
        return false;
    }
    rustpython_parser::parse(&format!("\"\\N{{{name}}}\""), rustpython_parser::Mode::Expression, "<string>").is_ok()
}

/// One replacement field found in an f-string: the expression text (byte range within the body)
/// and the character that ended it.
type FieldVisitor<'v> = dyn FnMut(usize, usize) -> Option<String> + 'v;

/// Walks an f-string body as `fstring_find_literal`/`fstring_find_expr` do. Returns the first
/// error message; `visit` is called with each expression's byte range and may report an error
/// (the parse of the expression) that stops the walk.
fn fstring_scan(body: &str, raw: bool, recurse: u32, visit: &mut FieldVisitor) -> Result<(), String> {
    let b = body.as_bytes();
    let mut s = 0;
    fstring_parse(b, &mut s, raw, recurse, visit)
}

fn fstring_parse(b: &[u8], s: &mut usize, raw: bool, recurse: u32, visit: &mut FieldVisitor) -> Result<(), String> {
    let end = b.len();
    loop {
        // Literal part.
        let lit_start = *s;
        let mut resume_after_double = false;
        while *s < end {
            let mut ch = b[*s];
            *s += 1;
            if !raw && ch == b'\\' && *s < end {
                ch = b[*s];
                *s += 1;
                if ch == b'N' {
                    if *s < end {
                        let c = b[*s];
                        *s += 1;
                        if c == b'{' {
                            while *s < end {
                                let c = b[*s];
                                *s += 1;
                                if c == b'}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if recurse == 0 {
                    if *s < end && b[*s] == ch {
                        *s += 1;
                        resume_after_double = true;
                        break;
                    }
                    if ch == b'}' {
                        *s -= 1;
                        return Err("f-string: single '}' is not allowed".into());
                    }
                }
                *s -= 1;
                break;
            }
        }
        let lit_end = if resume_after_double { *s - 1 } else { *s };
        if !raw && lit_end > lit_start {
            if let Ok(lit) = std::str::from_utf8(&b[lit_start..lit_end]) {
                if let Some(e) = decode_error(lit, false) {
                    return Err(e);
                }
            }
        }
        if resume_after_double {
            continue;
        }
        if *s >= end || b[*s] == b'}' {
            return Ok(());
        }
        // b[*s] == '{': an expression.
        fstring_expr(b, s, raw, recurse, visit)?;
    }
}

fn fstring_expr(b: &[u8], s: &mut usize, raw: bool, recurse: u32, visit: &mut FieldVisitor) -> Result<(), String> {
    let end = b.len();
    if recurse >= 2 {
        return Err("f-string: expressions nested too deeply".into());
    }
    *s += 1;
    let expr_start = *s;
    let mut quote: u8 = 0;
    let mut string_type = 0;
    let mut stack: Vec<u8> = Vec::new();
    while *s < end {
        let ch = b[*s];
        if ch == b'\\' {
            return Err("f-string expression part cannot include a backslash".into());
        }
        if quote != 0 {
            if ch == quote {
                if string_type == 3 {
                    if *s + 2 < end && b[*s + 1] == ch && b[*s + 2] == ch {
                        *s += 3;
                        string_type = 0;
                        quote = 0;
                        continue;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                    *s += 1;
                    continue;
                }
            }
            *s += 1;
            continue;
        }
        if ch == b'\'' || ch == b'"' {
            if *s + 2 < end && b[*s + 1] == ch && b[*s + 2] == ch {
                string_type = 3;
                *s += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if ch == b'[' || ch == b'{' || ch == b'(' {
            if stack.len() >= MAXLEVEL {
                return Err("f-string: too many nested parenthesis".into());
            }
            stack.push(ch);
        } else if ch == b'#' {
            return Err("f-string expression part cannot include '#'".into());
        } else if stack.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'>' | b'<') {
            if *s + 1 < end {
                let next = b[*s + 1];
                if (ch == b'!' || ch == b'=' || ch == b'<' || ch == b'>') && next == b'=' {
                    *s += 2;
                    continue;
                }
            }
            if ch == b'>' || ch == b'<' {
                *s += 1;
                continue;
            }
            break;
        } else if ch == b']' || ch == b'}' || ch == b')' {
            let Some(open) = stack.pop() else {
                return Err(format!("f-string: unmatched '{}'", ch as char));
            };
            if !matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                return Err(format!(
                    "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                    ch as char, open as char
                ));
            }
        }
        *s += 1;
    }
    let expr_end = *s;
    if quote != 0 {
        return Err("f-string: unterminated string".into());
    }
    if let Some(&open) = stack.last() {
        return Err(format!("f-string: unmatched '{}'", open as char));
    }
    if *s >= end {
        return Err("f-string: expecting '}'".into());
    }
    // fstring_compile_expr
    let blank = b[expr_start..expr_end].iter().all(|&c| matches!(c, b' ' | b'\t' | b'\n' | 0x0c));
    if blank {
        let stop = b[expr_end];
        if matches!(stop, b'!' | b':' | b'=') {
            return Err(format!("f-string: expression required before '{}'", stop as char));
        }
        return Err("f-string: empty expression not allowed".into());
    }
    if let Some(e) = visit(expr_start, expr_end) {
        return Err(e);
    }
    if b[*s] == b'=' {
        *s += 1;
        while *s < end && (b[*s] as char).is_ascii_whitespace() {
            *s += 1;
        }
        if *s >= end {
            return Err("f-string: expecting '}'".into());
        }
    }
    if b[*s] == b'!' {
        *s += 1;
        if *s >= end {
            return Err("f-string: expecting '}'".into());
        }
        let conv = b[*s];
        *s += 1;
        if !matches!(conv, b's' | b'r' | b'a') {
            return Err("f-string: invalid conversion character: expected 's', 'r', or 'a'".into());
        }
    }
    if *s >= end {
        return Err("f-string: expecting '}'".into());
    }
    if b[*s] == b':' {
        *s += 1;
        if *s >= end {
            return Err("f-string: expecting '}'".into());
        }
        fstring_parse(b, s, raw, recurse + 1, visit)?;
    }
    if *s >= end || b[*s] != b'}' {
        return Err("f-string: expecting '}'".into());
    }
    *s += 1;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Parser (Grammar/python.gram, 3.11): a recognizer building just enough of a tree for the
// `invalid_*` rules' messages and locations.
// ---------------------------------------------------------------------------------------------

type N = u32;
type R = Option<N>;
/// Success without a node.
const UNIT: N = u32::MAX;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NK {
    Name,
    True,
    False,
    NoneC,
    Ellipsis,
    Literal,
    FString,
    Attribute,
    Subscript,
    Starred,
    List,
    Tuple,
    Dict,
    Set,
    ListComp,
    SetComp,
    DictComp,
    GenExp,
    Call,
    Compare,
    BoolOp,
    BinOp,
    UnaryOp,
    IfExp,
    Lambda,
    NamedExpr,
    Yield,
    Await,
    Slice,
    Comprehension,
    Keyword,
    /// Call arguments: `kids` positional (with starred), `kws` keywords.
    Args,
    Other,
}

#[derive(Clone, Debug)]
struct Node {
    kind: NK,
    /// First and last token (inclusive).
    s: usize,
    e: usize,
    kids: Vec<N>,
    kws: Vec<N>,
    /// Compare: the first operator is `in`. Keyword: `**` unpacking.
    flag: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Targets {
    Star,
    Del,
    For,
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield",
];

fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

// Memoized rules.
const M_SIMPLE_STMT: u8 = 1;
const M_BLOCK: u8 = 2;
const M_EXPRESSION: u8 = 3;
const M_STAR_EXPRESSION: u8 = 4;
const M_DISJUNCTION: u8 = 5;
const M_CONJUNCTION: u8 = 6;
const M_INVERSION: u8 = 7;
const M_BITOR: u8 = 8;
const M_FACTOR: u8 = 9;
const M_AWAIT_PRIMARY: u8 = 10;
const M_PRIMARY: u8 = 11;
const M_STRINGS: u8 = 12;
const M_ARGUMENTS: u8 = 13;
const M_STAR_TARGET: u8 = 14;
const M_TARGET_WITH_STAR_ATOM: u8 = 15;
const M_T_PRIMARY: u8 = 16;
const M_DEL_TARGET: u8 = 17;
const M_INVALID_NAMED: u8 = 18;
const M_CLOSED_PATTERN: u8 = 19;
const M_STAR_PATTERN: u8 = 20;
const M_ELIF: u8 = 21;

/// CPython's parser stack limit (`MAXSTACK`).
const MAX_DEPTH: u32 = 6000;
/// The nesting handled on the caller's stack.
const INLINE_DEPTH: u32 = 200;

struct Parser<'a> {
    text: &'a Text,
    toks: &'a [Tok],
    tok_err: Option<&'a TokErr>,
    rule: StartRule,
    pos: usize,
    fill: usize,
    invalid: bool,
    error: Option<PErr>,
    too_deep: bool,
    /// Memo entries, one list per token position (like pegen's `Token.memo`).
    memo_head: Vec<u32>,
    memo_pool: Vec<MemoEntry>,
    nodes: Vec<Node>,
    depth: u32,
    /// Set by an action that matched but produced nothing (pegen's `NULL` result).
    stop: bool,
    /// Build nodes (second pass).
    build: bool,
    /// Token texts.
    texts: Vec<&'a str>,
    max_depth: u32,
}

/// Tries one alternative: on success returns from the rule, on failure restores the position.
macro_rules! alt {
    ($p:ident, |$q:ident| $body:block) => {{
        let m = $p.pos;
        #[allow(clippy::redundant_closure_call)]
        let r: R = (|$q: &mut Self| -> R { $body })($p);
        if $p.error.is_some() {
            return None;
        }
        if r.is_some() {
            return r;
        }
        $p.pos = m;
        if $p.stop {
            // The alternative matched but its action gave no result: the rule fails.
            $p.stop = false;
            return None;
        }
    }};
}

/// Like `alt!`, for `invalid_*` alternatives that only run in the second pass.
macro_rules! inv {
    ($p:ident, |$q:ident| $body:block) => {{
        if $p.invalid {
            alt!($p, |$q| $body);
        }
    }};
}

impl<'a> Parser<'a> {
    fn new(text: &'a Text, lexed: &'a Lexed, rule: StartRule) -> Parser<'a> {
        Parser {
            text,
            toks: &lexed.toks,
            tok_err: lexed.error.as_ref(),
            rule,
            pos: 0,
            fill: 0,
            invalid: false,
            error: None,
            too_deep: false,
            memo_head: vec![u32::MAX; lexed.toks.len() + 2],
            memo_pool: Vec::with_capacity(lexed.toks.len() * 2),
            nodes: Vec::new(),
            depth: 0,
            stop: false,
            build: false,
            texts: lexed.toks.iter().map(|t| text.slice(t.start, t.end)).collect(),
            max_depth: MAX_DEPTH,
        }
    }

    // ----- driver (_PyPegen_run_parser, _PyPegen_set_syntax_error) -----

    fn run(&mut self) -> Option<PErr> {
        let ok = self.start().is_some();
        if self.too_deep {
            return None;
        }
        if ok && self.error.is_none() {
            return None;
        }
        let mut err = match self.error.take() {
            Some(e) => e,
            None => {
                let last = self.fill.max(1) - 1;
                self.memo_head.iter_mut().for_each(|h| *h = u32::MAX);
                self.memo_pool.clear();
                self.pos = 0;
                self.invalid = true;
                self.build = true;
                self.start();
                if self.too_deep {
                    return None;
                }
                match self.error.take() {
                    Some(e) => e,
                    None => {
                        let lt = self.view(last);
                        if lt.kind == Some(K::Indent) || lt.kind == Some(K::Dedent) {
                            let msg = if lt.kind == Some(K::Indent) { "unexpected indent" } else { "unexpected unindent" };
                            return Some(self.generic_error(ErrorKind::IndentationError, msg));
                        }
                        self.known_error(ErrorKind::SyntaxError, "invalid syntax".into(), (last, last))
                    }
                }
            }
        };
        if !err.from_tokenizer {
            // _PyPegen_tokenize_full_source_to_check_for_errors
            if let Some(te) = self.tok_err {
                if self.fill <= self.toks.len() {
                    match &te.kind {
                        TokErrKind::Raise(e) => err = e.clone(),
                        _ => {
                            if let Some((_, line, _)) = te.paren {
                                let current = self.view(self.fill.max(1) - 1).line;
                                if current > line {
                                    err = self.unclosed_error(te);
                                }
                            }
                        }
                    }
                }
            }
        }
        Some(err)
    }

    fn start(&mut self) -> R {
        match self.rule {
            StartRule::File => {
                let m = self.pos;
                if self.statements().is_none() {
                    self.pos = m;
                }
                self.tk(K::EndMarker)
            }
            StartRule::Eval => {
                self.expressions()?;
                while self.tk(K::Newline).is_some() {}
                self.tk(K::EndMarker)
            }
            StartRule::Single => {
                // `statement_newline`; its ENDMARKER alternative (`_PyPegen_interactive_exit`)
                // gives no statement, which is an error.
                let m = self.pos;
                if self.tk(K::EndMarker).is_some() {
                    self.pos = m;
                    return None;
                }
                self.statement_newline()?;
                if self.error.is_none() && self.bad_single_statement() {
                    return self.raise_syntax("multiple statements found while compiling a single statement");
                }
                Some(UNIT)
            }
            StartRule::FString => self.star_expressions(),
        }
    }

    /// After a `single` statement, anything but blanks and comments is a second statement.
    fn bad_single_statement(&self) -> bool {
        let st = self.tok_state();
        let rest = &self.text.b[st.cur.min(self.text.b.len())..];
        let mut i = 0;
        loop {
            while i < rest.len() && matches!(rest[i], b' ' | b'\t' | b'\n' | 0x0c) {
                i += 1;
            }
            if i >= rest.len() {
                return false;
            }
            if rest[i] != b'#' {
                return true;
            }
            while i < rest.len() && rest[i] != b'\n' {
                i += 1;
            }
        }
    }

    // ----- tokens -----

    fn fetch(&mut self, i: usize) -> Option<&'a Tok> {
        if i >= self.fill {
            self.fill = i + 1;
        }
        if i < self.toks.len() {
            return Some(&self.toks[i]);
        }
        if self.error.is_none() {
            if self.tok_err.is_some() {
                let e = self.tokenizer_error();
                self.error = Some(e);
            } else {
                self.too_deep = true;
                self.error = Some(PErr {
                    kind: ErrorKind::SyntaxError,
                    msg: String::new(),
                    line: 0,
                    col: 0,
                    end_line: 0,
                    end_col: 0,
                    from_tokenizer: true,
                    text: None,
                });
            }
        }
        None
    }

    fn text_of(&self, t: &Tok) -> &'a str {
        let text: &'a Text = self.text;
        text.slice(t.start, t.end)
    }

    fn op(&mut self, s: &str) -> Option<usize> {
        let i = self.pos;
        let t = self.fetch(i)?;
        if t.kind == K::Op && self.texts[i] == s {
            self.pos += 1;
            return Some(i);
        }
        None
    }

    fn kw(&mut self, s: &str) -> Option<usize> {
        let i = self.pos;
        let t = self.fetch(i)?;
        if t.kind == K::Name && self.texts[i] == s {
            self.pos += 1;
            return Some(i);
        }
        None
    }

    fn name(&mut self) -> Option<usize> {
        let i = self.pos;
        let t = self.fetch(i)?;
        if t.kind == K::Name && !is_keyword(self.texts[i]) {
            self.pos += 1;
            return Some(i);
        }
        None
    }

    fn tk(&mut self, k: K) -> R {
        let i = self.pos;
        let t = self.fetch(i)?;
        if t.kind == k {
            self.pos += 1;
            return Some(i as N);
        }
        None
    }

    /// `TYPE_COMMENT?` never matches (no type comments), but looks at the next token.
    fn peek_only(&mut self) {
        let i = self.pos;
        self.fetch(i);
    }

    fn at_op(&mut self, s: &str) -> bool {
        let m = self.pos;
        let r = self.op(s).is_some();
        self.pos = m;
        r
    }

    fn at_kw(&mut self, s: &str) -> bool {
        let m = self.pos;
        let r = self.kw(s).is_some();
        self.pos = m;
        r
    }

    fn at_kind(&mut self, k: K) -> bool {
        let m = self.pos;
        let r = self.tk(k).is_some();
        self.pos = m;
        r
    }

    fn at_name(&mut self) -> bool {
        let m = self.pos;
        let r = self.name().is_some();
        self.pos = m;
        r
    }

    /// Runs a rule as a lookahead: the position is restored.
    fn ahead(&mut self, f: fn(&mut Self) -> R) -> bool {
        let m = self.pos;
        let r = f(self).is_some();
        self.pos = m;
        r
    }

    // ----- nodes -----

    /// A node for the tokens from `s` to the current position (only in the second pass: the
    /// first needs no tree).
    fn node(&mut self, kind: NK, s: usize, kids: &[N]) -> N {
        if !self.build {
            return 0;
        }
        let e = self.pos.max(s + 1) - 1;
        self.nodes.push(Node { kind, s, e, kids: kids.to_vec(), kws: Vec::new(), flag: false });
        (self.nodes.len() - 1) as N
    }

    fn set_flag(&mut self, n: N) {
        if self.build {
            self.nodes[n as usize].flag = true;
        }
    }

    fn set_kws(&mut self, n: N, kws: Vec<N>) {
        if self.build {
            self.nodes[n as usize].kws = kws;
        }
    }

    fn is_starred(&self, n: N) -> bool {
        self.build && self.nd(n).kind == NK::Starred
    }

    fn nd(&self, n: N) -> &Node {
        &self.nodes[n as usize]
    }

    fn span(&self, n: N) -> (usize, usize) {
        let nd = self.nd(n);
        (nd.s, nd.e)
    }

    fn expr_name(&self, n: N) -> &'static str {
        match self.nd(n).kind {
            NK::Attribute => "attribute",
            NK::Subscript => "subscript",
            NK::Starred => "starred",
            NK::Name => "name",
            NK::List => "list",
            NK::Tuple => "tuple",
            NK::Lambda => "lambda",
            NK::Call => "function call",
            NK::BoolOp | NK::BinOp | NK::UnaryOp => "expression",
            NK::GenExp => "generator expression",
            NK::Yield => "yield expression",
            NK::Await => "await expression",
            NK::ListComp => "list comprehension",
            NK::SetComp => "set comprehension",
            NK::DictComp => "dict comprehension",
            NK::Dict => "dict literal",
            NK::Set => "set display",
            NK::FString => "f-string expression",
            NK::NoneC => "None",
            NK::False => "False",
            NK::True => "True",
            NK::Ellipsis => "ellipsis",
            NK::Literal => "literal",
            NK::Compare => "comparison",
            NK::IfExp => "conditional expression",
            NK::NamedExpr => "named expression",
            _ => "expression",
        }
    }

    /// `_PyPegen_get_invalid_target`.
    fn invalid_target(&self, n: N, t: Targets) -> Option<N> {
        let nd = self.nd(n);
        match nd.kind {
            NK::List | NK::Tuple => nd.kids.iter().find_map(|&k| self.invalid_target(k, t)),
            NK::Starred => {
                if t == Targets::Del {
                    Some(n)
                } else {
                    self.invalid_target(nd.kids[0], t)
                }
            }
            NK::Compare => {
                if t == Targets::For {
                    if nd.flag {
                        return self.invalid_target(nd.kids[0], t);
                    }
                    return None;
                }
                Some(n)
            }
            NK::Name | NK::Subscript | NK::Attribute => None,
            _ => Some(n),
        }
    }

    // ----- errors -----

    fn view(&self, i: usize) -> TokView {
        if i < self.toks.len() {
            let t = &self.toks[i];
            TokView { kind: Some(t.kind), line: t.line, col: t.col, end_line: t.end_line, end_col: t.end_col, after: t.after }
        } else if let Some(te) = self.tok_err {
            TokView { kind: None, line: te.state.lineno, col: -1, end_line: te.state.lineno, end_col: -1, after: te.state }
        } else {
            let last = self.toks.last().map(|t| t.after).unwrap_or(TokState { cur: 0, line_start: 0, lineno: 1 });
            TokView { kind: None, line: last.lineno, col: -1, end_line: last.lineno, end_col: -1, after: last }
        }
    }

    /// The tokenizer's state now: after the last token fetched.
    fn tok_state(&self) -> TokState {
        self.view(self.fill.max(1) - 1).after
    }

    fn make_err(&self, kind: ErrorKind, msg: String, line: i64, col1: i64, end_line: i64, end_col1: i64) -> PErr {
        let col = self.text.char_offset(line, col1);
        let end_col = if end_col1 > 0 { self.text.char_offset(line, end_col1) } else { end_col1 };
        PErr { kind, msg, line, col, end_line, end_col, from_tokenizer: false, text: None }
    }

    /// `RAISE_ERROR_KNOWN_LOCATION` from the start of `a` to the end of `b` (token spans).
    fn known_error(&self, kind: ErrorKind, msg: String, (s, e): (usize, usize)) -> PErr {
        let a = self.view(s);
        let b = self.view(e);
        self.make_err(kind, msg, a.line, a.col + 1, b.end_line, b.end_col + 1)
    }

    /// `_PyPegen_raise_error`: at the last token fetched.
    fn generic_error(&self, kind: ErrorKind, msg: &str) -> PErr {
        let i = self.fill.max(1) - 1;
        let t = self.view(i);
        let col = if t.col == -1 {
            let st = t.after;
            st.cur.saturating_sub(st.line_start) as i64
        } else {
            t.col + 1
        };
        let end_col = if t.end_col != -1 { t.end_col + 1 } else { -1 };
        self.make_err(kind, msg.to_string(), t.line, col, t.end_line, end_col)
    }

    fn tokenizer_error(&self) -> PErr {
        let te = self.tok_err.expect("tokenizer error");
        let mut e = match &te.kind {
            TokErrKind::Raise(e) => e.clone(),
            TokErrKind::Eof => {
                if te.paren.is_some() {
                    self.unclosed_error(te)
                } else {
                    let st = te.state;
                    self.make_err(ErrorKind::SyntaxError, "unexpected EOF while parsing".into(), st.lineno, (st.cur - st.line_start) as i64, st.lineno, -1)
                }
            }
            TokErrKind::Dedent => {
                let st = te.state;
                self.make_err(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level".into(),
                    st.lineno,
                    (st.cur - st.line_start) as i64,
                    st.lineno,
                    -1,
                )
            }
            TokErrKind::TabSpace => self.make_err(
                ErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation".into(),
                te.state.lineno,
                1,
                te.state.lineno,
                0,
            ),
            TokErrKind::TooDeep => {
                self.make_err(ErrorKind::IndentationError, "too many levels of indentation".into(), te.state.lineno, 1, te.state.lineno, 0)
            }
            TokErrKind::LineCont => {
                let st = te.state;
                let col = st.cur as i64 - te.buf as i64 - 1;
                self.make_err(
                    ErrorKind::SyntaxError,
                    "unexpected character after line continuation character".into(),
                    st.lineno,
                    col.max(0) + 1,
                    st.lineno,
                    0,
                )
            }
        };
        e.from_tokenizer = true;
        e
    }

    fn unclosed_error(&self, te: &TokErr) -> PErr {
        let (c, line, col) = te.paren.expect("open bracket");
        let mut e = self.make_err(ErrorKind::SyntaxError, format!("'{}' was never closed", c as char), line, col + 1, line, 0);
        e.from_tokenizer = true;
        e
    }

    fn raise(&mut self, e: PErr) -> R {
        if self.error.is_none() {
            self.error = Some(e);
        }
        None
    }

    /// `RAISE_SYNTAX_ERROR` (at the last token fetched).
    fn raise_syntax(&mut self, msg: &str) -> R {
        let e = self.generic_error(ErrorKind::SyntaxError, msg);
        self.raise(e)
    }

    fn raise_indent(&mut self, msg: String) -> R {
        let e = self.generic_error(ErrorKind::IndentationError, &msg);
        self.raise(e)
    }

    /// `RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b)` with token spans.
    fn raise_range(&mut self, a: (usize, usize), b: (usize, usize), msg: String) -> R {
        let e = self.known_error(ErrorKind::SyntaxError, msg, (a.0, b.1));
        self.raise(e)
    }

    fn raise_at(&mut self, a: (usize, usize), msg: String) -> R {
        self.raise_range(a, a, msg)
    }

    /// `RAISE_SYNTAX_ERROR_STARTING_FROM(a)`: to the tokenizer's current position.
    fn raise_starting_from(&mut self, a: (usize, usize), msg: &str) -> R {
        let v = self.view(a.0);
        let st = self.tok_state();
        let e = self.make_err(ErrorKind::SyntaxError, msg.to_string(), v.line, v.col + 1, st.lineno, (st.cur - st.line_start) as i64);
        self.raise(e)
    }

    fn raise_invalid_target(&mut self, t: Targets, n: N) -> R {
        match self.invalid_target(n, t) {
            Some(bad) => {
                let what = self.expr_name(bad);
                let msg = if t == Targets::Del { format!("cannot delete {what}") } else { format!("cannot assign to {what}") };
                let sp = self.span(bad);
                self.raise_at(sp, msg)
            }
            None => {
                // The action gives no result: the rule fails, and the first pass's error stands.
                self.stop = true;
                None
            }
        }
    }

    fn line_of(&self, i: usize) -> i64 {
        self.view(i).line
    }

    /// Memoization, recursion limit and error check around a rule.
    fn memo(&mut self, id: u8, f: fn(&mut Self) -> R) -> R {
        if self.error.is_some() {
            return None;
        }
        let pos = self.pos;
        let mut i = self.memo_head.get(pos).copied().unwrap_or(u32::MAX);
        while i != u32::MAX {
            let e = self.memo_pool[i as usize];
            if e.rule == id {
                self.pos = e.end as usize;
                return e.r;
            }
            i = e.next;
        }
        self.depth += 1;
        if self.depth > self.max_depth {
            self.too_deep = true;
            self.error = Some(PErr {
                kind: ErrorKind::SyntaxError,
                msg: String::new(),
                line: 0,
                col: 0,
                end_line: 0,
                end_col: 0,
                from_tokenizer: true,
                text: None,
            });
            self.depth -= 1;
            return None;
        }
        let start = self.pos;
        let r = f(self);
        self.depth -= 1;
        if r.is_none() {
            self.pos = start;
        }
        if self.error.is_none() && pos < self.memo_head.len() {
            let next = self.memo_head[pos];
            self.memo_pool.push(MemoEntry { rule: id, r, end: self.pos as u32, next });
            self.memo_head[pos] = (self.memo_pool.len() - 1) as u32;
        }
        r
    }
}

#[derive(Clone, Copy)]
struct MemoEntry {
    rule: u8,
    r: R,
    end: u32,
    next: u32,
}

#[derive(Clone, Copy)]
struct TokView {
    kind: Option<K>,
    line: i64,
    col: i64,
    end_line: i64,
    end_col: i64,
    after: TokState,
}

// ----- statements -----
impl<'a> Parser<'a> {
    fn statements(&mut self) -> R {
        let mut n = 0;
        while self.statement().is_some() {
            n += 1;
        }
        if self.error.is_some() || n == 0 {
            return None;
        }
        Some(UNIT)
    }

    fn statement(&mut self) -> R {
        let p = self;
        alt!(p, |p| { p.compound_stmt() });
        alt!(p, |p| { p.simple_stmts() });
        None
    }

    fn statement_newline(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.compound_stmt()?;
            p.tk(K::Newline)
        });
        alt!(p, |p| { p.simple_stmts() });
        alt!(p, |p| { p.tk(K::Newline) });
        alt!(p, |p| { p.tk(K::EndMarker) });
        None
    }

    fn simple_stmts(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.simple_stmt()?;
            if p.at_op(";") {
                return None;
            }
            p.tk(K::Newline)
        });
        alt!(p, |p| {
            p.simple_stmt()?;
            loop {
                let m = p.pos;
                if p.op(";").is_some() && p.simple_stmt().is_some() {
                    continue;
                }
                p.pos = m;
                break;
            }
            if p.error.is_some() {
                return None;
            }
            p.op(";");
            p.tk(K::Newline)
        });
        None
    }

    fn simple_stmt(&mut self) -> R {
        self.memo(M_SIMPLE_STMT, Self::simple_stmt_raw)
    }

    fn simple_stmt_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| { p.assignment() });
        alt!(p, |p| { p.star_expressions() });
        if p.at_kw("return") {
            alt!(p, |p| {
                p.kw("return")?;
                p.opt(Self::star_expressions);
                Some(UNIT)
            });
        }
        if p.at_kw("import") || p.at_kw("from") {
            alt!(p, |p| { p.import_stmt() });
        }
        if p.at_kw("raise") {
            alt!(p, |p| {
                p.kw("raise")?;
                p.expression()?;
                let m = p.pos;
                if !(p.kw("from").is_some() && p.expression().is_some()) {
                    p.pos = m;
                }
                Some(UNIT)
            });
            alt!(p, |p| { p.kw("raise").map(|_| UNIT) });
        }
        alt!(p, |p| { p.kw("pass").map(|_| UNIT) });
        if p.at_kw("del") {
            alt!(p, |p| { p.del_stmt() });
        }
        if p.at_kw("yield") {
            alt!(p, |p| { p.yield_expr() });
        }
        if p.at_kw("assert") {
            alt!(p, |p| {
                p.kw("assert")?;
                p.expression()?;
                let m = p.pos;
                if !(p.op(",").is_some() && p.expression().is_some()) {
                    p.pos = m;
                }
                Some(UNIT)
            });
        }
        alt!(p, |p| { p.kw("break").map(|_| UNIT) });
        alt!(p, |p| { p.kw("continue").map(|_| UNIT) });
        for k in ["global", "nonlocal"] {
            if p.at_kw(k) {
                alt!(p, |p| {
                    p.kw(k)?;
                    p.name()?;
                    loop {
                        let m = p.pos;
                        if p.op(",").is_some() && p.name().is_some() {
                            continue;
                        }
                        p.pos = m;
                        break;
                    }
                    Some(UNIT)
                });
            }
        }
        None
    }

    fn compound_stmt(&mut self) -> R {
        let p = self;
        if p.at_kw("def") || p.at_op("@") || p.at_kw("async") {
            alt!(p, |p| { p.function_def() });
        }
        if p.at_kw("if") {
            alt!(p, |p| { p.if_stmt() });
        }
        if p.at_kw("class") || p.at_op("@") {
            alt!(p, |p| { p.class_def() });
        }
        if p.at_kw("with") || p.at_kw("async") {
            alt!(p, |p| { p.with_stmt() });
        }
        if p.at_kw("for") || p.at_kw("async") {
            alt!(p, |p| { p.for_stmt() });
        }
        if p.at_kw("try") {
            alt!(p, |p| { p.try_stmt() });
        }
        if p.at_kw("while") {
            alt!(p, |p| { p.while_stmt() });
        }
        alt!(p, |p| { p.match_stmt() });
        None
    }

    fn assignment(&mut self) -> R {
        let p = self;
        // NAME ':' expression ['=' annotated_rhs]
        alt!(p, |p| {
            p.name()?;
            p.op(":")?;
            p.expression()?;
            p.opt_assign_rhs();
            Some(UNIT)
        });
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        alt!(p, |p| {
            let m = p.pos;
            let first = (|| -> R {
                p.op("(")?;
                p.single_target()?;
                p.op(")").map(|_| UNIT)
            })();
            if p.error.is_some() {
                return None;
            }
            if first.is_none() {
                p.pos = m;
                p.single_subscript_attribute_target()?;
            }
            p.op(":")?;
            p.expression()?;
            p.opt_assign_rhs();
            Some(UNIT)
        });
        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        alt!(p, |p| {
            let mut n = 0;
            loop {
                let m = p.pos;
                if p.star_targets().is_some() && p.op("=").is_some() {
                    n += 1;
                    continue;
                }
                p.pos = m;
                break;
            }
            if n == 0 || p.error.is_some() {
                return None;
            }
            p.yield_or_star_expressions()?;
            if p.at_op("=") {
                return None;
            }
            p.peek_only();
            Some(UNIT)
        });
        // single_target augassign ~ (yield_expr | star_expressions)
        let mut cut = false;
        alt!(p, |p| {
            p.single_target()?;
            p.augassign()?;
            cut = true;
            p.yield_or_star_expressions()
        });
        if cut {
            return None;
        }
        inv!(p, |p| { p.invalid_assignment() });
        None
    }

    fn opt_assign_rhs(&mut self) {
        let m = self.pos;
        if !(self.op("=").is_some() && self.yield_or_star_expressions().is_some()) {
            self.pos = m;
        }
    }

    fn yield_or_star_expressions(&mut self) -> R {
        let p = self;
        alt!(p, |p| { p.yield_expr() });
        alt!(p, |p| { p.star_expressions() });
        None
    }

    fn augassign(&mut self) -> Option<usize> {
        for op in ["+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//="] {
            if let Some(i) = self.op(op) {
                return Some(i);
            }
            if self.error.is_some() {
                return None;
            }
        }
        None
    }

    fn del_stmt(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.kw("del")?;
            p.del_targets()?;
            if p.at_op(";") || p.at_kind(K::Newline) {
                Some(UNIT)
            } else {
                None
            }
        });
        inv!(p, |p| {
            p.kw("del")?;
            let a = p.star_expressions()?;
            p.raise_invalid_target(Targets::Del, a)
        });
        None
    }

    fn import_stmt(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.kw("import")?;
            p.dotted_as_names()
        });
        alt!(p, |p| {
            p.kw("from")?;
            while p.op(".").is_some() || p.op("...").is_some() {}
            p.dotted_name()?;
            p.kw("import")?;
            p.import_from_targets()
        });
        alt!(p, |p| {
            p.kw("from")?;
            let mut n = 0;
            while p.op(".").is_some() || p.op("...").is_some() {
                n += 1;
            }
            if n == 0 {
                return None;
            }
            p.kw("import")?;
            p.import_from_targets()
        });
        None
    }

    fn import_from_targets(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.op("(")?;
            p.import_from_as_names()?;
            p.op(",");
            p.op(")").map(|_| UNIT)
        });
        alt!(p, |p| {
            p.import_from_as_names()?;
            if p.at_op(",") {
                None
            } else {
                Some(UNIT)
            }
        });
        alt!(p, |p| { p.op("*").map(|_| UNIT) });
        inv!(p, |p| {
            p.import_from_as_names()?;
            p.op(",")?;
            p.tk(K::Newline)?;
            p.raise_syntax("trailing comma not allowed without surrounding parentheses")
        });
        None
    }

    fn import_from_as_names(&mut self) -> R {
        self.sep_plus(",", |p| {
            p.name()?;
            let m = p.pos;
            if !(p.kw("as").is_some() && p.name().is_some()) {
                p.pos = m;
            }
            Some(UNIT)
        })
    }

    fn dotted_as_names(&mut self) -> R {
        self.sep_plus(",", |p| {
            p.dotted_name()?;
            let m = p.pos;
            if !(p.kw("as").is_some() && p.name().is_some()) {
                p.pos = m;
            }
            Some(UNIT)
        })
    }

    fn dotted_name(&mut self) -> R {
        self.name()?;
        loop {
            let m = self.pos;
            if self.op(".").is_some() && self.name().is_some() {
                continue;
            }
            self.pos = m;
            break;
        }
        Some(UNIT)
    }

    /// `sep.elem+`, restoring the position after a trailing separator.
    fn sep_plus(&mut self, sep: &str, f: fn(&mut Self) -> R) -> R {
        let m = self.pos;
        if f(self).is_none() {
            self.pos = m;
            return None;
        }
        loop {
            let m = self.pos;
            if self.op(sep).is_some() && f(self).is_some() {
                continue;
            }
            self.pos = m;
            break;
        }
        if self.error.is_some() {
            return None;
        }
        Some(UNIT)
    }

    /// `sep.elem+` collecting nodes.
    fn sep_nodes(&mut self, sep: &str, f: fn(&mut Self) -> R) -> Option<Vec<N>> {
        let m = self.pos;
        let Some(first) = f(self) else {
            self.pos = m;
            return None;
        };
        let mut v = vec![first];
        loop {
            let m = self.pos;
            if self.op(sep).is_some() {
                if let Some(n) = f(self) {
                    v.push(n);
                    continue;
                }
            }
            self.pos = m;
            break;
        }
        if self.error.is_some() {
            return None;
        }
        Some(v)
    }

    fn block(&mut self) -> R {
        self.memo(M_BLOCK, Self::block_raw)
    }

    fn block_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.tk(K::Newline)?;
            p.tk(K::Indent)?;
            p.statements()?;
            p.tk(K::Dedent)
        });
        alt!(p, |p| { p.simple_stmts() });
        inv!(p, |p| {
            p.tk(K::Newline)?;
            if p.at_kind(K::Indent) {
                return None;
            }
            p.raise_indent("expected an indented block".into())
        });
        None
    }

    /// `NEWLINE !INDENT` after a compound statement's header: IndentationError.
    fn expect_indent_error(&mut self, what: &str, line: i64) -> R {
        self.tk(K::Newline)?;
        if self.at_kind(K::Indent) {
            return None;
        }
        self.raise_indent(format!("expected an indented block after {what} on line {line}"))
    }

    fn decorators(&mut self) -> R {
        let mut n = 0;
        loop {
            let m = self.pos;
            if self.op("@").is_some() && self.named_expression().is_some() && self.tk(K::Newline).is_some() {
                n += 1;
                continue;
            }
            self.pos = m;
            break;
        }
        if n == 0 || self.error.is_some() {
            return None;
        }
        Some(UNIT)
    }

    fn class_def(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.decorators()?;
            p.class_def_raw()
        });
        alt!(p, |p| { p.class_def_raw() });
        None
    }

    fn class_def_raw(&mut self) -> R {
        let p = self;
        inv!(p, |p| {
            p.kw("class")?;
            p.name()?;
            p.opt_class_args();
            p.tk(K::Newline)?;
            p.raise_syntax("expected ':'")
        });
        inv!(p, |p| {
            let a = p.kw("class")?;
            p.name()?;
            p.opt_class_args();
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("class definition", line)
        });
        alt!(p, |p| {
            p.kw("class")?;
            p.name()?;
            p.opt_class_args();
            p.op(":")?;
            p.block()
        });
        None
    }

    fn opt_class_args(&mut self) {
        let m = self.pos;
        let ok = self.op("(").is_some() && {
            let m2 = self.pos;
            if self.arguments().is_none() {
                self.pos = m2;
            }
            self.op(")").is_some()
        };
        if !ok {
            self.pos = m;
        }
    }

    fn function_def(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.decorators()?;
            p.function_def_raw()
        });
        alt!(p, |p| { p.function_def_raw() });
        None
    }

    fn function_def_raw(&mut self) -> R {
        let p = self;
        inv!(p, |p| {
            p.kw("async");
            let a = p.kw("def")?;
            p.name()?;
            p.op("(")?;
            p.opt_params();
            p.op(")")?;
            p.opt_return_annotation();
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("function definition", line)
        });
        for is_async in [false, true] {
            alt!(p, |p| {
                if is_async {
                    p.kw("async")?;
                }
                p.kw("def")?;
                p.name()?;
                p.forced_op("(")?;
                p.opt_params();
                p.op(")")?;
                p.opt_return_annotation();
                p.forced_op(":")?;
                p.func_type_comment();
                p.block()
            });
        }
        None
    }

    fn func_type_comment(&mut self) {
        // NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
        let m = self.pos;
        if self.tk(K::Newline).is_some() {
            self.peek_only();
        }
        self.pos = m;
        self.peek_only();
    }

    /// `&&'x'`: the token must be there, else "expected 'x'" at once.
    fn forced_op(&mut self, s: &str) -> Option<usize> {
        if let Some(i) = self.op(s) {
            return Some(i);
        }
        if self.error.is_some() {
            return None;
        }
        let i = self.pos;
        self.fetch(i)?;
        let e = self.known_error(ErrorKind::SyntaxError, format!("expected '{s}'"), (i, i));
        self.raise(e);
        None
    }

    fn opt_params(&mut self) {
        let m = self.pos;
        if self.params().is_none() {
            self.pos = m;
        }
    }

    fn opt_return_annotation(&mut self) {
        let m = self.pos;
        if !(self.op("->").is_some() && self.expression().is_some()) {
            self.pos = m;
        }
    }

    fn if_stmt(&mut self) -> R {
        let p = self;
        inv!(p, |p| {
            p.kw("if")?;
            p.named_expression()?;
            p.tk(K::Newline)?;
            p.raise_syntax("expected ':'")
        });
        inv!(p, |p| {
            let a = p.kw("if")?;
            p.named_expression()?;
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("'if' statement", line)
        });
        alt!(p, |p| {
            p.kw("if")?;
            p.named_expression()?;
            p.op(":")?;
            p.block()?;
            p.elif_stmt()
        });
        alt!(p, |p| {
            p.kw("if")?;
            p.named_expression()?;
            p.op(":")?;
            p.block()?;
            p.opt_else_block();
            Some(UNIT)
        });
        None
    }

    fn elif_stmt(&mut self) -> R {
        // Memoized only to count its recursion (long elif chains) against the depth limit.
        self.memo(M_ELIF, Self::elif_stmt_raw)
    }

    fn elif_stmt_raw(&mut self) -> R {
        let p = self;
        inv!(p, |p| {
            p.kw("elif")?;
            p.named_expression()?;
            p.tk(K::Newline)?;
            p.raise_syntax("expected ':'")
        });
        inv!(p, |p| {
            let a = p.kw("elif")?;
            p.named_expression()?;
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("'elif' statement", line)
        });
        alt!(p, |p| {
            p.kw("elif")?;
            p.named_expression()?;
            p.op(":")?;
            p.block()?;
            p.elif_stmt()
        });
        alt!(p, |p| {
            p.kw("elif")?;
            p.named_expression()?;
            p.op(":")?;
            p.block()?;
            p.opt_else_block();
            Some(UNIT)
        });
        None
    }

    fn opt_else_block(&mut self) {
        let m = self.pos;
        if self.else_block().is_none() {
            self.pos = m;
        }
    }

    fn else_block(&mut self) -> R {
        let p = self;
        inv!(p, |p| {
            let a = p.kw("else")?;
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("'else' statement", line)
        });
        alt!(p, |p| {
            p.kw("else")?;
            p.forced_op(":")?;
            p.block()
        });
        None
    }

    fn while_stmt(&mut self) -> R {
        let p = self;
        inv!(p, |p| {
            p.kw("while")?;
            p.named_expression()?;
            p.tk(K::Newline)?;
            p.raise_syntax("expected ':'")
        });
        inv!(p, |p| {
            let a = p.kw("while")?;
            p.named_expression()?;
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("'while' statement", line)
        });
        alt!(p, |p| {
            p.kw("while")?;
            p.named_expression()?;
            p.op(":")?;
            p.block()?;
            p.opt_else_block();
            Some(UNIT)
        });
        None
    }

    fn for_stmt(&mut self) -> R {
        let p = self;
        inv!(p, |p| {
            p.kw("async");
            p.kw("for")?;
            p.star_targets()?;
            p.kw("in")?;
            p.star_expressions()?;
            p.tk(K::Newline)?;
            p.raise_syntax("expected ':'")
        });
        inv!(p, |p| {
            p.kw("async");
            let a = p.kw("for")?;
            p.star_targets()?;
            p.kw("in")?;
            p.star_expressions()?;
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("'for' statement", line)
        });
        for is_async in [false, true] {
            let mut cut = false;
            alt!(p, |p| {
                if is_async {
                    p.kw("async")?;
                }
                p.kw("for")?;
                p.star_targets()?;
                p.kw("in")?;
                cut = true;
                p.star_expressions()?;
                p.op(":")?;
                p.peek_only();
                p.block()?;
                p.opt_else_block();
                Some(UNIT)
            });
            if cut {
                return None;
            }
        }
        inv!(p, |p| { p.invalid_for_target() });
        None
    }

    fn invalid_for_target(&mut self) -> R {
        self.kw("async");
        self.kw("for")?;
        let a = self.star_expressions()?;
        self.raise_invalid_target(Targets::For, a)
    }

    fn with_stmt(&mut self) -> R {
        let p = self;
        // invalid_with_stmt_indent
        inv!(p, |p| {
            p.kw("async");
            let a = p.kw("with")?;
            p.sep_plus(",", Self::with_item_loose)?;
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("'with' statement", line)
        });
        inv!(p, |p| {
            p.kw("async");
            let a = p.kw("with")?;
            p.op("(")?;
            p.sep_plus(",", Self::with_item_loose_exprs)?;
            p.op(",");
            p.op(")")?;
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("'with' statement", line)
        });
        for is_async in [false, true] {
            alt!(p, |p| {
                if is_async {
                    p.kw("async")?;
                }
                p.kw("with")?;
                p.op("(")?;
                p.sep_plus(",", Self::with_item)?;
                p.op(",");
                p.op(")")?;
                p.op(":")?;
                p.block()
            });
            alt!(p, |p| {
                if is_async {
                    p.kw("async")?;
                }
                p.kw("with")?;
                p.sep_plus(",", Self::with_item)?;
                p.op(":")?;
                p.peek_only();
                p.block()
            });
        }
        // invalid_with_stmt
        inv!(p, |p| {
            p.kw("async");
            p.kw("with")?;
            p.sep_plus(",", Self::with_item_loose)?;
            p.tk(K::Newline)?;
            p.raise_syntax("expected ':'")
        });
        inv!(p, |p| {
            p.kw("async");
            p.kw("with")?;
            p.op("(")?;
            p.sep_plus(",", Self::with_item_loose_exprs)?;
            p.op(",");
            p.op(")")?;
            p.tk(K::Newline)?;
            p.raise_syntax("expected ':'")
        });
        None
    }

    /// `expression ['as' star_target]`
    fn with_item_loose(&mut self) -> R {
        self.expression()?;
        let m = self.pos;
        if !(self.kw("as").is_some() && self.star_target().is_some()) {
            self.pos = m;
        }
        Some(UNIT)
    }

    /// `expressions ['as' star_target]`
    fn with_item_loose_exprs(&mut self) -> R {
        self.expressions()?;
        let m = self.pos;
        if !(self.kw("as").is_some() && self.star_target().is_some()) {
            self.pos = m;
        }
        Some(UNIT)
    }

    fn with_item(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.expression()?;
            p.kw("as")?;
            p.star_target()?;
            if p.at_op(",") || p.at_op(")") || p.at_op(":") {
                Some(UNIT)
            } else {
                None
            }
        });
        inv!(p, |p| {
            p.expression()?;
            p.kw("as")?;
            let a = p.expression()?;
            if p.at_op(",") || p.at_op(")") || p.at_op(":") {
                p.raise_invalid_target(Targets::Star, a)
            } else {
                None
            }
        });
        alt!(p, |p| { p.expression() });
        None
    }

    fn try_stmt(&mut self) -> R {
        let p = self;
        inv!(p, |p| { p.invalid_try_stmt() });
        alt!(p, |p| {
            p.kw("try")?;
            p.forced_op(":")?;
            p.block()?;
            p.finally_block()
        });
        alt!(p, |p| {
            p.kw("try")?;
            p.forced_op(":")?;
            p.block()?;
            let mut n = 0;
            while p.except_block().is_some() {
                n += 1;
            }
            if n == 0 || p.error.is_some() {
                return None;
            }
            p.opt_else_block();
            p.opt(Self::finally_block);
            Some(UNIT)
        });
        alt!(p, |p| {
            p.kw("try")?;
            p.forced_op(":")?;
            p.block()?;
            let mut n = 0;
            while p.except_star_block().is_some() {
                n += 1;
            }
            if n == 0 || p.error.is_some() {
                return None;
            }
            p.opt_else_block();
            p.opt(Self::finally_block);
            Some(UNIT)
        });
        None
    }

    fn invalid_try_stmt(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let a = p.kw("try")?;
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("'try' statement", line)
        });
        alt!(p, |p| {
            p.kw("try")?;
            p.op(":")?;
            p.block()?;
            if p.at_kw("except") || p.at_kw("finally") {
                return None;
            }
            p.raise_syntax("expected 'except' or 'finally' block")
        });
        alt!(p, |p| {
            p.kw("try")?;
            p.op(":")?;
            while p.block().is_some() {}
            let mut n = 0;
            while p.except_block().is_some() {
                n += 1;
            }
            if n == 0 || p.error.is_some() {
                return None;
            }
            let a = p.kw("except")?;
            let b = p.op("*")?;
            p.expression()?;
            p.opt_as_name();
            p.op(":")?;
            p.raise_range((a, a), (b, b), "cannot have both 'except' and 'except*' on the same 'try'".into())
        });
        alt!(p, |p| {
            p.kw("try")?;
            p.op(":")?;
            while p.block().is_some() {}
            let mut n = 0;
            while p.except_star_block().is_some() {
                n += 1;
            }
            if n == 0 || p.error.is_some() {
                return None;
            }
            let a = p.kw("except")?;
            let m = p.pos;
            if p.expression().is_some() {
                p.opt_as_name();
            } else {
                p.pos = m;
            }
            p.op(":")?;
            p.raise_at((a, a), "cannot have both 'except' and 'except*' on the same 'try'".into())
        });
        None
    }

    fn opt_as_name(&mut self) {
        let m = self.pos;
        if !(self.kw("as").is_some() && self.name().is_some()) {
            self.pos = m;
        }
    }

    fn except_block(&mut self) -> R {
        let p = self;
        inv!(p, |p| {
            let a = p.kw("except")?;
            p.expression()?;
            p.opt_as_name();
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("'except' statement", line)
        });
        inv!(p, |p| {
            let a = p.kw("except")?;
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("'except' statement", line)
        });
        alt!(p, |p| {
            p.kw("except")?;
            p.expression()?;
            p.opt_as_name();
            p.op(":")?;
            p.block()
        });
        alt!(p, |p| {
            p.kw("except")?;
            p.op(":")?;
            p.block()
        });
        inv!(p, |p| { p.invalid_except_stmt() });
        None
    }

    fn except_star_block(&mut self) -> R {
        let p = self;
        inv!(p, |p| {
            let a = p.kw("except")?;
            p.op("*")?;
            p.expression()?;
            p.opt_as_name();
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("'except*' statement", line)
        });
        alt!(p, |p| {
            p.kw("except")?;
            p.op("*")?;
            p.expression()?;
            p.opt_as_name();
            p.op(":")?;
            p.block()
        });
        inv!(p, |p| { p.invalid_except_stmt() });
        None
    }

    fn invalid_except_stmt(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.kw("except")?;
            p.op("*");
            let a = p.expression()?;
            p.op(",")?;
            p.expressions()?;
            p.opt_as_name();
            p.op(":")?;
            let sp = p.span(a);
            p.raise_starting_from(sp, "multiple exception types must be parenthesized")
        });
        alt!(p, |p| {
            p.kw("except")?;
            p.op("*");
            p.expression()?;
            p.opt_as_name();
            p.tk(K::Newline)?;
            p.raise_syntax("expected ':'")
        });
        alt!(p, |p| {
            p.kw("except")?;
            p.tk(K::Newline)?;
            p.raise_syntax("expected ':'")
        });
        alt!(p, |p| {
            p.kw("except")?;
            p.op("*")?;
            if p.tk(K::Newline).is_none() {
                p.op(":")?;
            }
            p.raise_syntax("expected one or more exception types")
        });
        None
    }

    fn finally_block(&mut self) -> R {
        let p = self;
        inv!(p, |p| {
            let a = p.kw("finally")?;
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("'finally' statement", line)
        });
        alt!(p, |p| {
            p.kw("finally")?;
            p.forced_op(":")?;
            p.block()
        });
        None
    }
}

// ----- match statement -----
impl<'a> Parser<'a> {
    fn match_stmt(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.kw("match")?;
            p.subject_expr()?;
            p.op(":")?;
            p.tk(K::Newline)?;
            p.tk(K::Indent)?;
            let mut n = 0;
            while p.case_block().is_some() {
                n += 1;
            }
            if n == 0 || p.error.is_some() {
                return None;
            }
            p.tk(K::Dedent)
        });
        inv!(p, |p| {
            p.kw("match")?;
            p.subject_expr()?;
            p.tk(K::Newline)?;
            p.raise_syntax("expected ':'")
        });
        inv!(p, |p| {
            let a = p.kw("match")?;
            p.subject_expr()?;
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("'match' statement", line)
        });
        None
    }

    fn subject_expr(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.star_named_expression()?;
            p.op(",")?;
            p.opt(Self::star_named_expressions);
            Some(UNIT)
        });
        alt!(p, |p| { p.named_expression() });
        None
    }

    fn case_block(&mut self) -> R {
        let p = self;
        inv!(p, |p| {
            p.kw("case")?;
            p.patterns()?;
            p.opt_guard();
            p.tk(K::Newline)?;
            p.raise_syntax("expected ':'")
        });
        inv!(p, |p| {
            let a = p.kw("case")?;
            p.patterns()?;
            p.opt_guard();
            p.op(":")?;
            let line = p.line_of(a);
            p.expect_indent_error("'case' statement", line)
        });
        alt!(p, |p| {
            p.kw("case")?;
            p.patterns()?;
            p.opt_guard();
            p.op(":")?;
            p.block()
        });
        None
    }

    fn opt_guard(&mut self) {
        let m = self.pos;
        if !(self.kw("if").is_some() && self.named_expression().is_some()) {
            self.pos = m;
        }
    }

    fn patterns(&mut self) -> R {
        let p = self;
        alt!(p, |p| { p.open_sequence_pattern() });
        alt!(p, |p| { p.pattern() });
        None
    }

    fn pattern(&mut self) -> R {
        let p = self;
        alt!(p, |p| { p.as_pattern() });
        alt!(p, |p| { p.or_pattern() });
        None
    }

    fn as_pattern(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let s = p.pos;
            p.or_pattern()?;
            p.kw("as")?;
            p.pattern_capture_target()?;
            Some(p.node(NK::Other, s, &[]))
        });
        inv!(p, |p| {
            p.or_pattern()?;
            p.kw("as")?;
            let a = p.kw("_")?;
            p.raise_at((a, a), "cannot use '_' as a target".into())
        });
        inv!(p, |p| {
            p.or_pattern()?;
            p.kw("as")?;
            if p.at_name() {
                return None;
            }
            let a = p.expression()?;
            let sp = p.span(a);
            p.raise_at(sp, "invalid pattern target".into())
        });
        None
    }

    fn or_pattern(&mut self) -> R {
        let s = self.pos;
        self.sep_plus("|", Self::closed_pattern)?;
        Some(self.node(NK::Other, s, &[]))
    }

    fn closed_pattern(&mut self) -> R {
        self.memo(M_CLOSED_PATTERN, Self::closed_pattern_raw)
    }

    fn closed_pattern_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| { p.literal_pattern() });
        alt!(p, |p| { p.pattern_capture_target() });
        alt!(p, |p| { p.kw("_").map(|_| UNIT) });
        alt!(p, |p| {
            p.attr()?;
            if p.at_op(".") || p.at_op("(") || p.at_op("=") {
                None
            } else {
                Some(UNIT)
            }
        });
        alt!(p, |p| {
            p.op("(")?;
            p.pattern()?;
            p.op(")").map(|_| UNIT)
        });
        alt!(p, |p| {
            p.op("[")?;
            p.opt(Self::maybe_sequence_pattern);
            p.op("]").map(|_| UNIT)
        });
        alt!(p, |p| {
            p.op("(")?;
            p.opt(Self::open_sequence_pattern);
            p.op(")").map(|_| UNIT)
        });
        alt!(p, |p| { p.mapping_pattern() });
        alt!(p, |p| { p.class_pattern() });
        None
    }

    fn literal_pattern(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.signed_number()?;
            if p.at_op("+") || p.at_op("-") {
                None
            } else {
                Some(UNIT)
            }
        });
        alt!(p, |p| { p.complex_number() });
        alt!(p, |p| { p.strings() });
        alt!(p, |p| { p.kw("None").map(|_| UNIT) });
        alt!(p, |p| { p.kw("True").map(|_| UNIT) });
        alt!(p, |p| { p.kw("False").map(|_| UNIT) });
        None
    }

    fn signed_number(&mut self) -> R {
        let p = self;
        alt!(p, |p| { p.tk(K::Number) });
        alt!(p, |p| {
            p.op("-")?;
            p.tk(K::Number)
        });
        None
    }

    fn number_is_imaginary(&self, i: N) -> bool {
        let t = &self.toks[i as usize];
        self.text_of(t).ends_with(['j', 'J'])
    }

    fn complex_number(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.op("-");
            let real = p.tk(K::Number)?;
            if p.number_is_imaginary(real) {
                let i = real as usize;
                return p.raise_at((i, i), "real number required in complex literal".into());
            }
            if p.op("+").is_none() {
                p.op("-")?;
            }
            let imag = p.tk(K::Number)?;
            if !p.number_is_imaginary(imag) {
                let i = imag as usize;
                return p.raise_at((i, i), "imaginary number required in complex literal".into());
            }
            Some(UNIT)
        });
        None
    }

    fn pattern_capture_target(&mut self) -> R {
        if self.at_kw("_") {
            return None;
        }
        let m = self.pos;
        self.name()?;
        if self.at_op(".") || self.at_op("(") || self.at_op("=") {
            self.pos = m;
            return None;
        }
        Some(UNIT)
    }

    /// `attr`: NAME ('.' NAME)+
    fn attr(&mut self) -> R {
        let m = self.pos;
        self.name()?;
        let mut n = 0;
        loop {
            let m2 = self.pos;
            if self.op(".").is_some() && self.name().is_some() {
                n += 1;
                continue;
            }
            self.pos = m2;
            break;
        }
        if n == 0 {
            self.pos = m;
            return None;
        }
        Some(UNIT)
    }

    fn maybe_sequence_pattern(&mut self) -> R {
        self.sep_plus(",", Self::maybe_star_pattern)?;
        self.op(",");
        Some(UNIT)
    }

    fn open_sequence_pattern(&mut self) -> R {
        self.maybe_star_pattern()?;
        let m = self.pos;
        if self.op(",").is_none() {
            self.pos = m;
            return None;
        }
        let m = self.pos;
        if self.maybe_sequence_pattern().is_none() {
            self.pos = m;
        }
        Some(UNIT)
    }

    fn maybe_star_pattern(&mut self) -> R {
        let p = self;
        alt!(p, |p| { p.memo(M_STAR_PATTERN, Self::star_pattern_raw) });
        alt!(p, |p| { p.pattern() });
        None
    }

    fn star_pattern_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.op("*")?;
            p.pattern_capture_target()
        });
        alt!(p, |p| {
            p.op("*")?;
            p.kw("_").map(|_| UNIT)
        });
        None
    }

    fn mapping_pattern(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.op("{")?;
            p.op("}").map(|_| UNIT)
        });
        alt!(p, |p| {
            p.op("{")?;
            p.double_star_pattern()?;
            p.op(",");
            p.op("}").map(|_| UNIT)
        });
        alt!(p, |p| {
            p.op("{")?;
            p.sep_plus(",", Self::key_value_pattern)?;
            p.op(",")?;
            p.double_star_pattern()?;
            p.op(",");
            p.op("}").map(|_| UNIT)
        });
        alt!(p, |p| {
            p.op("{")?;
            p.sep_plus(",", Self::key_value_pattern)?;
            p.op(",");
            p.op("}").map(|_| UNIT)
        });
        None
    }

    fn key_value_pattern(&mut self) -> R {
        let m = self.pos;
        let lit = self.literal_pattern().is_some();
        if !lit {
            self.pos = m;
            self.attr()?;
        }
        self.op(":")?;
        self.pattern()
    }

    fn double_star_pattern(&mut self) -> R {
        self.op("**")?;
        self.pattern_capture_target()
    }

    fn name_or_attr(&mut self) -> R {
        self.dotted_name()
    }

    fn class_pattern(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.name_or_attr()?;
            p.op("(")?;
            p.op(")").map(|_| UNIT)
        });
        alt!(p, |p| {
            p.name_or_attr()?;
            p.op("(")?;
            p.sep_plus(",", Self::pattern)?;
            p.op(",");
            p.op(")").map(|_| UNIT)
        });
        alt!(p, |p| {
            p.name_or_attr()?;
            p.op("(")?;
            p.sep_plus(",", Self::keyword_pattern)?;
            p.op(",");
            p.op(")").map(|_| UNIT)
        });
        alt!(p, |p| {
            p.name_or_attr()?;
            p.op("(")?;
            p.sep_plus(",", Self::pattern)?;
            p.op(",")?;
            p.sep_plus(",", Self::keyword_pattern)?;
            p.op(",");
            p.op(")").map(|_| UNIT)
        });
        inv!(p, |p| {
            p.name_or_attr()?;
            p.op("(")?;
            let m = p.pos;
            if !(p.sep_plus(",", Self::pattern).is_some() && p.op(",").is_some()) {
                p.pos = m;
            }
            p.sep_plus(",", Self::keyword_pattern)?;
            p.op(",")?;
            let pats = p.sep_nodes(",", Self::pattern)?;
            let a = p.span(pats[0]);
            let b = p.span(*pats.last().unwrap());
            p.raise_range(a, b, "positional patterns follow keyword patterns".into())
        });
        None
    }

    fn keyword_pattern(&mut self) -> R {
        self.name()?;
        self.op("=")?;
        self.pattern()
    }
}

// ----- expressions -----
impl<'a> Parser<'a> {
    /// `elem (',' elem)* [',']`, a tuple when there is a comma.
    fn comma_list(&mut self, f: fn(&mut Self) -> R) -> R {
        let s = self.pos;
        let a = f(self)?;
        let mut kids = vec![a];
        let mut comma = false;
        loop {
            let m = self.pos;
            if self.op(",").is_some() {
                comma = true;
                if let Some(b) = f(self) {
                    kids.push(b);
                    continue;
                }
                if self.error.is_some() {
                    return None;
                }
                break;
            }
            self.pos = m;
            break;
        }
        if self.error.is_some() {
            return None;
        }
        if comma {
            Some(self.node(NK::Tuple, s, &kids))
        } else {
            Some(a)
        }
    }

    fn expressions(&mut self) -> R {
        self.comma_list(Self::expression)
    }

    fn star_expressions(&mut self) -> R {
        self.comma_list(Self::star_expression)
    }

    fn star_expression(&mut self) -> R {
        self.memo(M_STAR_EXPRESSION, Self::star_expression_raw)
    }

    fn star_expression_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let s = p.op("*")?;
            let a = p.bitwise_or()?;
            Some(p.node(NK::Starred, s, &[a]))
        });
        alt!(p, |p| { p.expression() });
        None
    }

    fn star_named_expressions(&mut self) -> Option<Vec<N>> {
        let v = self.sep_nodes(",", Self::star_named_expression)?;
        self.op(",");
        Some(v)
    }

    fn star_named_expression(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let s = p.op("*")?;
            let a = p.bitwise_or()?;
            Some(p.node(NK::Starred, s, &[a]))
        });
        alt!(p, |p| { p.named_expression() });
        None
    }

    fn assignment_expression(&mut self) -> R {
        let s = self.pos;
        self.name()?;
        if self.op(":=").is_none() {
            self.pos = s;
            return None;
        }
        match self.expression() {
            Some(b) => Some(self.node(NK::NamedExpr, s, &[b])),
            None => {
                self.pos = s;
                None
            }
        }
    }

    fn named_expression(&mut self) -> R {
        self.named_expression_raw()
    }

    fn named_expression_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| { p.assignment_expression() });
        inv!(p, |p| { p.memo(M_INVALID_NAMED, Self::invalid_named_expression) });
        alt!(p, |p| {
            let a = p.expression()?;
            if p.at_op(":=") {
                None
            } else {
                Some(a)
            }
        });
        None
    }

    fn invalid_named_expression(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let a = p.expression()?;
            p.op(":=")?;
            p.expression()?;
            let what = p.expr_name(a);
            let sp = p.span(a);
            p.raise_at(sp, format!("cannot use assignment expressions with {what}"))
        });
        alt!(p, |p| {
            let a = p.name()?;
            p.op("=")?;
            let b = p.bitwise_or()?;
            if p.at_op("=") || p.at_op(":=") {
                return None;
            }
            let sb = p.span(b);
            p.raise_range((a, a), sb, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into())
        });
        alt!(p, |p| {
            let m = p.pos;
            let excluded = p.ahead(Self::list) || p.ahead(Self::tuple) || p.ahead(Self::genexp) || {
                p.pos = m;
                p.at_kw("True") || p.at_kw("None") || p.at_kw("False")
            };
            if excluded {
                return None;
            }
            let a = p.bitwise_or()?;
            p.op("=")?;
            p.bitwise_or()?;
            if p.at_op("=") || p.at_op(":=") {
                return None;
            }
            let what = p.expr_name(a);
            let sp = p.span(a);
            p.raise_at(sp, format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"))
        });
        None
    }

    fn expression(&mut self) -> R {
        self.memo(M_EXPRESSION, Self::expression_raw)
    }

    fn expression_raw(&mut self) -> R {
        let p = self;
        inv!(p, |p| { p.invalid_expression() });
        inv!(p, |p| { p.invalid_legacy_expression() });
        alt!(p, |p| { p.conditional_expression() });
        alt!(p, |p| { p.disjunction() });
        alt!(p, |p| { p.lambdef() });
        None
    }

    fn conditional_expression(&mut self) -> R {
        let s = self.pos;
        let a = self.disjunction()?;
        self.kw("if")?;
        let b = self.disjunction()?;
        self.kw("else")?;
        let c = self.expression()?;
        Some(self.node(NK::IfExp, s, &[a, b, c]))
    }

    fn expression_without_invalid(&mut self) -> R {
        let prev = self.invalid;
        self.invalid = false;
        let r = (|| -> R {
            let p = &mut *self;
            alt!(p, |p| { p.conditional_expression() });
            alt!(p, |p| { p.disjunction() });
            alt!(p, |p| { p.lambdef() });
            None
        })();
        self.invalid = prev;
        r
    }

    fn is_legacy(&self, n: N) -> bool {
        let nd = self.nd(n);
        nd.kind == NK::Name && matches!(self.text_of(&self.toks[nd.s]), "print" | "exec")
    }

    fn invalid_expression(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let m = p.pos;
            let name_string = p.name().is_some() && p.tk(K::String).is_some();
            p.pos = m;
            let soft = p.kw("match").is_some() || p.kw("case").is_some() || p.kw("_").is_some();
            p.pos = m;
            if name_string || soft {
                return None;
            }
            let a = p.disjunction()?;
            let b = p.expression_without_invalid()?;
            if p.is_legacy(a) || p.toks[p.pos - 1].level == 0 {
                p.stop = true;
                return None;
            }
            let (sa, sb) = (p.span(a), p.span(b));
            p.raise_range(sa, sb, "invalid syntax. Perhaps you forgot a comma?".into())
        });
        alt!(p, |p| {
            let a = p.disjunction()?;
            p.kw("if")?;
            let b = p.disjunction()?;
            if p.at_kw("else") || p.at_op(":") {
                return None;
            }
            let (sa, sb) = (p.span(a), p.span(b));
            p.raise_range(sa, sb, "expected 'else' after 'if' expression".into())
        });
        None
    }

    fn invalid_legacy_expression(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let a = p.name()?;
            if p.at_op("(") {
                return None;
            }
            let b = p.star_expressions()?;
            let word = p.text_of(&p.toks[a]);
            if !matches!(word, "print" | "exec") {
                p.stop = true;
                return None;
            }
            let sb = p.span(b);
            p.raise_range((a, a), sb, format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"))
        });
        None
    }

    fn disjunction(&mut self) -> R {
        self.memo(M_DISJUNCTION, |p| p.bool_chain("or", Self::conjunction))
    }

    fn conjunction(&mut self) -> R {
        self.memo(M_CONJUNCTION, |p| p.bool_chain("and", Self::inversion))
    }

    fn bool_chain(&mut self, word: &str, f: fn(&mut Self) -> R) -> R {
        let s = self.pos;
        let a = f(self)?;
        let mut kids = vec![a];
        loop {
            let m = self.pos;
            if self.kw(word).is_some() {
                if let Some(b) = f(self) {
                    kids.push(b);
                    continue;
                }
            }
            self.pos = m;
            break;
        }
        if self.error.is_some() {
            return None;
        }
        if kids.len() > 1 {
            Some(self.node(NK::BoolOp, s, &kids))
        } else {
            Some(a)
        }
    }

    fn inversion(&mut self) -> R {
        self.memo(M_INVERSION, Self::inversion_raw)
    }

    fn inversion_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let s = p.kw("not")?;
            let a = p.inversion()?;
            Some(p.node(NK::UnaryOp, s, &[a]))
        });
        alt!(p, |p| { p.comparison() });
        None
    }

    fn comparison(&mut self) -> R {
        self.comparison_raw()
    }

    fn comparison_raw(&mut self) -> R {
        let s = self.pos;
        let a = self.bitwise_or()?;
        let mut first_in = None;
        loop {
            let m = self.pos;
            let is_in = self.compare_op();
            if let Some(is_in) = is_in {
                if self.bitwise_or().is_some() {
                    if first_in.is_none() {
                        first_in = Some(is_in);
                    }
                    continue;
                }
            }
            self.pos = m;
            break;
        }
        if self.error.is_some() {
            return None;
        }
        match first_in {
            Some(is_in) => {
                let n = self.node(NK::Compare, s, &[a]);
                if is_in {
                    self.set_flag(n);
                }
                Some(n)
            }
            None => Some(a),
        }
    }

    /// A comparison operator; `Some(true)` for `in`.
    fn compare_op(&mut self) -> Option<bool> {
        for op in ["==", "!=", "<=", "<", ">=", ">"] {
            if self.op(op).is_some() {
                return Some(false);
            }
        }
        let m = self.pos;
        if self.kw("not").is_some() && self.kw("in").is_some() {
            return Some(false);
        }
        self.pos = m;
        if self.kw("in").is_some() {
            return Some(true);
        }
        if self.kw("is").is_some() {
            let m = self.pos;
            if self.kw("not").is_none() {
                self.pos = m;
            }
            return Some(false);
        }
        None
    }

    fn bitwise_or(&mut self) -> R {
        self.memo(M_BITOR, |p| p.binary_chain(0))
    }

    /// The left-recursive binary operator rules, from `bitwise_or` (level 0) to `term` (5).
    fn binary_chain(&mut self, level: usize) -> R {
        const OPS: [&[&str]; 6] = [&["|"], &["^"], &["&"], &["<<", ">>"], &["+", "-"], &["*", "/", "//", "%", "@"]];
        let s = self.pos;
        let operand = |p: &mut Self| if level == 5 { p.factor() } else { p.binary_chain(level + 1) };
        let mut a = operand(self)?;
        loop {
            let m = self.pos;
            let matched = OPS[level].iter().any(|o| self.op(o).is_some());
            if matched {
                if let Some(b) = operand(self) {
                    a = self.node(NK::BinOp, s, &[a, b]);
                    continue;
                }
            }
            self.pos = m;
            break;
        }
        if self.error.is_some() {
            return None;
        }
        Some(a)
    }

    fn factor(&mut self) -> R {
        self.memo(M_FACTOR, Self::factor_raw)
    }

    fn factor_raw(&mut self) -> R {
        let p = self;
        for op in ["+", "-", "~"] {
            alt!(p, |p| {
                let s = p.op(op)?;
                let a = p.factor()?;
                Some(p.node(NK::UnaryOp, s, &[a]))
            });
        }
        alt!(p, |p| {
            let s = p.pos;
            let a = p.await_primary()?;
            p.op("**")?;
            let b = p.factor()?;
            Some(p.node(NK::BinOp, s, &[a, b]))
        });
        alt!(p, |p| { p.await_primary() });
        None
    }

    fn await_primary(&mut self) -> R {
        self.memo(M_AWAIT_PRIMARY, Self::await_primary_raw)
    }

    fn await_primary_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let s = p.kw("await")?;
            let a = p.primary()?;
            Some(p.node(NK::Await, s, &[a]))
        });
        alt!(p, |p| { p.primary() });
        None
    }

    fn primary(&mut self) -> R {
        self.memo(M_PRIMARY, Self::primary_raw)
    }

    fn primary_raw(&mut self) -> R {
        let s = self.pos;
        let mut a = self.atom()?;
        loop {
            let m = self.pos;
            if self.op(".").is_some() && self.name().is_some() {
                a = self.node(NK::Attribute, s, &[a]);
                continue;
            }
            self.pos = m;
            if self.error.is_some() {
                return None;
            }
            if let Some(g) = self.genexp() {
                a = self.node(NK::Call, s, &[a, g]);
                continue;
            }
            self.pos = m;
            if self.error.is_some() {
                return None;
            }
            if self.op("(").is_some() {
                let m2 = self.pos;
                if self.arguments().is_none() {
                    self.pos = m2;
                }
                if self.op(")").is_some() {
                    a = self.node(NK::Call, s, &[a]);
                    continue;
                }
            }
            self.pos = m;
            if self.error.is_some() {
                return None;
            }
            if self.op("[").is_some() && self.slices().is_some() && self.op("]").is_some() {
                a = self.node(NK::Subscript, s, &[a]);
                continue;
            }
            self.pos = m;
            break;
        }
        if self.error.is_some() {
            return None;
        }
        Some(a)
    }

    fn slices(&mut self) -> R {
        self.slices_raw()
    }

    fn slices_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let a = p.slice()?;
            if p.at_op(",") {
                None
            } else {
                Some(a)
            }
        });
        alt!(p, |p| {
            let s = p.pos;
            let kids = p.sep_nodes(",", |p| {
                let m = p.pos;
                if let Some(n) = p.slice() {
                    return Some(n);
                }
                p.pos = m;
                if p.error.is_some() {
                    return None;
                }
                p.starred_expression()
            })?;
            p.op(",");
            Some(p.node(NK::Tuple, s, &kids))
        });
        None
    }

    fn slice(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let s = p.pos;
            p.opt(Self::expression);
            p.op(":")?;
            p.opt(Self::expression);
            let m = p.pos;
            if p.op(":").is_some() {
                let m2 = p.pos;
                if p.expression().is_none() {
                    p.pos = m2;
                }
            } else {
                p.pos = m;
            }
            Some(p.node(NK::Slice, s, &[]))
        });
        alt!(p, |p| { p.named_expression() });
        None
    }

    fn atom(&mut self) -> R {
        self.atom_raw()
    }

    fn atom_raw(&mut self) -> R {
        let p = self;
        let s = p.pos;
        let t = p.fetch(s)?;
        let text = p.text_of(t);
        match t.kind {
            K::Name => {
                let kind = match text {
                    "True" => NK::True,
                    "False" => NK::False,
                    "None" => NK::NoneC,
                    _ if is_keyword(text) => return None,
                    _ => NK::Name,
                };
                p.pos += 1;
                Some(p.node(kind, s, &[]))
            }
            K::String => p.strings(),
            K::Number => {
                p.pos += 1;
                Some(p.node(NK::Literal, s, &[]))
            }
            K::Op => match text {
                "(" => {
                    alt!(p, |p| { p.tuple() });
                    alt!(p, |p| { p.group() });
                    alt!(p, |p| { p.genexp() });
                    None
                }
                "[" => {
                    alt!(p, |p| { p.list() });
                    alt!(p, |p| { p.listcomp() });
                    None
                }
                "{" => {
                    alt!(p, |p| { p.dict() });
                    alt!(p, |p| { p.set() });
                    alt!(p, |p| { p.dictcomp() });
                    alt!(p, |p| { p.setcomp() });
                    None
                }
                "..." => {
                    p.pos += 1;
                    Some(p.node(NK::Ellipsis, s, &[]))
                }
                _ => None,
            },
            _ => None,
        }
    }

    fn group(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.op("(")?;
            let m = p.pos;
            let a = match p.yield_expr() {
                Some(a) => a,
                None => {
                    p.pos = m;
                    if p.error.is_some() {
                        return None;
                    }
                    p.named_expression()?
                }
            };
            p.op(")")?;
            Some(a)
        });
        inv!(p, |p| {
            p.op("(")?;
            let a = p.starred_expression()?;
            p.op(")")?;
            let sp = p.span(a);
            p.raise_at(sp, "cannot use starred expression here".into())
        });
        inv!(p, |p| {
            p.op("(")?;
            let a = p.op("**")?;
            p.expression()?;
            p.op(")")?;
            p.raise_at((a, a), "cannot use double starred expression here".into())
        });
        None
    }

    fn yield_expr(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let s = p.kw("yield")?;
            p.kw("from")?;
            p.expression()?;
            Some(p.node(NK::Yield, s, &[]))
        });
        alt!(p, |p| {
            let s = p.kw("yield")?;
            p.opt(Self::star_expressions);
            Some(p.node(NK::Yield, s, &[]))
        });
        None
    }

    fn lambdef(&mut self) -> R {
        let s = self.pos;
        self.kw("lambda")?;
        let m = self.pos;
        if self.lambda_params().is_none() {
            self.pos = m;
        }
        if self.error.is_some() || self.op(":").is_none() || self.expression().is_none() {
            self.pos = s;
            return None;
        }
        Some(self.node(NK::Lambda, s, &[]))
    }

    fn list(&mut self) -> R {
        let s = self.pos;
        self.op("[")?;
        let m = self.pos;
        let kids = match self.star_named_expressions() {
            Some(k) => k,
            None => {
                self.pos = m;
                vec![]
            }
        };
        if self.op("]").is_none() {
            self.pos = s;
            return None;
        }
        Some(self.node(NK::List, s, &kids))
    }

    fn tuple(&mut self) -> R {
        let s = self.pos;
        self.op("(")?;
        let m = self.pos;
        let mut kids = vec![];
        let inner = (|| -> Option<Vec<N>> {
            let y = self.star_named_expression()?;
            self.op(",")?;
            let mut v = vec![y];
            let m2 = self.pos;
            match self.star_named_expressions() {
                Some(z) => v.extend(z),
                None => self.pos = m2,
            }
            Some(v)
        })();
        match inner {
            Some(v) => kids = v,
            None => self.pos = m,
        }
        if self.error.is_some() || self.op(")").is_none() {
            self.pos = s;
            return None;
        }
        Some(self.node(NK::Tuple, s, &kids))
    }

    fn set(&mut self) -> R {
        let s = self.pos;
        self.op("{")?;
        let Some(kids) = self.star_named_expressions() else {
            self.pos = s;
            return None;
        };
        if self.op("}").is_none() {
            self.pos = s;
            return None;
        }
        Some(self.node(NK::Set, s, &kids))
    }

    fn dict(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let s = p.op("{")?;
            p.opt(Self::double_starred_kvpairs);
            p.op("}")?;
            Some(p.node(NK::Dict, s, &[]))
        });
        alt!(p, |p| {
            let s = p.op("{")?;
            p.invalid_double_starred_kvpairs()?;
            p.op("}")?;
            Some(p.node(NK::Dict, s, &[]))
        });
        None
    }

    fn double_starred_kvpairs(&mut self) -> R {
        self.sep_plus(",", Self::double_starred_kvpair)?;
        self.op(",");
        Some(UNIT)
    }

    fn double_starred_kvpair(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.op("**")?;
            p.bitwise_or()
        });
        alt!(p, |p| { p.kvpair() });
        None
    }

    fn kvpair(&mut self) -> R {
        let s = self.pos;
        let a = self.expression()?;
        if self.op(":").is_none() || self.expression().is_none() {
            self.pos = s;
            return None;
        }
        Some(a)
    }

    fn invalid_double_starred_kvpairs(&mut self) -> R {
        let p = self;
        if !p.invalid {
            return None;
        }
        alt!(p, |p| {
            p.sep_plus(",", Self::double_starred_kvpair)?;
            p.op(",")?;
            p.invalid_kvpair()
        });
        alt!(p, |p| {
            p.expression()?;
            p.op(":")?;
            let a = p.op("*")?;
            p.bitwise_or()?;
            p.raise_starting_from((a, a), "cannot use a starred expression in a dictionary value")
        });
        alt!(p, |p| {
            p.expression()?;
            let a = p.op(":")?;
            if p.at_op("}") || p.at_op(",") {
                return p.raise_at((a, a), "expression expected after dictionary key and ':'".into());
            }
            None
        });
        None
    }

    fn invalid_kvpair(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let a = p.expression()?;
            if p.at_op(":") {
                return None;
            }
            let (s, e) = p.span(a);
            let (va, vb) = (p.view(s), p.view(e));
            let err = p.make_err(ErrorKind::SyntaxError, "':' expected after dictionary key".into(), va.line, vb.end_col, vb.end_line, 0);
            p.raise(err)
        });
        alt!(p, |p| {
            p.expression()?;
            p.op(":")?;
            let a = p.op("*")?;
            p.bitwise_or()?;
            p.raise_starting_from((a, a), "cannot use a starred expression in a dictionary value")
        });
        alt!(p, |p| {
            p.expression()?;
            let a = p.op(":")?;
            if p.at_op("}") || p.at_op(",") {
                return p.raise_at((a, a), "expression expected after dictionary key and ':'".into());
            }
            None
        });
        None
    }

    fn for_if_clauses(&mut self) -> R {
        self.for_if_clauses_raw()
    }

    fn for_if_clauses_raw(&mut self) -> R {
        let s = self.pos;
        let mut kids = vec![];
        while let Some(c) = self.for_if_clause() {
            kids.push(c);
        }
        if kids.is_empty() || self.error.is_some() {
            return None;
        }
        Some(self.node(NK::Other, s, &kids))
    }

    fn for_if_clause(&mut self) -> R {
        let p = self;
        for is_async in [true, false] {
            let mut cut = false;
            alt!(p, |p| {
                let s = p.pos;
                if is_async {
                    p.kw("async")?;
                }
                p.kw("for")?;
                p.star_targets()?;
                p.kw("in")?;
                cut = true;
                let iter = p.disjunction()?;
                let mut kids = vec![UNIT, iter];
                loop {
                    let m = p.pos;
                    if p.kw("if").is_some() {
                        if let Some(c) = p.disjunction() {
                            kids.push(c);
                            continue;
                        }
                    }
                    p.pos = m;
                    break;
                }
                if p.error.is_some() {
                    return None;
                }
                Some(p.node(NK::Comprehension, s, &kids))
            });
            if cut {
                return None;
            }
        }
        inv!(p, |p| { p.invalid_for_target() });
        None
    }

    /// `_PyPegen_get_last_comprehension_item` of the last clause.
    fn last_comprehension_item(&self, clauses: N) -> N {
        let last = *self.nd(clauses).kids.last().expect("a clause");
        *self.nd(last).kids.last().expect("an iterable")
    }

    fn listcomp(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let s = p.op("[")?;
            p.named_expression()?;
            p.for_if_clauses()?;
            p.op("]")?;
            Some(p.node(NK::ListComp, s, &[]))
        });
        inv!(p, |p| { p.invalid_comprehension() });
        None
    }

    fn setcomp(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let s = p.op("{")?;
            p.named_expression()?;
            p.for_if_clauses()?;
            p.op("}")?;
            Some(p.node(NK::SetComp, s, &[]))
        });
        inv!(p, |p| { p.invalid_comprehension() });
        None
    }

    fn genexp(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let s = p.op("(")?;
            let m = p.pos;
            if p.assignment_expression().is_none() {
                p.pos = m;
                if p.error.is_some() {
                    return None;
                }
                p.expression()?;
                if p.at_op(":=") {
                    return None;
                }
            }
            p.for_if_clauses()?;
            p.op(")")?;
            Some(p.node(NK::GenExp, s, &[]))
        });
        inv!(p, |p| { p.invalid_comprehension() });
        None
    }

    fn dictcomp(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let s = p.op("{")?;
            p.kvpair()?;
            p.for_if_clauses()?;
            p.op("}")?;
            Some(p.node(NK::DictComp, s, &[]))
        });
        inv!(p, |p| {
            p.op("{")?;
            let a = p.op("**")?;
            p.bitwise_or()?;
            p.for_if_clauses()?;
            p.op("}")?;
            p.raise_at((a, a), "dict unpacking cannot be used in dict comprehension".into())
        });
        None
    }

    fn invalid_comprehension(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            if p.op("[").is_none() && p.op("(").is_none() {
                p.op("{")?;
            }
            let a = p.starred_expression()?;
            p.for_if_clauses()?;
            let sp = p.span(a);
            p.raise_at(sp, "iterable unpacking cannot be used in comprehension".into())
        });
        alt!(p, |p| {
            if p.op("[").is_none() {
                p.op("{")?;
            }
            let a = p.star_named_expression()?;
            p.op(",")?;
            let b = p.star_named_expressions()?;
            p.for_if_clauses()?;
            let (sa, sb) = (p.span(a), p.span(*b.last().unwrap()));
            p.raise_range(sa, sb, "did you forget parentheses around the comprehension target?".into())
        });
        alt!(p, |p| {
            if p.op("[").is_none() {
                p.op("{")?;
            }
            let a = p.star_named_expression()?;
            let b = p.op(",")?;
            p.for_if_clauses()?;
            let sa = p.span(a);
            p.raise_range(sa, (b, b), "did you forget parentheses around the comprehension target?".into())
        });
        None
    }

    fn arguments(&mut self) -> R {
        self.memo(M_ARGUMENTS, Self::arguments_raw)
    }

    fn arguments_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let a = p.args()?;
            p.op(",");
            if p.at_op(")") {
                Some(a)
            } else {
                None
            }
        });
        inv!(p, |p| { p.invalid_arguments() });
        None
    }

    fn args(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let s = p.pos;
            let mut kids = p.positional_args()?;
            let mut kws = vec![];
            let m = p.pos;
            let more = p.op(",").is_some() && {
                match p.kwargs() {
                    Some(k) => {
                        kws = k;
                        true
                    }
                    None => false,
                }
            };
            if !more {
                p.pos = m;
            }
            if p.error.is_some() {
                return None;
            }
            let (starred, kws): (Vec<N>, Vec<N>) = kws.into_iter().partition(|&k| p.is_starred(k));
            kids.extend(starred);
            let n = p.node(NK::Args, s, &kids);
            p.set_kws(n, kws);
            Some(n)
        });
        alt!(p, |p| {
            let s = p.pos;
            let all = p.kwargs()?;
            let (starred, kws): (Vec<N>, Vec<N>) = all.into_iter().partition(|&k| p.is_starred(k));
            let n = p.node(NK::Args, s, &starred);
            p.set_kws(n, kws);
            Some(n)
        });
        None
    }

    /// `','.(starred_expression | (assignment_expression | expression !':=') !'=')+`
    fn positional_args(&mut self) -> Option<Vec<N>> {
        self.sep_nodes(",", |p| {
            let m = p.pos;
            if let Some(n) = p.starred_expression() {
                return Some(n);
            }
            p.pos = m;
            if p.error.is_some() {
                return None;
            }
            let n = match p.assignment_expression() {
                Some(n) => n,
                None => {
                    p.pos = m;
                    if p.error.is_some() {
                        return None;
                    }
                    let n = p.expression()?;
                    if p.at_op(":=") {
                        return None;
                    }
                    n
                }
            };
            if p.at_op("=") {
                return None;
            }
            Some(n)
        })
    }

    fn kwargs(&mut self) -> Option<Vec<N>> {
        let m = self.pos;
        if let Some(mut a) = self.sep_nodes(",", Self::kwarg_or_starred) {
            let m2 = self.pos;
            if self.op(",").is_some() {
                if let Some(b) = self.sep_nodes(",", Self::kwarg_or_double_starred) {
                    a.extend(b);
                    return Some(a);
                }
            }
            if self.error.is_some() {
                return None;
            }
            self.pos = m2;
            return Some(a);
        }
        if self.error.is_some() {
            return None;
        }
        self.pos = m;
        self.sep_nodes(",", Self::kwarg_or_double_starred)
    }

    fn starred_expression(&mut self) -> R {
        let s = self.pos;
        self.op("*")?;
        match self.expression() {
            Some(a) => Some(self.node(NK::Starred, s, &[a])),
            None => {
                self.pos = s;
                None
            }
        }
    }

    fn kwarg_or_starred(&mut self) -> R {
        let p = self;
        inv!(p, |p| { p.invalid_kwarg() });
        alt!(p, |p| {
            let s = p.name()?;
            p.op("=")?;
            p.expression()?;
            Some(p.node(NK::Keyword, s, &[]))
        });
        alt!(p, |p| { p.starred_expression() });
        None
    }

    fn kwarg_or_double_starred(&mut self) -> R {
        let p = self;
        inv!(p, |p| { p.invalid_kwarg() });
        alt!(p, |p| {
            let s = p.name()?;
            p.op("=")?;
            p.expression()?;
            Some(p.node(NK::Keyword, s, &[]))
        });
        alt!(p, |p| {
            let s = p.op("**")?;
            p.expression()?;
            let n = p.node(NK::Keyword, s, &[]);
            p.set_flag(n);
            Some(n)
        });
        None
    }

    fn invalid_kwarg(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let a = match p.kw("True") {
                Some(a) => a,
                None => match p.kw("False") {
                    Some(a) => a,
                    None => p.kw("None")?,
                },
            };
            let b = p.op("=")?;
            let word = p.text_of(&p.toks[a]);
            p.raise_range((a, a), (b, b), format!("cannot assign to {word}"))
        });
        alt!(p, |p| {
            let a = p.name()?;
            let b = p.op("=")?;
            p.expression()?;
            p.for_if_clauses()?;
            p.raise_range((a, a), (b, b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into())
        });
        alt!(p, |p| {
            let m = p.pos;
            let name_eq = p.name().is_some() && p.op("=").is_some();
            p.pos = m;
            if name_eq {
                return None;
            }
            let a = p.expression()?;
            let b = p.op("=")?;
            let sa = p.span(a);
            p.raise_range(sa, (b, b), "expression cannot contain assignment, perhaps you meant \"==\"?".into())
        });
        None
    }

    fn invalid_arguments(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            // ((positional ',' kwargs) | kwargs) ',' '*'
            let m = p.pos;
            let first = p.positional_args().is_some() && p.op(",").is_some() && p.kwargs().is_some();
            if p.error.is_some() {
                return None;
            }
            if !first {
                p.pos = m;
                p.kwargs()?;
            }
            p.op(",")?;
            let b = p.op("*")?;
            p.raise_at((b, b), "iterable argument unpacking follows keyword argument unpacking".into())
        });
        alt!(p, |p| {
            let a = p.expression()?;
            let b = p.for_if_clauses()?;
            p.op(",")?;
            let m = p.pos;
            if p.args().is_none() {
                p.pos = m;
                if !(p.expression().is_some() && p.for_if_clauses().is_some()) {
                    p.pos = m;
                }
            }
            let last = p.last_comprehension_item(b);
            let (sa, sb) = (p.span(a), p.span(last));
            p.raise_range(sa, sb, "Generator expression must be parenthesized".into())
        });
        alt!(p, |p| {
            let a = p.name()?;
            let b = p.op("=")?;
            p.expression()?;
            p.for_if_clauses()?;
            p.raise_range((a, a), (b, b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into())
        });
        alt!(p, |p| {
            let a = p.args()?;
            let b = p.for_if_clauses()?;
            let args = p.nd(a).kids.clone();
            if args.len() <= 1 {
                p.stop = true;
                return None;
            }
            let last = p.last_comprehension_item(b);
            let (sa, sb) = (p.span(*args.last().unwrap()), p.span(last));
            p.raise_range(sa, sb, "Generator expression must be parenthesized".into())
        });
        alt!(p, |p| {
            p.args()?;
            p.op(",")?;
            let a = p.expression()?;
            let b = p.for_if_clauses()?;
            let last = p.last_comprehension_item(b);
            let (sa, sb) = (p.span(a), p.span(last));
            p.raise_range(sa, sb, "Generator expression must be parenthesized".into())
        });
        alt!(p, |p| {
            let a = p.args()?;
            p.op(",")?;
            p.args()?;
            let unpacking = p.nd(a).kws.iter().any(|&k| p.nd(k).flag);
            p.raise_syntax(if unpacking {
                "positional argument follows keyword argument unpacking"
            } else {
                "positional argument follows keyword argument"
            })
        });
        None
    }

    fn strings(&mut self) -> R {
        self.memo(M_STRINGS, Self::strings_raw)
    }

    fn strings_raw(&mut self) -> R {
        let s = self.pos;
        let mut n = 0;
        while self.tk(K::String).is_some() {
            n += 1;
        }
        if n == 0 {
            return None;
        }
        // _PyPegen_concatenate_strings
        let mut fstring = false;
        let mut bytesmode = None;
        for i in s..s + n {
            let t = self.toks[i];
            let tok_text = self.text_of(&t);
            let Some(lit) = split_string(tok_text) else { continue };
            if lit.bytes && !lit.body.is_ascii() {
                return self.raise_at((i, i), "bytes can only contain ASCII literal characters".into());
            }
            if !lit.raw && !lit.fstring && lit.body.contains('\\') {
                if let Some(msg) = decode_error(lit.body, lit.bytes) {
                    return self.raise_syntax(&msg);
                }
            }
            if bytesmode.is_some_and(|b| b != lit.bytes) {
                return self.raise_syntax("cannot mix bytes and nonbytes literals");
            }
            bytesmode = Some(lit.bytes);
            if lit.fstring {
                fstring = true;
                if let Some(e) = self.check_fstring(&t, &lit) {
                    return self.raise(e);
                }
            }
        }
        Some(self.node(if fstring { NK::FString } else { NK::Literal }, s, &[]))
    }

    /// Scans an f-string's fields; an error in an expression is reported as CPython's
    /// sub-parser reports it, relative to the text `(expr)`.
    fn check_fstring(&mut self, t: &Tok, lit: &StrLit) -> Option<PErr> {
        let tok_text = self.text_of(t);
        let max_depth = self.max_depth.saturating_sub(self.depth);
        let mut too_deep = false;
        let mut sub_err: Option<PErr> = None;
        let res = {
            let mut visit = |s: usize, e: usize| -> Option<String> {
                let expr = &lit.body[s..e];
                let before = &tok_text[..lit.body_off + s];
                let newlines = before.matches('\n').count() as i64;
                let src = format!("({expr})");
                let mut text = Text::new(&src);
                text.mode = TextMode { char_cols: false, file_eof: false };
                let lexed = tokenize(&text);
                let mut p = Parser::new(&text, &lexed, StartRule::FString);
                p.max_depth = max_depth;
                let r = p.run();
                if p.too_deep {
                    too_deep = true;
                    return None;
                }
                let mut err = r?;
                let line = err.line;
                err.line += t.line + newlines - 1;
                if err.end_line > 0 {
                    err.end_line += t.line + newlines - 1;
                }
                if err.text.is_none() {
                    let lb = text.line_bytes(line);
                    err.text = Some(String::from_utf8_lossy(lb).trim_end_matches('\n').to_string());
                }
                if !err.from_tokenizer || err.msg.contains("was never closed") {
                    err.msg = format!("f-string: {}", err.msg);
                }
                let msg = err.msg.clone();
                sub_err = Some(err);
                Some(msg)
            };
            fstring_scan(lit.body, lit.raw, 0, &mut visit)
        };
        if too_deep {
            self.too_deep = true;
            return Some(PErr {
                kind: ErrorKind::SyntaxError,
                msg: String::new(),
                line: 0,
                col: 0,
                end_line: 0,
                end_col: 0,
                from_tokenizer: true,
                text: None,
            });
        }
        match res {
            Ok(()) => None,
            Err(msg) => {
                if let Some(e) = sub_err {
                    if e.msg == msg {
                        return Some(e);
                    }
                }
                Some(self.generic_error(ErrorKind::SyntaxError, &msg))
            }
        }
    }
}

// ----- assignment targets -----
impl<'a> Parser<'a> {
    fn invalid_assignment(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            let a = p.invalid_ann_assign_target()?;
            p.op(":")?;
            p.expression()?;
            let what = p.expr_name(a);
            let sp = p.span(a);
            p.raise_at(sp, format!("only single target (not {what}) can be annotated"))
        });
        alt!(p, |p| {
            let a = p.star_named_expression()?;
            p.op(",")?;
            while p.star_named_expressions().is_some() {}
            if p.error.is_some() {
                return None;
            }
            p.op(":")?;
            p.expression()?;
            let sp = p.span(a);
            p.raise_at(sp, "only single target (not tuple) can be annotated".into())
        });
        alt!(p, |p| {
            let a = p.expression()?;
            p.op(":")?;
            p.expression()?;
            let sp = p.span(a);
            p.raise_at(sp, "illegal target for annotation".into())
        });
        alt!(p, |p| {
            p.skip_star_targets_eq();
            let a = p.star_expressions()?;
            p.op("=")?;
            p.raise_invalid_target(Targets::Star, a)
        });
        alt!(p, |p| {
            p.skip_star_targets_eq();
            let a = p.yield_expr()?;
            p.op("=")?;
            let sp = p.span(a);
            p.raise_at(sp, "assignment to yield expression not possible".into())
        });
        alt!(p, |p| {
            let a = p.star_expressions()?;
            p.augassign()?;
            p.yield_or_star_expressions()?;
            let what = p.expr_name(a);
            let sp = p.span(a);
            p.raise_at(sp, format!("'{what}' is an illegal expression for augmented assignment"))
        });
        None
    }

    /// `(star_targets '=')*`
    fn skip_star_targets_eq(&mut self) {
        loop {
            let m = self.pos;
            if self.star_targets().is_some() && self.op("=").is_some() {
                continue;
            }
            self.pos = m;
            break;
        }
    }

    fn invalid_ann_assign_target(&mut self) -> R {
        let p = self;
        alt!(p, |p| { p.list() });
        alt!(p, |p| { p.tuple() });
        alt!(p, |p| {
            p.op("(")?;
            let a = p.invalid_ann_assign_target()?;
            p.op(")")?;
            Some(a)
        });
        None
    }

    fn star_targets(&mut self) -> R {
        self.star_targets_raw()
    }

    fn star_targets_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.star_target()?;
            if p.at_op(",") {
                None
            } else {
                Some(UNIT)
            }
        });
        alt!(p, |p| {
            p.star_target()?;
            loop {
                let m = p.pos;
                if p.op(",").is_some() && p.star_target().is_some() {
                    continue;
                }
                p.pos = m;
                break;
            }
            if p.error.is_some() {
                return None;
            }
            p.op(",");
            Some(UNIT)
        });
        None
    }

    fn star_targets_list_seq(&mut self) -> R {
        self.sep_plus(",", Self::star_target)?;
        self.op(",");
        Some(UNIT)
    }

    fn star_targets_tuple_seq(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.star_target()?;
            let mut n = 0;
            loop {
                let m = p.pos;
                if p.op(",").is_some() && p.star_target().is_some() {
                    n += 1;
                    continue;
                }
                p.pos = m;
                break;
            }
            if n == 0 || p.error.is_some() {
                return None;
            }
            p.op(",");
            Some(UNIT)
        });
        alt!(p, |p| {
            p.star_target()?;
            p.op(",").map(|_| UNIT)
        });
        None
    }

    fn star_target(&mut self) -> R {
        self.memo(M_STAR_TARGET, Self::star_target_raw)
    }

    fn star_target_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.op("*")?;
            if p.at_op("*") {
                return None;
            }
            p.star_target()
        });
        alt!(p, |p| { p.target_with_star_atom() });
        None
    }

    fn target_with_star_atom(&mut self) -> R {
        self.memo(M_TARGET_WITH_STAR_ATOM, Self::target_with_star_atom_raw)
    }

    fn target_with_star_atom_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| { p.subscript_attribute_target() });
        alt!(p, |p| { p.star_atom() });
        None
    }

    /// `t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead`
    fn subscript_attribute_target(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.t_primary()?;
            p.op(".")?;
            p.name()?;
            if p.at_t_lookahead() {
                None
            } else {
                Some(UNIT)
            }
        });
        alt!(p, |p| {
            p.t_primary()?;
            p.op("[")?;
            p.slices()?;
            p.op("]")?;
            if p.at_t_lookahead() {
                None
            } else {
                Some(UNIT)
            }
        });
        None
    }

    /// An optional item (`rule?` in the grammar): runs `rule`, and on failure moves back to
    /// where it started.
    fn opt<T>(&mut self, rule: fn(&mut Self) -> Option<T>) {
        let m = self.pos;
        if rule(self).is_none() {
            self.pos = m;
        }
    }

    fn star_atom(&mut self) -> R {
        let p = self;
        alt!(p, |p| { p.name().map(|_| UNIT) });
        alt!(p, |p| {
            p.op("(")?;
            p.target_with_star_atom()?;
            p.op(")").map(|_| UNIT)
        });
        alt!(p, |p| {
            p.op("(")?;
            p.opt(Self::star_targets_tuple_seq);
            p.op(")").map(|_| UNIT)
        });
        alt!(p, |p| {
            p.op("[")?;
            p.opt(Self::star_targets_list_seq);
            p.op("]").map(|_| UNIT)
        });
        None
    }

    fn single_target(&mut self) -> R {
        self.single_target_raw()
    }

    fn single_target_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| { p.subscript_attribute_target() });
        alt!(p, |p| { p.name().map(|_| UNIT) });
        alt!(p, |p| {
            p.op("(")?;
            p.single_target()?;
            p.op(")").map(|_| UNIT)
        });
        None
    }

    fn single_subscript_attribute_target(&mut self) -> R {
        self.subscript_attribute_target()
    }

    fn at_t_lookahead(&mut self) -> bool {
        self.at_op("(") || self.at_op("[") || self.at_op(".")
    }

    fn t_primary(&mut self) -> R {
        self.memo(M_T_PRIMARY, Self::t_primary_raw)
    }

    fn t_primary_raw(&mut self) -> R {
        let s = self.pos;
        self.atom()?;
        if !self.at_t_lookahead() {
            self.pos = s;
            return None;
        }
        loop {
            let m = self.pos;
            if self.op(".").is_some() && self.name().is_some() && self.at_t_lookahead() {
                continue;
            }
            self.pos = m;
            if self.error.is_some() {
                return None;
            }
            if self.op("[").is_some() && self.slices().is_some() && self.op("]").is_some() && self.at_t_lookahead() {
                continue;
            }
            self.pos = m;
            if self.error.is_some() {
                return None;
            }
            if self.genexp().is_some() && self.at_t_lookahead() {
                continue;
            }
            self.pos = m;
            if self.error.is_some() {
                return None;
            }
            if self.op("(").is_some() {
                let m2 = self.pos;
                if self.arguments().is_none() {
                    self.pos = m2;
                }
                if self.op(")").is_some() && self.at_t_lookahead() {
                    continue;
                }
            }
            self.pos = m;
            break;
        }
        if self.error.is_some() {
            return None;
        }
        Some(UNIT)
    }

    fn del_targets(&mut self) -> R {
        self.sep_plus(",", Self::del_target)?;
        self.op(",");
        Some(UNIT)
    }

    fn del_target(&mut self) -> R {
        self.memo(M_DEL_TARGET, Self::del_target_raw)
    }

    fn del_target_raw(&mut self) -> R {
        let p = self;
        alt!(p, |p| { p.subscript_attribute_target() });
        alt!(p, |p| { p.name().map(|_| UNIT) });
        alt!(p, |p| {
            p.op("(")?;
            p.del_target()?;
            p.op(")").map(|_| UNIT)
        });
        alt!(p, |p| {
            p.op("(")?;
            p.opt(Self::del_targets);
            p.op(")").map(|_| UNIT)
        });
        alt!(p, |p| {
            p.op("[")?;
            p.opt(Self::del_targets);
            p.op("]").map(|_| UNIT)
        });
        None
    }
}

// ----- parameters -----
impl<'a> Parser<'a> {
    fn params(&mut self) -> R {
        self.any_params(false)
    }

    fn lambda_params(&mut self) -> R {
        self.any_params(true)
    }

    fn any_params(&mut self, lam: bool) -> R {
        let p = self;
        inv!(p, |p| { p.invalid_parameters(lam) });
        alt!(p, |p| { p.parameters(lam) });
        None
    }

    fn closer(lam: bool) -> &'static str {
        if lam {
            ":"
        } else {
            ")"
        }
    }

    /// `param`: NAME annotation? (lambda: NAME)
    fn param(&mut self, lam: bool) -> R {
        let s = self.pos;
        self.name()?;
        if !lam {
            let m = self.pos;
            if !(self.op(":").is_some() && self.expression().is_some()) {
                self.pos = m;
            }
            if self.error.is_some() {
                return None;
            }
        }
        Some(self.node(NK::Other, s, &[]))
    }

    /// `param ',' | param &')'` (TYPE_COMMENT never present).
    fn param_end(&mut self, lam: bool) -> bool {
        if self.op(",").is_some() {
            if !lam {
                self.peek_only();
            }
            return true;
        }
        if !lam {
            self.peek_only();
        }
        self.at_op(Self::closer(lam))
    }

    fn param_no_default(&mut self, lam: bool) -> R {
        let s = self.pos;
        let a = self.param(lam)?;
        if self.param_end(lam) {
            return Some(a);
        }
        self.pos = s;
        None
    }

    fn param_no_default_star_annotation(&mut self) -> R {
        let s = self.pos;
        self.name()?;
        if self.op(":").is_none() || self.star_expression().is_none() {
            self.pos = s;
            return None;
        }
        let a = self.node(NK::Other, s, &[]);
        if self.param_end(false) {
            return Some(a);
        }
        self.pos = s;
        None
    }

    fn default(&mut self) -> R {
        let p = self;
        alt!(p, |p| {
            p.op("=")?;
            p.expression()
        });
        inv!(p, |p| {
            let a = p.op("=")?;
            if p.at_op(")") || p.at_op(",") {
                return p.raise_at((a, a), "expected default value expression".into());
            }
            None
        });
        None
    }

    fn param_with_default(&mut self, lam: bool) -> R {
        let s = self.pos;
        let a = self.param(lam)?;
        if self.default().is_some() && self.param_end(lam) {
            return Some(a);
        }
        self.pos = s;
        None
    }

    fn param_maybe_default(&mut self, lam: bool) -> R {
        let s = self.pos;
        let a = self.param(lam)?;
        let m = self.pos;
        if self.default().is_none() {
            self.pos = m;
        }
        if self.error.is_none() && self.param_end(lam) {
            return Some(a);
        }
        self.pos = s;
        None
    }

    fn many(&mut self, f: fn(&mut Self, bool) -> R, lam: bool) -> usize {
        let mut n = 0;
        while f(self, lam).is_some() {
            n += 1;
        }
        n
    }

    fn slash_no_default(&mut self, lam: bool) -> R {
        let s = self.pos;
        if self.many(Self::param_no_default, lam) == 0 {
            return None;
        }
        if self.op("/").is_some() && (self.op(",").is_some() || self.at_op(Self::closer(lam))) {
            return Some(UNIT);
        }
        self.pos = s;
        None
    }

    fn slash_with_default(&mut self, lam: bool) -> R {
        let s = self.pos;
        self.many(Self::param_no_default, lam);
        if self.many(Self::param_with_default, lam) == 0 {
            self.pos = s;
            return None;
        }
        if self.op("/").is_some() && (self.op(",").is_some() || self.at_op(Self::closer(lam))) {
            return Some(UNIT);
        }
        self.pos = s;
        None
    }

    fn opt_star_etc(&mut self, lam: bool) {
        let m = self.pos;
        if self.star_etc(lam).is_none() {
            self.pos = m;
        }
    }

    fn parameters(&mut self, lam: bool) -> R {
        let p = self;
        alt!(p, |p| {
            p.slash_no_default(lam)?;
            p.many(Self::param_no_default, lam);
            p.many(Self::param_with_default, lam);
            p.opt_star_etc(lam);
            Some(UNIT)
        });
        alt!(p, |p| {
            p.slash_with_default(lam)?;
            p.many(Self::param_with_default, lam);
            p.opt_star_etc(lam);
            Some(UNIT)
        });
        alt!(p, |p| {
            if p.many(Self::param_no_default, lam) == 0 {
                return None;
            }
            p.many(Self::param_with_default, lam);
            p.opt_star_etc(lam);
            Some(UNIT)
        });
        alt!(p, |p| {
            if p.many(Self::param_with_default, lam) == 0 {
                return None;
            }
            p.opt_star_etc(lam);
            Some(UNIT)
        });
        alt!(p, |p| { p.star_etc(lam) });
        None
    }

    fn star_etc(&mut self, lam: bool) -> R {
        let p = self;
        inv!(p, |p| { p.invalid_star_etc(lam) });
        alt!(p, |p| {
            p.op("*")?;
            p.param_no_default(lam)?;
            p.many(Self::param_maybe_default, lam);
            p.opt_kwds(lam);
            Some(UNIT)
        });
        if !lam {
            alt!(p, |p| {
                p.op("*")?;
                p.param_no_default_star_annotation()?;
                p.many(Self::param_maybe_default, lam);
                p.opt_kwds(lam);
                Some(UNIT)
            });
        }
        alt!(p, |p| {
            p.op("*")?;
            p.op(",")?;
            if p.many(Self::param_maybe_default, lam) == 0 {
                return None;
            }
            p.opt_kwds(lam);
            Some(UNIT)
        });
        alt!(p, |p| { p.kwds(lam) });
        None
    }

    fn opt_kwds(&mut self, lam: bool) {
        let m = self.pos;
        if self.kwds(lam).is_none() {
            self.pos = m;
        }
    }

    fn kwds(&mut self, lam: bool) -> R {
        let p = self;
        inv!(p, |p| { p.invalid_kwds(lam) });
        alt!(p, |p| {
            p.op("**")?;
            p.param_no_default(lam)
        });
        None
    }

    fn invalid_parameters(&mut self, lam: bool) -> R {
        let p = self;
        alt!(p, |p| {
            p.many(Self::param_no_default, lam);
            // invalid_parameters_helper
            let m = p.pos;
            if p.slash_with_default(lam).is_none() {
                p.pos = m;
                if p.many(Self::param_with_default, lam) == 0 {
                    return None;
                }
            }
            let a = p.param_no_default(lam)?;
            let sp = p.span(a);
            p.raise_at(sp, "non-default argument follows default argument".into())
        });
        alt!(p, |p| {
            p.many(Self::param_no_default, lam);
            let a = p.op("(")?;
            if lam {
                p.sep_plus(",", |p| p.param(true))?;
            } else if p.many(Self::param_no_default, lam) == 0 {
                return None;
            }
            p.op(",");
            let b = p.op(")")?;
            let msg = if lam {
                "Lambda expression parameters cannot be parenthesized"
            } else {
                "Function parameters cannot be parenthesized"
            };
            p.raise_range((a, a), (b, b), msg.into())
        });
        alt!(p, |p| {
            let a = p.op("/")?;
            p.op(",")?;
            p.raise_at((a, a), "at least one argument must precede /".into())
        });
        alt!(p, |p| {
            let m = p.pos;
            if p.slash_no_default(lam).is_none() {
                p.pos = m;
                p.slash_with_default(lam)?;
            }
            p.many(Self::param_maybe_default, lam);
            let a = p.op("/")?;
            p.raise_at((a, a), "/ may appear only once".into())
        });
        alt!(p, |p| {
            let m = p.pos;
            if p.slash_no_default(lam).is_none() {
                p.pos = m;
                if p.slash_with_default(lam).is_none() {
                    p.pos = m;
                }
            }
            p.many(Self::param_maybe_default, lam);
            p.op("*")?;
            if p.op(",").is_none() {
                p.param_no_default(lam)?;
            }
            p.many(Self::param_maybe_default, lam);
            let a = p.op("/")?;
            p.raise_at((a, a), "/ must be ahead of *".into())
        });
        alt!(p, |p| {
            if p.many(Self::param_maybe_default, lam) == 0 {
                return None;
            }
            p.op("/")?;
            let a = p.op("*")?;
            p.raise_at((a, a), "expected comma between / and *".into())
        });
        None
    }

    fn invalid_star_etc(&mut self, lam: bool) -> R {
        let p = self;
        let closer = Self::closer(lam);
        alt!(p, |p| {
            let a = p.op("*")?;
            let ok = p.op(closer).is_some() || (p.op(",").is_some() && (p.op(closer).is_some() || p.op("**").is_some()));
            if !ok {
                return None;
            }
            if lam {
                p.raise_syntax("named arguments must follow bare *")
            } else {
                p.raise_at((a, a), "named arguments must follow bare *".into())
            }
        });
        alt!(p, |p| {
            p.op("*")?;
            p.param(lam)?;
            let a = p.op("=")?;
            p.raise_at((a, a), "var-positional argument cannot have default value".into())
        });
        alt!(p, |p| {
            p.op("*")?;
            if p.op(",").is_none() {
                p.param_no_default(lam)?;
            }
            p.many(Self::param_maybe_default, lam);
            let a = p.op("*")?;
            if p.op(",").is_none() {
                p.param_no_default(lam)?;
            }
            p.raise_at((a, a), "* argument may appear only once".into())
        });
        None
    }

    fn invalid_kwds(&mut self, lam: bool) -> R {
        let p = self;
        alt!(p, |p| {
            p.op("**")?;
            p.param(lam)?;
            let a = p.op("=")?;
            p.raise_at((a, a), "var-keyword argument cannot have default value".into())
        });
        alt!(p, |p| {
            p.op("**")?;
            p.param(lam)?;
            p.op(",")?;
            let a = p.param(lam)?;
            let sp = p.span(a);
            p.raise_at(sp, "arguments cannot follow var-keyword argument".into())
        });
        alt!(p, |p| {
            p.op("**")?;
            p.param(lam)?;
            p.op(",")?;
            let a = match p.op("*") {
                Some(a) => a,
                None => match p.op("**") {
                    Some(a) => a,
                    None => p.op("/")?,
                },
            };
            p.raise_at((a, a), "arguments cannot follow var-keyword argument".into())
        });
        None
    }
}

/// Unicode 14.0.0 data (the database of CPython 3.11.7), shared with the VM's text module.
use crate::unicode_tables as unicode_data;

#[cfg(test)]
mod tests {
    use super::*;

    /// The inline depth limit keeps the parser within a small stack.
    #[test]
    fn inline_depth_fits_small_stack() {
        let sources = [
            format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199)),
            format!("x = {}1\n", "-".repeat(5000)),
            format!("x = {}1{}\n", "[f(".repeat(60), ")]".repeat(60)),
            format!("x = {}1\n", "lambda: ".repeat(3000)),
            format!("if x: pass\n{}", "elif y: pass\n".repeat(5000)),
            format!("x = {}1{} 2\n", "(".repeat(150), ")".repeat(150)),
            format!("f\"{{{}1{}}}\"\n", "(".repeat(150), ")".repeat(150)),
        ];
        for src in sources {
            let handle = std::thread::Builder::new()
                .stack_size(1 << 20)
                .spawn(move || {
                    let mode = TextMode { char_cols: true, file_eof: false };
                    let _ = diagnose_text(&src, StartRule::File, mode, INLINE_DEPTH);
                })
                .unwrap();
            handle.join().unwrap();
        }
    }
}
