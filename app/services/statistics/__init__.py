"""Statistics: who may see what (service), the sums of a period (sums), Table 3 of the
assistance cases (cases), trends over the years (trends), the manager's text blocks
(blocks) and campaigns (campaigns), the report (report, report_pdf, report_docx,
charts)."""
