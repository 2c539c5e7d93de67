// The plugin cache folder comes from the process-wide EDITORIAL_LINT_CACHE variable, which each test class points at
// its own scratch folder; classes running in parallel would move it under each other's feet.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
