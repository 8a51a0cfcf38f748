"""The statistics page and its report. Service: app/services/statistics/."""
