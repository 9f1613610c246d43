# PYTHONOPTIMIZE=1 and =2 act like -O and -OO, including the cache names.
echo 'assert False, "kept"' > m.py
echo '"""doc"""' > d.py
PYTHONOPTIMIZE=1 $PY -c 'import sys, m, d; print(sys.flags.optimize, __debug__, d.__doc__)'
PYTHONOPTIMIZE=2 $PY -c 'import sys, m, d; print(sys.flags.optimize, __debug__, d.__doc__)'
PYTHONOPTIMIZE=5 $PY -c 'import sys, m, d; print(sys.flags.optimize, __debug__, d.__doc__)'
PYTHONOPTIMIZE=1 $PY -E -c 'import sys; print("-E", sys.flags.optimize)'
find . -name '*.pyc' | sort
