# from __future__ import annotations: annotations are kept as their source text (PEP 563).
from __future__ import annotations
import __future__


def f(a: int, b: "str" = "x", *args: list[int], key: dict[str, tuple[int, ...]] = None, **kw: Foo | None) -> Bar[1:2, ...]:
    return a


class C:
    x: int
    y: Undefined.attr = 3
    z: lambda q: q + 1


print(f.__annotations__)
print(C.__annotations__)
value: 1 + 2 * (3 - x) if y else -z ** 2 = 5
print(__annotations__)
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names)
print(__future__.division.compiler_flag, __future__.annotations.compiler_flag)
