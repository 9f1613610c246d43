# raise SystemExit(n) directly
print("raising SystemExit(7)")
raise SystemExit(7)
