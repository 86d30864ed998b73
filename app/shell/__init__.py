"""The window's shell: the main window, session, job controller and worker, jobs panel,
theme, fonts, interface language, shortcuts and start-up checks."""
