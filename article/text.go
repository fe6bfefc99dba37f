package article

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// headerKeys are the "KEY: value" lines recognised at the top of a text
// file (the project's examples, Giveme5W1H, the NGEC Guardian sample,
// Reuters-21578) and the Article field each one fills.
var headerKeys = map[string]string{
	"TITLE": "title", "HEADLINE": "title",
	"DATE": "date", "PUBLISHED": "date",
	"URL":       "url",
	"PUBLISHER": "source", "SOURCE": "source", "AGENCY": "source",
	"CATEGORY": "section", "SECTION": "section",
	"DATELINE": "dateline",
	"AUTHOR":   "byline", "AUTHORS": "byline", "BYLINE": "byline",
	"LANGUAGE": "language", "LANG": "language",
	"ID": "id",
	// Reuters-21578 metadata without an Article field.
	"PLACES": "", "PEOPLE": "", "ORGS": "", "TOPICS": "", "EXCHANGES": "", "COMPANIES": "",
}

var headerRE = regexp.MustCompile(`^([A-Z][A-Z_]{1,15}):\s*(.*)$`) // (no space needed: "DATE:2024-07-13")

// looseHeaderRE matches a header line whose key is written in title or
// lower case ("Title: …", "date: 2024-07-13"), as people write a header by
// hand; looseHeaderKeys are the keys read so (upper-cased), those of an
// article's own fields. PUBLISHED is not among them: a scraped page's
// "Published: 2 hours ago" is read, or left, by leading's stub rule; nor
// are Reuters-21578's metadata keys, which that corpus writes in capitals
// ("People: …" may open a story).
var (
	looseHeaderRE   = regexp.MustCompile(`^([A-Z][a-z]{1,15}|[a-z]{2,16}):\s*(.*)$`)
	looseHeaderKeys = map[string]bool{
		"TITLE": true, "HEADLINE": true, "DATE": true, "URL": true, "PUBLISHER": true, "SOURCE": true,
		"AGENCY": true, "CATEGORY": true, "SECTION": true, "DATELINE": true, "AUTHOR": true,
		"AUTHORS": true, "BYLINE": true, "LANGUAGE": true, "LANG": true, "ID": true,
	}
)

// agencies are news agency names as they appear alone on a line: in a
// scrape's agency line under the headline, or as the sign-off before the
// agency's closing blurb.
var agencies = map[string]bool{
	"AFP": true, "Agence France-Presse": true, "AP": true, "Associated Press": true,
	"The Associated Press": true, "Reuters": true, "Reuter": true, "REUTER": true, "REUTERS": true,
	"Yonhap": true, "Yonhap News Agency": true, "Xinhua": true, "KCNA": true, "TASS": true,
	"RIA Novosti": true, "Interfax": true, "dpa": true, "DPA": true, "EFE": true, "ANSA": true,
	"Kyodo": true, "Kyodo News": true, "Jiji Press": true, "PTI": true, "ANI": true, "IANS": true,
	"UNI": true, "Bernama": true, "Antara": true, "Anadolu": true, "Anadolu Agency": true,
	"AAP": true, "CNA": true, "UPI": true, "WAFA": true, "IRNA": true, "SPA": true, "WAM": true,
	"MENA": true, "QNA": true, "KUNA": true, "Ukrinform": true, "PAP": true, "CTK": true,
	"APA": true, "NTB": true, "TT": true, "Belga": true, "ATS": true, "Lusa": true, "Bloomberg": true,
}

