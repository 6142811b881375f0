"""Extract: one module per field family, each reading the segmented document."""
