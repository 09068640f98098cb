# Seed snippet 11: Pool.map and Pool.imap (the iterator's repr shows an address).
# run: ../../../examples/11_pool_map_imap.pp
# mask: 0x[0-9a-f]+
