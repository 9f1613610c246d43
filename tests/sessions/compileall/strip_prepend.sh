# -s strips a prefix from the compiled file names, -p prepends one; together they replace it
# (seen by running the legacy pyc, which keeps the compiled name).
mkdir -p src/pkg
echo 'import sys; print(sys._getframe().f_code.co_filename)' > src/pkg/m.py
$PY -m compileall -q -b -s src src
$PY src/pkg/m.pyc
$PY -m compileall -q -f -b -p /opt src
$PY src/pkg/m.pyc
$PY -m compileall -q -f -b -s src -p /opt/app src
$PY src/pkg/m.pyc
$PY -m compileall -q -f -b -s "$PWD/src" -p /abs "$PWD/src"
$PY src/pkg/m.pyc
$PY -m compileall -q -f -b -s nomatch src
$PY src/pkg/m.pyc
