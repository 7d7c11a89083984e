"""Training on the real console: virtual-patient scenarios, their scoring and the monthly knowledge test."""
