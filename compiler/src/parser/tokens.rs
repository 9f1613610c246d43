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

use rustpython_parser::text_size::{TextRange, TextSize};
use rustpython_parser::Tok;

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
