"""warnings: issue warning messages and control what happens to them.

Provided: warn, warn_explicit, showwarning, formatwarning, filterwarnings, simplefilter,
resetwarnings, catch_warnings, WarningMessage, filters, defaultaction, onceregistry,
and the -W option handling (sys.warnoptions).

Behaviour follows CPython 3.11's C implementation (_warnings): the default filters, the
per-module registry `__warningregistry__` (keys (text, category, lineno) -> True plus a
'version' entry that resets it when the filters change), "once" and "module" remembering
(text, category) in that registry, and the output format
`FILE:LINE: Category: message` followed by the stripped source line.

The caller is found with sys._getframe(stacklevel) (frame 0 being warn() itself); when the
stack is not that deep the warning is attributed to module "sys", line 1, as CPython does.

ferropy has no `re` module: the message and module patterns of filterwarnings() are
compiled by the small regular expression matcher at the end of this file (literals, ., [],
escapes \\d \\w \\s \\b \\A \\Z, groups, |, the greedy and lazy quantifiers * + ? {m,n},
anchors ^ $), which supports the match() the filters need.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return      # no stderr: nowhere to write
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    text = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        try:
            import tracemalloc
        except Exception:
            tracemalloc = None
        if tracemalloc is not None:
            try:
                suggest = not tracemalloc.is_tracing()
                tb = tracemalloc.get_object_traceback(msg.source)
            except Exception:
                suggest = False
                tb = None
            if tb is not None:
                text += 'Object allocated at (most recent call last):\n'
                for frame in tb:
                    text += '  File "%s", lineno %s\n' % (frame.filename, frame.lineno)
                    try:
                        import linecache
                        line = linecache.getline(frame.filename, frame.lineno)
                    except Exception:
                        line = None
                    if line:
                        text += '    %s\n' % line.strip()
            elif suggest:
                text += (f'{category}: Enable tracemalloc to get the object '
                         f'allocation traceback\n')
    return text


# Kept to notice when the user replaces showwarning/formatwarning.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Write a WarningMessage, through a user-replaced showwarning() if there is one."""
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Format a WarningMessage, through a user-replaced formatwarning() if any."""
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front).

    'message' is a regular expression the start of the warning message must match
    (case-insensitively), 'module' one the module name must match; 'lineno' 0 matches
    every line; 'append' puts the entry at the end instead.
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    message = _compile(message, IGNORECASE) if message else None
    module = _compile(module, 0) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front): it
    matches every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # An equal entry already present is moved rather than duplicated.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _filters_mutated():
    # Registries remember the version they were filled under and reset on a change.
    global _filters_version
    _filters_version += 1


class _OptionError(Exception):
    """Exception used by option processing helpers."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"     # an old alias
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        modname, _, klass = category.rpartition('.')
        try:
            m = __import__(modname, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def _matches(pattern, text):
    # Filter patterns are None (anything), a plain string (equality, as the default
    # '__main__' entry) or a compiled pattern.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


_sys_globals = None


def _fallback_globals():
    # The globals a warning is attributed to when the stack is not deep enough.
    global _sys_globals
    namespace = getattr(sys, '__dict__', None)
    if isinstance(namespace, dict):
        return namespace
    if _sys_globals is None:
        _sys_globals = {'__name__': 'sys'}
    return _sys_globals


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel if stacklevel > 1 else 1)
    except ValueError:
        globals = _fallback_globals()
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def _already_warned(registry, key, should_set):
    if registry.get('version') != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None, source=None):
    """Low-level interface to warnings: the location is given, not looked up."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:] == ".py":
            module = module[:-3]
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return

    for item in filters:
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("warnings.filters item %d isn't a 5-tuple"
                             % filters.index(item))
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
        item = None

    if action == "error":
        raise message
    if action == "ignore":
        return

    already = False
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            where = registry if registry is not None else onceregistry
            already = _already_warned(where, (text, category), True)
        elif action == "module":
            if registry is not None:
                already = _already_warned(registry, (text, category), True)
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, item))
    if already:
        return

    if module_globals is not None:
        # Lets linecache find the source of modules loaded by a loader.
        try:
            import linecache
            linecache.lazycache(filename, module_globals)
        except Exception:
            pass
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class WarningMessage(object):
    """One warning, as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that saves the warnings filters and showwarning() on entry and
    restores them on exit. With record=True, warnings are appended (as WarningMessage
    objects) to the list __enter__ returns instead of being shown. action, category,
    lineno and append, when action is given, add a simplefilter() on entry."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # _showwarnmsg must reach _showwarnmsg_impl, so the default showwarning.
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


