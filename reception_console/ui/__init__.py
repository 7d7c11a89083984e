"""PySide6 widgets and models. Talks to services only; never to SQL."""
