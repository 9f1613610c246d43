# IndexError with subscript carets
matrix = [[1, 2], [3, 4]]
row = 1
col = 5
print(matrix[row][0])
print(matrix[row][col])
