ALPHA = "alpha"
