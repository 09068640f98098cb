# Uncaught custom exception raised as a class (no message) from a subclass chain.
class AppError(Exception):
    pass
class ConfigMissing(AppError):
    pass
def load():
    raise ConfigMissing
print("loading")
load()
