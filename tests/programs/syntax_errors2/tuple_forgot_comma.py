# Tuple missing a comma
point = (1 2)
