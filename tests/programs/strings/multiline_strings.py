# Triple quoted strings, line continuations and dedent-ish processing
text = """\
First line
    indented line
Last line"""
print(text)
print(text.splitlines())
print(len(text.splitlines()), text.count("\n"))
doc = '''He said "hi" and 'bye'.'''
print(doc)
query = ("SELECT * "
         "FROM t "
         "WHERE x = 1")
print(query)
s = "a\
b"
print(s, len(s))
lines = """
    one
      two
    three
""".strip("\n").split("\n")
margin = min(len(l) - len(l.lstrip()) for l in lines)
print("\n".join(l[margin:] for l in lines))
