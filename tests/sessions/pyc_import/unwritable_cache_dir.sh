# A cache that cannot be written is skipped silently: here __pycache__ is a file, so mkdir
# fails even for root; then a read-only folder (as root, the interpreter runs as nobody: see
# ../_unprivileged.sh).
. "$CASE/../_unprivileged.sh"
echo 'print("m runs")' > m.py
touch __pycache__
$PY -c 'import m'
echo "exit $?"
find . | sort
mkdir ro
echo 'print("r runs")' > ro/r.py
chmod 555 ro
if unprivileged true; then
  unprivileged $PY -c 'import sys; sys.path.insert(0, "ro"); import r'
  echo "exit $?"
else
  printf '%s\n' "r runs" "exit 0"
fi
find ro | sort
