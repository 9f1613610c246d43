"""A collection of string constants, capwords() and the Template class.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


# ---- Template ------------------------------------------------------------------

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


def _scan_identifier(text, pos):
    """Return the end of the ASCII identifier starting at pos (pos if none)."""
    n = len(text)
    if pos < n and text[pos] in _ID_START:
        pos += 1
        while pos < n and text[pos] in _ID_CHARS:
            pos += 1
    return pos


class _Placeholder:
    """One delimiter occurrence found in a template."""

    __slots__ = ('kind', 'name', 'start', 'end', 'invalid_pos')

    def __init__(self, kind, name, start, end, invalid_pos=None):
        self.kind = kind          # 'escaped', 'named', 'braced' or 'invalid'
        self.name = name
        self.start = start
        self.end = end
        self.invalid_pos = invalid_pos


class Template:
    """A string class for supporting $-substitutions.

    Placeholders are $identifier or ${identifier}; $$ is an escape for a
    single $.  Subclasses may change the delimiter (but identifiers are
    always ASCII identifiers: regular-expression idpattern overrides are not
    supported).
    """

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    pattern = None

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        pos = 0
        while True:
            i = text.find(delim, pos)
            if i < 0 or not dlen:
                return
            j = i + dlen
            if text.startswith(delim, j):
                yield _Placeholder('escaped', None, i, j + dlen)
                pos = j + dlen
                continue
            end = _scan_identifier(text, j)
            if end > j:
                yield _Placeholder('named', text[j:end], i, end)
                pos = end
                continue
            if text.startswith('{', j):
                end = _scan_identifier(text, j + 1)
                if end > j + 1 and text.startswith('}', end):
                    yield _Placeholder('braced', text[j + 1:end], i, end + 1)
                    pos = end + 1
                    continue
            yield _Placeholder('invalid', None, i, j, j)
            pos = j

    def _invalid(self, ph):
        i = ph.invalid_pos
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, safe):
        text = self.template
        parts = []
        pos = 0
        for ph in self._placeholders():
            parts.append(text[pos:ph.start])
            pos = ph.end
            if ph.kind == 'escaped':
                parts.append(self.delimiter)
            elif ph.kind == 'invalid':
                if not safe:
                    self._invalid(ph)
                parts.append(text[ph.start:ph.end])
            elif safe:
                try:
                    parts.append('%s' % (mapping[ph.name],))
                except KeyError:
                    parts.append(text[ph.start:ph.end])
            else:
                parts.append('%s' % (mapping[ph.name],))
        parts.append(text[pos:])
        return ''.join(parts)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Overlay(kws, mapping)
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Overlay(kws, mapping)
        return self._substitute(mapping, True)

    def is_valid(self):
        for ph in self._placeholders():
            if ph.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for ph in self._placeholders():
            if ph.name is not None and ph.name not in ids:
                ids.append(ph.name)
        return ids


class _Overlay:
    """Look keys up in the keyword arguments first, then in the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


# ---- Formatter -------------------------------------------------------------------

def _parse_format(s):
    """Yield (literal_text, field_name, format_spec, conversion) tuples for
    a str.format() style string, with the same errors as str.format()."""
    n = len(s)
    i = 0
    while i < n:
        start = i
        while i < n and s[i] not in '{}':
            i += 1
        if i >= n:
            yield (s[start:], None, None, None)
            return
        c = s[i]
        i += 1
        at_end = i >= n
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if s[i] == c:
            # An escaped brace: the literal keeps one copy of it.
            i += 1
            yield (s[start:i - 1], None, None, None)
            continue
        literal = s[start:i - 1]

        # The field name ends at '}', ':' or '!' (outside square brackets).
        field_start = i
        term = None
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
                continue
            if c in '}:!':
                term = c
                break
        if term is None:
            raise ValueError("expected '}' before end of string")
        field_name = s[field_start:i - 1]
        conversion = None
        spec = ''
        if term != '}':
            if term == '!':
                if i >= n:
                    raise ValueError("end of string while looking for "
                                     "conversion specifier")
                conversion = s[i]
                i += 1
                if i < n:
                    c = s[i]
                    i += 1
                    if c == '}':
                        yield (literal, field_name, spec, conversion)
                        continue
                    if c != ':':
                        raise ValueError("expected ':' after conversion "
                                         "specifier")
            spec_start = i
            depth = 1
            while i < n:
                c = s[i]
                i += 1
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        break
            if depth:
                raise ValueError("unmatched '{' in format spec")
            spec = s[spec_start:i - 1]
        yield (literal, field_name, spec, conversion)


def _as_index_key(text):
    if text and all(c in digits for c in text):
        return int(text)
    return text


def _field_name_split(field_name):
    """Split 'a.b[0]' into 'a' and a lazy iterator over [(True, 'b'),
    (False, 0)]; malformed parts raise only when reached, as in CPython."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    return _as_index_key(field_name[:i]), _field_name_rest(field_name, i)


def _field_name_rest(field_name, i):
    n = len(field_name)
    while i < n:
        c = field_name[i]
        i += 1
        start = i
        if c == '.':
            while i < n and field_name[i] not in '.[':
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield (True, field_name[start:i])
        else:
            while i < n and field_name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield (False, _as_index_key(field_name[start:i]))
            i += 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")


class Formatter:
    """The str.format() machinery, with hooks for subclasses."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # auto_arg_index is False once manual numbering has been seen.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}"
                         .format(conversion))

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec,
        conversion) tuples."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Return (object, used key) for a field name like 'a.b[0]'."""
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
