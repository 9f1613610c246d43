# -o LEVEL is repeatable: one cache per level.
. "$CASE/_tree.sh"
$PY -m compileall -q -o 0 -o 1 -o 2 lib/pkg/mod.py
ls lib/pkg/__pycache__
rm -r lib/pkg/__pycache__
$PY -m compileall -o 2 lib/pkg/mod.py
ls lib/pkg/__pycache__
