# Walrus at statement level without parens
x := 5
