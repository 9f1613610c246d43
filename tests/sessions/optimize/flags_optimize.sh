# sys.flags.optimize: the number of -O's, or PYTHONOPTIMIZE, whichever is larger.
c='import sys; print(sys.flags.optimize, __debug__)'
$PY -O -c "$c"
$PY -OO -c "$c"
$PY -OOO -c "$c"
$PY -O -O -c "$c"
PYTHONOPTIMIZE=5 $PY -c "$c"
PYTHONOPTIMIZE=5 $PY -O -c "$c"
PYTHONOPTIMIZE=1 $PY -OO -c "$c"
PYTHONOPTIMIZE=yes $PY -c "$c"
PYTHONOPTIMIZE=0 $PY -c "$c"
PYTHONOPTIMIZE= $PY -c "$c"
