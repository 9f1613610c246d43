# Missing colon after with
with open('f') as fh
    pass
