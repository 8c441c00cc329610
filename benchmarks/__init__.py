"""The benchmark suite for the performance budget (docs/design.md):
`python -m benchmarks [--quick] [--json FILE] [--runs N]`.

Every line of the performance budget is measured against a reference taken in the same run (or
against its absolute budget), several runs each, and the medians are compared.
"""
