# Unterminated triple-quoted string
s = """never
closed
