"""Storage: SQLAlchemy mapping, migrations and the repository; the only package using SQLAlchemy."""
