# vim: set fileencoding=latin9 :
s = "€ŠšŽžŒœŸ"
print(s, [hex(ord(c)) for c in s])
print(s.encode("iso-8859-15"))