def _deprecated(name, message=("{name!r} is deprecated and slated for removal in "
                               "Python {remove}"), *, remove, _version=sys.version_info):
    """Warn that `name` is deprecated and will be removed in version `remove` (a
    (major, minor) tuple); raise RuntimeError once that version is reached."""
    remove_formatted = f"{remove[0]}.{remove[1]}"
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != "alpha"):
        msg = f"{name!r} was slated for removal after Python {remove_formatted} alpha"
        raise RuntimeError(msg)
    else:
        msg = message.format(name=name, remove=remove_formatted)
        warn(msg, DeprecationWarning, stacklevel=3)


# ---------------------------------------------------------------------------
# A small regular expression matcher for filter patterns

IGNORECASE = 2
_UNICODE = 32


class _PatternError(ValueError):
    pass


def _escape(text):
    """The pattern matching `text` literally."""
    out = []
    for c in text:
        if c.isalnum() or c == '_' or ord(c) > 127:
            out.append(c)
        else:
            out.append('\\' + c)
    return ''.join(out)


_SPECIAL_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a',
                    '0': '\0'}
_CLASS_ESCAPES = 'dDwWsS'


class _Parser:
    """Pattern text -> tree of tuples:
        ('char', c) ('any',) ('set', negated, items) ('group', alternatives)
        ('repeat', node, min, max, greedy) ('bol',) ('eol',) ('eos',) ('bound', want)
    where alternatives is a list of sequences (lists of nodes) and a set's items are
    (lo, hi) character ranges or class letters ('d', 'w', ...)."""

    def __init__(self, pattern):
        self.p = pattern
        self.i = 0

    def error(self, msg):
        raise _PatternError("%s at position %d" % (msg, self.i))

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def parse(self):
        alts = self.alternatives()
        if self.i < len(self.p):
            self.error("unbalanced parenthesis")
        return alts

    def alternatives(self):
        alts = [self.sequence()]
        while self.peek() == '|':
            self.i += 1
            alts.append(self.sequence())
        return alts

    def sequence(self):
        seq = []
        while True:
            c = self.peek()
            if c is None or c in '|)':
                return seq
            atom = self.atom()
            atom = self.quantified(atom)
            seq.append(atom)

    def atom(self):
        c = self.p[self.i]
        self.i += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '(':
            if self.p.startswith('?:', self.i):
                self.i += 2
            elif self.p.startswith('?P<', self.i):
                end = self.p.find('>', self.i)
                if end < 0:
                    self.error("missing >, unterminated name")
                self.i = end + 1
            elif self.peek() == '?':
                self.error("unsupported group construct")
            alts = self.alternatives()
            if self.peek() != ')':
                self.error("missing ), unterminated subpattern")
            self.i += 1
            return ('group', alts)
        if c == '[':
            return self.charset()
        if c in '*+?':
            self.error("nothing to repeat")
        if c == '\\':
            return self.escape(in_set=False)
        return ('char', c)

    def escape(self, in_set):
        if self.i >= len(self.p):
            self.error("bad escape (end of pattern)")
        c = self.p[self.i]
        self.i += 1
        if c in _CLASS_ESCAPES:
            return ('set', False, [c])
        if not in_set:
            if c == 'A':
                return ('bos',)
            if c == 'Z':
                return ('eos',)
            if c == 'b':
                return ('bound', True)
            if c == 'B':
                return ('bound', False)
        elif c == 'b':
            return ('char', '\b')
        if c in _SPECIAL_ESCAPES:
            return ('char', _SPECIAL_ESCAPES[c])
        if c == 'x':
            digits = self.p[self.i:self.i + 2]
            if len(digits) != 2 or not all(d in '0123456789abcdefABCDEF' for d in digits):
                self.error("incomplete escape \\x")
            self.i += 2
            return ('char', chr(int(digits, 16)))
        if c.isascii() and c.isalnum():
            self.error("bad escape \\%s" % c)
        return ('char', c)

    def charset(self):
        negated = False
        if self.peek() == '^':
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            c = self.peek()
            if c is None:
                self.error("unterminated character set")
            if c == ']' and not first:
                self.i += 1
                return ('set', negated, items)
            first = False
            self.i += 1
            if c == '\\':
                node = self.escape(in_set=True)
                if node[0] == 'set':
                    items.extend(node[2])
                    continue
                lo = node[1]
            else:
                lo = c
            if self.peek() == '-' and self.i + 1 < len(self.p) and self.p[self.i + 1] != ']':
                self.i += 1
                hi = self.p[self.i]
                self.i += 1
                if hi == '\\':
                    node = self.escape(in_set=True)
                    if node[0] != 'char':
                        self.error("bad character range")
                    hi = node[1]
                if hi < lo:
                    self.error("bad character range %s-%s" % (lo, hi))
                items.append((lo, hi))
            else:
                items.append((lo, lo))

    def quantified(self, atom):
        c = self.peek()
        if c is None:
            return atom
        if c in '*+?':
            self.i += 1
            lo, hi = {'*': (0, None), '+': (1, None), '?': (0, 1)}[c]
        elif c == '{':
            bounds = self.braces()
            if bounds is None:
                return atom
            lo, hi = bounds
        else:
            return atom
        if atom[0] in ('bol', 'eol', 'bos', 'eos', 'bound'):
            self.error("nothing to repeat")
        greedy = True
        if self.peek() == '?':
            self.i += 1
            greedy = False
        return ('repeat', atom, lo, hi, greedy)

    def braces(self):
        # {m}, {m,}, {,n}, {m,n}; anything else leaves '{' a literal character.
        end = self.p.find('}', self.i)
        if end < 0:
            return None
        body = self.p[self.i + 1:end]
        lo_text, comma, hi_text = body.partition(',')
        if not (lo_text.isdigit() or (comma and not lo_text)):
            return None
        if hi_text and not hi_text.isdigit():
            return None
        lo = int(lo_text) if lo_text else 0
        if comma:
            hi = int(hi_text) if hi_text else None
        else:
            hi = lo
        if hi is not None and hi < lo:
            self.error("min repeat greater than max repeat")
        self.i = end + 1
        return lo, hi


