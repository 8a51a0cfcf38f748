"""Quality reviews: rounds, reviews, the staff register, the dashboard. Service:
app/services/quality/."""
