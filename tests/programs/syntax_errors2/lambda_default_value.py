# Lambda parameter in parentheses
f = lambda (x): x
