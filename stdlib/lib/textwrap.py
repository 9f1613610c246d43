"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and the
TextWrapper class."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these ASCII characters count as whitespace for wrapping; other
# Unicode spaces (such as U+00A0) stay inside words.
_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word_char(c) or c in '!"\'&.,?'


class TextWrapper:
    """Object for wrapping/filling text.

    The public interface consists of the wrap() and fill() methods; the other
    methods are just there for subclasses to override in order to tweak the
    default behaviour.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # ---- splitting text into chunks ----

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into whitespace runs and words; with
        break_on_hyphens, hyphenated words are split after their hyphens.
        """
        chunks = []
        n = len(text)
        p = 0
        hyphens = self.break_on_hyphens is True
        while p < n:
            if text[p] in _WS:
                q = p + 1
                while q < n and text[q] in _WS:
                    q += 1
                chunks.append(text[p:q])
                p = q
                continue
            if not hyphens:
                q = p + 1
                while q < n and text[q] not in _WS:
                    q += 1
                chunks.append(text[p:q])
                p = q
                continue
            if p > 0 and self._emdash_at(text, p):
                q = p
                while text[q] == '-':
                    q += 1
                chunks.append(text[p:q])
                p = q
                continue
            k = p + 1
            while True:
                if k < n and text[k] == '-' and self._hyphen_break(text, k):
                    end = k + 1
                    break
                if k >= n or text[k] in _WS:
                    end = k
                    break
                if self._emdash_at(text, k):
                    end = k
                    break
                k += 1
            chunks.append(text[p:end])
            p = end
        return chunks

    @staticmethod
    def _emdash_at(text, k):
        """True if text[k:] starts a run of 2+ hyphens that follows a word
        character or punctuation and is followed by a word character."""
        if k == 0 or not _is_word_punct(text[k - 1]):
            return False
        n = len(text)
        q = k
        while q < n and text[q] == '-':
            q += 1
        return q - k >= 2 and q < n and _is_word_char(text[q])

    @staticmethod
    def _hyphen_break(text, e):
        """True if the hyphen at text[e] may end a chunk: it follows two
        letters (or letter-hyphen-letter) and is followed by a letter,
        an optional hyphen and another letter."""
        n = len(text)
        before = (e >= 2 and _is_letter(text[e - 2]) and
                  _is_letter(text[e - 1])) or \
                 (e >= 3 and _is_letter(text[e - 3]) and text[e - 2] == '-'
                  and _is_letter(text[e - 1]))
        if not before:
            return False
        if not (e + 1 < n and _is_letter(text[e + 1])):
            return False
        if e + 2 < n and _is_letter(text[e + 2]):
            return True
        return e + 3 < n and text[e + 2] == '-' and _is_letter(text[e + 3])

    def _fix_sentence_endings(self, chunks):
        """Ensure two spaces follow every sentence-ending chunk."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self._ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    @staticmethod
    def _ends_sentence(chunk):
        # Lowercase ASCII letter, then . ! or ?, then an optional quote.
        if chunk[-1:] in ('"', "'"):
            chunk = chunk[:-1]
        return (len(chunk) >= 2 and chunk[-1] in '.!?' and
                'a' <= chunk[-2] <= 'z')

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Break a chunk that is too long to fit on any line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # break after last hyphen, but only if there are
                # non-hyphens before it
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a sequence of chunks into lines of at most self.width."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Work from the end of a reversed list so pop() takes the next chunk.
        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0

            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent

            width = self.width - len(indent)

            # Leading whitespace is dropped, except at the very beginning.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # ---- public interface ----

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of wrapped
        lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string containing
        the entire wrapped paragraph."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

    >>> textwrap.shorten("Hello  world!", width=12)
    'Hello world!'
    >>> textwrap.shorten("Hello  world!", width=11)
    'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines that consist solely of whitespace are normalized to a newline
    character, and tabs and spaces are not considered equal.
    """
    lines = text.split('\n')
    # Blank lines (spaces and tabs only) become empty.
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''

    margin = None
    for line in lines:
        if not line:
            continue
        indent = _leading_blanks(line)
        if indent == line:
            continue
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            # No common prefix longer than the shared part of the two.
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break

    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-empty lines that do not
    consist solely of whitespace characters.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()
    parts = []
    for line in text.splitlines(True):
        parts.append(prefix + line if predicate(line) else line)
    return ''.join(parts)
