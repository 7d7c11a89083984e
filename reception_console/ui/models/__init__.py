"""Item models, one per table; they hold domain objects and are tested without widgets."""
