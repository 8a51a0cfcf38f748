"""The shift: callbacks as tasks, handover, working hours, debrief requests."""
