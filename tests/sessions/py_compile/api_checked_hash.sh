# CHECKED_HASH: flags word 3, then the 8-byte source hash (importlib.util.source_hash).
printf 'x = 1\nprint("hello world")\n' > m.py
cat > t.py <<'PY'
import importlib.util, py_compile, sys
cfile = py_compile.compile("m.py", invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
data = open("m.py", "rb").read()
head = open(cfile, "rb").read()[4:16]
print("flags", head[:4].hex())
# The hash is keyed with the implementation's own magic number, so compare, don't print.
print("stored hash is source_hash:", head[4:] == importlib.util.source_hash(data))
PY
$PY t.py
od -A d -t x1 -j 4 -N 4 __pycache__/m.$TAG.pyc
