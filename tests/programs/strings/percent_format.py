# printf-style % formatting
print("%s %r %a" % ("str", "str", "é"))
print("%d %i %u" % (42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 0.0000314, 1e20))
print("%c%c" % (65, "b"), "%%", "%s%%" % 50)
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%10s|%-10s|%.3s" % ("right", "left", "truncate"))
print("%r" % None, "%s" % None, "%d" % True, "%.1f" % 2)
print("%x" % -255, "%o" % -8, "%d" % 10**20, "%x" % 2**70)
print(b"%s and %d" % (b"bytes", 5), b"%x" % 255)
for fmt, val in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 1), ("%c", 1.5)]:
    try:
        print(fmt % val)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
