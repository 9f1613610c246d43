# Caret ranges spanning parts of a larger expression
def f(x):
    return x
data = {"a": [1, 2, 3]}
value = f(data["a"][0]) + f(
    data["b"][0]
)
