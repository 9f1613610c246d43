# Decorator not followed by def or class
@staticmethod
x = 1
