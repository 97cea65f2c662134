"""The anatomical atlas: body views, muscle and surface regions, trigger-point catalogue. No Qt."""
