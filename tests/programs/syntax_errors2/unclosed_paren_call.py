# Call never closed, error found on a later line
print('start'
x = 1
y = 2
