# nonlocal at module level
print("never runs")
nonlocal x
