# Every kind of constant a code object can hold.
values = (None, True, False, ..., 0, -1, 2**31, -2**63, 10**30, 1.5, -0.0, float("inf"),
          2j, 1 + 2j, "", "ascii", "unicodé ✓", "x" * 300, b"", b"\x00\xff", (1, (2, 3)),
          frozenset({1, 2}))
print(len(values), values[6], values[8], values[13], values[16], len(values[17]))
print(repr(values[19]), values[20], 2 in values[21])
