# Dict key without value
d = {'a': }
