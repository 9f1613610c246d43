# Missing comma in call hint
print("a" "b" 1)
