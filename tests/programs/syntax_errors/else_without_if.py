# else without if
else:
    pass
