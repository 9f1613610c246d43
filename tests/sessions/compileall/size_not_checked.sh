# compileall compares only magic, flags and mtime: a same-mtime edit of another size is skipped.
. "$CASE/_tree.sh"
$PY -m compileall -q lib
echo 'print("top, longer now")' > lib/top.py
touch -d @1000000000 lib/top.py
$PY -m compileall lib
echo "exit $?"
