# F-strings whose replacement fields hold triple-quoted strings containing the outer quote
# (valid in 3.11; rustpython-parser 0.4 rejects them, so ferropy parses them itself).
# Every f-string below has such a field, so each whole run goes through that path.
T = "'''x'y'''"

print(f"{'''eric's'''}")
print(f'{"x" """eric"s""" "y"}')
print(f'{"x" """eric"s"""}')
print(f'{"""eric"s""" "y"}')
print(f'{"""x""" """eric"s""" "y"}')
print(f'{"""x""" """eric"s""" """y"""}')
print(f'{r"""x""" """eric"s""" """y"""}')

x, w, name = 3.14159, 12, "ferro"
d = {"a'b": 1, "k": [10, 20]}

# conversions, specs, nested specs
print(f"{'''a'b'''!r} {x!s:>{w}} {name!a} {x:.{2}f}|")
print(f"{'''a'b'''!r:^{w}}|{x:{'>'}{w}.3}|")
print(f"[{'''it's'''}:{x:{w}.{3}}]")
# self-documenting expressions, with whitespace kept and the default !r
print(f"{'''q'q'''=}")
print(f"{ '''q'q''' = }")
print(f"{x=:.2f} {name=!s} {name = !r:>8} {x=}")
print(f"{'''a'b'''=!s:_^12}")
# doubled braces, escapes in the literal parts
print(f"{{{'''a'b'''}}} {{}} }}{{ \t|\x41\u00e9\101|")
print(f"{'''a'b'''}\n{name}", end="|\n")
# comparisons and operators that look like field ends
print(f"{'''a'b''' != 'x'} {1 < 2} {2 > 1} {1 <= 1} {2 >= 3} {x == x}")
print(f"{(lambda: '''l'l''')()} {d['''a'b''']} {[i for i in '''a'c''']} {d['k'][1]:04}")
print(f"{ {'''k'k''': 1}['''k'k'''] } {(1, '''t't''')} {'''%s'''  %  '''p'p'''}")
print(f"{'''a:b!c'''} {'''{}'''} {'''}}'''} {'''!r'''}")
# concatenation with plain strings, u-strings and other f-strings
print("plain " f"{'''a'b'''}" ' tail' f" {x:.1f}" r' \n raw')
print(u"u-first " f"{'''a'b'''}")
print(f"{'''a'b'''}" "" f"")
print(f"" f"{'''a'b'''}" f"{''}")
# raw f-strings keep backslashes in the literal parts
print(rf"\d{'''a'b'''}\n{name}")
print(fr'{"""a"b"""}\t')
# triple-quoted f-strings, fields spanning lines
print(f"""line one {'''a'b'''}
line two {
    x
    +
    1
} {d[
'k'
]}""")
print(f'''{"""q'q"""} {"s'" + """t"u"""}''')
# nested f-strings
print(f"{f'{x:.2f}'} {'''a'b'''}")
print(f"{'''a'b''':{'<'}10}|{f'{name!r}'}")
# empty spec, spec with only literal text
print(f"{'''a'b''':}|{x:}|{12:x}|{255:#06x}|{'''a'b''':>6}")
# unicode in fields and literals
print(f"é{'''ü'ü'''}ß{'''日本'''}")
def g(n):
    return f"{'''g'g'''}{n*2}"
print(g(21), len(f"{'''a'b'''}"), type(f"{'''a'b'''}").__name__)
