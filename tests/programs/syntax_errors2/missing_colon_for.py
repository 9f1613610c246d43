# Missing colon after for
for i in range(3)
    print(i)
