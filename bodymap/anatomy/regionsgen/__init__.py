"""Generator of the CHOIR surface regions and the trigger-point catalogue (Python + shapely)."""
