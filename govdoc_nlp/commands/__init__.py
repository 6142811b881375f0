"""Sub-commands of the core: parse, schema, eval."""
