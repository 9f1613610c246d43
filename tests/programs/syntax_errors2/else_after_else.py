# Two else branches
x = 1
if x:
    pass
else:
    pass
else:
    pass
