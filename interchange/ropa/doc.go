// Package ropa writes the record of processing activities of GDPR Art
// 30(1) from a notice: one row per processing activity with the items of
// Art 30(1)(a) to (g), the headings in the official terms of Finnish
// ("Seloste käsittelytoimista"), Swedish ("Register över behandling") or
// English ("Records of processing activities"), as CSV or as an Excel
// workbook (XLSX, through github.com/xuri/excelize/v2).
//
// A notice tells the data subject what the record tells the supervisory
// authority, so most of the record follows from it. What a notice need not
// say, the record leaves empty: a notice without security measures gives
// an empty (g).
//
// Build makes a [Record], whose WriteCSV and WriteXLSX write it, and
// ReadCSV and ReadXLSX read the rows back. Notice text never becomes a
// formula: the workbook holds strings only, and a CSV cell that a
// spreadsheet program would read as a formula is written with an
// apostrophe before it.
//
// The interchange formats live in a package each (interchange/tilt,
// interchange/dpv and this one), each depending on the model and never the
// reverse, so a program that needs one format links no other; this one
// alone needs excelize.
package ropa