def _is_word(c):
    return c.isalnum() or c == '_'


def _class_has(letter, c):
    if letter == 'd':
        return c.isdigit()
    if letter == 'D':
        return not c.isdigit()
    if letter == 'w':
        return _is_word(c)
    if letter == 'W':
        return not _is_word(c)
    if letter == 's':
        return c.isspace()
    return not c.isspace()


class _Matcher:
    def __init__(self, text, ignorecase):
        self.s = text
        self.n = len(text)
        self.icase = ignorecase

    def one(self, node, c):
        """Does the single-character node match character c?"""
        kind = node[0]
        if kind == 'any':
            return c != '\n'
        if kind == 'char':
            if self.icase:
                return node[1].lower() == c.lower()
            return node[1] == c
        negated, items = node[1], node[2]
        candidates = (c, c.lower(), c.upper()) if self.icase else (c,)
        found = False
        for item in items:
            if isinstance(item, str):
                if _class_has(item, c):
                    found = True
                    break
            else:
                lo, hi = item
                if any(lo <= x <= hi for x in candidates):
                    found = True
                    break
        return found != negated

    def seq(self, nodes, idx, pos, k):
        if idx == len(nodes):
            return k(pos)
        return self.node(nodes[idx], pos, lambda p: self.seq(nodes, idx + 1, p, k))

    def alts(self, alternatives, pos, k):
        for seq in alternatives:
            end = self.seq(seq, 0, pos, k)
            if end is not None:
                return end
        return None

    def node(self, node, pos, k):
        kind = node[0]
        s, n = self.s, self.n
        if kind in ('char', 'any', 'set'):
            if pos < n and self.one(node, s[pos]):
                return k(pos + 1)
            return None
        if kind == 'group':
            return self.alts(node[1], pos, k)
        if kind == 'repeat':
            return self.repeat(node, pos, k)
        if kind == 'bol' or kind == 'bos':
            return k(pos) if pos == 0 else None
        if kind == 'eol':
            if pos == n or (pos == n - 1 and s[pos] == '\n'):
                return k(pos)
            return None
        if kind == 'eos':
            return k(pos) if pos == n else None
        # word boundary
        before = pos > 0 and _is_word(s[pos - 1])
        after = pos < n and _is_word(s[pos])
        return k(pos) if (before != after) == node[1] else None

    def repeat(self, node, pos, k):
        _, sub, lo, hi, greedy = node
        if sub[0] in ('char', 'any', 'set'):
            # Single characters: find how far the run goes, then back off.
            limit = self.n if hi is None else min(self.n, pos + hi)
            end = pos
            while end < limit and self.one(sub, self.s[end]):
                end += 1
            if end - pos < lo:
                return None
            counts = range(end, pos + lo - 1, -1) if greedy else range(pos + lo, end + 1)
            for p in counts:
                result = k(p)
                if result is not None:
                    return result
            return None

        def attempt(count, p):
            def more():
                if hi is not None and count >= hi:
                    return None
                # An empty iteration cannot make progress: stop there.
                return self.node(sub, p, lambda q: None if q == p else attempt(count + 1, q))
            if count < lo:
                if hi is not None and count >= hi:
                    return None
                return self.node(sub, p, lambda q: attempt(count + 1, q))
            if greedy:
                result = more()
                return result if result is not None else k(p)
            result = k(p)
            return result if result is not None else more()
        return attempt(0, pos)


