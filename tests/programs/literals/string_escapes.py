# Every escape in str literals
s = "a\nb\tc\\d\'e\"f"
print(s)
print(repr(s))
print(repr("\a\b\f\n\r\t\v"))
print(repr("\0\1\12\123\x41\x7f"))
print("\u00e9\u4e2d\U0001F600" == "é中😀")
print(len("\U0001F600"), ord("\N{LATIN SMALL LETTER E WITH ACUTE}"))
print("\N{GREEK SMALL LETTER ALPHA}\N{BULLET}")
print(repr("\x00\x1f\x80\xff"))
print(repr("\u200b\u2028"))
print("line1\
line2")
print(r"raw\n\t\\", R"\d+")
print(repr(r"\'"), len(r"\'"))
print('single "quotes"', "double 'quotes'")
print('''triple
quoted''', """also "triple" """)
print("adjacent " "literals " 'joined')
print(repr("\\x41"), "\x41\x42")
print(repr('\''), repr("'\""), repr('"'))
print("tab\there", "nul:" + repr("\0"))
