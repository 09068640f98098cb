# Fixed timestamps: gmtime, localtime (TZ=UTC in the harness), strftime, ctime, asctime, mktime.
import time
print(time.strftime("%Y-%m-%d", time.gmtime(0)))
ts = 1700000000
g = time.gmtime(ts)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(tuple(g))
print(time.strftime("%Y-%m-%d %H:%M:%S", g), time.strftime("%a %A %b %B %j %w %%", g))
print(time.strftime("%d/%m/%y %I:%M %p", g), time.strftime("%H", time.gmtime(86399)))
print(time.ctime(ts), time.ctime(0))
print(time.asctime(g), time.asctime(time.gmtime(951782400)))
lt = time.localtime(ts)
print(lt.tm_hour, lt.tm_zone if hasattr(lt, "tm_zone") else "", time.mktime(lt))
print(time.gmtime(951782400)[:3], time.gmtime(-86400)[:3], time.gmtime(4102444800)[:6])
print(time.strftime("%Y", time.gmtime(10 ** 10)))
