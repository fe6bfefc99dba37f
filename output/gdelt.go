package output

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"math"
	neturl "net/url"
	"strconv"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/sentences"
	"golang.org/x/net/publicsuffix"
)

// GDELTColumns is the number of columns of a GDELT 2.0 events row.
const GDELTColumns = 61

// GDELTMentionColumns is the number of columns of a GDELT 2.0 mentions row.
const GDELTMentionColumns = 16

// Counts holds what a GDELT row knows beyond one event: how often it was
// seen, when it was added and where it was first reported.
type Counts struct {
	NumMentions, NumSources, NumArticles int
	// DateAdded is when the event entered the store (DATEADDED, UTC).
	DateAdded time.Time
	// SourceURL is the first report's URL, or a citation when it has none.
	SourceURL string
	// GlobalEventID is the GDELT event id; 0 derives one from the event id
	// (see GlobalEventID).
	GlobalEventID int64
}

// GlobalEventID derives a stable positive int64 from a dyad event id: the
// FNV-1a 64-bit hash of id with the sign bit cleared (1 if that is 0).
func GlobalEventID(id string) int64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	n := int64(h.Sum64() &^ (1 << 63))
	if n == 0 {
		n = 1
	}
	return n
}

// GDELTRow returns ev as the 61 fields of a GDELT 2.0 events row, in the
// GDELT 2.0 Event Codebook's order:
//
//	GLOBALEVENTID SQLDATE MonthYear Year FractionDate
//	Actor1 Code Name CountryCode KnownGroupCode EthnicCode Religion1Code
//	       Religion2Code Type1Code Type2Code Type3Code   (same for Actor2)
//	IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale
//	NumMentions NumSources NumArticles AvgTone
//	Actor1Geo_ Type FullName CountryCode ADM1Code ADM2Code Lat Long FeatureID
//	(same for Actor2Geo_ and ActionGeo_)  DATEADDED SOURCEURL
//
// Where dyad differs from GDELT:
//   - SQLDATE is the event date (GDELT's is the date the event took place
//     too); a month-precision date gives day 01, a year-precision date
//     January 1st; an unknown date leaves the four date fields empty.
//     FractionDate is GDELT's Year + ((month-1)*30 + day)/365, 4 decimals,
//     of that day. GDELT's table has no precision column, and its dates
//     are all days: day 01 keeps an event dated "2024-06" in June for any
//     SQLDATE range or grouping and loads where SQLDATE must be a date, as
//     GDELT's is, while an empty SQLDATE would drop it from every SQLDATE
//     query. MonthYear, Year and FractionDate are SQLDATE written otherwise,
//     as the GDELT 2.0 codebook defines them ("alternative formatting of
//     the event date"): every row's MonthYear is a valid YYYYMM, the month
//     of its SQLDATE, so a year-precision date has its January ("2024" →
//     202401; it was 202400, which loaders parsing YYYYMM refuse). GDELT
//     never leaves a month unknown: when it is unsure when an event took
//     place, it dates it by its article. dyad dates an event by its
//     article too when the text names no time; a date of month or year
//     precision is one the text names ("in 2022", "last year"), kept at
//     the start of that period rather than moved to the article's day
//     (which may fall in another year), so a MonthYear series counts a
//     year-only event in its January, as a SQLDATE series on its 1st. A
//     daily series shows such
//     events on the 1st (January 1st for a year): the JSON Lines and CSV
//     exports carry date_precision to tell them apart, and the commands
//     writing GDELT rows count them and say so at the end (GDELTDates).
//     An undated event is not dated by DATEADDED, as the design brief
//     never dates an event by the day it was read. DATEADDED is
//     c.DateAdded, when the event entered the store (when it was coded,
//     for dyad code), at the start of its 15-minute interval as GDELT's
//     (gdeltStamp), never the event's date.
//   - Actor names are the canonical names upper-cased; CountryCode is the
//     actor's country when it has one (empty for IGOs and NGOs);
//     KnownGroupCode is the last 3 letters of IGO/NGO/IMG/MNC codes before
//     their role codes ("IGOUNO" → "UNO", "IMGMOSISLREB" → "ISL"); Type1–3
//     are the actor's role codes (Sectors), after IGO/NGO/IMG/MNC for such
//     actors; ethnic and religion codes are empty.
//   - IsRootEvent is 1 for events from the title or the first two sentences.
//   - AvgTone is empty: dyad computes no tone.
//   - Actor geography is not resolved: Actor1Geo_Type and Actor2Geo_Type are
//     0 with the other fields empty. ActionGeo comes from ev.Location; its
//     CountryCode is the FIPS 10-4 code GDELT uses, converted from dyad's
//     ISO 3166 alpha-3 by fips.txt (see FIPS; empty when the country is
//     not in the table); ADM1/ADM2/FeatureID are empty; Type follows the
//     location's Kind: 1 country, 2 US state, 5 other region, 3 US city,
//     else 4 (world city/landmark).
//
// Tabs and newlines inside fields are replaced by spaces.
func GDELTRow(ev dyad.Event, c Counts) []string {
	id := c.GlobalEventID
	if id == 0 {
		id = GlobalEventID(ev.ID)
	}
	row := make([]string, 0, GDELTColumns)
	row = append(row, strconv.FormatInt(id, 10))
	row = append(row, gdeltDate(ev.Date)...)
	row = append(row, gdeltActor(ev.Source)...)
	row = append(row, gdeltActor(ev.Target)...)
	isRoot := "0"
	if ev.Sentence < 2 {
		isRoot = "1"
	}
	code := ev.CAMEO
	row = append(row, isRoot, code, cameo.BaseCode(code), rootOf(ev), strconv.Itoa(ev.QuadClass), score(ev.Goldstein),
		strconv.Itoa(c.NumMentions), strconv.Itoa(c.NumSources), strconv.Itoa(c.NumArticles), "")
	row = append(row, gdeltGeo(nil)...)
	row = append(row, gdeltGeo(nil)...)
	row = append(row, gdeltGeo(ev.Location)...)
	added := gdeltStamp(c.DateAdded)
	row = append(row, added, c.SourceURL)
	for i, f := range row {
		row[i] = tsvField(f)
	}
	return row
}

