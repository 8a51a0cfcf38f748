"""Statistics: who may see what (service), the sums of a period (sums), Table 3 of the
assistance cases (cases), the report (report, report_pdf)."""
