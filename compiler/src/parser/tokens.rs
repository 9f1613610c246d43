//! The token cursor: the whole file's tokens in a vector, a position, and the end of the
//! last token consumed.
//!
//! Invariants:
//! - `tokens` always ends with one `Tok::EndOfFile` sentinel and the cursor never moves past
//!   it, so `peek`/`peek_at` never index out of bounds.
//! - `prev_end` is the end of the last consumed token: rustpython's `@R`, which is how every
//!   node's range ends (parentheses included, so it is not the child node's own end).
//! - Payloads (names, strings, numbers) are moved out of the vector when consumed, except
//!   while `speculating`: a speculative parse that fails restores the position and must find
//!   the tokens intact, so it clones instead.
//! - `depth` counts nested recursive constructs; `enter` refuses (bails) past `MAX_DEPTH`.
//!
//! `lex` runs rustpython's raw lexer and then resolves the soft keywords `match`, `case` and
//! `type` in one pass over the vector, deciding exactly as rustpython's `SoftKeywordTransformer`
//! (which `lexer::lex` wraps around the lexer) does, but without its per-token multi-peek
//! buffering: a soft keyword stays a keyword only at the start of a line that looks like a
//! `match`/`case` statement or a `type` alias; everywhere else it becomes a `Name`.

use rustpython_parser::lexer::Lexer;
use rustpython_parser::text_size::{TextRange, TextSize};
use rustpython_parser::Tok;

/// The tokens of `source`, soft keywords resolved; `None` on a lexer error.
pub(super) fn lex(source: &str) -> Option<Vec<(Tok, TextRange)>> {
    let mut tokens = Vec::with_capacity(source.len() / 5 + 16);
    for token in Lexer::new(source.chars(), TextSize::default()) {
        tokens.push(token.ok()?);
    }
    resolve_soft_keywords(&mut tokens);
    Some(tokens)
}

fn resolve_soft_keywords(tokens: &mut [(Tok, TextRange)]) {
    let mut start_of_line = true;
    for i in 0..tokens.len() {
        let keyword = match tokens[i].0 {
            Tok::Match => start_of_line && looks_like_match_line(&tokens[i + 1..]),
            Tok::Case => start_of_line && looks_like_match_line(&tokens[i + 1..]),
            Tok::Type => start_of_line && looks_like_type_alias(&tokens[i + 1..]),
            ref other => {
                start_of_line = matches!(other, Tok::Newline | Tok::Indent | Tok::Dedent);
                continue;
            }
        };
        if !keyword {
            let name = match tokens[i].0 {
                Tok::Match => "match",
                Tok::Case => "case",
                _ => "type",
            };
            tokens[i].0 = Tok::Name { name: name.to_owned() };
        }
        start_of_line = false;
    }
}

/// Whether the rest of a line starting with `match`/`case` has a colon outside brackets and
/// lambdas (not as its first token).
fn looks_like_match_line(rest: &[(Tok, TextRange)]) -> bool {
    let (mut nesting, mut first, mut seen_colon, mut seen_lambda) = (0i64, true, false, false);
    for (tok, _) in rest {
        match tok {
            Tok::Newline => break,
            Tok::Lambda if nesting == 0 => seen_lambda = true,
            Tok::Colon if nesting == 0 => {
                if seen_lambda {
                    seen_lambda = false;
                } else if !first {
                    seen_colon = true;
                }
            }
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => nesting += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => nesting -= 1,
            _ => {}
        }
        first = false;
    }
    seen_colon
}

/// Whether a line starting with `type` continues `name [...] =`.
fn looks_like_type_alias(rest: &[(Tok, TextRange)]) -> bool {
    if !matches!(rest.first(), Some((Tok::Name { .. } | Tok::Type | Tok::Match | Tok::Case, _))) {
        return false;
    }
    let mut nesting = 0i64;
    for (tok, _) in &rest[1..] {
        match tok {
            Tok::Newline => break,
            Tok::Equal if nesting == 0 => return true,
            Tok::Lsqb => nesting += 1,
            Tok::Rsqb => nesting -= 1,
            _ if nesting > 0 => {}
            _ => break,
        }
    }
    false
}

