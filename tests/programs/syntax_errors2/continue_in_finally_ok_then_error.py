# Error after several valid definitions
class A:
    def f(self):
        return [i for i in range(3)]

    def g(self):
        return {k: v for k, v in {}.items()}

x = A().f(
