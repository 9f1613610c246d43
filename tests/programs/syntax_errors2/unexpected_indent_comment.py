# Indented statement after a comment line
x = 1
# a comment
  y = 2
