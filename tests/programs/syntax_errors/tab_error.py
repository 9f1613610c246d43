# Tab/space mix leading to TabError
if True:
        x = 1
	y = 2
