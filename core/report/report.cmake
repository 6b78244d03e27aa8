# Report content (issue 4): sources added to parcore by the report module.
