package notice_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/notice"
)

// corpusDir holds the encoded real notices, their loss accounts in
// losses/NN.md and the index of the accounts, LOSSES.md.
const corpusDir = "../testdata/corpus"

// sourceComment is the first line of every corpus document: the file of the
// shared corpus of real notices it encodes, "NN_name_ll.txt", whose number
// and name are the document's own ("NN-name.yaml").
var sourceComment = regexp.MustCompile(`^# Source: ([0-9]{2})_([a-z0-9-]+)_[a-z]{2}\.txt in the shared corpus\n`)

// corpusName matches a corpus document's file name, "NN-name.yaml".
var corpusName = regexp.MustCompile(`^([0-9]{2})-([a-z0-9-]+)\.yaml$`)

// corpusFiles returns the corpus documents, at least one.
func corpusFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.yaml"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no corpus documents found")
	return files
}

// TestCorpusDecodesAndMatchesSchema reads every encoded real notice of
// testdata/corpus: each names its source, decodes without error, is valid
// against the committed schema by an independent validator, and encodes to
// JSON that decodes to the same notice and that the schema accepts too.
func TestCorpusDecodesAndMatchesSchema(t *testing.T) {
	s := compileSchema(t)
	for _, path := range corpusFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			name := corpusName.FindStringSubmatch(filepath.Base(path))
			require.NotNil(t, name, "a corpus document is named NN-name.yaml")
			src := sourceComment.FindStringSubmatch(string(data))
			require.NotNil(t, src, "the first line names the source file: # Source: NN_name_ll.txt in the shared corpus")
			assert.Equal(t, name[1:], src[1:], "the document's number and name are its source's")

			n, err := notice.Decode(data)
			require.NoError(t, err)
			v, err := instance(data)
			require.NoError(t, err)
			assert.NoError(t, s.Validate(v), "the schema rejects a document the decoder accepts")

			js, err := notice.EncodeJSON(n)
			require.NoError(t, err)
			back, err := notice.Decode(js)
			require.NoError(t, err)
			assert.Equal(t, n, back, "decode, encode, decode gives an equal notice")
			jv, err := instance(js)
			require.NoError(t, err)
			assert.NoError(t, s.Validate(jv), "the schema rejects the encoded document")
		})
	}
}

// account is what a loss account counts: the statements of a source, and
// how many of them a field holds, free text only holds, and the document
// does not hold.
type account struct{ Statements, Placed, Text, Lost int }

func (a account) String() string {
	return fmt.Sprintf("%d statements: %d placed, %d text, %d lost", a.Statements, a.Placed, a.Text, a.Lost)
}

// mdTable is one Markdown table: its header cells and its rows of cells.
type mdTable struct {
	header []string
	rows   [][]string
}

// column returns the index of the header cell named name, or -1.
func (tb mdTable) column(name string) int {
	for i, h := range tb.header {
		if strings.EqualFold(h, name) {
			return i
		}
	}
	return -1
}

// mdTables returns the tables of a Markdown document: a row of cells
// followed by a delimiter row starts one, and it ends at the first line
// that is not a row. Cells are trimmed; inline markup is kept.
func mdTables(md string) []mdTable {
	lines := strings.Split(md, "\n")
	var out []mdTable
	for i := 0; i+1 < len(lines); i++ {
		if !isRow(lines[i]) || !strings.HasPrefix(strings.TrimSpace(lines[i+1]), "|---") {
			continue
		}
		tb := mdTable{header: cells(lines[i])}
		for i += 2; i < len(lines) && isRow(lines[i]); i++ {
			tb.rows = append(tb.rows, cells(lines[i]))
		}
		out = append(out, tb)
	}
	return out
}

func isRow(line string) bool { return strings.HasPrefix(strings.TrimSpace(line), "|") }

