# `-m compileall DIR`: a Listing line per folder, a Compiling line per file, caches beside them.
. "$CASE/_tree.sh"
$PY -m compileall lib
echo "exit $?"
find . | sort
