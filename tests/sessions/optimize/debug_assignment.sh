# Assigning to __debug__ is a SyntaxError at every optimization level.
echo '__debug__ = 1' > a.py
for o in "" -O -OO; do
  $PY $o a.py 2>&1 | tail -n 1
done
