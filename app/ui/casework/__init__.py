"""What the crisis and the assistance case pages share: the case list (a lazy model, its
view, the filters), the tables and the timeline of one case, and the refusals of the
case kernel (app/services/casework) in the interface language."""
