# -f recompiles files whose caches are up to date.
. "$CASE/_tree.sh"
$PY -m compileall -q lib
$PY -m compileall -f lib
echo "exit $?"
