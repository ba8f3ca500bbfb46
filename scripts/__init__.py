"""Developer tools run from the project root: benchmarks, screenshots, Lighthouse, a load
test, the app icons. Not part of the application (not installed with it)."""
