# -O removes assert statements: neither the test nor the message is evaluated. (The plain
# run's traceback is shown without its indented source and caret lines.)
cat > a.py <<'PY'
def noisy():
    print("message evaluated")
    return "msg"
print("__debug__ is", __debug__)
assert print("test evaluated") or False, noisy()
print("after assert")
PY
$PY a.py 2>&1 | grep -v '^ '
echo "exit ${PIPESTATUS[0]}"
$PY -O a.py
echo "exit $?"
