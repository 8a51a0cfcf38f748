"""What crisis and assistance cases share: the case kernel.

- :mod:`.book`: the bookkeeping of one kind of case (its number ``K-2026-0001``, the
  next number of a year, the version stamp of a change, the timeline's entries);
- :mod:`.lifecycle`: states and the moves allowed between them (referrals: sent →
  accepted / declined → done; assistance cases: open → active → monitoring → closed),
  and :class:`~.lifecycle.CaseStateError` for a move that is not allowed;
- :mod:`.paging`: the filter every case list starts from and keyset pages (newest
  first, after the last row's opening time and id);
- :mod:`.summary`: one case, whatever its kind, as a row of ``infoline cases``.

The kinds of case (app/services/crisis, app/services/assistance) build on these and
keep what is their own: the questionnaire and its consent rules, the client's file.
"""
