# Missing comma between call arguments
print('a' 'b', x y)
