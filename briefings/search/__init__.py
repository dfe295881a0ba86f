"""Search: shared analysis rules, the Whoosh index, its static export and the CLI (no Pelican)."""
