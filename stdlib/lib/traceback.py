"""traceback: formatting exceptions the way the interpreter reports them.

Provided: format_exception_only, format_exception, print_exception, format_exc, print_exc,
print_last. The stack part of a report comes from the interpreter's own formatter (the one
that prints uncaught exceptions), so both always agree; extract_tb, StackSummary and
TracebackException are not provided yet.
"""

import sys
import _traceback


def _type_name(etype):
    name = getattr(etype, '__qualname__', None) or getattr(etype, '__name__', repr(etype))
    module = getattr(etype, '__module__', None)
    if module not in (None, '__main__', 'builtins'):
        name = module + '.' + name
    return name


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def _syntax_error_lines(etype, value):
    lines = []
    filename_suffix = ''
    if value.lineno is not None:
        lines.append('  File "{}", line {}\n'.format(value.filename or "<string>", value.lineno))
    elif value.filename is not None:
        filename_suffix = ' ({})'.format(value.filename)
    text = value.text
    if text is not None:
        rtext = text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        spaces = len(rtext) - len(ltext)
        lines.append('    {}\n'.format(ltext))
        if value.offset is not None:
            offset = value.offset
            end_offset = value.end_offset if value.end_offset not in (None, 0) else offset
            if offset == end_offset or end_offset == -1:
                end_offset = offset + 1
            colno = offset - 1 - spaces
            end_colno = end_offset - 1 - spaces
            if colno >= 0:
                caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                lines.append('    {}{}\n'.format(caretspace, '^' * (end_colno - colno)))
    msg = value.msg or "<no detail available>"
    lines.append("{}: {}{}\n".format(_type_name(etype), msg, filename_suffix))
    return lines


_sentinel = object()


def _pick(exc, value):
    """The (type, value) for the two calling styles: (exc) or (type, value)."""
    if value is _sentinel:
        return (type(exc), exc) if exc is not None else (None, None)
    return exc, value


def format_exception_only(exc, /, value=_sentinel):
    """The lines that end a report: 'Type: message' (or a SyntaxError's block)."""
    etype, value = _pick(exc, value)
    if etype is None:
        return ['NoneType: None\n']
    if value is not None and isinstance(value, SyntaxError):
        lines = _syntax_error_lines(etype, value)
    else:
        valuestr = _safe_str(value) if value is not None else ''
        stype = _type_name(etype)
        lines = ['%s: %s\n' % (stype, valuestr) if valuestr else '%s\n' % stype]
    for note in getattr(value, '__notes__', None) or ():
        lines.append(_safe_str(note) + '\n')
    return lines


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The whole report, as the interpreter prints it, as a list of lines."""
    etype, value = _pick(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _traceback.format_exception(value).splitlines(keepends=True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print the whole report to *file* (standard error by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """The report for the exception being handled, as one string."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report for the exception being handled."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the report for the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
