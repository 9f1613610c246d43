# Error in an except body while handling a different error
data = {"a": 1}
try:
    value = data["b"]
except KeyError:
    value = data["a"] / 0