var (
	publishedStubRE = regexp.MustCompile(`^(?i:published|updated|last updated|first published|posted)\b:?\s*(?:on\s+)?(.*)$`)
	agencyUpdateRE  = regexp.MustCompile(`^(.{1,60}?)\s*\|\s*(?i:updated|published|posted):?\s*(.*)$`)
	bylineRE        = regexp.MustCompile(`^(?:By|BY)\s+([A-Z][^\n]{1,80})$`)
	// A credit appended to a caption: "… - Copyright AFP NAME",
	// "… Photograph: NAME for the Guardian", "… (Photo: NAME/AP)".
	filephotoRE = regexp.MustCompile(`^(?:FILE|File)\s*[-–—]\s+(?:In this|This)\b`)
	// "… (AP Photo/Jane Roe)", "… (Jane Roe/Getty Images)"
	parenCreditRE = regexp.MustCompile(`^(.*?)\s*\([^()]{0,60}(?:Photo|Getty|Images|Reuters|AFP|EPA|Shutterstock|Alamy|Pool)[^()]{0,40}\)$`)
	// (captionOf tries creditRE only on text holding "Copyright", "©" or
	// ':', and parenCreditRE only on text ending in ')': keep it so)
	creditRE = regexp.MustCompile(`^(.*?)\s*(?:(?:[-–—|]\s*|^)(?:Copyright|©)\s+[A-Z][^.!?]{0,80}|\(?(?:Photograph|Photo|Photo credit|Credit|Image|Picture|Illustration)\s*:\s*[^.!?]{0,80}\)?)$`)
	// "Reuters Troops could be seen …": a picture credit before its caption
	leadPhotoCreditRE = regexp.MustCompile(`^(Reuters|AFP|EPA|EPA-EFE|Getty Images|AFP/Getty Images|AFP via Getty Images|Shutterstock|Alamy)\s+([A-Z].*)$`)
	// "(CNN) ", "(Reuters) - ": an outlet's credit opening a story
	leadCreditRE = regexp.MustCompile(`^\(([A-Za-z][A-Za-z ./\-]{1,28})\)\s*(?:--|—|–|-|:)?\s*(\S.*)$`)
	// "BEIJING -- ", "TOKYO (Reuters) - ", "SAN JOSE, Costa Rica — ",
	// "SEOUL, July 13 (Yonhap) -- ", "BEIRUT/THE HAGUE, March 7 (Reuters) - "
	// (a story filed from two cities), "DNIPRO, Ukraine, Jan 15 (Reuters) - "
	// (a town, its country and the date).
	datelineRE   = regexp.MustCompile(`^([A-Z][A-Z'.\-]{2,}(?:\s+[A-Z][A-Z'.\-]+)*(?:/[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+)*)*(?:,\s*[A-Z][A-Za-z0-9.'\-]*(?:\s+[A-Za-z0-9.'\-]+){0,3}){0,2})\s*(?:\(([^)]{1,30})\))?\s*(?:--|—|–|-|:)\s+(\S.*)$`)
	dateSuffixRE = regexp.MustCompile(`,?\s*(?:` + monthWord + `\.?\s+\d{1,2}(?:,?\s*\d{4})?|\d{1,2}\s+` + monthWord + `\.?)\s*-?$`)
)

// para is one paragraph of a text file; alone is true when it was a block
// of its own between blank lines.
type para struct {
	text  string
	alone bool
}

// readText parses a plain-text article: an optional "KEY: value" header
// block, then the body. See the package tests for the forms handled. A
// DATE (or PUBLISHED) header that is no date is a *lineError.
func readText(s string) (*dyad.Article, error) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	a := &dyad.Article{}
	start, _, err := parseHeader(lines, a)
	if err != nil {
		return nil, err
	}
	// a header giving no title (DATE: and SOURCE: alone) leaves the
	// headline rules on: the body's first short line is the title
	paras := paragraphs(lines[start:], a.Title != "")
	paras = dropSignoff(paras, a)
	paras = leading(paras, a)

	var body []string
	for _, p := range paras {
		text := p.text
		if c, ok := captionOf(text); ok {
			if c != "" {
				a.Captions = appendNew(a.Captions, c)
			}
			continue
		}
		if c, ok := creditedCaption(text); ok {
			a.Captions = appendNew(a.Captions, c)
			continue
		}
		if isBoilerplate(text) {
			continue
		}
		body = append(body, text)
	}
	// A caption printed twice, the second time with its credit: keep the
	// caption once, not in the body.
	body = dropCaptions(body, a.Captions)
	a.Body = datelineFirst(body, a, true)
	return a, nil
}

// StripDateline removes a wire dateline ("GENEVA (Reuters) - ", "SEOUL,
// March 14 (Yonhap) -- ") or an outlet's lead credit ("(CNN) ") from the
// start of a's body (one of its first three paragraphs), recording the
// place in a.Dateline and the agency in a.Source when they are unset.
// Readers of every format call it; a caller building an Article from raw
// text (a gold set's sentence) calls it so that the dateline is not read
// as the story's first words ("SEOUL … Japan said" is no act of Seoul's).
func StripDateline(a *dyad.Article) {
	a.Body = datelineFirst(a.Body, a, false)
}

