# A path that does not exist is treated as a folder that cannot be listed: not an error.
$PY -m compileall nosuch
echo "exit $?"
$PY -m compileall nosuch.py
echo "exit $?"
mkfifo fifo
$PY -m compileall fifo
echo "exit $?"
