# Body of a for loop not indented
for x in range(3):
print(x)