// gdeltDate returns SQLDATE, MonthYear, Year and FractionDate for an ISO
// date of day, month or year precision: "2024" gives 20240101, 202401,
// 2024, 2024.0027 (every column SQLDATE's day; see GDELTRow).
func gdeltDate(date string) []string {
	t, _, ok := dyad.ParseEventDate(date)
	if !ok {
		return []string{"", "", "", ""}
	}
	frac := float64(t.Year()) + float64((int(t.Month())-1)*30+t.Day())/365
	return []string{
		t.Format("20060102"), t.Format("200601"), t.Format("2006"),
		strconv.FormatFloat(frac, 'f', 4, 64),
	}
}

func gdeltActor(a *dyad.Actor) []string {
	f := make([]string, 10)
	if a == nil {
		return f
	}
	f[0] = a.Code
	f[1] = strings.ToUpper(a.Name)
	if isCountryCode(a.Country) {
		f[2] = a.Country
	}
	f[3] = knownGroup(a.Code, a.Sectors)
	types := a.Sectors
	if f[3] != "" && (len(types) == 0 || types[0] != a.Code[:3]) {
		// an IGO, NGO, IMG or MNC: its kind is its first type, as GDELT
		types = append([]string{a.Code[:3]}, types...)
	}
	for i, s := range types {
		if i == 3 {
			break
		}
		f[7+i] = s
	}
	return f
}

