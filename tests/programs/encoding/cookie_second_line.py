#!/usr/bin/env python3
# vim: set fileencoding=iso-8859-15 :
print("euro sign in iso-8859-15:", "€", hex(ord("€")))
print("Š š Ž ž Œ œ Ÿ")
