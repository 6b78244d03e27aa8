# XLSX import/export (issue 5): sources added to parcore by the spreadsheet module.
