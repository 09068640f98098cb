# expanduser and expandvars against a controlled environment.
import os
from os.path import expanduser, expandvars

os.environ['HOME'] = '/home/tester/'
os.environ['PP_A'] = 'alpha'
os.environ['PP_EMPTY'] = ''
for p in ['~', '~/', '~/x/y', 'x/~', '~root', '~root/a', '~no_such_user_zz/a', '', '/~']:
    print(repr(p), repr(expanduser(p)))
print(repr(expanduser(b'~/b')))
os.environ['HOME'] = '/'
print(repr(expanduser('~')), repr(expanduser('~/q')))

for p in ['$PP_A', '${PP_A}', '$PP_A/$PP_A', 'x$PP_Ay', 'x${PP_A}y', '$PP_EMPTY.', '$NOPE_ZZ',
          '${NOPE_ZZ}', '$', '$$', '${', '${PP_A', '$1', '$-x', 'a$PP_A$', '${}', 'no dollars',
          '$PP_A$PP_A', '${PP_A}${NOPE}$PP_A']:
    print(repr(p), repr(expandvars(p)))
print(repr(expandvars(b'$PP_A/b')))
