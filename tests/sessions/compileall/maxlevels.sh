# -r N limits the recursion depth; -r beats -l.
. "$CASE/_tree.sh"
for r in 0 1 2; do
  echo "== -r $r"
  $PY -m compileall -r $r lib
  find . -name '*.pyc' | sort
  find . -name __pycache__ -exec rm -r {} +
done
echo "== -l -r 2"
$PY -m compileall -q -l -r 2 lib
find . -name '*.pyc' | sort
