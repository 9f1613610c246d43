# Body of else not indented
if False:
    pass
else:
print('no')
