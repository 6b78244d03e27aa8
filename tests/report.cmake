# Report tests (issue 4).
