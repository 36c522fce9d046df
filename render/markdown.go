package render

import (
	"bytes"
	"strconv"
	"strings"
)

// writeMarkdown writes d as CommonMark. Notice text is escaped so that it is
// always text: no character of it can start emphasis, a link, an image, an
// autolink, raw HTML, an entity, a code span or, at the start of a line, a
// heading, list, block quote, fence, table or thematic break.
//
// The blocks are written straight into buf, each line with the prefixes of
// the list items and block quotes around it, so that the cost is that of
// the output, however deep the nesting.
func writeMarkdown(buf *bytes.Buffer, d *doc) {
	w := &mdWriter{buf: buf, bol: true}
	w.heading(d.Title)
	w.blocks(d.Header)
	w.blocks(d.Intro)
	for _, s := range d.Sections {
		w.section(s)
	}
}

// mdWriter writes Markdown blocks one line at a time. Blocks are separated
// by a blank line, which is written only when another block follows.
type mdWriter struct {
	buf   *bytes.Buffer
	boxes []mdBox // the list items and block quotes open, outermost first
	bol   bool    // at the beginning of a line: its prefixes are yet to write
	sep   bool    // a blank line is due before the next block
	// lists holds, for each depth of boxes, the marker of the list written
	// last at that depth if the last block there was a list, else "". A
	// list right after another takes another marker, or CommonMark would
	// join the two into one.
	lists []string
}

// lastList returns the marker of the list just written at the current
// depth, or "".
func (w *mdWriter) lastList() string {
	if d := len(w.boxes); d < len(w.lists) {
		return w.lists[d]
	}
	return ""
}

// wrote records the kind of the block just written at the current depth:
// the list marker of a list, "" for anything else.
func (w *mdWriter) wrote(marker string) {
	d := len(w.boxes)
	for len(w.lists) <= d {
		w.lists = append(w.lists, "")
	}
	w.lists[d] = marker
}

// listMarker returns the first of markers that differs from the marker of
// a list written just before at this depth.
func (w *mdWriter) listMarker(markers ...string) string {
	prev := w.lastList()
	for _, m := range markers {
		if m != prev {
			return m
		}
	}
	return markers[0]
}

// mdBox is a container: every line in it starts with first (its first
// line) or rest, and a blank line in it is written as empty.
type mdBox struct {
	first, rest, empty string
	started            bool
}

// text writes s, which may hold line feeds, putting the prefixes of the open
// boxes before each line.
func (w *mdWriter) text(s string) {
	for s != "" {
		line, rest, nl := strings.Cut(s, "\n")
		if line != "" {
			if w.bol {
				w.prefix(false)
			}
			w.buf.WriteString(line)
		}
		if nl {
			if w.bol {
				w.prefix(true)
			}
			w.buf.WriteByte('\n')
			w.bol = true
		}
		s = rest
	}
}

// prefix writes the prefixes of the open boxes at the start of a line: for a
// blank line, those outside the innermost box that marks blank lines, and
// its mark.
func (w *mdWriter) prefix(blank bool) {
	w.bol = false
	last := len(w.boxes) - 1
	if blank {
		for last >= 0 && w.boxes[last].empty == "" {
			last--
		}
	}
	for i := 0; i <= last; i++ {
		b := &w.boxes[i]
		switch {
		case blank && i == last:
			w.buf.WriteString(b.empty)
		case !b.started:
			w.buf.WriteString(b.first)
			b.started = true
		default:
			w.buf.WriteString(b.rest)
		}
	}
}

// block starts a block: the blank line due before it, if any.
func (w *mdWriter) block() {
	if w.sep {
		w.text("\n")
	}
	w.sep = false
}

// end ends a block: a blank line is due before the next.
func (w *mdWriter) end() { w.sep = true }

func (w *mdWriter) push(b mdBox) {
	w.boxes = append(w.boxes, b)
	if d := len(w.boxes); d < len(w.lists) {
		w.lists[d] = "" // a new container: nothing written in it yet
	}
}
func (w *mdWriter) pop() { w.boxes = w.boxes[:len(w.boxes)-1] }

func (w *mdWriter) heading(h heading) {
	sp := make([]span, len(h.Spans))
	for i, x := range h.Spans {
		if x.Kind == spanBreak {
			x = span{Text: " "}
		}
		sp[i] = x
	}
	w.block()
	w.text(strings.Repeat("#", h.Level) + " " + mdInline(sp, true) + "\n")
	w.end()
	w.wrote("")
}

