# -x REGEX skips files whose full path the regex matches (re.search).
. "$CASE/_tree.sh"
$PY -m compileall -x 'sub|top' lib
echo "exit $?"
find . -name '*.pyc' | sort
