"""Crisis cases: the page and the questionnaire wizard. Service: app/services/crisis/."""
