// Package output writes coded events in the formats users and other tools
// read: JSON Lines (dyad's event record), an aligned table for terminals,
// GDELT 2.0 event rows, CSV, and PLOVER JSON.
//
// A Writer takes events one article at a time and must be closed to flush.
// GDELTRow and GDELTMentionRow are exported so that the store's export can
// build GDELT rows with its own counts.
package output

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/internal/termsafe"
)

// Formats lists the format names New accepts.
func Formats() []string {
	return []string{"json", "table", "gdelt", "gdelt-mentions", "csv", "plover"}
}

// Writer writes events. Write takes the events coded from one article; a
// may be nil when the article is unknown (events read back from a store).
// Close flushes buffered output; it does not close the underlying io.Writer.
type Writer interface {
	Write(a *dyad.Article, evs []dyad.Event) error
	Close() error
}

// New returns a Writer for format:
//
//	"json"    JSON Lines, one dyad.Event per line as encoding/json marshals it
//	          ("jsonl" is accepted as a synonym)
//	"table"   an aligned, human-readable table: date, source, CAMEO code and
//	          short name, target, status, and a snippet around the verb
//	"gdelt"   GDELT 2.0 events export: 61 tab-separated columns, no header
//	          (see GDELTRow)
//	"gdelt-mentions"  GDELT 2.0 mentions table: 16 tab-separated columns,
//	          no header, a row per event and per further telling of it,
//	          offsets counted in the article's text (see GDELTMentionRow)
//	"csv"     a header row, then one row per event with the fields flattened
//	"plover"  PLOVER/POLECAT-style JSON, one object per line
//
// ont supplies code names (table) and PLOVER types and contexts (plover); it
// may be nil, in which case names are left out. An unknown format is an error
// naming it.
func New(w io.Writer, format string, ont *cameo.Ontology) (Writer, error) {
	bw := bufio.NewWriter(w)
	switch format {
	case "json", "jsonl":
		return &jsonWriter{w: bw}, nil
	case "table":
		return &tableWriter{w: bw, ont: ont}, nil
	case "gdelt":
		return &gdeltWriter{w: bw, now: time.Now}, nil
	case "gdelt-mentions":
		return &gdeltMentionsWriter{w: bw, now: time.Now}, nil
	case "csv":
		return &csvWriter{bw: bw, w: csv.NewWriter(bw)}, nil
	case "plover":
		return &ploverWriter{w: bw, ont: ont}, nil
	}
	return nil, fmt.Errorf("output: unknown format %q (want one of %s)", format, strings.Join(Formats(), ", "))
}

// jsonWriter writes JSON Lines.
type jsonWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer  // one event's line, reused
	enc *json.Encoder // on buf: json.Marshal's bytes and a newline
}

