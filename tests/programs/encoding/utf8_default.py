# Without a cookie, source is UTF-8
ñ = "identifiers can be non-ASCII"
π = 3.14159
print(ñ, π)
def größe(x):
    return x * 2
print(größe(21), größe.__name__)
print("ﬁ" == "fi", "ǅ".isidentifier())
