# with ... as a literal
with open('x') as 1:
    pass
