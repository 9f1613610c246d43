# Body of try not indented
try:
x = 1
except Exception:
    pass
