# sorting: sorting records with key functions.
# Stresses: list.sort/sorted with key= (lambdas and named functions),
# reverse=, tuple comparison, stability, min/max with key, bisect-style
# binary search written in Python, a hand-written merge sort.
import sys


class Record:
    def __init__(self, ident, name, dept, salary, age):
        self.ident = ident
        self.name = name
        self.dept = dept
        self.salary = salary
        self.age = age

    def __lt__(self, other):
        return self.ident < other.ident


DEPTS = ["eng", "ops", "sales", "hr", "legal", "research"]
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "qu"]


def make_records(n):
    seed = 12345
    recs = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        a = seed >> 8
        name = SYLLABLES[a % 10] + SYLLABLES[(a // 10) % 10] + SYLLABLES[(a // 100) % 10]
        recs.append(Record(i, name, DEPTS[(a // 1000) % 6], 30000 + a % 90000, 20 + a % 45))
    return recs


def salary_key(r):
    return r.salary


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def lower_bound(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def digest(records):
    h = 0
    for r in records:
        h = (h * 31 + r.ident) % 1000000007
    return h


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 80000
    recs = make_records(n)

    by_salary = sorted(recs, key=salary_key)
    print("salary", digest(by_salary), by_salary[0].salary, by_salary[-1].salary)

    by_name_age = sorted(recs, key=lambda r: (r.name, -r.age))
    print("name_age", digest(by_name_age), by_name_age[0].name, by_name_age[-1].name)

    # Stability: sort by age, then stably by dept.
    staged = sorted(recs, key=lambda r: r.age)
    staged.sort(key=lambda r: r.dept)
    print("stable", digest(staged), staged[0].dept, staged[0].age)

    desc = sorted(recs, key=lambda r: r.salary % 1000, reverse=True)
    print("reverse", digest(desc))

    # __lt__-based sort of shuffled objects.
    shuffled = by_salary[:]
    shuffled.reverse()
    shuffled.sort()
    print("lt", digest(shuffled) == digest(recs))

    # Plain integer/string sorts and a hand-written merge sort.
    ints = [(r.salary * 7919 + r.age) % 100003 for r in recs]
    m = merge_sort(ints)
    ints.sort()
    print("merge", m == ints, ints[0], ints[len(ints) // 2], ints[-1])
    names = sorted(set(r.name for r in recs))
    print("names", len(names), names[:3], names[-1])
    hits = 0
    for k in range(0, 100003, 7):
        pos = lower_bound(ints, k)
        if pos < len(ints) and ints[pos] == k:
            hits += 1
    print("search", hits)

    oldest = max(recs, key=lambda r: (r.age, r.salary))
    cheapest = min(recs, key=salary_key)
    print("minmax", oldest.ident, cheapest.ident)
    totals = {}
    for r in recs:
        totals[r.dept] = totals.get(r.dept, 0) + r.salary
    for dept, total in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
        print("  %-9s %d" % (dept, total))


main()
