print("raises_on_import: about to fail")
def boom():
    return {}["missing key"]
value = boom()
