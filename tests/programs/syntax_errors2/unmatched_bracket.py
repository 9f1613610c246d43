# Closing bracket without opener
x = [1, 2]]
