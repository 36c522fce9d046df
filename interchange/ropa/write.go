package ropa

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// bom is the UTF-8 byte order mark, which spreadsheet programs need to
// read a CSV file as UTF-8.
const bom = "\uFEFF"

// formulaStart are the characters with which a spreadsheet program starts
// a formula when it opens a CSV file; a cell that begins with one is
// written with an apostrophe before it, which the programs show as text.
const formulaStart = "=+-@\t\r"

// WriteCSV writes r as CSV (RFC 4180) in UTF-8 with a byte order mark: the
// header row, then one row per activity; a cell's lines are kept as line
// breaks inside the quoted field. A cell that begins with =, +, -, @, a tab
// or a carriage return gets an apostrophe before it, so that no
// spreadsheet program reads notice text as a formula; [ReadCSV] removes it.
func (r *Record) WriteCSV(w io.Writer) error {
	if _, err := io.WriteString(w, bom); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	for _, row := range r.all() {
		out := make([]string, len(row))
		for i, c := range row {
			out[i] = protect(c)
		}
		if err := cw.Write(out); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func protect(c string) string {
	if c != "" && (strings.ContainsRune(formulaStart, rune(c[0])) || c[0] == '\'') {
		return "'" + c
	}
	return c
}

func (r *Record) all() [][]string {
	return append([][]string{r.Header}, r.Rows...)
}

// ReadCSV reads a record written by [Record.WriteCSV]: every row, the
// header first, with the byte order mark and the apostrophes that protect
// formula characters removed.
func ReadCSV(rd io.Reader) ([][]string, error) {
	data, err := io.ReadAll(rd)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte(bom))))
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("ropa: %w", err)
	}
	for _, row := range rows {
		for i, c := range row {
			row[i] = strings.TrimPrefix(c, "'")
		}
	}
	return rows, nil
}

// sheetName is the record's title cut to the 31 characters a worksheet
// name may have.
func (r *Record) sheetName() string {
	name := strings.Map(func(c rune) rune {
		if strings.ContainsRune(`[]:*?/\`, c) {
			return -1
		}
		return c
	}, r.Title)
	if rs := []rune(name); len(rs) > 31 {
		name = string(rs[:31])
	}
	if name == "" {
		name = "Art 30"
	}
	return name
}

// WriteXLSX writes r as an Excel workbook (Office Open XML) with one
// worksheet named by the record's title: the header row in bold and frozen,
// one row per activity, text wrapped. Every cell is written as a string,
// never a formula. It returns an error for a cell longer than the 32,767
// characters a worksheet cell holds.
func (r *Record) WriteXLSX(w io.Writer) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := r.sheetName()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return err
	}
	body, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return err
	}
	for y, row := range r.all() {
		for x, c := range row {
			cell, err := excelize.CoordinatesToCellName(x+1, y+1)
			if err != nil {
				return err
			}
			if len([]rune(c)) > excelize.TotalCellChars {
				return fmt.Errorf("ropa: cell %s holds %d characters; a worksheet cell holds at most %d", cell, len([]rune(c)), excelize.TotalCellChars)
			}
			if err := f.SetCellStr(sheet, cell, c); err != nil {
				return err
			}
		}
		style := body
		if y == 0 {
			style = head
		}
		last, _ := excelize.CoordinatesToCellName(len(row), y+1)
		first, _ := excelize.CoordinatesToCellName(1, y+1)
		if err := f.SetCellStyle(sheet, first, last, style); err != nil {
			return err
		}
	}
	lastCol, _ := excelize.ColumnNumberToName(len(r.Header))
	if err := f.SetColWidth(sheet, "A", lastCol, 40); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

// ReadXLSX reads the first worksheet of a workbook written by
// [Record.WriteXLSX]: every row, the header first.
func ReadXLSX(rd io.Reader) ([][]string, error) {
	f, err := excelize.OpenReader(rd)
	if err != nil {
		return nil, fmt.Errorf("ropa: %w", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, fmt.Errorf("ropa: the workbook has no worksheet")
	}
	rows, err := f.GetRows(sheets[0])
	if err != nil {
		return nil, fmt.Errorf("ropa: %w", err)
	}
	// The workbook leaves out empty cells at the end of a row: give every
	// row the header's width again.
	if len(rows) > 0 {
		for i, row := range rows {
			for len(row) < len(rows[0]) {
				row = append(row, "")
			}
			rows[i] = row
		}
	}
	return rows, nil
}
