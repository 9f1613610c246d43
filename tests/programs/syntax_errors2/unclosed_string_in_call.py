# Unterminated string inside an unclosed call
print('hello,
      'world')
