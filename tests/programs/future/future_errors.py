# Misplaced and unknown future statements, compiled from strings.
cases = [
    '"doc"\nfrom __future__ import division\nx = 1\n',
    'x = 1\nfrom __future__ import division\n',
    'from __future__ import rested_snopes\n',
    'from __future__ import nested_scopes, braces\n',
    'from __future__ import *\n',
    'from __future__ import nested_scopes; import string; from __future__ import division\n',
    'import os\nfrom __future__ import annotations\n',
    'def f():\n    from __future__ import annotations\n',
    'from __future__ import annotations, generator_stop\nfrom __future__ import division\nprint(1)\n',
    'from __future__ import (annotations,\n    division)\n',
]
for source in cases:
    try:
        compile(source, "<case>", "exec")
        print("ok")
    except SyntaxError as e:
        print(f"{e.msg} | line {e.lineno} offset {e.offset} end {e.end_lineno} {e.end_offset}")
