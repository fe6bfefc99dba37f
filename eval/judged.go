package eval

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
)

// Judged is one line of a judged-events file (testdata/gold/judged/*.jsonl):
// an event dyad emitted on a sentence of a corpus article, with a careful
// annotator's verdict on it. No text is kept: the line points at its
// sentence as corpus gold lines do.
//
//	{"file":"bbc_politics/politics_004.txt","sentence":7,"sha256":"1733441ca4946b9f",
//	 "date":"2005-01-15","source":"GBRPTY","cameo":"057","target":"-",
//	 "status":"asserted","right":false,"full":false,"why":"no_event","fix":""}
type Judged struct {
	// File is the article's slash path under the corpus folder, Sentence
	// the sentence's index as the coder splits it (-1 the title, 0 the
	// body's first), SHA256 the first 16 hex digits of the SHA-256 of its
	// text (SentenceHash).
	File     string `json:"file"`
	Sentence int    `json:"sentence"`
	SHA256   string `json:"sha256"`
	// Date is the publication date (YYYY-MM-DD) given to an article that
	// carries none (bbc_politics, lee_abc_news), as dyad code --date
	// gives it; empty for a dated article.
	Date string `json:"date,omitempty"`
	// Source and Target are CAMEO actor codes, "-" for none; CAMEO the
	// full event code; Status the event's status.
	Source string `json:"source"`
	CAMEO  string `json:"cameo"`
	Target string `json:"target"`
	Status string `json:"status"`
	// Right: the event, its root, source, target and status are right;
	// Full: its full code too.
	Right bool `json:"right"`
	Full  bool `json:"full"`
	// Why is "right" or the first thing wrong (JudgedWhys); Fix the
	// right coding ("RUSGOV 190 UKRMIL") when it is one event with other
	// codes (on a right line, the full code: "USAGOV 138 PRK" for
	// USAGOV 130 PRK), else "" (always on a line right and full).
	Why string `json:"why"`
	Fix string `json:"fix"`
	// Line is the line of the file it was read from (1 the first).
	Line int `json:"-"`
}

// JudgedWhys are the values of Judged.Why: "right", then the first thing
// wrong with an event.
var JudgedWhys = []string{"right", "no_event", "wrong_root", "wrong_source", "wrong_target", "target_missing", "target_extra", "wrong_status"}

// Key is the judged event's matching key: file, sentence, source code,
// CAMEO code, target code ("-" for none) and status.
func (j Judged) Key() JudgedKey {
	return JudgedKey{j.File, j.Sentence, j.Source, j.CAMEO, j.Target, j.Status}
}

// JudgedKey identifies an event in a judged file (Judged.Key) and in the
// coder's output (EventKey); it is comparable, a map key.
type JudgedKey struct {
	file                          string
	sentence                      int
	source, cameo, target, status string
}

// EventKey is the JudgedKey of the coder's event e of the article file.
func EventKey(file string, e dyad.Event) JudgedKey {
	code := func(a *dyad.Actor) string {
		if a == nil || a.Code == "" {
			return "-"
		}
		return a.Code
	}
	return JudgedKey{file, e.Sentence, code(e.Source), e.CAMEO, code(e.Target), string(e.Status)}
}

// JudgedArticle is an article line of a judged-events file: it names an
// article that was judged, whatever its event lines, so that events the
// coder newly emits in an article where nothing was judged to be an event
// count as unjudged.
//
//	{"file":"bbc_politics/politics_005.txt","date":"2005-01-15","article":true}
type JudgedArticle struct {
	// File is the article's slash path under the corpus folder; Date the
	// publication date (YYYY-MM-DD) given to an article that carries none,
	// as in Judged.Date; Article is always true.
	File    string `json:"file"`
	Date    string `json:"date,omitempty"`
	Article bool   `json:"article"`
	// Line is the line of the file it was read from (1 the first).
	Line int `json:"-"`
}

// JudgedFile is a judged-events file as ReadJudged reads it: its event
// lines and its article lines, each in file order. The articles judged
// are those its article lines or event lines name.
type JudgedFile struct {
	Events   []Judged
	Articles []JudgedArticle
}

