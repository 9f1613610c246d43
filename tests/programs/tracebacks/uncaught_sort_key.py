# Exception raised from a key function called by sorted()
records = [{"name": "a", "age": 3}, {"name": "b"}]
def by_age(r):
    return r["age"]
print(sorted(records, key=by_age))
