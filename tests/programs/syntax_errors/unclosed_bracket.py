# Unclosed paren at end of file
values = [1, 2,
          3, 4
print(values)
