# Uncaught exception raised while importing a module
print("before import")
import modsdir.raises_on_import
print("not reached")
