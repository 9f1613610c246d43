# Unindent does not match any outer level
if True:
        x = 1
    y = 2
