# Starred assignment target alone
*a = [1, 2]
