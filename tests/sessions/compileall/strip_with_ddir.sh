# -s or -p together with -d is a usage error: exit 2.
mkdir src
echo 'pass' > src/m.py
$PY -m compileall -d /x -s src src
echo "exit $?"
$PY -m compileall -d /x -p /y src
echo "exit $?"
find . -name '*.pyc'
