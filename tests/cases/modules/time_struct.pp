# struct_time behaves like a tuple; strptime/mktime round trip in UTC.
import time
st = time.gmtime(1234567890)
print(st[0], st[-1], len(st), st[:3], type(st).__name__)
y, mo, d, h, mi, s, wd, yd, dst = st
print(y, mo, d, h, mi, s, wd, yd, dst)
parsed = time.strptime("2024-02-29 13:45:10", "%Y-%m-%d %H:%M:%S")
print(parsed.tm_year, parsed.tm_mon, parsed.tm_mday, parsed.tm_wday, parsed.tm_yday)
print(int(time.mktime(parsed)))
print(time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(0)))
