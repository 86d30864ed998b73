"""Developer tools that are not shipped: the translation catalogues' refresh and report."""
