# CHECKED_HASH: flags word 3, then the 8-byte source hash (importlib.util.source_hash).
printf 'x = 1\nprint("hello world")\n' > m.py
cat > t.py <<'PY'
import importlib.util, py_compile, sys
cfile = py_compile.compile("m.py", invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
data = open("m.py", "rb").read()
head = open(cfile, "rb").read()[4:16]
print("flags", head[:4].hex())
print("stored", head[4:].hex())
print("source", importlib.util.source_hash(data).hex())
PY
$PY t.py
od -A d -t x1 -j 4 -N 12 __pycache__/m.$TAG.pyc
