# Importing a module whose source is declared cp1252
from encmods.cp1252_mod import GREETING
print(GREETING, len(GREETING))
print([hex(ord(c)) for c in GREETING if ord(c) > 127])
