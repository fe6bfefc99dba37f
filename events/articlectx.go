package events

// What one sentence tells the next (the article context), and the
// publication's own day: its zone, and whether the day at a place is already
// the next one.

import (
	"strconv"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/gazetteer"
)

// articleCtx carries what one sentence tells the next: the last actors
// seen, for coreference.
type articleCtx struct {
	drops *[]Drop // where Explain collects set-aside events; nil when coding
	// traces is where ExplainEvents collects what made each event
	// (why_events.go); nil otherwise
	traces *[]EventTrace
	snaps  map[string]*eventSnap // event id → what made it, when tracing (why_changes.go)
	// actorSteps are, when tracing, the steps that changed an actor
	// mention's code after the dictionary gave it (why_actors.go)
	actorSteps map[actorSpan][]string
	// ledCoalition is the state leading the coalition the story named as
	// "X-led coalition" (actors_forces.go: a later "the coalition" is its forces)
	ledCoalition string
	feats        map[string][nConfFeatures]float64 // event id → confidence features, when fitting; nil when coding
	art          *dyad.Article
	pub          time.Time
	pubDate      string
	dayAfter     string                    // the day after pubDate, "2006-01-02"; "" with no publication date (built once: dateFor asks at every hit)
	instant      time.Time                 // the publication instant, UTC; zero when the article gives only a day (aheadDay)
	lastSubj     *actors.Mention           // last subject actor with a country
	theyNone     bool                      // the last sentence opened with people that are no actor ("Kurdish officials asked …"): a later "they" means them
	theyAnte     *actors.Mention           // the one plural actor subject of the last sentence, whom a "they" of this one may mean; nil for none (coref_pronouns.go)
	theyQuoted   bool                      // theyAnte is a state a quotation spoke of: only a quoted "they" means it
	theyAlso     *actors.Mention           // the second state of a coordinated subject ("Russia and China vetoed"), theyAnte the first; a "they" means both (coref_pronouns.go)
	lastCtry     string                    // last country seen
	usGeorgia    bool                      // a sentence told the U.S. state of Georgia: the story's later "Georgia" is it (actors_usgeorgia.go)
	lastMed      *actors.Mention           // last news agency / media actor
	lastPers     *actors.Mention           // last person
	persAge      int                       // sentences remembered since the one that set lastPers (0: the last one set it); see recentPers
	lastPeople   []actors.Mention          // the people the last sentence naming any named, in order
	lastForce    *actors.Mention           // source of the last use or show of force
	forceOn      string                    // country of its target ("" when none)
	actDoer      *actors.Mention           // subject of the last launch or test told, coded or not (act_doer.go)
	names        map[string]actors.Mention // a person's name words → the person
	agents       map[string]actors.Mention // the head noun of the last agent mention of it → that mention ("ministry": coref_names.go)
	orgPeople    map[string]bool           // group names (lower case) the story uses as a person's name (resolve)
	accuser      *actors.Mention           // the last accusation's source …
	accused      string                    // … and its target's country
	countries    map[string]int            // mentions per country so far
	order        []string                  // countries in order of first mention
	lastGov      string                    // the government last named with its cabinet or council (rememberBody)
	lastState    *actors.Mention           // the last state named as a clause's subject (rememberBody)
	dateline     *dyad.Location
	// datelinePlace is the gazetteer's place of the dateline and its town
	// as written, for the namesakes of its sentences
	// (place_dateline_namesake.go); nil without a dateline placed
	datelinePlace *storyDateline
	scene         *scene         // where the last meeting or statement the story placed happened (venue.go); nil for none
	lastPlace     string         // country of the city, town or region the story last named (placeref.go)
	lastWhere     string         // the same, or of a country named as a place ("across Britain")
	whereAge      int            // sentences remembered since the one that set lastWhere (0: the last one set it)
	prevFirst     actors.Mention // the last sentence's first actor; Code "" for none (firstActor)
	yearNamed     int            // the year the text last wrote out in a date ("in 2022"); 0 for none (dates_that_month.go)
	pastPara      int            // 1 + the body paragraph a sentence dated to a past year anchors (falseevents_history_paragraph.go); 0 for none
	then          dateExpr       // the first past date of the last dated sentence of paragraph thenPara-1 (dates_at_the_time.go)
	thenPara      int            // 1 + the body paragraph of then; 0 for none
	buf           *scratch       // per-sentence buffers, reused
}

