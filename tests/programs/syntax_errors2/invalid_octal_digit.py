# Invalid digit in octal literal
x = 0o78