class _Match:
    """The result of a successful match: the span of the whole match."""

    def __init__(self, string, start, end):
        self.string = string
        self._start = start
        self._end = end

    def group(self, index=0):
        if index != 0:
            raise IndexError("no such group")
        return self.string[self._start:self._end]

    def start(self):
        return self._start

    def end(self):
        return self._end

    def span(self):
        return (self._start, self._end)

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


class _Pattern:
    """A compiled pattern (the subset of re.Pattern that filters use)."""

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags | _UNICODE
        self._tree = _Parser(pattern).parse()

    def __repr__(self):
        if self.flags & IGNORECASE:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _at(self, string, pos, full):
        m = _Matcher(string, bool(self.flags & IGNORECASE))
        n = len(string)
        end = m.alts(self._tree, pos, (lambda p: p if p == n else None) if full else (lambda p: p))
        return None if end is None else _Match(string, pos, end)

    def match(self, string, pos=0):
        return self._at(string, pos, False)

    def fullmatch(self, string, pos=0):
        return self._at(string, pos, True)

    def search(self, string, pos=0):
        for start in range(pos, len(string) + 1):
            found = self._at(string, start, False)
            if found is not None:
                return found
        return None


_pattern_cache = {}


def _compile(pattern, flags):
    key = (pattern, flags)
    compiled = _pattern_cache.get(key)
    if compiled is None:
        compiled = _pattern_cache[key] = _Pattern(pattern, flags)
    return compiled


# ---------------------------------------------------------------------------
# Module state

_filters_version = 0
defaultaction = "default"
onceregistry = {}
# CPython 3.11's defaults (release builds): DeprecationWarning is shown for code in
# __main__ only; these categories are otherwise ignored.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
_processoptions(getattr(sys, 'warnoptions', ()))
