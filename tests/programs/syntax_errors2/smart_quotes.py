# Smart quotes pasted from a word processor
print(“hello”)
