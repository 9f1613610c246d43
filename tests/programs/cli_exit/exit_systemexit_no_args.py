# raise SystemExit with no argument exits 0
print("bare SystemExit")
raise SystemExit
