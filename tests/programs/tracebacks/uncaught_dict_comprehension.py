# Exception raised inside a dict comprehension
raw = {"a": "1", "b": "two", "c": "3"}
parsed = {k: int(v) for k, v in raw.items()}
print(parsed)
