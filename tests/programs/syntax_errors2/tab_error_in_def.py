# Tabs and spaces mixed inside a function
def f():
        x = 1
	return x
