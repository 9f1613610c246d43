# Unsupported operand types in an expression with several operators
count = 3
label = "items"
message = "Total: " + count * 2 + label
