# Body of except not indented
try:
    pass
except ValueError:
pass