// isCountryCode reports a three-letter country code (ISO 3166 alpha-3, or
// KSV, PSE), the only kind of value GDELT's CountryCode columns hold.
func isCountryCode(s string) bool {
	return len(s) == 3 && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// knownGroup returns the known-group part of an IGO/NGO/IMG/MNC actor
// code: its last three letters once the role codes it ends with are taken
// off ("IGOUNOWFP" → "WFP", "IMGMOSISLREB" with role REB → "ISL").
func knownGroup(code string, roles []string) string {
	if len(code) < 6 {
		return ""
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC":
	default:
		return ""
	}
	for i := len(roles) - 1; i >= 0; i-- {
		if c, ok := strings.CutSuffix(code, roles[i]); ok && len(c) >= 6 {
			code = c
		}
	}
	return code[len(code)-3:]
}

func gdeltGeo(l *dyad.Location) []string {
	if l == nil {
		return []string{"0", "", "", "", "", "", "", ""}
	}
	typ := "4"
	switch {
	case l.Name == "" || l.Kind == "country":
		typ = "1" // country
	case l.Kind == "region" && l.Country == "USA":
		typ = "2" // US state
	case l.Kind == "region":
		typ = "5" // world state or province
	case l.Country == "USA":
		typ = "3" // US city
	}
	return []string{typ, l.Name, fipsOf(l.Country, l.Name, l.Lon), "", "", float(l.Lat), float(l.Lon), ""}
}

// GDELTMentionRow returns one GDELT 2.0 mentions row (16 fields, codebook
// order): GLOBALEVENTID, EventTimeDate (c.DateAdded), MentionTimeDate,
// MentionType (1 web when url starts with http, else 2 citation-only),
// MentionSourceName, MentionIdentifier (url), SentenceID, Actor1CharOffset,
// Actor2CharOffset, ActionCharOffset, InRawText (1), Confidence (10–100),
// MentionDocLen, MentionDocTone, MentionDocTranslationInfo, Extras.
//
// d is the article ev was coded from, laid out by dyad.NewDoc with the
// coder's split (sentences.SplitText) once for all its rows, nil when
// unknown. As GDELT's, the offsets and MentionDocLen count characters
// (Unicode code points) in the article's document, Article.Document: the
// title, then the body paragraphs, separated by blank lines. The three
// offsets are where the source, target and verb start in it
// (dyad.Doc.Locate finds the evidence sentence: the telling of ev's own
// sentence index where the article tells the same sentence twice), -1
// when absent; an actor with an empty span (implied, or not named again
// in a further telling of the event: its text "" and span [0, 0]) is
// absent, and all three are -1 when the sentence is not found in the
// article's text or d is nil. SentenceID counts the document's sentences
// from 1: the title, when the article has one, is sentence 1 and the
// body's first sentence 2 (dyad's sentence -1 and 0); without a title (or
// with a nil d) the body's first sentence is 1. MentionDocLen is empty
// when d is nil; MentionDocTone, translation info and extras are empty.
func GDELTMentionRow(ev dyad.Event, d *dyad.Doc, c Counts, mentionTime time.Time, sourceName, url string, confidence int) []string {
	id := c.GlobalEventID
	if id == 0 {
		id = GlobalEventID(ev.ID)
	}
	stamp := gdeltStamp
	typ := "2"
	if strings.HasPrefix(url, "http://") || strings.HasPrefix(url, "https://") {
		typ = "1"
	}
	sentence := ev.Sentence + 1
	src, tgt, action, docLen := "-1", "-1", "-1", ""
	if d != nil {
		if d.Article().Title != "" {
			sentence++
		}
		docLen = strconv.Itoa(d.Len())
		p := d.Locate(&ev)
		offset := func(span [2]int) string {
			if span[0] < 0 {
				return "-1"
			}
			return strconv.Itoa(d.CharOffset(p.Paragraph, span[0]))
		}
		src, tgt, action = offset(p.Source), offset(p.Target), offset(p.Verb)
	}
	row := []string{
		strconv.FormatInt(id, 10), stamp(c.DateAdded), stamp(mentionTime), typ, sourceName, url,
		strconv.Itoa(max(sentence, 1)), src, tgt, action, "1",
		strconv.Itoa(confidence), docLen, "", "", "",
	}
	for i, f := range row {
		row[i] = tsvField(f)
	}
	return row
}

// InGDELT reports whether an event of status s belongs in a GDELT table
// (events or mentions). GDELT's tables have no status column, so a row
// there reads as an act that happened: only the events the text asserts,
// and the intents it states (future), belong there; never an act it says
// did not happen (negated), alleges, denies or supposes (hypothetical).
// dyad code and dyad export apply it to --format gdelt and gdelt-mentions
// (--all-statuses keeps every event).
func InGDELT(s dyad.Status) bool { return s == dyad.Asserted || s == dyad.Future }

// GDELTStatuses wraps w so that it writes only the events InGDELT keeps
// (an article whose events are all left out is still passed on, with
// none). Close closes w.
func GDELTStatuses(w Writer) Writer { return gdeltStatuses{w} }

type gdeltStatuses struct{ Writer }

// Note is the wrapped writer's note (Noter), "" when it has none.
func (g gdeltStatuses) Note() string {
	if n, ok := g.Writer.(Noter); ok {
		return n.Note()
	}
	return ""
}

// Noter is a Writer with one line to say at the end of a run, on standard
// error, about what it wrote ("" for nothing): the gdelt writer says which
// rows are not dated to a day (GDELTDates.Note).
type Noter interface {
	Note() string
}

// LeaverOut is a Writer that writes only some of the events given it:
// LeavesOut says why it leaves e out ("status denied: gdelt prints …"),
// "" when it writes e. dyad code --why traces only the events written.
type LeaverOut interface {
	LeavesOut(e dyad.Event) string
}

// LeavesOut says why g leaves e out: its status is not InGDELT.
func (g gdeltStatuses) LeavesOut(e dyad.Event) string {
	if InGDELT(e.Status) {
		return ""
	}
	return fmt.Sprintf("status %s: not printed (GDELT's tables have no status column: asserted and future events only; --all-statuses prints them all)", e.Status)
}

func (g gdeltStatuses) Write(a *dyad.Article, evs []dyad.Event) error {
	keep := make([]dyad.Event, 0, len(evs))
	for _, e := range evs {
		if InGDELT(e.Status) {
			keep = append(keep, e)
		}
	}
	return g.Writer.Write(a, keep)
}

// gdeltWriter writes GDELT events rows, one per event, with NumSources =
// NumArticles = 1 and NumMentions the event's tellings in its article
// (itself and dyad.Tellings: the rows gdelt-mentions writes for it),
// DATEADDED the time of writing and SOURCEURL the article's URL (else its
// source, else its input).
type gdeltWriter struct {
	w     *bufio.Writer
	now   func() time.Time
	dates GDELTDates
}

// Note says which rows written were not dated to a day (GDELTDates.Note).
func (g *gdeltWriter) Note() string { return g.dates.Note() }

func (g *gdeltWriter) Write(a *dyad.Article, evs []dyad.Event) error {
	c := Counts{NumMentions: 1, NumSources: 1, NumArticles: 1, DateAdded: g.now().UTC().Truncate(time.Second)}
	if a != nil {
		c.SourceURL = firstNonEmpty(a.URL, a.Source, a.Input)
	}
	for _, ev := range evs {
		c.NumMentions = 1 + dyad.NumTellings(&ev)
		g.dates.Add(ev)
		g.w.WriteString(strings.Join(GDELTRow(ev, c), "\t"))
		if err := g.w.WriteByte('\n'); err != nil {
			return err
		}
	}
	return nil
}

func (g *gdeltWriter) Close() error { return g.w.Flush() }

// gdeltMentionsWriter writes GDELT mentions rows: one per event and one
// per further telling of it (dyad.Tellings), EventTimeDate and
// MentionTimeDate the time of writing, MentionSourceName and
// MentionIdentifier as MentionCitation gives them, and the
// offsets in the article's document (GDELTMentionRow, the article laid
// out once for all its rows: dyad.NewDoc).
type gdeltMentionsWriter struct {
	w   *bufio.Writer
	now func() time.Time
}

func (g *gdeltMentionsWriter) Write(a *dyad.Article, evs []dyad.Event) error {
	now := g.now().UTC().Truncate(time.Second)
	var source, url string
	if a != nil {
		source, url = MentionCitation(a)
	}
	var d *dyad.Doc
	if a != nil && len(evs) > 0 {
		d = dyad.NewDoc(a, sentences.SplitText) // once for all the article's rows
	}
	for i := range evs {
		ev := &evs[i]
		c := Counts{NumMentions: 1, NumSources: 1, NumArticles: 1, DateAdded: now}
		conf := GDELTConfidence(ev.Confidence)
		row := func(te dyad.Event) error {
			te.ID = ev.ID // one GLOBALEVENTID for the event's rows
			g.w.WriteString(strings.Join(GDELTMentionRow(te, d, c, now, source, url, conf), "\t"))
			return g.w.WriteByte('\n')
		}
		if err := row(*ev); err != nil {
			return err
		}
		for te := range dyad.EachTelling(ev, ev.ID) { // one at a time
			if err := row(te); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *gdeltMentionsWriter) Close() error { return g.w.Flush() }

// GDELTConfidence returns a mentions row's Confidence for an event's
// confidence c (0–1): the percentage, rounded, within GDELT's range of 10
// to 100 (a coder's 0.07 is 10, GDELT's least; the CSV and JSON Lines
// exports keep the exact value).
func GDELTConfidence(c float64) int {
	return max(10, min(100, int(math.Round(c*100))))
}

// MentionCitation returns a mentions row's MentionSourceName and
// MentionIdentifier for article a. The identifier is what the events
// table's SOURCEURL cites for it: its URL, else its outlet (Source), else
// its input (the file name, "feed.xml:3"), so that the two tables name an
// article alike. The source name is its web URL's host, else its outlet,
// else the identifier, as GDELT's MentionSourceName is "the top-level
// domain the page was from" for material from the open web and a name
// ("BBC Monitoring") for the rest: an article of a feed titled "Reuters
// World News" at https://www.reuters.com/… is "reuters.com", not the feed's
// title. A host name (a URL's, or an outlet given as "www.thesun.co.uk")
// is its registered domain ("thesun.co.uk";
// "africa.chinadaily.com.cn" and "www.chinadaily.com.cn" both
// "chinadaily.com.cn", one outlet as NumSources counts it). An IP address
// or a host with no public suffix ("localhost") is kept whole. Both are
// "" only for an article with none of these.
func MentionCitation(a *dyad.Article) (sourceName, identifier string) {
	identifier = firstNonEmpty(a.URL, a.Source, a.Input)
	sourceName = a.Source
	if u, err := neturl.Parse(a.URL); a.URL != "" && err == nil && u.Hostname() != "" &&
		(sourceName == "" || u.Scheme == "http" || u.Scheme == "https") {
		sourceName = u.Hostname() // (the page's domain before its outlet's name)
	}
	if d := registeredDomain(sourceName); d != "" {
		sourceName = d
	}
	if sourceName == "" {
		sourceName = identifier
	}
	return sourceName, identifier
}

// registeredDomain returns s's registered domain, its public suffix and
// the label before it ("www.bbc.co.uk" → "bbc.co.uk"), when s is a bare
// host name (dyad.HostName, with no scheme, path or port). It is "" for
// anything else: an outlet's name ("The Guardian", "U.S. News"), an IP
// address, "localhost".
func registeredDomain(s string) string {
	if strings.ContainsAny(s, " \t/:") {
		return ""
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(dyad.HostName(s))
	if err != nil {
		return ""
	}
	return d
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// gdeltStamp is a GDELT 2.0 time stamp (DATEADDED, EventTimeDate,
// MentionTimeDate): YYYYMMDDHHMMSS in UTC at the start of its 15-minute
// interval, as GDELT's update files are stamped (20240306101500); "" for
// the zero time. The CSV and JSON Lines exports keep the exact first_seen.
func gdeltStamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Truncate(15 * time.Minute).Format("20060102150405")
}

// tsvField replaces tabs, carriage returns and newlines with spaces: a
// field of a tab-separated row. Other characters are kept (a GDELT file is
// read by programs, not on a terminal).
func tsvField(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\r', '\n':
			return ' '
		}
		return r
	}, s)
}

// GDELTDates counts the GDELT events rows written whose date is not a
// day, which GDELT's table cannot tell (it has no precision column, and
// its SQLDATE is always a day): dated to a month (SQLDATE day 01 of it),
// to a year (January 1st) or not at all (the four date columns empty: the
// event's article had no publication date, and dyad never dates an event
// by the day it read it). Note says so once, at the end of a run.
type GDELTDates struct {
	Rows, Month, Year, Unknown int
}

// Add counts the row of ev.
func (d *GDELTDates) Add(ev dyad.Event) {
	d.Rows++
	switch len(ev.Date) {
	case 10:
	case 7:
		d.Month++
	case 4:
		d.Year++
	default:
		d.Unknown++
	}
}

// Note is the one line that says which rows are not dated to a day, ""
// when all are: "of 120 GDELT rows, 9 are dated to a month only (SQLDATE
// day 01 of it), 2 to a year only (SQLDATE January 1st, MonthYear its
// January) and 4 are
// undated (SQLDATE, MonthYear, Year and FractionDate empty: their
// articles had no publication date); --format csv or jsonl carries
// date_precision".
func (d *GDELTDates) Note() string {
	if d.Month+d.Year+d.Unknown == 0 {
		return ""
	}
	are := func(n int) string {
		if n == 1 {
			return "1 is"
		}
		return strconv.Itoa(n) + " are"
	}
	var parts []string
	if d.Month > 0 {
		parts = append(parts, are(d.Month)+" dated to a month only (SQLDATE day 01 of it)")
	}
	if d.Year > 0 {
		y := are(d.Year) + " dated to a year only (SQLDATE January 1st, MonthYear its January)"
		if d.Month > 0 {
			y = strconv.Itoa(d.Year) + " to a year only (SQLDATE January 1st, MonthYear its January)"
		}
		parts = append(parts, y)
	}
	if d.Unknown > 0 {
		parts = append(parts, are(d.Unknown)+" undated (SQLDATE, MonthYear, Year and FractionDate empty: their articles had no publication date)")
	}
	list := parts[0]
	if len(parts) > 1 {
		list = strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
	}
	rows := "rows"
	if d.Rows == 1 {
		rows = "row"
	}
	return fmt.Sprintf("of %d GDELT %s, %s; --format csv or jsonl carries date_precision", d.Rows, rows, list)
}
