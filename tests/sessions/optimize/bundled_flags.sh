# -O and -B bundle with other options: -OB, -BOO and -OBc all work.
echo '"""doc"""' > m.py
$PY -OB -c 'import sys, m; print(sys.flags.optimize, sys.dont_write_bytecode, m.__doc__)'
$PY -BOO -c 'import sys, m; print(sys.flags.optimize, sys.dont_write_bytecode, m.__doc__)'
$PY -OBc 'import sys, m; print(sys.flags.optimize, sys.dont_write_bytecode)'
find . | sort
