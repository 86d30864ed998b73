"""The seed method in one go: a recipe of the stage jobs, and the project's funnel."""
