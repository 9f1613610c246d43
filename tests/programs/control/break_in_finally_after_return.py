# A break or continue in a finally body entered by return drops the return value (CPython 3.11).
def g1(x):
    for count in [0, 1]:
        count2 = 0
        while count2 < 20:
            count2 += 10
            try:
                return count + count2
            finally:
                if x:
                    break
    return 'end', count, count2
def g2(x):
    for count in [0, 1]:
        for count2 in [10, 20]:
            try:
                return count + count2
            finally:
                if x:
                    break
    return 'end', count, count2
def g3(x):
    for i in range(3):
        try:
            try:
                return i
            finally:
                if x: continue
        finally:
            pass
    return 'done'
def g4():
    try:
        return 1
    finally:
        return 2
print(g1(0), g1(1), g2(0), g2(1), g3(0), g3(1), g4())
