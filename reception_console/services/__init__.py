"""Use cases of the console. No Qt, no SQL: storage is reached through the ports in `ports`."""