func (w *mdWriter) section(s *section) {
	if s.Apart {
		// A block quote sets the right to object apart (Art 21(4)).
		w.block()
		w.push(mdBox{first: "> ", rest: "> ", empty: ">"})
	}
	w.heading(s.Heading)
	w.blocks(s.Blocks)
	for _, sub := range s.Subs {
		w.section(sub)
	}
	if s.Apart {
		w.pop()
	}
}

// blocks writes a sequence of blocks, leaving out those with nothing to
// show.
func (w *mdWriter) blocks(bs []block) {
	for _, b := range bs {
		w.blockOf(b)
	}
}

// blockOf writes one block. Lists of content use the marker "-", lists of
// labelled fields "*", numbered lists "1."; a list right after another at
// the same depth takes the next marker ("+", then the other), so that
// consecutive lists (the contact details of two persons, say) stay apart.
func (w *mdWriter) blockOf(b block) {
	switch b.Kind {
	case blockPara:
		if !mdBlank(b.Spans) {
			w.block()
			w.text(mdInline(b.Spans, true) + "\n")
			w.end()
			w.wrote("")
		}
	case blockList, blockNav:
		loose := false
		for _, it := range b.Items {
			if len(it.Blocks) > 0 {
				loose = true
			}
		}
		first, n := true, 0
		bullet, delim := w.listMarker("- ", "+ ", "* "), w.listMarker(".", ")")
		for _, it := range b.Items {
			if b.Kind == blockNav {
				// The anchors of the HTML output mean nothing here.
				it.Spans = []span{{Text: plain(it.Spans)}}
			}
			lead := ""
			if !mdBlank(it.Spans) {
				lead = mdInline(it.Spans, true)
			}
			if lead == "" && mdEmpty(it.Blocks) {
				continue // nothing to show: no item, which CommonMark would show empty
			}
			if first || loose {
				w.block()
			}
			first = false
			n++
			box := mdBox{first: bullet, rest: "  "}
			if b.Ordered {
				marker := strconv.Itoa(n) + delim + " "
				box = mdBox{first: marker, rest: strings.Repeat(" ", len(marker))}
			}
			w.push(box)
			if lead != "" {
				w.text(lead + "\n")
				w.end()
			}
			w.blocks(it.Blocks)
			w.pop()
			w.sep = loose // items of a loose list are apart; of a tight one, not
		}
		if !first {
			w.end()
			if b.Ordered {
				w.wrote(delim)
			} else {
				w.wrote(bullet)
			}
		}
	case blockFields, blockAddress:
		if len(b.Fields) == 0 {
			return
		}
		w.block()
		fieldMarker := w.listMarker("* ", "+ ", "- ")
		for _, f := range b.Fields {
			w.push(mdBox{first: fieldMarker, rest: "  "})
			w.text("**" + mdEscape(f.Label+":", false, true) + "** ")
			line := ""
			for i, l := range f.Lines {
				if i > 0 {
					w.text(mdBreak(line))
				}
				line = mdInline(l, i > 0)
				w.text(line)
			}
			w.text("\n")
			w.pop()
		}
		w.end()
		w.wrote(fieldMarker)
	}
}

// mdEmpty reports whether blocks would write nothing.
func mdEmpty(bs []block) bool {
	for _, b := range bs {
		switch b.Kind {
		case blockPara:
			if !mdBlank(b.Spans) {
				return false
			}
		case blockList, blockNav:
			for _, it := range b.Items {
				if !mdBlank(it.Spans) || !mdEmpty(it.Blocks) {
					return false
				}
			}
		case blockFields, blockAddress:
			if len(b.Fields) > 0 {
				return false
			}
		}
	}
	return true
}

// mdBlank reports whether mdInline would write only spaces for sp: no link
// or line break, and no text but spaces.
func mdBlank(sp []span) bool {
	for _, x := range sp {
		if x.Kind == spanLink || x.Kind == spanBreak || strings.TrimSpace(x.Text) != "" {
			return false
		}
	}
	return true
}

