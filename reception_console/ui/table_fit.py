"""A table view's property naming the columns whose text is never cut (ages, minutes, prices); the card and the
card editor set it, and the layout tests check those columns."""

FITTED_COLUMNS = "fittedColumns"
