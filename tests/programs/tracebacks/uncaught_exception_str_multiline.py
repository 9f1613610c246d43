# Exception message containing newlines
errors = ["field a missing", "field b too long"]
raise ValueError("validation failed:\n  " + "\n  ".join(errors))