// IsJudged reports whether data is a judged-events file rather than a
// gold set: its first line that is neither blank nor a "#" comment is a
// JSON object with a "right" field (an event line) or an "article" field
// (an article line; gold lines have "events" instead).
func IsJudged(data []byte) bool {
	for line := range bytes.Lines(data) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		var m map[string]json.RawMessage
		if json.Unmarshal(line, &m) != nil {
			return false
		}
		_, ok := m["right"]
		_, article := m["article"]
		return ok || article
	}
	return false
}

// ReadJudged parses a judged-events file: event lines (Judged) and article
// lines (JudgedArticle, those with an "article" field). Blank lines and "#"
// comments are skipped. Each line is decoded as ReadGold's are
// (decodeLine: keys in their exact case, each once, nothing after the
// object). Errors name the input and the line: bad JSON, an unknown field,
// a key in another case or given twice, data after the object, a missing file, sentence, sha256, right or why, a
// sentence below -1, a hash that is not 16 lower-case hex digits, a CAMEO
// code that is not 2 to 4 digits, an actor code that is neither "-" nor
// upper-case letters, an unknown status or why, a right line whose why is
// not "right" (or a wrong one whose why is), a fix on a line right to the
// full code, a date that is not YYYY-MM-DD; an article line whose "article" is not true, that lacks a
// file or names an article an earlier article line named.
func ReadJudged(r io.Reader, name string) (*JudgedFile, error) {
	out := &JudgedFile{}
	named := map[string]int{} // article lines' files, by line
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var keys map[string]json.RawMessage // an article line has "article"
		if err := decodeLine(line, &keys); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		if _, ok := keys["article"]; ok {
			a, err := parseJudgedArticle(line)
			if err == nil && named[a.File] > 0 {
				err = fmt.Errorf("article %s: already named on line %d", a.File, named[a.File])
			}
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, n, err)
			}
			a.Line = n
			named[a.File] = n
			out.Articles = append(out.Articles, a)
			continue
		}
		j, err := parseJudged(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		j.Line = n
		out.Events = append(out.Events, j)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// parseJudgedArticle parses and checks one article line.
func parseJudgedArticle(line string) (JudgedArticle, error) {
	var a JudgedArticle
	if err := decodeLine(line, &a); err != nil {
		return a, err
	}
	switch {
	case !a.Article:
		return a, errors.New(`"article" is false: an article line has "article":true`)
	case a.File == "":
		return a, errors.New(`an article line needs "file"`)
	case a.Date != "" && !validDay(a.Date):
		return a, fmt.Errorf("date %q: want YYYY-MM-DD", a.Date)
	}
	if c := filepath.ToSlash(filepath.Clean(a.File)); filepath.IsAbs(a.File) || c == ".." || strings.HasPrefix(c, "../") {
		return a, fmt.Errorf("file %q: want a path inside the corpus folder", a.File)
	}
	return a, nil
}

// parseJudged parses and checks one judged line.
func parseJudged(line string) (Judged, error) {
	var raw struct {
		Judged
		Sentence *int  `json:"sentence"`
		Right    *bool `json:"right"`
	}
	if err := decodeLine(line, &raw); err != nil {
		return Judged{}, err
	}
	j := raw.Judged
	switch {
	case j.File == "" || raw.Sentence == nil || *raw.Sentence < -1:
		return j, errors.New(`a judged event needs "file" and "sentence" (its index, -1 the title)`)
	case len(j.SHA256) != 16 || strings.Trim(j.SHA256, "0123456789abcdef") != "":
		return j, fmt.Errorf("sha256 %q: want 16 lower-case hex digits", j.SHA256)
	case raw.Right == nil:
		return j, errors.New(`no "right" (true or false)`)
	case j.Date != "" && !validDay(j.Date):
		return j, fmt.Errorf("date %q: want YYYY-MM-DD", j.Date)
	case len(j.CAMEO) < 2 || len(j.CAMEO) > 4 || strings.Trim(j.CAMEO, "0123456789") != "":
		return j, fmt.Errorf("CAMEO code %q: want 2 to 4 digits", j.CAMEO)
	}
	if c := filepath.ToSlash(filepath.Clean(j.File)); filepath.IsAbs(j.File) || c == ".." || strings.HasPrefix(c, "../") {
		return j, fmt.Errorf("file %q: want a path inside the corpus folder", j.File)
	}
	j.Sentence, j.Right = *raw.Sentence, *raw.Right
	for _, a := range []struct{ role, code string }{{"source", j.Source}, {"target", j.Target}} {
		if a.code != "-" && (len(a.code) < 3 || strings.Trim(a.code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "") {
			return j, fmt.Errorf("%s %q: want an actor code of upper-case letters, or \"-\" for none", a.role, a.code)
		}
	}
	switch dyad.Status(j.Status) {
	case dyad.Asserted, dyad.Alleged, dyad.Denied, dyad.Negated, dyad.Future, dyad.Hypothetical:
	default:
		return j, fmt.Errorf("status %q: want asserted, alleged, denied, negated, future or hypothetical", j.Status)
	}
	switch {
	case !slices.Contains(JudgedWhys, j.Why):
		return j, fmt.Errorf("why %q: want one of %s", j.Why, strings.Join(JudgedWhys, ", "))
	case j.Right != (j.Why == "right"):
		return j, fmt.Errorf("right is %v but why is %q", j.Right, j.Why)
	case j.Right && j.Full && j.Fix != "":
		return j, errors.New(`a line judged right to the full code has a "fix": nothing is left to fix`)
	}
	return j, nil
}

// JudgedCounts compares the coder's events with a judged file's, overall
// or for one CAMEO root. Events are counted once per matching key (file,
// sentence, source, CAMEO code, target, status).
type JudgedCounts struct {
	// Judged events in the file, Right of them judged right.
	Judged, Right int
	// Emitted: the coder's events now. Kept of them are judged, KeptRight
	// judged right (KeptFull with the full code right too); Unjudged are
	// not in the file (nobody judged them yet).
	Emitted, Kept, KeptRight, KeptFull, Unjudged int
	// GoneRight and GoneWrong: judged events the coder no longer emits,
	// judged right and wrong.
	GoneRight, GoneWrong int
}

// Precision is KeptRight/Kept: the share right among the emitted events
// that were judged (1 when none was).
func (c JudgedCounts) Precision() float64 { return ratio(c.KeptRight, c.Kept) }

// Low is KeptRight/Emitted: the precision if every unjudged event is
// wrong (1 when nothing was emitted).
func (c JudgedCounts) Low() float64 { return ratio(c.KeptRight, c.Emitted) }

// High is (KeptRight+Unjudged)/Emitted: the precision if every unjudged
// event is right (1 when nothing was emitted).
func (c JudgedCounts) High() float64 { return ratio(c.KeptRight+c.Unjudged, c.Emitted) }

// JudgedReport is the result of JudgeEvents.
type JudgedReport struct {
	// Articles is the number of articles coded; Repeated the lines that
	// repeat an earlier line's key (counted once, by the first).
	Articles, Repeated int
	Total              JudgedCounts
	ByRoot             map[string]JudgedCounts // by CAMEO root ("01" … "20")
	// Unjudged are the emitted events nobody judged, as judging items
	// (Item "u0001", … in file and sentence order); Gone the judged
	// events no longer emitted, with their sentence; Wrong the judged-wrong
	// events still emitted, with their sentence (the false events to fix).
	Unjudged []Item
	Gone     []GoneEvent
	Wrong    []GoneEvent
}

// GoneEvent is a judged event with its sentence: one the coder no longer
// emits (JudgedReport.Gone) or a judged-wrong one it still emits
// (JudgedReport.Wrong).
type GoneEvent struct {
	Judged
	Text string // the sentence
}

// Item is an unjudged event as a judging item (JSON Lines, written by
// WriteItems): where it is, the context a judge reads, and how dyad coded
// it. scripts/add-judgments turns a judge's verdict on it into a Judged
// line.
type Item struct {
	Item     string `json:"item"` // "u0001"
	File     string `json:"file"`
	Sentence int    `json:"sentence"`
	SHA256   string `json:"sha256"`
	// Date is the publication date the judged file gave the article
	// (Judged.Date: undated articles only); Published the date coded.
	Date      string   `json:"date,omitempty"`
	Published string   `json:"published"`
	Headline  string   `json:"headline"`
	Before    []string `json:"before"` // up to two body sentences before, in order
	Text      string   `json:"text"`
	// Codes ("-" for no actor) and the words they came from.
	Source     string `json:"source"`
	SourceText string `json:"source_text"`
	CAMEO      string `json:"cameo"`
	Target     string `json:"target"`
	TargetText string `json:"target_text"`
	Status     string `json:"status"`
	// ReportedBy is the code of who said it, "" when nobody is named;
	// ReportedByText its words.
	ReportedBy     string  `json:"reported_by"`
	ReportedByText string  `json:"reported_by_text"`
	Verb           string  `json:"verb"`
	EventDate      string  `json:"event_date"`
	Confidence     float64 `json:"confidence"`
}

// JudgeEvents codes the articles a judged file names (jf: by an article
// line or an event line) and compares the coder's events with the judged
// ones. Each article is read from dir (ReadArticle) and coded whole with
// c; one without a publication date gets its lines' Date (as dyad code
// --date gives it). split returns an article's sentences by index; each
// event line's sentence must hash to its SHA256. Every event the coder
// emits in a named article that no event line holds is unjudged, in an
// article named only by its article line too (nothing in it was judged
// an event then).
//
// Errors name the file and line ("judged.jsonl:12: …"): an article that
// cannot be read, a sentence index past the article's end, a sentence
// whose hash is not the judged one (the corpus or the sentence splitter
// changed), two dates for one article; every failing line up to
// MaxLineErrors, then their count.
func JudgeEvents(jf *JudgedFile, name, dir string, c Coder, split func(a *dyad.Article) map[int]string) (*JudgedReport, error) {
	var errs lineErrors
	byFile := map[string][]Judged{}
	dated := map[string]JudgedArticle{} // article lines by file
	var files []string
	for _, a := range jf.Articles {
		if _, ok := byFile[a.File]; !ok {
			files = append(files, a.File)
			byFile[a.File] = []Judged{}
		}
		dated[a.File] = a
	}
	for _, j := range jf.Events {
		if _, ok := byFile[j.File]; !ok {
			files = append(files, j.File)
		}
		byFile[j.File] = append(byFile[j.File], j)
	}
	slices.Sort(files)
	if err := noCorpus(name, dir, files); err != nil {
		return nil, err
	}
	rep := &JudgedReport{ByRoot: map[string]JudgedCounts{}}
	count := func(code string, f func(c *JudgedCounts)) {
		f(&rep.Total)
		r := rep.ByRoot[root(code)]
		f(&r)
		rep.ByRoot[root(code)] = r
	}
	for _, file := range files {
		js := byFile[file]
		al, named := dated[file]
		a, err := ReadArticle(dir, file)
		if err != nil {
			if named {
				errs.addAt(name, al.Line, err.Error())
			}
			for _, j := range js {
				errs.addAt(name, j.Line, err.Error())
			}
			continue
		}
		date, dateLine := al.Date, al.Line // (the article line's date first)
		for _, j := range js {
			if date == "" {
				date, dateLine = j.Date, j.Line
			} else if j.Date != "" && j.Date != date {
				errs.addAt(name, j.Line, fmt.Sprintf("date %s: line %d gives %s the date %s", j.Date, dateLine, file, date))
			}
		}
		if a.Published == "" && date != "" {
			a.Published, a.PublishedFrom = date, "flag" // as dyad code --date
		}
		texts := split(a)
		judged := map[JudgedKey]Judged{}
		ok := true
		for _, j := range js {
			if _, err := sentenceText(texts, dir, file, j.Sentence, j.SHA256); err != nil {
				errs.addAt(name, j.Line, err.Error())
				ok = false
				continue
			}
			if _, dup := judged[j.Key()]; dup {
				rep.Repeated++
				continue
			}
			judged[j.Key()] = j
		}
		if !ok || len(errs) > 0 {
			continue // (no coding once the report cannot be given)
		}
		rep.Articles++
		emitted := map[JudgedKey]bool{}
		for _, e := range c.Code(a) {
			k := EventKey(file, e)
			if emitted[k] {
				continue
			}
			emitted[k] = true
			j, isJudged := judged[k]
			count(e.CAMEO, func(c *JudgedCounts) {
				c.Emitted++
				if !isJudged {
					c.Unjudged++
					return
				}
				c.Kept++
				if j.Right {
					c.KeptRight++
					if j.Full {
						c.KeptFull++
					}
				}
			})
			if !isJudged {
				rep.Unjudged = append(rep.Unjudged, item(a, texts, date, e, k))
			}
		}
		for _, j := range js {
			if judged[j.Key()] != j {
				continue // a repeated line
			}
			gone := !emitted[j.Key()]
			count(j.CAMEO, func(c *JudgedCounts) {
				c.Judged++
				switch {
				case j.Right:
					c.Right++
					if gone {
						c.GoneRight++
					}
				case gone:
					c.GoneWrong++
				}
			})
			switch {
			case gone:
				rep.Gone = append(rep.Gone, GoneEvent{j, texts[j.Sentence]})
			case !j.Right:
				rep.Wrong = append(rep.Wrong, GoneEvent{j, texts[j.Sentence]})
			}
		}
	}
	if err := errs.err(name); err != nil {
		return nil, err
	}
	slices.SortStableFunc(rep.Unjudged, func(x, y Item) int {
		return cmp.Or(strings.Compare(x.File, y.File), x.Sentence-y.Sentence)
	})
	for i := range rep.Unjudged {
		rep.Unjudged[i].Item = fmt.Sprintf("u%04d", i+1)
	}
	return rep, nil
}

// item is the judging item of the unjudged event e (key k) of article a.
func item(a *dyad.Article, texts map[int]string, date string, e dyad.Event, k JudgedKey) Item {
	it := Item{
		File: k.file, Sentence: e.Sentence, SHA256: SentenceHash(texts[e.Sentence]),
		Date: date, Published: a.Published, Headline: a.Title, Before: []string{},
		Text:   texts[e.Sentence],
		Source: k.source, CAMEO: e.CAMEO, Target: k.target, Status: k.status,
		Verb: e.Evidence.Verb, EventDate: e.Date, Confidence: e.Confidence,
	}
	for i := e.Sentence - 2; i < e.Sentence; i++ {
		if t, ok := texts[i]; ok && i >= 0 {
			it.Before = append(it.Before, t)
		}
	}
	if e.Source != nil {
		it.SourceText = e.Source.Text
	}
	if e.Target != nil {
		it.TargetText = e.Target.Text
	}
	if e.ReportedBy != nil {
		it.ReportedBy, it.ReportedByText = e.ReportedBy.Code, e.ReportedBy.Text
	}
	return it
}

// sentenceText is sentence i of the corpus article file (texts: its
// sentences by index), checked against its annotated hash sha. Errors: no
// such sentence; a sentence whose hash differs (the corpus or the
// sentence splitter changed).
func sentenceText(texts map[int]string, dir, file string, i int, sha string) (string, error) {
	text, ok := texts[i]
	if !ok {
		return "", fmt.Errorf("%s has no sentence %d", filepath.Join(dir, filepath.FromSlash(file)), i)
	}
	if h := SentenceHash(text); h != sha {
		return "", fmt.Errorf("sentence %d of %s is not the one annotated (sha256 %s, want %s): the corpus or the sentence splitter changed", i, filepath.Join(dir, filepath.FromSlash(file)), h, sha)
	}
	return text, nil
}

// WriteItems writes items as JSON Lines, one item a line.
func WriteItems(w io.Writer, items []Item) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
	}
	return nil
}

