"""CSV that Excel in nl-BE and fr-BE opens in columns (issue 15).

Belgian Excel splits a CSV on `;` (the comma is the decimal separator) and reads UTF-8 only
when the file starts with a byte-order mark; without both, a whole row lands in one column
and every accent is garbled. Downloads from the pages use these; the CLI keeps plain CSV
(comma, no mark, column codes) for scripts. Imports read both.
"""

EXCEL_DELIMITER = ";"
EXCEL_BOM = "\ufeff"
