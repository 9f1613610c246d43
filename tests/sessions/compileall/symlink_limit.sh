# -e DIR skips symlinks that point outside DIR; symlinked folders are never descended.
mkdir -p proj outside
echo 'x = 1' > proj/own.py
echo 'y = 1' > outside/ext.py
ln -s ../outside/ext.py proj/link_out.py
ln -s own.py proj/link_in.py
ln -s ../outside proj/linkdir
$PY -m compileall -e proj proj
echo "exit $?"
find . -name '*.pyc' | sort
find . -name __pycache__ -exec rm -r {} +
$PY -m compileall -q proj
find . -name '*.pyc' | sort