func cells(line string) []string {
	line = strings.TrimSpace(line)
	parts := strings.Split(strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|"), "|")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// countStatements counts the statement rows of a loss account: every row of
// a table with a "status" column, by the status's first word ("placed" or
// "field", "text", "lost"; "heading" rows are not statements).
func countStatements(md string) (account, error) {
	var a account
	for _, tb := range mdTables(md) {
		col := tb.column("status")
		if col < 0 {
			continue
		}
		for _, r := range tb.rows {
			if col >= len(r) {
				return a, fmt.Errorf("row %q has no status cell", strings.Join(r, " | "))
			}
			word, _, _ := strings.Cut(r[col], " ")
			switch word {
			case "placed", "field":
				a.Placed++
			case "text":
				a.Text++
			case "lost":
				a.Lost++
			case "heading":
				continue
			default:
				return a, fmt.Errorf("row %q: status %q is none of placed, field, text, lost, heading", strings.Join(r, " | "), r[col])
			}
			a.Statements++
		}
	}
	return a, nil
}

// declared returns the counts a loss account states in the row of its
// counts table whose first cell ends with label ("first encoding",
// "extended model").
func declared(md, label string) (account, error) {
	for _, tb := range mdTables(md) {
		if tb.column("statements") != 1 {
			continue
		}
		for _, r := range tb.rows {
			if strings.HasSuffix(r[0], label) {
				return parseAccount(r[1:])
			}
		}
	}
	return account{}, fmt.Errorf("no counts row %q", label)
}

// parseAccount reads statements, placed, text and lost from four cells,
// each a number, bold or not.
func parseAccount(c []string) (account, error) {
	if len(c) < 4 {
		return account{}, fmt.Errorf("%d count cells, want 4", len(c))
	}
	var n [4]int
	for i := range n {
		v, err := strconv.Atoi(strings.Trim(c[i], "*"))
		if err != nil {
			return account{}, fmt.Errorf("count cell %q: %w", c[i], err)
		}
		n[i] = v
	}
	return account{n[0], n[1], n[2], n[3]}, nil
}

// indexLink finds the number of the loss account a row of the index of
// LOSSES.md links to.
var indexLink = regexp.MustCompile(`\]\(losses/([0-9]{2})\.md\)`)

// TestCorpusLossAccounts checks the loss accounts against each other: each
// corpus document has its account, losses/NN.md; the statements its rows
// count by status are those its counts table states for the extended
// model, and they add up; its first encoding had as many statements; and
// the index of LOSSES.md gives, for each notice and for the total, the
// same counts before and after.
func TestCorpusLossAccounts(t *testing.T) {
	index, err := os.ReadFile(filepath.Join(corpusDir, "LOSSES.md"))
	require.NoError(t, err)
	type pair struct{ first, now account }
	listed := map[string]pair{}
	var total *pair
	for _, tb := range mdTables(string(index)) {
		if tb.column("notice") != 0 || len(tb.header) != 8 {
			continue
		}
		for _, r := range tb.rows {
			first, err := parseAccount(r[1:5])
			require.NoError(t, err, "index row %q", r[0])
			now, err := parseAccount(append([]string{r[1]}, r[5:8]...))
			require.NoError(t, err, "index row %q", r[0])
			if r[0] == "**total**" {
				total = &pair{first, now}
				continue
			}
			m := indexLink.FindStringSubmatch(r[0])
			require.NotNil(t, m, "index row %q links to its losses/NN.md", r[0])
			listed[m[1]] = pair{first, now}
		}
	}
	require.NotNil(t, total, "LOSSES.md's index has a total row")

	var sum pair
	for _, path := range corpusFiles(t) {
		nn := corpusName.FindStringSubmatch(filepath.Base(path))
		require.NotNil(t, nn, "%s is named NN-name.yaml", path)
		t.Run(nn[1], func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(corpusDir, "losses", nn[1]+".md"))
			require.NoError(t, err, "every corpus document has its loss account")
			md := string(data)
			counted, err := countStatements(md)
			require.NoError(t, err)
			now, err := declared(md, "extended model")
			require.NoError(t, err)
			first, err := declared(md, "first encoding")
			require.NoError(t, err)

			assert.Equal(t, now, counted, "the counts table states what the rows count")
			assert.Equal(t, now.Statements, now.Placed+now.Text+now.Lost, "the statuses add up to the statements")
			assert.Equal(t, first.Statements, first.Placed+first.Text+first.Lost, "the first encoding's statuses add up")
			assert.Equal(t, first.Statements, now.Statements, "both passes count the same statements")
			got, ok := listed[nn[1]]
			if assert.True(t, ok, "LOSSES.md's index lists notice %s", nn[1]) {
				assert.Equal(t, first, got.first, "LOSSES.md: the first encoding of %s", nn[1])
				assert.Equal(t, now, got.now, "LOSSES.md: %s now", nn[1])
			}
			sum.first = add(sum.first, first)
			sum.now = add(sum.now, now)
		})
	}
	assert.Len(t, listed, len(corpusFiles(t)), "LOSSES.md's index lists each corpus document once")
	assert.Equal(t, sum, *total, "LOSSES.md's total is the sum of the accounts")
}

func add(a, b account) account {
	return account{a.Statements + b.Statements, a.Placed + b.Placed, a.Text + b.Text, a.Lost + b.Lost}
}
