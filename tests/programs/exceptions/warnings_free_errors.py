# Operations that raise specific exception types
tests = {
    "NotImplementedError": lambda: (_ for _ in ()).throw(NotImplementedError("todo")),
    "OverflowError": lambda: float(10 ** 400),
    "ModuleNotFoundError": lambda: __import__("definitely_missing_mod"),
    "FileNotFoundError": lambda: open("definitely_missing_file.txt"),
    "AttributeError": lambda: (1).foo,
    "UnicodeEncodeError": lambda: "é".encode("ascii"),
    "LookupError": lambda: "".encode("bogus-codec"),
    "IsADirectoryError": lambda: open("."),
}
for expected, fn in tests.items():
    try:
        fn()
    except Exception as e:
        print(expected, type(e).__name__, type(e).__name__ == expected or isinstance(e, eval(expected)))
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, str(e))
try:
    import definitely_missing_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