// mdInline writes spans; atStart says that the first span begins a line.
func mdInline(sp []span, atStart bool) string {
	var b strings.Builder
	// A span is at the start of a line while nothing but dropped spaces has
	// been written since the line began.
	lineBegin := 0
	if !atStart {
		lineBegin = -1
	}
	for _, x := range sp {
		lineStart := b.Len() == lineBegin
		switch x.Kind {
		case spanBreak:
			b.WriteString(mdBreak(b.String()))
			lineBegin = b.Len()
		case spanStrong:
			// Emphasis markers must touch the text they mark, or CommonMark
			// shows them as asterisks (or, around nothing, as a thematic
			// break): spaces go outside them, and blank text gets none.
			core := strings.TrimSpace(x.Text)
			lead := x.Text[:strings.Index(x.Text, core)]
			trail := x.Text[len(lead)+len(core):]
			if lineStart {
				lead = ""
			}
			if core == "" {
				b.WriteString(lead)
				break
			}
			b.WriteString(lead + "**" + mdEscape(core, false, true) + "**" + trail)
		case spanLink:
			b.WriteString("[" + mdEscape(x.Text, false, false) + "](<" + mdDestination(x.URL) + ">)")
		default:
			b.WriteString(mdEscape(x.Text, lineStart, true))
		}
	}
	return b.String()
}

// mdBreak returns the hard line break to write after line: a backslash
// and a line feed, with a space before them when line ends in a backslash
// (text that ends in one, escaped), which goldmark would otherwise read as
// escaping the break, and then a backtick on the next line as starting code.
func mdBreak(line string) string {
	if strings.HasSuffix(line, "\\") {
		return " \\\n"
	}
	return "\\\n"
}

// mdDestination writes a URL that safeURL accepted as the destination of a
// link in angle brackets, so that every CommonMark reader follows exactly
// that URL. safeURL refuses spaces, controls, "<", ">" and "\", so the one
// character a reader would change is "&", which could start a character
// reference ("&#64;" is "@"): it is written as the reference "&amp;". A
// backslash escape would do for CommonMark, but some readers resolve
// references after escapes (goldmark reads "\&#64;" as "@").
func mdDestination(u string) string {
	if !strings.Contains(u, "&") {
		return u
	}
	return strings.ReplaceAll(u, "&", "&amp;")
}

// wordJoiner (U+2060) is an invisible character with no break opportunity.
// mdEscape puts one where GitHub-flavoured readers would otherwise see the
// start of an autolink in text: after "www", after the ":" of "://" and on
// both sides of "@". Backslash escapes do not stop every such reader
// (cmark-gfm finds e-mail addresses after joining the text and its escapes
// again, micromark links "https\://"); a character that no address may hold
// in that place does.
const wordJoiner = "\u2060"

// mdEscape returns s as literal CommonMark text. Every ASCII punctuation
// character that can start or end inline markup is backslash-escaped (`\`,
// "`", "*", "_", "[", "]", "<", ">", "&", "#", "|", "~", "$"); at the start
// of a line, leading spaces are dropped (four would make a code block) and
// "-", "+", "=" and ":" are escaped (":-" under a line makes it a table in
// GitHub's Markdown), and so is the "." or ")" of a number that would start
// an ordered list. In text outside a link (autolinks set), a
// word joiner keeps GitHub's extended autolinks from seeing a URL, a "www."
// address or an e-mail address. Other characters are left alone, so that
// ordinary text stays readable.
func mdEscape(s string, lineStart, autolinks bool) string {
	if lineStart {
		s = strings.TrimLeft(s, " ")
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '#', '|', '~', '$':
			b.WriteByte('\\')
		case '-', '+', '=', ':':
			if lineStart && i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			if lineStart && i > 0 && i <= 9 && allDigits(s[:i]) {
				b.WriteByte('\\')
			}
		case '\n':
			// Text reaching here has no line feeds (lineSpans splits them);
			// keep the output one line regardless.
			b.WriteByte(' ')
			continue
		}
		if autolinks && c == '@' {
			b.WriteString(wordJoiner)
		}
		b.WriteByte(c)
		if autolinks && (c == '@' ||
			c == ':' && strings.HasPrefix(s[i+1:], "//") ||
			(c == 'w' || c == 'W') && i >= 2 && strings.EqualFold(s[i-2:i+1], "www") && strings.HasPrefix(s[i+1:], ".")) {
			b.WriteString(wordJoiner)
		}
	}
	return b.String()
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// EscapeMarkdown returns s as literal CommonMark text on one line, safe to
// put anywhere in a line of a Markdown document, including its start: no
// character of s can start a heading, list, quote, code block, emphasis,
// link, autolink, HTML or table cell. Line breaks become spaces. It escapes
// as this package's own Markdown output does, for callers that write
// Markdown of their own around notice text (the diff package's changelog).
func EscapeMarkdown(s string) string {
	return mdEscape(strings.NewReplacer("\r\n", " ", "\r", " ").Replace(s), true, true)
}
