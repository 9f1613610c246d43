# Running a folder with __main__.py caches __main__; `-m pkg` caches __init__ and __main__.
mkdir app pkg
echo 'print("app main", __name__)' > app/__main__.py
$PY app
touch pkg/__init__.py
echo 'print("pkg main", __name__)' > pkg/__main__.py
$PY -m pkg
find . | sort
