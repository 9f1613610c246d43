# Changing one file's mtime recompiles that file only.
. "$CASE/_tree.sh"
$PY -m compileall -q lib
touch -d '@1577836800' lib/pkg/mod.py
$PY -m compileall lib
od -A d -t x1 -j 8 -N 4 lib/pkg/__pycache__/mod.$TAG.pyc