// Print writes the report: the counts, the precision among judged events
// and its bounds, a table by root (a root's precision and bounds "-"
// when it has no judged or no emitted event), and with details the
// unjudged events and the judged ones no longer emitted, with their
// sentences (never with details on a held-out file).
func (rep *JudgedReport) Print(w io.Writer, details bool) {
	t := rep.Total
	fmt.Fprintf(w, "articles %d\n", rep.Articles)
	fmt.Fprintf(w, "judged events: %d (right %d)\n", t.Judged, t.Right)
	if rep.Repeated > 0 {
		fmt.Fprintf(w, "  (%d lines repeat an earlier line's event: counted once, by the first)\n", rep.Repeated)
	}
	fmt.Fprintf(w, "emitted now: %d; of them still judged %d (right %d, wrong %d; full code right %d); unjudged %d\n",
		t.Emitted, t.Kept, t.KeptRight, t.Kept-t.KeptRight, t.KeptFull, t.Unjudged)
	fmt.Fprintf(w, "judged events no longer emitted: %d (right %d, wrong %d)\n", t.GoneRight+t.GoneWrong, t.GoneRight, t.GoneWrong)
	fmt.Fprintf(w, "precision among judged emitted events: %.3f (%d/%d); bounds %.3f (%d/%d, every unjudged one wrong) to %.3f (%d/%d, every one right)\n",
		t.Precision(), t.KeptRight, t.Kept, t.Low(), t.KeptRight, t.Emitted, t.High(), t.KeptRight+t.Unjudged, t.Emitted)
	fmt.Fprintf(w, "\nby root %7s %6s %7s %6s %10s %8s %10s %10s %9s %6s %6s\n",
		"judged", "right", "emitted", "kept", "kept right", "unjudged", "gone right", "gone wrong", "precision", "low", "high")
	roots := make([]string, 0, len(rep.ByRoot))
	for r := range rep.ByRoot {
		roots = append(roots, r)
	}
	slices.Sort(roots)
	for _, r := range roots {
		c := rep.ByRoot[r]
		fmt.Fprintf(w, "  %-5s %7d %6d %7d %6d %10d %8d %10d %10d %s %s %s\n",
			r, c.Judged, c.Right, c.Emitted, c.Kept, c.KeptRight, c.Unjudged, c.GoneRight, c.GoneWrong,
			share(c.KeptRight, c.Kept, 9), share(c.KeptRight, c.Emitted, 6), share(c.KeptRight+c.Unjudged, c.Emitted, 6))
	}
	if !details {
		return
	}
	fmt.Fprintf(w, "\nunjudged (%d)\n", len(rep.Unjudged))
	for _, it := range rep.Unjudged {
		fmt.Fprintf(w, "  %s  %s:%d  %-28s  (%s)  %s\n", it.Item, it.File, it.Sentence,
			it.Source+" "+it.CAMEO+" "+it.Target+" "+it.Status, it.Verb, it.Text)
	}
	fmt.Fprintf(w, "\nno longer emitted (%d)\n", len(rep.Gone))
	printJudged(w, rep.Gone)
	fmt.Fprintf(w, "\nemitted, judged wrong (%d)\n", len(rep.Wrong))
	printJudged(w, rep.Wrong)
}

// printJudged writes one line for each judged event: its line in the
// judged file, where it is, the event, the verdict (with the judge's
// reason and fix when wrong) and the sentence.
func printJudged(w io.Writer, es []GoneEvent) {
	for _, g := range es {
		verdict := "right"
		if !g.Right {
			verdict = "wrong " + g.Why
			if g.Fix != "" {
				verdict += " (" + g.Fix + ")"
			}
		}
		fmt.Fprintf(w, "  line %d  %s:%d  %-28s  [%s]  %s\n", g.Line, g.File, g.Sentence,
			g.Source+" "+g.CAMEO+" "+g.Target+" "+g.Status, verdict, g.Text)
	}
}
