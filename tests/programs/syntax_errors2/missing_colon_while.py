# Missing colon after while
x = 0
while x < 3
    x += 1
