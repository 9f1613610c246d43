# Custom exception classes and hierarchies
class AppError(Exception):
    """Base for app errors."""
class ConfigError(AppError):
    pass
class MissingKey(ConfigError, KeyError):
    pass
def load(key):
    if key == "bad":
        raise ConfigError(f"bad config {key!r}")
    if key == "missing":
        raise MissingKey(key)
    return key
for k in ("ok", "bad", "missing"):
    try:
        print("loaded", load(k))
    except KeyError as e:
        print("KeyError branch", type(e).__name__, e)
    except AppError as e:
        print("AppError branch", type(e).__name__, e)
print([c.__name__ for c in MissingKey.__mro__])
print(AppError.__doc__, ConfigError.__doc__)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e)
try:
    raise WithDefault()
except Exception as e:
    print(type(e).__name__, e)
class Detailed(ValueError):
    def __init__(self, value, allowed):
        super().__init__(f"{value!r} not in {allowed}")
        self.value, self.allowed = value, allowed
try:
    raise Detailed("x", [1, 2])
except ValueError as e:
    print(e, e.value, e.allowed)
