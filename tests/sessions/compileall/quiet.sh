# -q prints only errors (none here); -qq prints nothing even for errors.
. "$CASE/_tree.sh"
$PY -m compileall -q lib
echo "exit $?"
echo 'def (' > lib/bad.py
$PY -m compileall -qq -f lib
echo "exit $?"
find . -name '*.pyc' | sort
