# Command parsing with str methods, dict dispatch and closures
def make_world():
    rooms = {
        "hall": {"desc": "A long hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
        "library": {"desc": "Dusty books everywhere.", "exits": {"south": "hall"}, "items": ["book", "key"]},
        "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall"}, "items": []},
    }
    state = {"room": "hall", "inventory": []}
    def look(*_):
        room = rooms[state["room"]]
        items = ", ".join(room["items"]) or "nothing"
        return f"{room['desc']} Exits: {', '.join(sorted(room['exits']))}. You see {items}."
    def go(direction=None, *_):
        exits = rooms[state["room"]]["exits"]
        if direction not in exits:
            return f"You can't go {direction}."
        state["room"] = exits[direction]
        return f"You go {direction} to the {state['room']}."
    def take(item=None, *_):
        items = rooms[state["room"]]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        state["inventory"].append(item)
        return f"Taken: {item}."
    def inventory(*_):
        return "You carry: " + (", ".join(state["inventory"]) or "nothing")
    return {"look": look, "go": go, "take": take, "inventory": inventory, "i": inventory}
commands = make_world()
script = ["look", "take lamp", "go north", "LOOK", "take key", "take sword", "  go   south ", "go up", "i", "dance"]
for line in script:
    verb, *args = line.lower().split()
    handler = commands.get(verb)
    print(f"> {line.strip()}")
    print(handler(*args) if handler else f"I don't know how to {verb}.")
