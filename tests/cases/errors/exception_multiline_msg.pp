# Exception whose message contains newlines and an empty-message exception.
class Report(Exception):
    pass
print("reporting")
raise Report("line one\nline two")