// datelineFirst strips the dateline from the story's first paragraph: the
// first of the opening three that starts with one. With moveBefore, the
// (at most two) paragraphs before it are photo captions or page furniture
// and go to a.Captions, but for a lead paragraph (leadBeforeDateline),
// kept first in the body.
func datelineFirst(body []string, a *dyad.Article, moveBefore bool) []string {
	if len(body) > 0 && strings.HasPrefix(body[0], "(") {
		// "(CNN) Boko Haram militants …": an outlet's credit with no place;
		// left in, it reads as an actor of the first sentence
		if m := leadCreditRE.FindStringSubmatch(body[0]); m != nil && (agencies[m[1]] || broadcasters[m[1]]) {
			if a.Source == "" {
				a.Source = m[1]
			}
			body[0] = m[2]
			return body
		}
	}
	for i := 0; i < len(body) && i < 3; i++ {
		if m := datelineRE.FindStringSubmatch(body[i]); m == nil || notPlaces[strings.Fields(m[1])[0]] {
			continue
		}
		body[i] = takeDateline(body[i], a)
		if i > 0 && moveBefore {
			var lead []string
			for _, c := range body[:i] {
				if leadBeforeDateline(c) {
					lead = append(lead, c)
				} else {
					a.Captions = appendNew(a.Captions, c)
				}
			}
			body = append(lead, body[i:]...)
		}
		break
	}
	return body
}

// parseHeader reads the "KEY: value" lines at the top of lines into a and
// returns the index of the first body line. A key is written in capitals
// (headerKeys), or in title or lower case when it names an article field
// (looseHeaderKeys: "Title:", "date:"). A date header that parseDate
// does not read is a *lineError naming the value.
func parseHeader(lines []string, a *dyad.Article) (int, bool, error) {
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	n, dateLine := 0, 0
	for ; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], " \t")
		if line == "" {
			break
		}
		m := headerRE.FindStringSubmatch(line)
		key := ""
		if m != nil {
			key = m[1]
		} else if m = looseHeaderRE.FindStringSubmatch(line); m != nil && looseHeaderKeys[strings.ToUpper(m[1])] {
			// "Date: 2024-07-13" is DATE: 2024-07-13 (it was body text,
			// the story coded undated and its header lines as sentences)
			key = strings.ToUpper(m[1])
		} else {
			break
		}
		field, known := headerKeys[key]
		if !known {
			break
		}
		n++
		v := clean(m[2])
		if v == "" {
			continue
		}
		switch field {
		case "title":
			a.Title = v
		case "date":
			d, ok := parseDate(v)
			if !ok && isoDayRE.MatchString(v) {
				// "2024-03-01 10:00 KST": a zone Go cannot read; the day stands
				d, ok = parseDate(v[:10])
			}
			if !ok && dateAloneRE.MatchString(v) {
				// "13 July 2024 09:30 BST", "July 13, 2024 9:30 AM EDT":
				// a day in words with a time or zone dyad cannot read;
				// the day stands as well
				if d, ok = parseDate(dayInTextRE.FindString(v)); ok {
					d = d[:10]
				}
			}
			if !ok {
				return 0, false, &lineError{i + 1, badDate(m[1], v)}
			}
			if p := futureDate(d, time.Now()); p != "" {
				return 0, false, &lineError{i + 1, fmt.Errorf("%s %q: %s", m[1], v, p)}
			}
			if dateLine > 0 && d != a.Published {
				return 0, false, &lineError{i + 1, fmt.Errorf("%s %q: a second date (line %d gave %s); keep one", m[1], v, dateLine, a.Published)}
			}
			a.Published, a.PublishedFrom, dateLine = d, "header", i+1
		case "url":
			a.URL = v
		case "source":
			a.Source = v
		case "section":
			a.Section = v
		case "dateline":
			a.Dateline = datelinePlace(v)
		case "byline":
			a.Byline = v
			a.Authors = splitAuthors(v)
		case "language":
			a.Language = strings.ToLower(v)
		case "id":
			a.ID = v
		}
	}
	if n == 0 {
		return 0, false, nil
	}
	return i, true, nil
}

// lineError is an error at a 1-based line of the input, for the caller to
// name with the input ("story.txt:2: …").
type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return e.err.Error() }
func (e *lineError) Unwrap() error { return e.err }

