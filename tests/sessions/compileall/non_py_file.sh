# Files not ending in .py are skipped silently, even when named explicitly.
echo 'print(1)' > script
echo 'print(1)' > m.pyw
$PY -m compileall script m.pyw
echo "exit $?"
find . | sort
