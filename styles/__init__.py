"""Citation style aliases (aliases.json) and any CSL files of our own; shipped as refsift.styles."""
