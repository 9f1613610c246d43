# A second run finds every cache up to date and compiles nothing.
. "$CASE/_tree.sh"
$PY -m compileall -q lib
$PY -m compileall lib
echo "exit $?"
