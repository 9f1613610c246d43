# -d DIR replaces the folder in the compiled code's file name (seen when running the legacy pyc;
# an import from __pycache__ would put the real source path back).
mkdir -p src/pkg
printf 'def boom():\n    raise ValueError("boom")\nboom()\n' > src/pkg/m.py
$PY -m compileall -q -b -d /installed/lib src
echo "exit $?"
$PY src/pkg/m.pyc
echo "exit $?"
$PY -m compileall -q -f -b -d /installed/one.py src/pkg/m.py
$PY src/pkg/m.pyc 2>&1 | grep File
$PY -m compileall -q -f -d /installed/lib src
$PY -c 'import sys; sys.path.insert(0, "src/pkg"); import m' 2>&1 | grep 'File.*boom'
