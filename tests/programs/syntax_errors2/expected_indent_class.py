# Body of a class not indented
class A:
pass
