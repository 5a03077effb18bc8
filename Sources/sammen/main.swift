import SammenCore
print("sammen")
