"""dis: disassembling ferropy bytecode, in CPython's layout.

dis, disassemble, distb, get_instructions, Bytecode, code_info, show_code, findlinestarts,
findlabels, pretty_flags and `ferropy -m dis FILE` work as CPython 3.11's do. The
instructions are ferropy's own (see the opcode module); offsets are instruction indices,
which is also what jump arguments count, and there are no CACHE entries or exception table
(ferropy unwinds through a block stack), so show_caches and adaptive change nothing.
"""

import sys
import collections
import _dis
from opcode import opname, opmap, cmp_op, hasconst, hasname, hasjabs, hasjrel, \
    haslocal, hascompare, hasfree, EXTENDED_ARG, HAVE_ARGUMENT

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
           "findlabels", "show_code", "get_instructions", "Instruction", "Bytecode",
           "pretty_flags", "COMPILER_FLAG_NAMES"]

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED",
    32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')
FORMAT_VALUE_CONVERTERS = ('', 'str', 'repr', 'ascii')

Positions = collections.namedtuple(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
     'is_jump_target', 'positions'],
    defaults=[None])


class Instruction(_Instruction):
    """One instruction: opname, opcode, arg, argval, argrepr, offset, starts_line,
    is_jump_target and positions."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(("%%%dd" % lineno_width) % self.starts_line)
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _get_code_object(x):
    """The code object behind a function, method, generator, class body source, or str."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _try_compile(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    for title, items, fmt in (("Constants:", co.co_consts, "%4d: %r"),
                              ("Names:", co.co_names, "%4d: %s"),
                              ("Variable names:", co.co_varnames, "%4d: %s"),
                              ("Free variables:", co.co_freevars, "%4d: %s"),
                              ("Cell variables:", co.co_cellvars, "%4d: %s")):
        if items:
            lines.append(title)
            for pair in enumerate(items):
                lines.append(fmt % pair)
    return "\n".join(lines)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


def findlinestarts(code):
    """(offset, lineno) for each instruction that starts a new source line."""
    last = None
    for offset, (_, _, _, line, _) in enumerate(_dis.instructions(code)):
        if line is not None and line != last:
            yield offset, line
            last = line


def findlabels(code):
    """The offsets that are jump targets, from raw code (co_code: ferropy's 4-byte units,
    opcode in the low byte) or from a code object."""
    labels = []
    if hasattr(code, 'co_code'):
        units = [(op, arg) for op, arg, _, _, _ in _dis.instructions(code)]
    else:
        units = []
        ext = 0
        for i in range(0, len(code) - 3, 4):
            word = int.from_bytes(code[i:i + 4], 'little')
            op, arg = word & 0xff, (ext << 24) | (word >> 8)
            ext = arg if op == EXTENDED_ARG else 0
            units.append((op, arg))
    for op, arg in units:
        if op in hasjabs and arg not in labels:
            labels.append(arg)
    return labels


def _argval_and_repr(co, op, arg, kind):
    if arg is None:
        return None, ''
    if kind == 'const':
        value = co.co_consts[arg]
        return value, repr(value)
    if kind == 'name':
        return co.co_names[arg], co.co_names[arg]
    if kind == 'local':
        return co.co_varnames[arg], co.co_varnames[arg]
    if kind == 'cell':
        cells = co.co_cellvars + co.co_freevars
        return cells[arg], cells[arg]
    if kind == 'jump':
        return arg, "to " + repr(arg)
    if kind == 'compare':
        return cmp_op[arg], cmp_op[arg]
    if kind == 'binary':
        symbols = _dis.binary_ops
        return arg, symbols[arg] if arg < len(symbols) else ''
    name = opname[op]
    if name == 'FORMAT_VALUE':
        parts = (FORMAT_VALUE_CONVERTERS[arg & 0x3], 'with format' if arg & 0x4 else '')
        text = ', '.join(p for p in parts if p)
        return (FORMAT_VALUE_CONVERTERS[arg & 0x3], bool(arg & 0x4)), text
    if name == 'MAKE_FUNCTION':
        text = ', '.join(s for i, s in enumerate(MAKE_FUNCTION_FLAGS) if arg & (1 << i))
        return arg, text
    return arg, ''


def _get_instructions_bytes(co, first_line=None):
    raw = _dis.instructions(co)
    labels = set(arg for op, arg, kind, _, _ in raw if kind == 'jump')
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    last_line = None
    for offset, (op, arg, kind, line, positions) in enumerate(raw):
        starts_line = None
        if line is not None and line != last_line:
            starts_line = line + line_offset
            last_line = line
        argval, argrepr = _argval_and_repr(co, op, arg, kind)
        pos = Positions(*positions) if positions is not None else Positions()
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, starts_line,
                          offset in labels, pos)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the instructions of a function, method, code or source string."""
    return _get_instructions_bytes(_get_code_object(x), first_line)


def _disassemble(co, lasti=-1, file=None, first_line=None):
    instructions = list(_get_instructions_bytes(co, first_line))
    lines = [i.starts_line for i in instructions if i.starts_line is not None]
    if lines:
        maxlineno = max(lines)
        lineno_width = len(str(maxlineno)) if maxlineno >= 1000 else 3
    else:
        lineno_width = 0
    maxoffset = len(instructions) - 1
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in instructions:
        if lineno_width and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _disassemble(co, lasti, file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


def _disassemble_str(source, **kwargs):
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


_have_code = (type(_get_code_object), type(_get_code_object.__code__))


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code objects and source
    strings; with no argument, the last traceback."""
    if x is None:
        distb(file=file)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    if hasattr(x, '__dict__') and not hasattr(x, 'co_code'):
        items = sorted(x.__dict__.items())
        for name, x1 in items:
            if isinstance(x1, (classmethod, staticmethod)):
                x1 = x1.__func__
            if hasattr(x1, '__code__') or isinstance(x1, type) or hasattr(x1, 'co_code'):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        raise TypeError("ferropy cannot disassemble raw bytes (its code units are not CPython's)")
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: the last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


class Bytecode:
    """The bytecode operations of a piece of code: iterate over it for Instructions;
    dis() and info() give the text."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._line_offset = self.first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return _get_instructions_bytes(self.codeobj, self.first_line)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        import io
        out = io.StringIO()
        offset = self.current_offset if self.current_offset is not None else -1
        _disassemble(self.codeobj, offset, out, self.first_line)
        return out.getvalue()


def main(argv=None):
    """`ferropy -m dis [FILE]`: disassemble a source file (standard input by default)."""
    if argv is None:
        argv = sys.argv[1:]
    if argv and argv[0] in ('-h', '--help'):
        print("usage: dis.py [-h] [infile]")
        return
    if len(argv) > 1:
        sys.stderr.write("usage: dis.py [-h] [infile]\n"
                         "dis.py: error: unrecognized arguments: %s\n" % ' '.join(argv[1:]))
        sys.exit(2)
    name = argv[0] if argv else '-'
    if name == '-':
        source = sys.stdin.buffer.read() if hasattr(sys.stdin, 'buffer') else sys.stdin.read()
        name = '<stdin>'
    else:
        try:
            with open(name, 'rb') as infile:
                source = infile.read()
        except OSError as e:
            sys.stderr.write("usage: dis.py [-h] [infile]\n"
                             "dis.py: error: argument infile: can't open '%s': %s\n" % (name, e))
            sys.exit(2)
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    main()
