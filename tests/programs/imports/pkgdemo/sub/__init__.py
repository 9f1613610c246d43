print("executing pkgdemo.sub")
