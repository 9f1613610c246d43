# Dollar sign in code
cost = $5