const MAX_DEPTH: u32 = 200;

pub(super) struct Parser<'src> {
    pub(super) source: &'src str,
    pub(super) filename: &'src str,
    tokens: Vec<(Tok, TextRange)>,
    pos: usize,
    prev_end: TextSize,
    depth: u32,
    speculating: u32,
}

/// Where a speculative parse started, to go back there when it fails.
pub(super) struct Mark {
    pos: usize,
    prev_end: TextSize,
    depth: u32,
}

impl<'src> Parser<'src> {
    pub(super) fn new(source: &'src str, filename: &'src str, mut tokens: Vec<(Tok, TextRange)>) -> Self {
        let end = TextSize::try_from(source.len()).unwrap_or_default();
        tokens.push((Tok::EndOfFile, TextRange::empty(end)));
        Parser { source, filename, tokens, pos: 0, prev_end: TextSize::default(), depth: 0, speculating: 0 }
    }

    #[inline]
    pub(super) fn peek(&self) -> &Tok {
        &self.tokens[self.pos].0
    }

    /// The token `n` places ahead (0 is the current one); the sentinel past the end.
    #[inline]
    pub(super) fn peek_at(&self, n: usize) -> &Tok {
        let last = self.tokens.len() - 1;
        &self.tokens[(self.pos + n).min(last)].0
    }

    /// Start of the current token (rustpython's `@L`).
    #[inline]
    pub(super) fn start(&self) -> TextSize {
        self.tokens[self.pos].1.start()
    }

    #[inline]
    pub(super) fn range(&self) -> TextRange {
        self.tokens[self.pos].1
    }

    /// End of the last consumed token (rustpython's `@R`).
    #[inline]
    pub(super) fn prev_end(&self) -> TextSize {
        self.prev_end
    }

    #[inline]
    pub(super) fn at_eof(&self) -> bool {
        self.pos + 1 >= self.tokens.len()
    }

    #[inline]
    pub(super) fn bump(&mut self) {
        if !self.at_eof() {
            self.prev_end = self.tokens[self.pos].1.end();
            self.pos += 1;
        }
    }

    /// Whether the current token is the same kind as `tok` (payloads ignored).
    #[inline]
    pub(super) fn at(&self, tok: Tok) -> bool {
        std::mem::discriminant(self.peek()) == std::mem::discriminant(&tok)
    }

    #[inline]
    pub(super) fn eat(&mut self, tok: Tok) -> bool {
        let found = self.at(tok);
        if found {
            self.bump();
        }
        found
    }

    #[inline]
    pub(super) fn expect(&mut self, tok: Tok) -> Option<()> {
        self.eat(tok).then_some(())
    }

    /// Consumes the current token and hands over its payload (cloned while speculating).
    pub(super) fn take(&mut self) -> Tok {
        let tok = if self.speculating > 0 || self.at_eof() {
            self.tokens[self.pos].0.clone()
        } else {
            std::mem::replace(&mut self.tokens[self.pos].0, Tok::EndOfFile)
        };
        self.bump();
        tok
    }

    /// Consumes a `Name` token and returns the name.
    pub(super) fn name(&mut self) -> Option<String> {
        if !matches!(self.peek(), Tok::Name { .. }) {
            return None;
        }
        match self.take() {
            Tok::Name { name } => Some(name),
            _ => None,
        }
    }

    /// Enters one level of recursion; `None` (bail) when nested too deep.
    #[inline]
    pub(super) fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    #[inline]
    pub(super) fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Runs `f` speculatively: on `None` the cursor goes back to where it was.
    pub(super) fn speculate<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let mark = Mark { pos: self.pos, prev_end: self.prev_end, depth: self.depth };
        self.speculating += 1;
        let result = f(self);
        self.speculating -= 1;
        if result.is_none() {
            self.pos = mark.pos;
            self.prev_end = mark.prev_end;
            self.depth = mark.depth;
        }
        result
    }
}
