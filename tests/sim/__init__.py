"""The simulated lifters that judge the measured-expenditure filter."""
