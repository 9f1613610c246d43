# Inventory report: namedtuples, grouping, sorting, formatted tables
from collections import namedtuple, defaultdict
Item = namedtuple("Item", "sku name category qty price")
ITEMS = [
    Item("A1", "widget", "tools", 10, 2.5),
    Item("B7", "gadget", "tools", 0, 12.0),
    Item("C3", "apple", "food", 120, 0.35),
    Item("D4", "bread", "food", 8, 2.2),
    Item("E5", "cable", "electronics", 42, 3.99),
    Item("F6", "charger", "electronics", 5, 19.95),
]
def report(items):
    by_cat = defaultdict(list)
    for it in items:
        by_cat[it.category].append(it)
    grand = 0.0
    print(f"{'SKU':<4} {'NAME':<8} {'QTY':>5} {'PRICE':>7} {'VALUE':>9}")
    for cat in sorted(by_cat):
        print(f"[{cat}]")
        subtotal = 0.0
        for it in sorted(by_cat[cat], key=lambda i: i.qty * i.price, reverse=True):
            value = it.qty * it.price
            subtotal += value
            flag = " (out of stock)" if it.qty == 0 else ""
            print(f"{it.sku:<4} {it.name:<8} {it.qty:>5} {it.price:>7.2f} {value:>9.2f}{flag}")
        print(f"{'subtotal':>27} {subtotal:>9.2f}")
        grand += subtotal
    print(f"{'TOTAL':>27} {grand:>9.2f}")
    low = [it.name for it in items if 0 < it.qty < 10]
    print("low stock:", ", ".join(low))
if __name__ == "__main__":
    report(ITEMS)
