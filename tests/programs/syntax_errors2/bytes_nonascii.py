# Non-ASCII characters in a bytes literal
data = b"café"
