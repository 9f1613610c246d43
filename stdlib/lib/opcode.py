"""opcode: ferropy's instruction set, for dis and for programs that inspect bytecode.

The names, numbers and argument kinds come from the one opcode table in the compiler (through
_dis); nothing here is kept by hand. ferropy's opcodes are its own (CPython's names where the
meaning is the same), so numbers differ from CPython's; jump arguments are absolute
instruction indices, so hasjrel is empty.
"""

import _dis

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
           "hascompare", "hasfree", "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG",
           "stack_effect"]

cmp_op = tuple(_dis.cmp_op)
opname = ['<%r>' % (op,) for op in range(256)]
opmap = {}
hasarg = []
hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []

_KINDS = {'const': hasconst, 'name': hasname, 'jump': hasjabs, 'local': haslocal,
          'compare': hascompare, 'cell': hasfree}

for _number, _name, _kind, _has_arg in _dis.opcodes():
    opname[_number] = _name
    opmap[_name] = _number
    if _has_arg:
        hasarg.append(_number)
    if _kind in _KINDS:
        _KINDS[_kind].append(_number)

# ferropy marks arguments per opcode (hasarg), not by a numeric threshold.
HAVE_ARGUMENT = 0
EXTENDED_ARG = opmap['EXTENDED_ARG']

del _number, _name, _kind, _has_arg
