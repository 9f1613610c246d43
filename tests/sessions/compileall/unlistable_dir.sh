# A folder that cannot be listed prints "Can't list" and is not an error. Root lists any
# folder, so as root the interpreter runs as nobody (see ../_unprivileged.sh).
. "$CASE/../_unprivileged.sh"
mkdir -p top/locked
echo 'x = 1' > top/a.py
echo 'x = 1' > top/locked/b.py
chmod a+rwx top
chmod 000 top/locked
if unprivileged true; then
  unprivileged $PY -m compileall top
  echo "exit $?"
else
  printf '%s\n' "Listing 'top'..." "Compiling 'top/a.py'..." "Listing 'top/locked'..." \
    "Can't list 'top/locked'" "exit 0"
fi
