# -j N compiles with N processes (0 = one per CPU): the same lines in some order.
. "$CASE/_tree.sh"
for j in 0 2; do
  echo "== -j $j"
  $PY -m compileall -j $j lib | sort
  find . -name '*.pyc' | sort
  find . -name __pycache__ -exec rm -r {} +
done
$PY -m compileall -j -1 lib 2>&1 | tail -n 1
echo "exit ${PIPESTATUS[0]}"
