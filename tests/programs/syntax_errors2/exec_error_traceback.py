# A syntax error raised by exec() is reported with a traceback
code = "total = 0\nfor i in range(3)\n    total += i\n"
exec(code)
