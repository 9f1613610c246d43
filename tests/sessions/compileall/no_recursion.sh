# -l lists the named folder only, without recursing.
. "$CASE/_tree.sh"
$PY -m compileall -l lib
echo "exit $?"
find . -name '*.pyc' | sort
