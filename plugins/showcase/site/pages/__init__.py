"""The registry of page kinds: each kind of page, one module (see :mod:`.registry`)."""
