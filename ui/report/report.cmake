# Report painting (issue 4): sources added to parui by the report module.
