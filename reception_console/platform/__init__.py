"""Where things live on this machine: paths, settings, secrets, logging, translations, single instance."""
