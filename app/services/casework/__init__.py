"""What crisis and assistance cases share (the case kernel): today the one-line summary
every kind of case gives for the list of all cases."""
