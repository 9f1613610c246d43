# Unclosed paren at EOF
result = (1 +
