"""cxmapper's benchmark suite: each benchmark reports a ratio against a floor measured in the same run."""
