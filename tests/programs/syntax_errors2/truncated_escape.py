# Truncated \x escape
s = "\x4"
