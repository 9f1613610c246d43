# A syntax error: `***` and the error text (then a blank line) on stdout, the rest compiled, exit 1.
mkdir pkg
printf 'def f(:\n    pass\n' > pkg/bad.py
echo 'x = 1' > pkg/good.py
$PY -m compileall pkg
echo "exit $?"
find . -name '*.pyc' | sort
echo "== -q"
$PY -m compileall -q pkg
echo "exit $?"
echo "== -qq"
$PY -m compileall -qq pkg
echo "exit $?"