func (j *jsonWriter) Write(_ *dyad.Article, evs []dyad.Event) error {
	if j.enc == nil {
		j.enc = json.NewEncoder(&j.buf)
	}
	for i := range evs {
		j.buf.Reset()
		if err := j.enc.Encode(&evs[i]); err != nil {
			return fmt.Errorf("output: event %s: %w", evs[i].ID, err)
		}
		if _, err := j.w.Write(j.buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

func (j *jsonWriter) Close() error { return j.w.Flush() }

// Table column widths, in runes.
const (
	tabDate   = 10
	tabActor  = 12
	tabCAMEO  = 36
	tabStatus = 12
	tabText   = 60
)

// tableWriter writes fixed-width columns so that output streams article by
// article and stays aligned.
type tableWriter struct {
	w      *bufio.Writer
	ont    *cameo.Ontology
	header bool
	// quiet is the run of consecutive articles without events from one
	// input (their inputKey), not yet printed.
	quiet []*dyad.Article
}

// Write prints the article's "# ID TITLE" line (TITLE is its input when
// untitled) and a row per event. An article without events is held until
// the next Write or Close, so that a run of them from one input (the items
// of a feed, the records of a JSON Lines file or WARC archive) is one line,
// "# INPUT: N articles with no events"; one alone gets its line and
// "(no events)", so that the reader sees it was read. Events of no article
// (a nil a) get their rows alone.
func (t *tableWriter) Write(a *dyad.Article, evs []dyad.Event) error {
	if len(evs) == 0 && a == nil {
		return nil
	}
	if !t.header {
		t.row("DATE", "SOURCE", "CAMEO", "TARGET", "STATUS", "TEXT")
		t.header = true
	}
	if a != nil && len(evs) == 0 {
		if len(t.quiet) > 0 && inputKey(t.quiet[0].Input) != inputKey(a.Input) {
			t.flushQuiet()
		}
		t.quiet = append(t.quiet, a)
		return nil
	}
	t.flushQuiet()
	if a != nil {
		t.heading(a)
	}
	for _, ev := range evs {
		date := ev.Date
		if date == "" {
			date = "-"
		}
		code := ev.CAMEO
		if t.ont != nil {
			if c, ok := t.ont.Lookup(ev.CAMEO); ok {
				code += " " + ShortName(c.Name)
			}
		}
		t.row(date, actorCode(ev.Source), code, actorCode(ev.Target), string(ev.Status), Snippet(ev.Evidence, tabText))
	}
	return t.w.Flush()
}

// heading prints the article's "# ID TITLE" line.
func (t *tableWriter) heading(a *dyad.Article) {
	title := a.Title
	if title == "" {
		title = a.InputName()
	}
	fmt.Fprintln(t.w, strings.TrimSpace("# "+oneLine(a.ID)+" "+clip(oneLine(title), tabText+tabActor*2)))
}

// flushQuiet prints the held run of articles without events: one
// article's line and "(no events)", or the run's input and count.
func (t *tableWriter) flushQuiet() {
	switch n := len(t.quiet); {
	case n == 1:
		t.heading(t.quiet[0])
		fmt.Fprintln(t.w, "(no events)")
	case n > 1:
		fmt.Fprintf(t.w, "# %s: %d articles with no events\n", oneLine(inputKey(t.quiet[0].Input)), n)
	}
	clear(t.quiet)
	t.quiet = t.quiet[:0]
}

// inputKey is the input an article came from: its Input without the item,
// line or record number that feeds, JSON Lines and WARC archives add
// ("feed.xml:3", "a.jsonl:12", "c.warc:record 3" → "feed.xml", "a.jsonl",
// "c.warc").
func inputKey(input string) string {
	k := len(input)
	for k > 0 && '0' <= input[k-1] && input[k-1] <= '9' {
		k--
	}
	if k == len(input) {
		return input
	}
	rest := strings.TrimSuffix(input[:k], "record ")
	if strings.HasSuffix(rest, ":") && len(rest) > 1 {
		return rest[:len(rest)-1]
	}
	return input
}

func (t *tableWriter) row(date, src, code, tgt, status, text string) {
	fmt.Fprintf(t.w, "%s %s %s %s %s %s\n",
		pad(date, tabDate), pad(src, tabActor), pad(code, tabCAMEO),
		pad(tgt, tabActor), pad(status, tabStatus), text)
}

func (t *tableWriter) Close() error {
	t.flushQuiet()
	return t.w.Flush()
}

func actorCode(a *dyad.Actor) string {
	if a == nil || a.Code == "" {
		return "-"
	}
	return a.Code
}

// ShortName shortens a CAMEO code name for display: it drops the
// codebook's ", not specified below" ("Appeal to yield, not specified
// below" → "Appeal to yield").
func ShortName(name string) string {
	return strings.TrimSuffix(name, ", not specified below")
}

// Snippet returns at most width runes of the evidence sentence on one line,
// centred on the verb span when the sentence is longer, with "…" marking
// cuts.
func Snippet(e dyad.Evidence, width int) string {
	rs := []rune(oneLine(e.Text))
	if len(rs) <= width {
		return string(rs)
	}
	if width < 2 {
		return clip(string(rs), width)
	}
	vs := 0
	if s := e.Span[0]; s > 0 && s <= len(e.Text) && utf8.ValidString(e.Text[:s]) {
		vs = utf8.RuneCountInString(oneLine(e.Text[:s]))
	}
	from := max(0, vs-width/3)
	to := min(len(rs), from+width)
	from = max(0, to-width)
	out := string(rs[from:to])
	if from > 0 {
		_, n := utf8.DecodeRuneInString(out)
		out = "…" + strings.TrimLeft(out[n:], " ")
	}
	if to < len(rs) {
		_, n := utf8.DecodeLastRuneInString(out)
		out = strings.TrimRight(out[:len(out)-n], " ") + "…"
	}
	return out
}

// clip truncates s to width runes, ending with "…" when cut.
func clip(s string, width int) string {
	r := []rune(s)
	if len(r) <= width {
		return s
	}
	if width < 1 {
		return ""
	}
	return string(r[:width-1]) + "…"
}

// pad clips s to width runes and pads it with spaces to width.
func pad(s string, width int) string {
	s = clip(s, width)
	if n := utf8.RuneCountInString(s); n < width {
		s += strings.Repeat(" ", width-n)
	}
	return s
}

// oneLine replaces tabs, carriage returns and newlines with spaces and
// escapes the other control characters ("\x1b"), so that text from the
// input cannot drive the reader's terminal (termsafe.Line).
func oneLine(s string) string { return termsafe.Line(s) }

// CSVHeader returns the column names of the "csv" format, in order.
func CSVHeader() []string {
	return []string{
		"id", "article_id", "article_url", "sentence", "date", "date_precision", "date_from",
		"source_code", "source_name", "source_country", "source_sectors", "source_text",
		"target_code", "target_name", "target_country", "target_sectors", "target_text",
		"cameo", "cameo_root", "quad_class", "goldstein", "plover_event", "plover_mode",
		"status", "reported_by_code", "reported_by_name",
		"location_name", "location_country", "location_lat", "location_lon",
		"confidence", "evidence_verb", "evidence_text",
	}
}

// CSVText is a text cell of a CSV row (words from the input or a
// dictionary: a URL, a name, an actor's or the evidence's text) as a
// spreadsheet will read it as text: a value starting with "=", "+", "-",
// "@", a tab or a carriage return, which Excel, LibreOffice and Google
// Sheets would evaluate as a formula ("=HYPERLINK(…)" in a page's headline
// or a sentence), gets a leading apostrophe, as OWASP's advice on CSV
// injection writes it; any other value is returned as it is. Numeric
// cells (Goldstein, coordinates, confidence) are never passed through it:
// "-2.0" stays a number.
func CSVText(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// CSVRow flattens ev into the columns of CSVHeader. url is the article's
// URL ("" when unknown). Sectors are joined with ";"; absent actors and
// locations give empty fields; numbers use the shortest exact decimal
// (Goldstein keeps one decimal: "-2.0"); text cells go through CSVText, so
// that no cell opens as a formula in a spreadsheet.
func CSVRow(ev dyad.Event, url string) []string {
	row := []string{ev.ID, ev.ArticleID, CSVText(url), strconv.Itoa(ev.Sentence), ev.Date, ev.DatePrecision, ev.DateFrom}
	row = append(row, actorFields(ev.Source)...)
	row = append(row, actorFields(ev.Target)...)
	row = append(row, ev.CAMEO, rootOf(ev), strconv.Itoa(ev.QuadClass), score(ev.Goldstein),
		ev.Plover.Event, ev.Plover.Mode, string(ev.Status))
	if ev.ReportedBy != nil {
		row = append(row, ev.ReportedBy.Code, CSVText(ev.ReportedBy.Name))
	} else {
		row = append(row, "", "")
	}
	if l := ev.Location; l != nil {
		row = append(row, CSVText(l.Name), l.Country, float(l.Lat), float(l.Lon))
	} else {
		row = append(row, "", "", "", "")
	}
	return append(row, float(ev.Confidence), CSVText(ev.Evidence.Verb), CSVText(ev.Evidence.Text))
}

func actorFields(a *dyad.Actor) []string {
	if a == nil {
		return []string{"", "", "", "", ""}
	}
	return []string{a.Code, CSVText(a.Name), a.Country, strings.Join(a.Sectors, ";"), CSVText(a.Text)}
}

type csvWriter struct {
	bw     *bufio.Writer
	w      *csv.Writer
	header bool
}

func (c *csvWriter) Write(a *dyad.Article, evs []dyad.Event) error {
	if !c.header {
		c.w.Write(CSVHeader())
		c.header = true
	}
	url := ""
	if a != nil {
		url = a.URL
	}
	for _, ev := range evs {
		if err := c.w.Write(CSVRow(ev, url)); err != nil {
			return err
		}
	}
	c.w.Flush()
	return c.w.Error()
}

func (c *csvWriter) Close() error {
	if !c.header {
		c.w.Write(CSVHeader())
		c.header = true
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return err
	}
	return c.bw.Flush()
}

// rootOf returns the event's CAMEO root, from CAMEORoot or the code.
func rootOf(ev dyad.Event) string {
	if ev.CAMEORoot != "" {
		return ev.CAMEORoot
	}
	return cameo.Root(ev.CAMEO)
}

// score formats a Goldstein score the way GDELT does: one decimal at least
// ("-2.0", "3.4", "-10.0").
func score(g float64) string {
	s := strconv.FormatFloat(g, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// float formats f as the shortest exact decimal.
func float(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
