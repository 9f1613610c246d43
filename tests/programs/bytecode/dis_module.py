# The dis module's facts that do not depend on whose bytecode it is: code_info (all but the
# stack size), flags, instruction fields and their consistency, nested code objects.
import dis
import opcode


def sample(a, b=2, *args, key=None, **kwargs):
    "doc"
    total = a + b
    def inner():
        return total
    return inner


class K:
    def method(self):
        return self


info = dis.code_info(sample).splitlines()
# (nested code objects print their address, which differs from run to run)
# (and the file name says where the checkout is: keep its last component)
for line in info:
    if line.startswith("Stack size"):
        continue
    if line.startswith("Filename:"):
        line = "Filename: " + line.rsplit("/", 1)[-1]
    print(line.split(" at 0x")[0])
print(dis.pretty_flags(0), dis.pretty_flags(3), dis.pretty_flags(0x23), dis.pretty_flags(1 << 20))
print(dis.code_info("x = 1").splitlines()[:2])

instructions = list(dis.get_instructions(sample))
print(all(isinstance(i, dis.Instruction) for i in instructions))
print(all(opcode.opmap[i.opname] == i.opcode for i in instructions))
locals_seen = sorted({i.argval for i in instructions if i.opcode in opcode.haslocal})
print(locals_seen)
consts_seen = [i.argval for i in instructions if i.opcode in opcode.hasconst]
print(any(hasattr(c, "co_code") for c in consts_seen), all(i.argrepr == repr(i.argval) for i in instructions if i.opcode in opcode.hasconst))
jumps = [i for i in instructions if i.opcode in opcode.hasjabs]
targets = {i.offset for i in instructions if i.is_jump_target}
print(all(j.argval in targets for j in jumps))
print(sorted(dis.findlabels(sample.__code__.co_code)) == sorted(targets))
starts = list(dis.findlinestarts(sample.__code__))
print({9, 10, 12} <= {line for _, line in starts}, all(o1 < o2 for (o1, _), (o2, _) in zip(starts, starts[1:])))

bc = dis.Bytecode(sample)
print(repr(bc).startswith("Bytecode(<function sample"), bc.first_line == sample.__code__.co_firstlineno)
print(bc.info() == dis.code_info(sample))
text = bc.dis()
print("LOAD_FAST" in text or "LOAD_DEREF" in text)

import io
out = io.StringIO()
dis.dis(K, file=out)
print(out.getvalue().splitlines()[0])
out = io.StringIO()
dis.dis(sample, file=out)
print(sum(1 for line in out.getvalue().splitlines() if line.startswith("Disassembly of <code object inner at 0x")))
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError:", e)
print(opcode.opname[opcode.opmap["LOAD_CONST"]], opcode.cmp_op)
