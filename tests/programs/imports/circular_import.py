# Circular imports see partially initialised modules
import circ.a
print(circ.a.use_b(), circ.b.use_a())
import sys
print(sorted(k for k in sys.modules if k.startswith("circ")))
