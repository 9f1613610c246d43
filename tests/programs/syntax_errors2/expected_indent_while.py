# Body of a while loop not indented
while True:
break
