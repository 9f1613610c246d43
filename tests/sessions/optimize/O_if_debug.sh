# Under -O, __debug__ is False and `if __debug__:` / `if not __debug__:` pick the other branch.
cat > a.py <<'PY'
import sys
if __debug__:
    print("debug branch")
else:
    print("optimized branch")
if not __debug__:
    print("not __debug__")
x = "on" if __debug__ else "off"
print(x, sys.flags.optimize)
PY
$PY a.py
$PY -O a.py
$PY -OO a.py