// ownPlace returns the name of a location the sentence itself named, ""
// for none or the dateline's.
func (ctx *articleCtx) ownPlace(l *dyad.Location) string {
	if l == nil || l == ctx.dateline {
		return ""
	}
	return l.Name
}

// history reports an event dated two or more years before publication.
func history(date, pub string) bool {
	if len(date) < 4 || len(pub) < 4 {
		return false
	}
	y, err1 := strconv.Atoi(date[:4])
	p, err2 := strconv.Atoi(pub[:4])
	return err1 == nil && err2 == nil && p-y >= 2
}

// newContext starts the coreference and dating context of an article.
func newContext(c *Coder, a *dyad.Article) *articleCtx {
	ctx := &articleCtx{art: a, buf: c.scratch.get()}
	if a.Dateline != "" {
		if p, town, ok := c.datelineLocation(a.Dateline); ok { // "PARIS, Texas" (dateline_qualified.go)
			loc := p.Location()
			ctx.dateline = &loc
			ctx.datelinePlace = &storyDateline{town: town, place: p}
			if p.Kind != gazetteer.KindCountry {
				ctx.lastPlace = p.Country
			}
			ctx.lastWhere = p.Country
		}
	}
	// Relative dates resolve against the publication date (DESIGN.md),
	// never a later Updated: a correction note or an update stamp does
	// not move the events the story first told
	asOf := a.Published
	if t, ok := dyad.ParseStamp(asOf); ok {
		// A publication instant (a time with a zone) falls on the local
		// day at the dateline: a Seoul story stamped 22:30Z on Friday was
		// published on Saturday there, and its "Saturday" is that day. A
		// time with no zone keeps its own day (the publisher's, that
		// undated events take), but is a UTC instant for a weekday naming
		// the next day (nextDayAhead): the corpora's stamps are UTC (a
		// Reuters Tokyo story stamped 21:31:21 tells of a launch "early on
		// Tuesday" made at 2100 GMT Monday). A midnight, with a zone or
		// without ("…T00:00:00Z", "…T00:00:00"), is a day with no clock,
		// as "2017-09-14" is: feeds, WARC records and APIs stamp a day so,
		// and read as an instant it would put a Washington story on the
		// day before and a weekday a week early (00:00Z is 09:00 in Seoul,
		// before a launch "early Friday" told the next day).
		if instant(asOf) {
			ctx.instant = t.UTC()
			if ctx.dateline != nil && zoned(asOf) {
				if tz, ok := c.zones.Of(ctx.dateline.Country, ctx.dateline.Lat, ctx.dateline.Lon); ok {
					t = t.In(tz)
				}
			}
		}
		ctx.pub = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		ctx.pubDate = ctx.pub.Format("2006-01-02")
		ctx.dayAfter = ctx.pub.AddDate(0, 0, 1).Format("2006-01-02")
	}
	return ctx
}

// zoned reports whether an RFC 3339 publication time carries its zone
// ("…Z", "…+09:00"): an instant, not a local clock reading. A time read
// without a zone ("…-00:00", dyad.UnknownOffset) is a clock reading.
func zoned(published string) bool {
	published = strings.TrimSuffix(published, dyad.UnknownOffset)
	i := strings.IndexByte(published, 'T')
	return i > 0 && strings.ContainsAny(published[i:], "Z+-")
}

