# Body of with not indented
with open('x') as f:
pass
