# exceptions: exception-heavy control flow.
# Stresses: raise/except matching against class hierarchies, custom exception
# classes with attributes, try/finally, else clauses, re-raise, exception
# chaining, exceptions unwinding through several frames, built-in exceptions.
import sys


class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, value):
        AppError.__init__(self, field, value)
        self.field = field
        self.value = value


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing %s" % key)
        self.key = key


class RetryLater(AppError):
    pass


def validate(i):
    if i % 7 == 0:
        raise ValidationError("seven", i)
    if i % 11 == 0:
        raise NotFound(i)
    if i % 13 == 0:
        raise RetryLater(i)
    return i


def deep(level, i):
    # Raise from the bottom of a call chain and unwind through every frame.
    if level == 0:
        return validate(i)
    return deep(level - 1, i) + 1


def builtin_errors(i, table, seq):
    # Trigger and catch built-in exceptions.
    try:
        return table[i % 50]
    except KeyError:
        pass
    try:
        return seq[i % 40]
    except IndexError:
        pass
    try:
        return 100 // (i % 3)
    except ZeroDivisionError:
        pass
    try:
        return int("x%d" % i)
    except ValueError as e:
        return len(e.args)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 700000
    counts = {"ok": 0, "validation": 0, "notfound": 0, "retry": 0}
    finally_runs = 0
    else_runs = 0
    field_sum = 0
    for i in range(n):
        try:
            deep(i % 5, i)
        except ValidationError as e:
            counts["validation"] += 1
            field_sum += e.value % 100
        except NotFound as e:
            counts["notfound"] += 1
            field_sum += e.key % 10
        except AppError:
            counts["retry"] += 1
        else:
            counts["ok"] += 1
            else_runs += 1
        finally:
            finally_runs += 1
    print(counts["ok"], counts["validation"], counts["notfound"], counts["retry"])
    print("finally", finally_runs, "else", else_runs, "fields", field_sum)

    # Built-in exception types.
    table = {k: k * 2 for k in range(0, 50, 3)}
    seq = list(range(25))
    total = 0
    for i in range(n // 2):
        total += builtin_errors(i, table, seq)
    print("builtin", total)

    # Re-raise, chaining and finally inside functions returning values.
    chained = 0
    reraised = 0
    for i in range(n // 4):
        try:
            try:
                try:
                    validate(i * 7)
                except ValidationError as e:
                    raise RuntimeError("wrapped") from e
            except RuntimeError as e:
                if isinstance(e.__cause__, ValidationError):
                    chained += 1
                raise
        except RuntimeError:
            reraised += 1
    print("chained", chained, "reraised", reraised)

    def guarded(i, log):
        try:
            if i % 2:
                return i
            raise AppError(i)
        finally:
            log.append(i)

    log = []
    got = 0
    for i in range(n // 4):
        try:
            got += guarded(i, log)
        except AppError as e:
            got -= e.args[0]
    print("guarded", got, len(log))

    # Exception objects as values; str() and repr() of them.
    errs = [ValidationError("f", 1), NotFound("k"), RetryLater("r", 2), KeyError("kk")]
    for e in errs:
        print(type(e).__name__, str(e), repr(e.args), isinstance(e, AppError))


main()
