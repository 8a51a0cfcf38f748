"""crisis."""
