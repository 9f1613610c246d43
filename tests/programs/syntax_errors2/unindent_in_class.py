# Dedent to no outer level inside a class
class A:
        def f(self):
            pass
    def g(self):
        pass
