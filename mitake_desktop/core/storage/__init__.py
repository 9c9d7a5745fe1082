"""Storage: tables built from the domain specs, the database connection, migrations and backups."""