// instant reports whether a publication time is an instant: a clock
// reading other than midnight, RFC 3339 with its zone ("…T21:31:21Z",
// "…T07:30:00+09:00") or without one ("2017-08-28T21:31:21", or
// "2017-08-28T21:31:21-00:00" as dyad.UnknownOffset writes it, read as
// UTC). A day alone ("2017-08-28") or a midnight in any zone
// ("2017-08-28T00:00:00", "…T00:00:00Z", "…T00:00:00+09:00") is no
// instant: the day's stamp with no clock (newContext).
func instant(published string) bool {
	i := strings.IndexByte(published, 'T')
	if i <= 0 {
		return false
	}
	clock := published[i+1:]
	if j := strings.IndexAny(clock, "Z+-"); j >= 0 {
		clock = clock[:j]
	}
	return strings.Trim(clock, "0:.") != ""
}

// aheadOffset is the least UTC offset of a place whose day may already be
// the next one while the publisher's is not, for a story that gives only
// its day: UTC+7 and east (Southeast and East Asia, Australia, the
// Pacific), where the next day begins before 17:00 UTC.
const aheadOffset = 7 * 3600

// aheadDay tells whether, at the publication, the day at the place
// (country iso3 at lat, lon) was already the one after the publication
// day ctx.pub: with a publication instant, nextDayYes when the place's
// local day at that instant is the next day; with only a day, nextDayEarly
// when the place's clock runs at least aheadOffset ahead of UTC (only its
// early hours fall in a Western publisher's day). A place with no known
// zone is not ahead (nextDayNo).
func (c *Coder) aheadDay(ctx *articleCtx, iso3 string, lat, lon float64) nextDay {
	if ctx.pub.IsZero() || iso3 == "" {
		return nextDayNo
	}
	tz, ok := c.zones.Of(iso3, lat, lon)
	if !ok {
		return nextDayNo
	}
	next := ctx.dayAfter
	if !ctx.instant.IsZero() {
		if ctx.instant.In(tz).Format("2006-01-02") == next {
			return nextDayYes
		}
		return nextDayNo
	}
	if _, off := ctx.pub.Add(12 * time.Hour).In(tz).Zone(); off >= aheadOffset {
		return nextDayEarly
	}
	return nextDayNo
}

// nextDayAhead tells when a bare weekday of sentence st that names the day
// after publication ("Tuesday" in a Monday story) names that day rather
// than the one six days before (findDates): when the event's place was
// already on that day at the publication (aheadDay). The place is the
// dateline's; or the places the sentence names ("in Pyongyang"), all of
// them; or, naming none, the country of its first actor (the subject that
// usually did the act: "North Korea fired a missile early Tuesday"); a
// country's clock is its capital's. A first actor with no country (an
// international body: "the UN Security Council approved sanctions against
// Pyongyang" on Monday, a vote in New York) gives no place: the target's
// country is not where the act was done. One that only speaks ("The UN
// said North Korea fired …") is passed over. A US story dated Monday telling of a
// launch early Tuesday in Korea dates it Tuesday; a London story's
// "Tuesday" in a sentence about Britain stays the Tuesday before.
func (c *Coder) nextDayAhead(ctx *articleCtx, st *sentence) nextDay {
	var line nextDay
	if d := ctx.dateline; d != nil {
		line = c.aheadDay(ctx, d.Country, d.Lat, d.Lon)
	}
	at := func(iso3 string) nextDay {
		p, ok := c.gaz.Capital(iso3) // Russia's clock is Moscow's, not Siberia's
		if !ok {
			p, ok = c.gaz.Country(iso3)
		}
		if !ok {
			return nextDayNo
		}
		return c.aheadDay(ctx, iso3, p.Lat, p.Lon)
	}
	own, places := nextDayYes, 0
	for _, m := range st.ments {
		if m.Place && m.Country != "" {
			own = min(own, at(m.Country))
			places++
		}
	}
	if places == 0 {
		own = nextDayNo
		for _, m := range st.ments {
			if m.Modifier {
				continue
			}
			if m.Country != "" {
				own = at(m.Country)
				break
			}
			if !m.Unresolved && m.Code != "" && (m.End >= len(st.toks) || !c.isSpeechOrCognition(st.toks[m.End])) {
				break // an international body acting, not reporting: no clock of its own
			}
		}
	}
	return max(line, own)
}
