# Mixing bytes and str literals
s = 'abc' b'def'
