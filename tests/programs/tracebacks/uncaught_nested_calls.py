# Uncaught exception raised several calls deep
def level3(d):
    return d["missing"]
def level2(d):
    value = level3(d)
    return value
def level1():
    data = {"present": 1}
    return level2(data)
print("start")
level1()
