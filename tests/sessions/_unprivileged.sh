# Sourced by cases whose point is a permission check, which root would bypass. Defines
# `unprivileged CMD...`: CMD as it is when the session does not run as root; as root, CMD run
# as user nobody through setpriv (the session's folder is opened to everyone for that). When
# neither can run the interpreter, `unprivileged` always fails, and the case prints its
# expected lines unchecked, so that it prints the same thing either way.
if [ "$(id -u)" != 0 ]; then
  unprivileged() { "$@"; }
else
  chmod a+rwx .
  unprivileged() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
fi
unprivileged $PY -c pass >/dev/null 2>&1 || unprivileged() { return 1; }
