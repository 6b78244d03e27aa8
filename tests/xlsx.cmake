# Spreadsheet tests (issue 5).
