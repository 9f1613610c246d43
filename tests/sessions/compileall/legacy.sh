# -b writes m.pyc beside m.py (no __pycache__), and the legacy file is importable without source.
. "$CASE/_tree.sh"
$PY -m compileall -b lib
echo "exit $?"
find . | sort
rm lib/pkg/mod.py
$PY -c 'import sys; sys.path.insert(0, "lib"); import pkg.mod; print(pkg.mod.f(), pkg.mod.__file__)'
