# raise SystemExit(4) directly.
def shutdown(code):
    print("shutting down with", code)
    raise SystemExit(code)
shutdown(4)
