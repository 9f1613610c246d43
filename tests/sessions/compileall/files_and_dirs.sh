# Files and folders can be mixed on the command line; each is handled in order.
. "$CASE/_tree.sh"
$PY -m compileall lib/pkg/mod.py lib/pkg/sub lib/top.py
echo "exit $?"