// isoDayRE matches a value that starts with an ISO day and goes on with
// a time: "2024-03-01 10:00 KST", "2024-03-01T10:00 (local)".
var isoDayRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}[ T]`)

// dmyRE matches dates written with the day and month as numbers in an
// order a reader cannot tell: 03/01/2024, 1.3.2024, 03-01-24.
var dmyRE = regexp.MustCompile(`^\d{1,2}[./-]\d{1,2}[./-]\d{2}(?:\d{2})?$`)

// badDate is the error for a date header key: value that parseDate does
// not read, saying how to write it.
func badDate(key, v string) error {
	if p := dayProblem(v); p != "" {
		return fmt.Errorf("%s %q: %s", key, v, p)
	}
	if dmyRE.MatchString(v) {
		return fmt.Errorf("%s %q: day and month order is ambiguous; write the date as YYYY-MM-DD", key, v)
	}
	return fmt.Errorf("%s %q: not a date dyad reads; write it as YYYY-MM-DD (or YYYYMMDD, or RFC 3339 with a time)", key, v)
}

// paragraphs groups lines into paragraphs. Blocks are separated by blank
// lines. A hard-wrapped block (Reuters-21578: lines under ~80 columns,
// paragraphs starting with indentation) is rejoined; in any other block
// each line is a paragraph.
//
// A text with no header giving its title may open with its headline
// (headLine, headLines): that line is a paragraph of its own. With a
// header giving the title (titled), the first line is the text's (a
// Reuters-21578 body whose dateline was moved to the header starts on a
// short line); a header without TITLE: leaves the rule on.
func paragraphs(lines []string, titled bool) []para {
	var out []para
	var block []string
	flush := func() {
		if len(block) == 0 {
			return
		}
		block = dedent(block)
		if wrapped(block) {
			if len(out) == 0 && !titled && headLine(block) {
				// a headline over a hard-wrapped lead: a line of its
				// own (a title to leading), not the lead's first words
				out = append(out, para{text: clean(block[0]), alone: true})
				block = block[1:]
			}
			var cur []string
			for _, l := range block {
				if len(cur) > 0 && (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")) {
					out = append(out, para{text: clean(strings.Join(cur, " "))})
					cur = nil
				}
				cur = append(cur, l)
			}
			out = append(out, para{text: clean(strings.Join(cur, " "))})
		} else {
			heads := 0 // a first block's headline lines (a section label, a title)
			if len(out) == 0 && !titled {
				heads = headLines(block)
			}
			for i, l := range block {
				if t := clean(l); t != "" {
					out = append(out, para{text: t, alone: len(block) == 1 || i < heads})
				}
			}
		}
		block = nil
	}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		block = append(block, strings.TrimRight(l, " \t"))
	}
	flush()
	return out
}

// dedent takes off the indentation every line of block shares (a text
// indented as a whole, "  Indian and Chinese troops clashed" over "  on
// the disputed Himalayan border"), so that such a block is read as it
// would be unindented: an indent then marks a paragraph only where a line
// is indented more than the others. A block with a line not indented is
// returned as it is.
func dedent(block []string) []string {
	common := ""
	for i, l := range block {
		ind := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if ind == "" {
			return block
		}
		if i == 0 {
			common = ind
			continue
		}
		n := 0
		for n < len(common) && n < len(ind) && common[n] == ind[n] {
			n++
		}
		common = common[:n]
		if common == "" {
			return block
		}
	}
	out := make([]string, len(block))
	for i, l := range block {
		out[i] = l[len(common):]
	}
	return out
}

// headLine reports whether the first line of a hard-wrapped block is a
// headline of its own, not the first line of the wrapped text: it ends
// without punctuation, the next line starts with a capital, and the next
// line's first word would have fitted on it within the block's width (its
// longest line), so no wrap broke it there ("Troops clash on border" over
// "Indian and Chinese troops clashed on the disputed Himalayan border").
func headLine(block []string) bool {
	if len(block) < 3 {
		return false
	}
	first := strings.TrimSpace(block[0])
	next := strings.Fields(block[1])
	if first == "" || len(next) == 0 || strings.ContainsAny(first[len(first)-1:], ".!?:,;-\"'’”)") {
		return false
	}
	if r := []rune(next[0]); !unicode.IsUpper(r[0]) {
		return false
	}
	width := 0
	for _, l := range block[1:] {
		width = max(width, len([]rune(strings.TrimRight(l, " \t"))))
	}
	n := len([]rune(first))
	return n+1+len([]rune(next[0])) <= width && n*10 <= width*7
}

// headLines counts the headline lines that open the first block of a text
// written one paragraph a line: one or two short lines (at most
// 120 characters) ending without punctuation, followed by a longer line
// that ends as a sentence does ("Troops clash on border" over "Indian and
// Chinese troops clashed … on Monday."). They are lines of their own, a
// title (and a section label) to leading, not body sentences; 0 when the
// block opens otherwise.
func headLines(block []string) int {
	for k := 0; k < 2 && k+1 < len(block); k++ {
		l := strings.TrimSpace(block[k])
		if l == "" || len([]rune(l)) > 120 || strings.ContainsAny(l[len(l)-1:], ".!?:,;-\"'’”)") {
			return 0
		}
		next := strings.TrimSpace(block[k+1])
		if len(next) > len(l) && strings.ContainsAny(next[len(next)-1:], ".!?\"'’”") && strings.Contains(next, " ") && len(strings.Fields(next)) >= 6 {
			return k + 1
		}
	}
	return 0
}

// wrapped reports whether a block looks hard-wrapped at a fixed width:
// most of its lines 40 characters or longer (Reuters-21578 wraps under
// 80), or paragraphs opening indented, or, at any width, as many of its
// line breaks falling inside a sentence (continues: a text wrapped at 35
// columns, whose lines are all short) as after one, and at least one. A
// block of short lines that each end a sentence, or open with a capital,
// is one paragraph a line.
func wrapped(block []string) bool {
	if len(block) < 2 {
		return false
	}
	long, indented, cont, ends := 0, 0, 0, 0
	for i, l := range block {
		n := len([]rune(l))
		if n > 90 {
			return false
		}
		if n >= 40 {
			long++
		}
		if i > 0 && (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")) {
			indented++
		}
		if i > 0 && continues(block[i-1], l) {
			cont++
		} else if i > 0 && endsSentence(block[i-1]) {
			ends++
		}
	}
	if cont > 0 && cont >= ends {
		return true
	}
	return len(block) >= 3 && (long*10 >= len(block)*6 || indented > 0 && indented*2 <= len(block))
}

// continues reports a line break inside a sentence: line does not end
// as a sentence does (endsSentence: . ! ? or a closing quote or bracket
// after one) and next, not indented, opens with a lower-case letter
// ("Indian and Chinese troops clashed" over "on the disputed Himalayan
// border").
func continues(line, next string) bool {
	if strings.TrimSpace(line) == "" || next == "" || next[0] == ' ' || next[0] == '\t' || endsSentence(line) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}

// dropSignoff removes a final line that is just an agency's name ("AFP",
// "Reuter") and whatever follows it (the agency's blurb), when it is among
// the last three paragraphs.
func dropSignoff(ps []para, a *dyad.Article) []para {
	for k := len(ps) - 1; k >= 0 && k >= len(ps)-3; k-- {
		if isAgency(ps[k].text, a) {
			if a.Source == "" {
				a.Source = agencyName(ps[k].text)
			}
			return ps[:k]
		}
	}
	return ps
}

// agencyName gives an agency's usual name for a sign-off spelling:
// Reuters-21578 signs "Reuter".
func agencyName(s string) string {
	switch s {
	case "Reuter", "REUTER", "REUTERS":
		return "Reuters"
	}
	return s
}

func isAgency(s string, a *dyad.Article) bool {
	return agencies[s] || (a.Source != "" && s == a.Source && len(s) <= 40)
}

// leading consumes the metadata lines at the top of a body: section label,
// headline, agency line, "Published" stub, byline, a repetition of the
// title and "Agency | Updated: …" lines.
func leading(ps []para, a *dyad.Article) []para {
	titleSet := a.Title != ""
	i := 0
	for ; i < len(ps) && i < 8; i++ {
		t := ps[i].text
		switch {
		case a.Title != "" && strings.EqualFold(strings.TrimRight(t, " ."), strings.TrimRight(a.Title, " .")):
			continue
		case isAgency(t, a) && len(t) <= 40:
			if a.Source == "" {
				a.Source = t
			}
			continue
		case len(t) <= 80 && publishedStubRE.MatchString(t):
			rest := publishedStubRE.FindStringSubmatch(t)[1]
			if rest != "" {
				d, ok := parseDate(rest)
				if !ok {
					break
				}
				if a.Published == "" {
					a.Published, a.PublishedFrom = d, "text"
				}
			}
			continue
		case len(t) <= 100 && agencyUpdateRE.MatchString(t):
			m := agencyUpdateRE.FindStringSubmatch(t)
			if _, ok := parseDate(m[2]); ok || m[2] == "" {
				continue
			}
		case bylineRE.MatchString(t) && a.Byline == "":
			a.Byline = t
			a.Authors = splitAuthors(a.Byline)
			continue
		}
		if titleSet || !ps[i].alone || i+1 >= len(ps) {
			break
		}
		if a.Section == "" && isLabel(t) && i+1 < len(ps) && titleLike(ps[i+1]) {
			a.Section = t
			continue
		}
		if titleLike(ps[i]) {
			a.Title = t
			titleSet = true
			continue
		}
		break
	}
	return ps[i:]
}

// isLabel reports whether s looks like a section label: at most three
// capitalised words, no digits or final punctuation.
func isLabel(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 3 || len(s) > 30 {
		return false
	}
	for _, x := range w {
		r := []rune(x)
		if !unicode.IsUpper(r[0]) && x != "&" && x != "and" {
			return false
		}
		for _, c := range r {
			if unicode.IsDigit(c) {
				return false
			}
		}
	}
	return !strings.ContainsAny(s[len(s)-1:], ".!?:,;")
}

// titleLike reports whether p can be a headline: a line of its own, at most
// 250 characters, not ending like a sentence.
func titleLike(p para) bool {
	return p.alone && len(p.text) <= 250 && !strings.HasSuffix(p.text, ".") && !strings.HasSuffix(p.text, ":")
}

// captionOf reports whether p is a photo caption with its credit (or a bare
// credit) and returns the caption without the credit ("" for a bare credit).
func captionOf(p string) (string, bool) {
	if filephotoRE.MatchString(p) && len(p) < 600 {
		return p, true // AP's "FILE - In this … photo, …"
	}
	if len(p) > 600 || !creditHint(p) {
		return "", false
	}
	// cheap tests first: creditRE needs "Copyright", "©" or a colon,
	// parenCreditRE a closing parenthesis at the end
	var m []string
	if strings.Contains(p, "Copyright") || strings.Contains(p, "©") || strings.IndexByte(p, ':') >= 0 {
		m = creditRE.FindStringSubmatch(p)
	}
	if m == nil && strings.HasSuffix(p, ")") {
		m = parenCreditRE.FindStringSubmatch(p)
	}
	if m == nil {
		return "", false
	}
	return strings.TrimRight(strings.TrimSpace(m[1]), " -–—|"), true
}

// creditedCaption reports a photo caption that a scraped page printed
// after its picture credit, as one paragraph: "Reuters Troops could be
// seen taking part in a drill …", "AFP Police made a number of arrests
// …", "Getty Images The …". It returns the caption without the credit.
// A credit word followed by its own name ("Xinhua News Agency said",
// "Reuters Television") or by a verb ("Reuters reported") is no caption.
func creditedCaption(p string) (string, bool) {
	if len(p) > 600 || !creditHint(p) {
		return "", false
	}
	m := leadPhotoCreditRE.FindStringSubmatch(p)
	if m == nil {
		return "", false
	}
	switch first, _, _ := strings.Cut(m[2], " "); first {
	case "News", "Agency", "Television", "TV", "Breakingviews", "Photo", "Photos", "Graphics", "Images", "Pictures", "Media", "Wire":
		return "", false
	}
	return m[2], true
}

// creditHint is a cheap test for the words creditRE looks for.
func creditHint(p string) bool { return creditWords.in(p) }

var creditWords = newPhraseSet([]string{"Copyright", "©", "Photo", "Credit", "Image", "Picture", "Illustration", "Getty", "Reuters", "AFP", "EPA", "Shutterstock", "Alamy", "Pool"})

// dropCaptions removes from body the paragraphs equal to a caption.
func dropCaptions(body, captions []string) []string {
	if len(captions) == 0 {
		return body
	}
	out := body[:0]
	for _, p := range body {
		dup := false
		for _, c := range captions {
			if p == c {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

// takeDateline strips a leading dateline ("BEIJING -- ") from the first
// paragraph, recording its place in a.Dateline (and an agency in
// parentheses in a.Source when unset).
func takeDateline(p string, a *dyad.Article) string {
	m := datelineRE.FindStringSubmatch(p)
	if m == nil || notPlaces[strings.Fields(m[1])[0]] {
		return p
	}
	if a.Dateline == "" {
		a.Dateline = datelinePlace(m[1])
	}
	if a.Source == "" && m[2] != "" && agencies[m[2]] {
		a.Source = m[2]
	}
	return m[3]
}

// broadcasters are outlets that open a story with their name in
// parentheses and no place, as agencies do after a dateline: "(CNN) …".
var broadcasters = map[string]bool{"CNN": true, "BBC": true, "CNBC": true, "NBC": true, "ABC": true, "CBS": true,
	"Al Jazeera": true, "AJ": true, "RFE/RL": true, "VOA": true, "DW": true, "NPR": true}

// notPlaces are capitalised words that open a paragraph like a dateline
// but are labels: "FILE - In this photo …", "UPDATE: …".
var notPlaces = map[string]bool{"FILE": true, "PHOTO": true, "UPDATE": true, "UPDATED": true, "WATCH": true, "EXCLUSIVE": true,
	"BREAKING": true, "INSIGHTS": true, "OPINION": true, "ANALYSIS": true, "VIDEO": true, "LIVE": true, "EDITOR'S": true,
	"CORRECTION": true, "NOTE": true, "READ": true, "MORE": true, "RELATED": true, "WARNING": true, "ALERT": true}

// datelinePlace strips a date and trailing dash from a dateline:
// "WASHINGTON, Feb 26 -" → "WASHINGTON".
func datelinePlace(s string) string {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "-–—"))
	s = dateSuffixRE.ReplaceAllString(s, "")
	return strings.TrimRight(strings.TrimSpace(s), ",")
}

// splitAuthors splits a byline into names: "By Jane Doe and John Roe, AP"
// → ["Jane Doe", "John Roe"].
func splitAuthors(s string) []string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "By "), "BY ")
	var out, agency []string
	for _, part := range authorSepRE.Split(s, -1) {
		part = clean(part)
		if part == "" || len(strings.Fields(part)) > 5 {
			continue
		}
		if agencies[part] {
			agency = append(agency, part)
			continue
		}
		out = appendNew(out, unslug(part))
	}
	if len(out) == 0 {
		return agency // "Associated Press" alone is the byline
	}
	return out
}

var authorSepRE = regexp.MustCompile(`\s*(?:,|;|\band\b|&|\|)\s*`)

// unslug turns a URL slug used as a name ("chuck-ross") into words
// ("Chuck Ross").
func unslug(s string) string {
	if strings.ContainsAny(s, " ") || !strings.Contains(s, "-") || strings.ToLower(s) != s {
		return s
	}
	w := strings.Split(s, "-")
	for i, x := range w {
		if x != "" {
			w[i] = strings.ToUpper(x[:1]) + x[1:]
		}
	}
	return strings.Join(w, " ")
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

var (
	boilerExactRE = regexp.MustCompile(`^(?i:advertisement|advert|ad|sponsored|sponsored content|photo|photos|video|close|share|share this|share this article|share this story|share article|read more|related|related articles|related stories|related content|more on this story|more from [^.]{1,40}|listen to this article.*|skip to (?:main )?content|enlarge this image.*|toggle caption.*|image caption.*|media caption.*|getty images|copy link|link copied|comments|print|email|facebook|twitter|whatsapp|linkedin|story continues below advertisement|article continues below|continue reading|scroll to continue.*|recommended|trending|most read|most popular|top stories|you may also like|watch|watch:.*|read next|embed(?: embed)*|(?:all )?comments(?: \(?\d+\)?)?|\d[\d,]* comments?)$`)
	// (boilerStart, creditStart and copyrightStart try the next three only
	// on text holding the literals each needs: keep them in step)
	boilerStartRE = regexp.MustCompile(`^(?i:read more|read also|also read|see also|related|more|watch|listen|sign up|subscribe|click here|follow us|download the|published under|filed under|tags|topics|doi)\s*:|^(?:READ MORE|RELATED|MORE|WATCH|LISTEN)\b`)
	// Phrases (lower case) that mark a short paragraph as a pitch or notice.
	// Phrases (lower case) that mark a short paragraph (under 220 bytes) as
	// a pitch or notice. They are chosen not to occur in news prose: "sign
	// up for our", not "sign up to" (states sign up to treaties).
	boilerPhrases = []string{"sign up for our", "sign up to our", "sign up for free", "sign up here", "subscribe to our",
		"subscribe now", "subscribe today", "subscribe for ", "click here", "follow us on", "all rights reserved",
		"may not be published, broadcast, rewritten", "share this article", "share this story", "share on facebook",
		"share on twitter", "download the app", "download our app", "get the latest news", "get the latest updates",
		"get the latest headlines", "already a subscriber", "create a free account", "create an account", "create account",
		"log in to continue", "log in to read", "log in to comment", "this article was amended", "this article was updated",
		"enter your email", "email address is invalid", "our standards:", "on google news", "confirm your public display name",
		"logout and then login", "log out and then log in", "additional reporting by", "©", "more to follow",
		"join the conversation", "join thought-provoking conversations", "get in touch at", "get in touch with us",
		"follow along with", "is an invitation-only", "welcome email", "to your inbox", "in your inbox", "junk folder",
		"signing you up", "register for free", "registering for free", "save this article", "affiliate commission",
		"premium subscription", "keep comments relevant", "comments may take", "bookmark your favourite", "bookmark your favorite",
		"enjoy the latest", "don't have an account", "subscriber-only", "subscribers only", "support our journalism",
		"support independent journalism", "story continues below", "article continues below", "advertisement has not loaded",
		"have a story to tell", "got a story?", "you have full access to this article", "access through your institution",
		"this article was originally published", "enable javascript", "browser that supports html5", "newsletter sign",
		"our newsletter", "daily newsletter", "weekly newsletter", "free newsletter", "newsletters", "thanks for subscribing",
		"privacy policy", "digital access", "additional reporting from", "subscription service"}
	// Wire-story credits: "Reporting by …; Editing by …".
	creditStartRE = regexp.MustCompile(`^\(?(?:Reporting|Additional reporting|Writing|Editing|Compiled|Produced) by\b`)
	copyrightRE   = regexp.MustCompile(`^(?:(?i:copyright) \d{4}|© )`)
)

// boilerStart is boilerStartRE.MatchString(head), tried only when head has
// what the expression needs: a ':' or a first letter of READ MORE,
// RELATED, MORE, WATCH, LISTEN.
func boilerStart(head string) bool {
	if strings.IndexByte(head, ':') < 0 && (head == "" || head[0] != 'R' && head[0] != 'M' && head[0] != 'W' && head[0] != 'L') {
		return false
	}
	return boilerStartRE.MatchString(head)
}

// creditStart is creditStartRE.MatchString(head), tried only when head
// holds " by".
func creditStart(head string) bool {
	return strings.Contains(head, " by") && creditStartRE.MatchString(head)
}

// copyrightStart is copyrightRE.MatchString(p), tried only when p starts
// with 'c', 'C' or '©'.
func copyrightStart(p string) bool {
	return p != "" && (p[0] == 'c' || p[0] == 'C' || strings.HasPrefix(p, "©")) && copyrightRE.MatchString(p)
}

// isBoilerplate reports whether a paragraph is page furniture rather than
// story text: "Advertisement", share prompts, newsletter pitches, "Read
// more:" links, copyright notices.
func isBoilerplate(p string) bool {
	if strings.IndexFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return true // "___", "* * *"
	}
	if len(p) <= 120 && boilerExactRE.MatchString(p) || boilerStart(p[:min(len(p), 30)]) ||
		creditStart(p[:min(len(p), 40)]) || copyrightStart(p) {
		return true
	}
	if len(p) >= 220 {
		return false
	}
	low := strings.ToLower(p)
	if len(p) < 80 && (strings.Contains(low, "newsletter") || strings.Contains(low, "subscribe")) {
		return true
	}
	return hasBoilerPhrase(low)
}

// boilerSet indexes boilerPhrases, so that one pass over a paragraph
// finds any of them (a strings.Contains per phrase was a fifth of reading
// a text article).
var boilerSet = newPhraseSet(boilerPhrases)

// hasBoilerPhrase reports whether low contains one of boilerPhrases.
func hasBoilerPhrase(low string) bool { return boilerSet.in(low) }

// phraseSet indexes non-empty phrases by their first byte.
type phraseSet [256][]string

func newPhraseSet(phrases []string) *phraseSet {
	var ps phraseSet
	for _, w := range phrases {
		ps[w[0]] = append(ps[w[0]], w)
	}
	return &ps
}

// in reports whether s contains one of the phrases (byte for byte):
// strings.Contains for each phrase, in one pass over s.
func (ps *phraseSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		for _, w := range ps[s[i]] {
			if len(w) <= len(s)-i && (len(w) < 2 || s[i+1] == w[1]) && s[i:i+len(w)] == w {
				return true
			}
		}
	}
	return false
}

// isClean reports whether s has no white space (as strings.Fields sees
// it: unicode.IsSpace) at either end, none but single ASCII spaces
// inside, and no format character (dropFormat), so that clean(s) == s.
func isClean(s string) bool {
	prevSpace := true // no leading space
	for i := 0; i < len(s); {
		c := s[i]
		if c > ' ' && c < utf8.RuneSelf {
			prevSpace = false
			i++
			continue
		}
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
			return false
		}
		prevSpace = false
		i += w
	}
	return !prevSpace || s == ""
}
