"""The clinic's world in plain Python: cards, scripts, calls, outcomes and their rules.

Nothing here imports Qt or SQLAlchemy; every layer above builds on these types.
"""
