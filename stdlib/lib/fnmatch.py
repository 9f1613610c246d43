"""Shell-style wildcard matching of file names: fnmatch, fnmatchcase and
filter.

Patterns use `*` (any run of characters, possibly empty), `?` (any single
character), `[seq]` (one character of seq, which may hold ranges such as
`a-z`) and `[!seq]` (one character not in seq).  Everything else, including
the backslash, matches itself; `/` and newlines are ordinary characters.
Bytes names and patterns are accepted (they are matched as latin-1 text).

Left out: translate(), which turns a pattern into a regular expression --
ferropy has no `re` module yet, so patterns are compiled into a small token
list and matched by hand, with the same results CPython's regular
expressions give.
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase"]

# Token kinds of a compiled pattern.  A compiled pattern is a tuple of
# tokens, each a pair (kind, data).
_LITERAL = 0    # data: the character
_ANY = 1        # `?`; data unused
_STAR = 2       # `*`; data unused
_SET = 3        # `[...]`; data: (negated, frozenset of chars, tuple of (lo, hi))
_NEVER = 4      # a bracket set that can match nothing, such as `[z-a]`

_cache = {}
_CACHE_LIMIT = 32768


def fnmatch(name, pat):
    """Test whether `name` matches the shell pattern `pat`.

    Both are normalised with os.path.normcase first, so the comparison
    ignores case exactly where the operating system does (never, on POSIX).
    """
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Return the items of `names` that match the shell pattern `pat`."""
    pat = os.path.normcase(pat)
    tokens = _compiled(pat)
    result = []
    if os.path is posixpath:
        # normcase does nothing on POSIX: skip calling it for every name.
        for name in names:
            if _matches(tokens, _as_text(name, pat)):
                result.append(name)
    else:
        for name in names:
            if _matches(tokens, _as_text(os.path.normcase(name), pat)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether `name` matches `pat`, always comparing case exactly."""
    tokens = _compiled(pat)
    return _matches(tokens, _as_text(name, pat))


def _as_text(name, pat):
    """The name as a str to match; bytes are read as latin-1."""
    if isinstance(pat, bytes):
        if isinstance(name, (bytes, bytearray)):
            return bytes(name).decode("latin-1")
        if isinstance(name, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
    else:
        if isinstance(name, str):
            return name
        if isinstance(name, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
    raise TypeError("expected string or bytes-like object, got %r"
                    % type(name).__name__)


def _compiled(pat):
    tokens = _cache.get((type(pat), pat))
    if tokens is None:
        if isinstance(pat, bytes):
            tokens = _compile(pat.decode("latin-1"))
        else:
            tokens = _compile(pat)
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[(type(pat), pat)] = tokens
    return tokens


def _compile(pat):
    """Turn a pattern into a tuple of tokens (consecutive stars merged)."""
    tokens = []
    n = len(pat)
    i = 0
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1][0] != _STAR:
                tokens.append((_STAR, None))
        elif c == "?":
            tokens.append((_ANY, None))
        elif c == "[":
            token, i = _compile_bracket(pat, i)
            tokens.append(token)
        else:
            tokens.append((_LITERAL, c))
    return tuple(tokens)


def _compile_bracket(pat, start):
    """Compile the set that opens just before pat[start].

    Returns (token, index after the set).  An unclosed `[` stands for
    itself.  A `]` right after `[` or `[!` belongs to the set; a `-` at
    the very start or end of the set is literal; a range whose ends are
    reversed (`z-a`) is dropped together with both of its ends.
    """
    n = len(pat)
    j = start
    if j < n and pat[j] == "!":
        j += 1
    if j < n and pat[j] == "]":
        j += 1
    while j < n and pat[j] != "]":
        j += 1
    if j >= n:
        return (_LITERAL, "["), start
    body = pat[start:j]
    negated = body.startswith("!")
    if negated:
        body = body[1:]

    # Split the body into pieces at each hyphen that makes a range: the last
    # character of one piece and the first of the next are a range's ends.
    # The search for a hyphen starts after the first member, and after a
    # range it skips the character that ends it, so `a-c-e` is the range
    # a..c plus the literal characters `-` and `e`.
    pieces = []
    if "-" in body:
        piece_start = 0
        k = 1
        while True:
            k = body.find("-", k)
            if k < 0:
                break
            pieces.append(body[piece_start:k])
            piece_start = k + 1
            k += 3
        rest = body[piece_start:]
        if rest:
            pieces.append(rest)
        else:
            # A trailing hyphen is a literal member.
            pieces[-1] += "-"
        # Drop reversed (empty) ranges, joining their neighbours.
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
    else:
        pieces.append(body)

    chars = set()
    ranges = []
    last = len(pieces) - 1
    for index, piece in enumerate(pieces):
        members = piece
        if index > 0:
            # The first character ends the range the previous piece opened.
            members = members[1:]
        if index < last and members:
            ranges.append((members[-1], pieces[index + 1][0]))
            members = members[:-1]
        chars.update(members)

    if not chars and not ranges:
        if negated:
            return (_ANY, None), j + 1      # `[!]`-like: any one character
        return (_NEVER, None), j + 1
    return (_SET, (negated, frozenset(chars), tuple(ranges))), j + 1


def _one(token, ch):
    """Does a single-character token match the character ch?"""
    kind, data = token
    if kind == _LITERAL:
        return ch == data
    if kind == _ANY:
        return True
    if kind == _SET:
        negated, chars, ranges = data
        found = ch in chars
        if not found:
            for lo, hi in ranges:
                if lo <= ch <= hi:
                    found = True
                    break
        return found != negated
    return False


def _matches(tokens, name):
    """Match a whole name, backtracking only to the most recent star."""
    ntok = len(tokens)
    nname = len(name)
    t = 0
    i = 0
    star = -1           # index of the last star seen
    resume = 0          # where in name that star's match currently ends
    while i < nname:
        if t < ntok:
            token = tokens[t]
            if token[0] == _STAR:
                star = t
                resume = i
                t += 1
                continue
            if _one(token, name[i]):
                t += 1
                i += 1
                continue
        if star < 0:
            return False
        # Let the last star swallow one more character and retry.
        resume += 1
        i = resume
        t = star + 1
    while t < ntok and tokens[t][0] == _STAR:
        t += 1
    return t == ntok
