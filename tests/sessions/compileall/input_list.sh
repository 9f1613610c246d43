# -i FILE adds the paths listed in FILE (one per line); `-i -` reads them from stdin.
. "$CASE/_tree.sh"
printf 'lib/top.py\nlib/pkg/sub\n' > list.txt
$PY -m compileall -i list.txt
echo "exit $?"
find . -name '*.pyc' | sort
find . -name __pycache__ -exec rm -r {} +
echo 'lib/pkg/mod.py' | $PY -m compileall -i - lib/top.py
echo "exit $?"
find . -name '*.pyc' | sort
$PY -m compileall -i nosuch.txt
echo "exit $?"
