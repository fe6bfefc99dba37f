package events

// Building the event records: dyads, dates, places, confidence and ids.

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/gazetteer"
)

// expand turns a hit into events: one per source × target, both
// directions for mutual verbs between two parties, one per participant
// (no target) for three or more (dyads); a joint act told by one of its
// parties has no reporter in any of them (jointTeller).
func (c *Coder) expand(ctx *articleCtx, st *sentence, h *verbHit) []dyad.Event {
	out := c.dyads(ctx, st, h)
	if h.p.has(flagMutual) || h.code == "042" || h.code == "043" {
		jointTeller(out)
	}
	return out
}

// jointTeller clears the reporter of the events of one joint act (a
// mutual verb's directions or participants, a visit's visitor and host)
// when the reporter is a party that is itself the source of one of them:
// "North Korea said it had signed a pact with Russia" gives PRK 057 RUS
// with no reporter (the source tells it itself, reportedBy) and so RUS
// 057 PRK too, where it gave PRK, since the one act is told by one of
// its own parties in both. A reporter outside the act stays on every
// event ("the Kremlin said Russia had signed …": RUSGOV on both), and so
// does a party that is the source of none of them (a future act, one
// direction only: "Seoul said Tokyo would hold talks with it").
func jointTeller(evs []dyad.Event) {
	for i := range evs {
		r := evs[i].ReportedBy
		if r == nil {
			continue
		}
		for _, e := range evs {
			if e.Source != nil && e.Source.Code == r.Code {
				evs[i].ReportedBy = nil
				break
			}
		}
	}
}

// dyads turns a hit into events (expand).
func (c *Coder) dyads(ctx *articleCtx, st *sentence, h *verbHit) []dyad.Event {
	if (h.status == dyad.Asserted || h.status == dyad.Future) && neitherSubject(st, h) {
		h.status = dyad.Negated
	}
	var out []dyad.Event
	self := false // an event dropped as its own target, told once to Explain
	defer func() {
		if self && len(out) == 0 {
			ctx.drop(st, h, WhySelfTarget)
		}
	}()
	add := func(src, tgt *actors.Mention) {
		if bareRole(src) {
			return // "President Reagan denied" with Reagan unknown: whose president is unknown
		}
		if tgt != nil && bareRole(tgt) {
			if probedAtHome(h, src, tgt) {
				// "Kenya's anti-corruption commission opened an inquiry into
				// a county governor": an official of the prober's own state
				t := *tgt
				t.Code, t.Country = src.Country+tgt.Code, src.Country
				ctx.noteActor(st, "probedAtHome", "an official probed by his own state's body", tgt.Code, &t) // (--why only: why_actors.go)
				tgt = &t
			} else {
				tgt = nil
			}
		}
		if ownCountryNamed(h.code, src, tgt) {
			tgt = c.relationsTarget(st, h, src) // "reiterated Beijing's call": its own country named, no target (targets_own_country.go), unless relations with another are told (targets_relations.go)
		}
		if tgt != nil && src.Code == tgt.Code && tgt.Owners && tgt.Country != "" {
			was := tgt.Code
			tgt = ownersState(tgt) // "Jewish settlers in Huwara set fire to Palestinian homes": the homes' state, not the source itself
			ctx.noteActor(st, "ownersState", "a people's property is its state's", was, tgt)
		}
		if tgt != nil && src.Code == tgt.Code && !ownOrganProbed(st, h, src, tgt) {
			if len(h.target) != 1 || len(h.source) != 1 || h.p.has(flagMutual) || cameo.Root(h.code) != "01" {
				self = true
				return
			}
			tgt = c.relationsTarget(st, h, src) // "Japan lowered its flags in memory of former prime minister Abe": no target, still an act (but "relations with North Korea" named: targets_relations.go)
		}
		out = append(out, c.event(ctx, st, h, src, tgt))
	}
	srcs, tgts := h.source, h.target
	if len(tgts) == 0 && len(srcs) == 1 && h.code == "057" {
		if r := c.agreedRecipient(st, h, &srcs[0]); r != nil {
			add(&srcs[0], r) // "signed an agreement to give Ivory Coast 3 billion yen": one direction (agreed_recipient.go)
			return out
		}
	}
	if len(tgts) == 0 && len(srcs) == 1 && cameo.Root(h.code) == "03" {
		if r := c.metPartnerState(st, h, &srcs[0]); r != nil {
			tgts = []actors.Mention{*r} // "received Kyrgyz President X and promised to help finance a highway" (promise_met_partner.go)
		}
	}
	if len(tgts) == 0 && len(srcs) == 1 {
		if r := c.relationsTarget(st, h, &srcs[0]); r != nil {
			tgts = []actors.Mention{*r} // "hoped the reunions would open a new chapter in relations with North Korea" (targets_relations.go)
		}
	}
	if len(tgts) > 0 {
		// one party per code: "Hamas and Islamic Jihad fighters clashed
		// with Israeli troops" is two parties, not three participants
		srcs, tgts = distinctCodes(srcs), distinctCodes(tgts)
	}
	if r := cameo.Root(h.code); (r == "15" || r == "18" || r == "19" || r == "20") && len(srcs) > 0 && h.status == dyad.Asserted {
		f := srcs[0]
		ctx.lastForce, ctx.forceOn = &f, ""
		if len(tgts) > 0 {
			ctx.forceOn = tgts[0].Country
		}
	}
	if pair, ok := c.reciprocalTargets(st, h, srcs, tgts); ok {
		// "A and B expelled each other's envoys", "freed prisoners
		// between them", "accused each other of violating the truce"
		// (the violation too): each against the other (reciprocal.go)
		add(&srcs[0], &pair[0])
		add(&srcs[1], &pair[1])
		return out
	}
	if len(tgts) == 0 && len(srcs) == 2 && (eachOther(st.toks, h.end) || h.code == "196") {
		// "A and B violated the truce": each against the other
		// "accused each other", "shelled each other's positions"
		add(&srcs[0], &srcs[1])
		add(&srcs[1], &srcs[0])
		return out
	}
	if h.p.has(flagEach) && cameo.Root(h.code) == "15" {
		// (an intent to hold them, 0312 future, stays between the parties)
		// "South Korean and US troops held a joint drill", "China began
		// joint drills with Russia": each party's own show of force
		for _, m := range eachParty(st.toks, srcs, tgts) {
			add(&m, nil)
		}
		return out
	}
	if h.p.has(flagMutual) && !h.p.has(flagAgreed) && len(tgts) > 0 && len(srcs) >= 2 && cameo.Root(h.code) != "05" && !(cameo.Root(h.code) == "04" && sharedHeadPair(st.toks, srcs)) && !sidesCode(h.code) {
		// "the Philippines and Japan will hold an exercise with the United
		// States": three or more participants, one event each
		// ("Sudan's army and allied militias clashed with the RSF": two
		// sides, each of the list against the other side, below)
		for k := range srcs {
			add(&srcs[k], nil)
		}
		for k := range tgts {
			add(&tgts[k], nil)
		}
		return out
	}
	if h.p.has(flagMutual) && len(tgts) == 0 && len(srcs) >= 2 && sidesCode(h.code) {
		if j, _ := mutualWith(st.toks, h); j >= 0 && j < len(st.toks) && st.toks[j].Lower != "each" && st.toks[j].Lower != "one" && weaponsCode(st.toks, j) == "" {
			// "Ethiopia's army and Amhara militias clashed with Tigrayan
			// forces": the list is one side against a party not coded,
			// never each other (CODING.md: nothing among co-members);
			// "troops and rebels fought with heavy weapons" names the
			// weapons, not a third party: the two fought each other
			for k := range srcs {
				add(&srcs[k], nil)
			}
			return out
		}
	}
	if h.p.has(flagMutual) && len(tgts) == 0 && len(srcs) >= 2 && !sidesCode(h.code) && withOthers(st.toks, h) {
		// "the Namibian and South African governments met with rural
		// communities": each met a party not coded, never each other
		// (meeting_others.go)
		for k := range srcs {
			add(&srcs[k], nil)
		}
		return out
	}
	if h.p.has(flagMutual) && len(tgts) == 0 {
		switch {
		case len(srcs) == 2:
			add(&srcs[0], &srcs[1])
			add(&srcs[1], &srcs[0])
			return out
		case len(srcs) > 2:
			for k := range srcs {
				add(&srcs[k], nil)
			}
			return out
		}
	}
	if ts, ok := c.ownVictimTargets(h, srcs, tgts); ok {
		for a := range srcs {
			add(&srcs[a], &ts[a])
		}
		return out
	}
	for a := range srcs {
		if len(tgts) == 0 {
			add(&srcs[a], nil)
			continue
		}
		for b := range tgts {
			add(&srcs[a], &tgts[b])
			switch {
			case h.p.has(flagMutual) && h.status != dyad.Future && (len(srcs) == 1 || cameo.Root(h.code) != "05" || h.code == "057") && !foughtObject(st, h):
				// "A, B and C restored ties with D": each of the list with D,
				// not D with each; signing and meeting stay joint acts
				// ("Nigeria battles militants" is Nigeria's fight alone:
				// fight_object.go)
				add(&tgts[b], &srcs[a])
			case h.code == "042" || h.code == "043":
				// a visit has a host: the visitor 042, the host 043
				saved := h.code
				h.code = map[string]string{"042": "043", "043": "042"}[saved]
				add(&tgts[b], &srcs[a])
				h.code = saved
			}
		}
	}
	return out
}

// sharedHeadPair reports two sources named by the demonyms of one head
// noun ("Saudi and Omani envoys", "the Kenyan and Ugandan governments"):
// a list of two stated sources, so a meeting or talks with a third party
// are each source's with it, both ways (CODING.md: one event per stated
// source × target pair), not a multilateral meeting of three.
func sharedHeadPair(toks []dyad.Token, srcs []actors.Mention) bool {
	if len(srcs) != 2 || srcs[0].Country == srcs[1].Country {
		return false
	}
	a, b := srcs[0], srcs[1]
	if a.End >= len(toks) || toks[a.End].Lower != "and" || b.Start != a.End+1 || b.End-b.Start < 2 {
		return false
	}
	for k := a.Start; k < a.End; k++ {
		if toks[k].Lower != "the" && !startsUpperASCII(toks[k].Text) {
			return false
		}
	}
	head := toks[b.End-1]
	return head.Tag == "NNS" && !startsUpperASCII(head.Text)
}

// distinctCodes returns ms without the mentions whose code an earlier one
// has (ms itself when there are none).
func distinctCodes(ms []actors.Mention) []actors.Mention {
	for i := 1; i < len(ms); i++ {
		for j := 0; j < i; j++ {
			if ms[i].Code == ms[j].Code {
				out := slices.Clone(ms[:i])
				for _, m := range ms[i+1:] {
					if !slices.ContainsFunc(out, func(o actors.Mention) bool { return o.Code == m.Code }) {
						out = append(out, m)
					}
				}
				return out
			}
		}
	}
	return ms
}

// event builds one event record.
func (c *Coder) event(ctx *articleCtx, st *sentence, h *verbHit, src, tgt *actors.Mention) dyad.Event {
	tgt = c.widenPlaceTarget(st, tgt)
	code := welcomeCode(st, h, tgt) // a named party's act welcomed: praise (welcome.go)
	k, _ := c.ont.Lookup(code)
	lo, hi := verbSpan(st, h, src, tgt)
	ev := dyad.Event{
		ArticleID: ctx.art.ID,
		Sentence:  st.s.Index,
		Source:    actorOf(src),
		Target:    actorOf(tgt),
		CAMEO:     code,
		CAMEORoot: cameo.Root(code),
		QuadClass: k.QuadClass,
		Goldstein: k.Goldstein,
		Plover:    k.Plover,
		Status:    h.status,
		Evidence: dyad.Evidence{
			Text: st.s.Text,
			Verb: st.s.Text[st.toks[lo].Start:st.toks[hi].End],
			Span: [2]int{st.toks[lo].Start, st.toks[hi].End},
		},
	}
	if r := c.reportedBy(st, h, src); r != nil && !bareRole(r) && !unnamedOfficials(st, r) {
		// (a bare role, "Mr Clarke" known only as a secretary of no
		// country, is no reporter, as it is no source: never "GOV" alone)
		ev.ReportedBy = actorOf(r)
	}
	ev.Date, ev.DatePrecision, ev.DateFrom = c.dateFor(ctx, st, h)
	if ev.DateFrom != "published" && ev.Date != ctx.pubDate && (ev.DatePrecision == dyad.Day || ev.DatePrecision == dyad.Month) {
		// a person's dated role on the event's own date, not the
		// article's: "In May, Mira Kalden met Xi Jinping" in an August
		// story is her term's GOV if she held office in May (rolesdate.go)
		s, t := ev.Source, ev.Target
		ev.Source = c.onEventDate(src, ev.Date, ev.Source)
		if !c.fellInOffice(st.toks, tgt, ev.Date) {
			ev.Target = c.onEventDate(tgt, ev.Date, ev.Target) // (not the leader killed that week: deadroles.go)
		}
		if ctx.traces != nil && src != nil && s != nil && ev.Source != nil { // (--why only: why_actors.go)
			ctx.noteCode(st.s.Index, "onEventDate", "a person's role on the event's own date", s.Code, ev.Source.Code, src.End)
		}
		if ctx.traces != nil && tgt != nil && t != nil && ev.Target != nil {
			ctx.noteCode(st.s.Index, "onEventDate", "a person's role on the event's own date", t.Code, ev.Target.Code, tgt.End)
		}
	}
	ev.Location = ctx.sceneFor(&ev, c.usGeorgiaPlace(st, c.locationFor(ctx, st, h, src, tgt)))
	x := confFeatures(st, h, src, tgt, ctx.pubDate, ctx.pub, ev.Date)
	ev.Confidence = c.conf.score(&x)
	ev.ID = eventID(ev, h.head)
	if ctx.feats != nil {
		ctx.feats[ev.ID] = x
	}
	c.traceEvent(ctx, st, h, src, tgt, &ev) // (--why only: why_events.go)
	return ev
}

// verbSpan returns the first and last tokens of h's words that none of
// the event's actors covers (by their byte spans): "scrambled" of "Poland
// scrambled fighter jets" (the jets the source), "appealed to" of
// "appealed to the United States", "struck" of "Israeli jets struck". An
// actor named by no words (an empty span) covers nothing.
func verbSpan(st *sentence, h *verbHit, ms ...*actors.Mention) (lo, hi int) {
	toks := st.toks
	lo, hi = h.head, h.end-1
	for _, m := range ms {
		if m == nil || m.Span[1] <= m.Span[0] || lo > hi {
			continue
		}
		a, b := m.Span[0], m.Span[1]
		if toks[lo].Start >= b || toks[hi].End <= a {
			continue // no overlap
		}
		if a <= toks[lo].Start || h.p.Noun && b < toks[hi].End {
			// the actor opens the words: "Israeli jets struck"; or it is
			// a participle's agent inside a noun pattern's words, before
			// the verb: "hit" of "Missiles fired by Iran hit" (weapon_agent.go)
			for lo <= hi && toks[lo].Start < b {
				lo++
			}
			for h.p.Noun && lo < hi && (toks[lo].Text == "," || st.isDate != nil && st.isDate[lo]) {
				lo++ // "fired by Hamas on Sunday hit": the verb
			}
		} else {
			for hi >= lo && toks[hi].End > a {
				hi-- // the actor follows: "appealed to the United States"
			}
		}
	}
	// nor does it run into the actors listed before the target with it:
	// "appealed to the United States and Germany" is "appealed to" for
	// the Germany event too, not "appealed to the United States and"
	if tgt := ms[len(ms)-1]; len(ms) > 1 && tgt != nil && lo <= hi {
		text := st.s.Text
		for end := tgt.Span[0]; ; {
			m := listedBefore(st, text, end)
			if m == nil || m.Span[0] <= toks[h.head].Start {
				break
			}
			for hi >= lo && toks[hi].End > m.Span[0] {
				hi--
			}
			end = m.Span[0]
		}
	}
	if lo > hi {
		return h.head, h.head
	}
	return lo, hi
}

// listedBefore returns the mention of st that ends just before byte end
// of text with only a list's joining words between ("X and ", "X, ",
// "X, and ", "X or "), or nil.
func listedBefore(st *sentence, text string, end int) *actors.Mention {
	for i := range st.ments {
		m := &st.ments[i]
		if m.Span[1] >= end || m.Span[1] <= m.Span[0] {
			continue
		}
		switch strings.TrimSpace(text[m.Span[1]:end]) {
		case "and", ",", ", and", "or", ", or":
			return m
		}
	}
	return nil
}

// bareRole reports an actor of role codes alone, with no country and no
// organisation: a titled person the dictionary does not know, named with
// no country ("President Reagan", "Ambassador Yakovenko"), or a pronoun
// meaning one. Such an actor is no CAMEO actor (a bare "GOV" says nobody).
func bareRole(m *actors.Mention) bool {
	if m.Country != "" || m.Kind == actors.KindOrg || m.Code == "" {
		return false
	}
	return strings.Join(m.Sectors, "") == m.Code
}

func actorOf(m *actors.Mention) *dyad.Actor {
	if m == nil {
		return nil
	}
	a := m.Actor
	if a.Sectors == nil {
		a.Sectors = []string{}
	}
	return &a
}

// dateFor picks the date expression of the hit's clause; without one, the
// publication date. A date more than a day after the publication date
// (at the date's own precision: "on March 5", "next year" in a story of
// 2024-03-01) dates no event, which is told as done or said by then, and
// a plan's (future, hypothetical) takes its statement's date anyway: the
// publication date is taken instead, marked "published". The day after
// it stands: a story dated in one time zone tells of a day already begun
// in another ("on Friday" in Seoul, in a Washington story of Thursday).
// A month and day written without a year, later than that day, on an act
// told as done is last year's (yearAfter, doneDate).
func (c *Coder) dateFor(ctx *articleCtx, st *sentence, h *verbHit) (string, string, string) {
	if ctx.pubDate == "" {
		return c.undatedDateFor(ctx, st, h) // no publication date to check against (dates_undated.go)
	}
	date, precision, from := c.textDateFor(ctx, st, h)
	if from == "text" && h.status != dyad.Future && h.status != dyad.Hypothetical {
		date = doneDate(st, date) // a yearless month-day after publication is last year's (yearAfter)
	}
	if latest := ctx.dayAfter; from == "text" && len(date) <= len(latest) && date > latest[:len(date)] {
		return ctx.pubDate, dyad.Day, "published"
	}
	return date, precision, from
}

// textDateFor is dateFor before its check against the publication date.
func (c *Coder) textDateFor(ctx *articleCtx, st *sentence, h *verbHit) (string, string, string) {
	if ctx.pubDate == "" {
		return "", dyad.Unknown, ""
	}
	return c.textDateFrom(ctx, st, h)
}

// textDateFrom is textDateFor of an article with a publication date, or
// of an undated one whose sentence's dates are its absoluteDates.
func (c *Coder) textDateFrom(ctx *articleCtx, st *sentence, h *verbHit) (string, string, string) {
	if ctx.pubDate != "" && deniedAccusation(st, h) {
		return ctx.pubDate, dyad.Day, "published" // "denied on Tuesday a Congolese charge": the charge's day is not given (date_reacted.go)
	}
	if y, ok := nounYear(st, h, ctx.pub); ok {
		return y, dyad.Year, "text" // "the 2023 Hamas attack on Israel" (dateowner.go)
	}
	lo, hi := clauseBounds(st.toks, h.head)
	hi = reasonStart(st, max(h.head, h.end-1), hi, true) // "in retaliation for air strikes last week" (reasonclause.go)
	best := -1
	bestDist := math.MaxInt
	for k, d := range st.dates {
		if n := c.nearestHit(st, d.start); d.start < lo || d.start >= hi || n != h.head && !(h.toll > 0 && n == h.toll-1) {
			continue
		}
		if (st.toks[d.start].Lower == "since" || d.start > 0 && st.toks[d.start-1].Lower == "since") && h.status == dyad.Negated {
			continue // "has not conducted a test since 2017": the drought, not the event, starts then
		}
		if planned(st, d, ctx.pubDate, h) || inComplement(st, h, d) {
			continue // (complement_date.go)
		}
		dist := d.start - h.head
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best >= 0 {
		d := st.dates[best]
		return d.date, d.precision, d.from()
	}
	if undatedAllegation(h) {
		// "killed 30 villagers and burned their bodies on Friday, a
		// rights group said, a charge the junta denied": the day written
		// after the last of its coordinated verbs is the act's own
		if d, ok := c.coordinatedDate(st, h, hi); ok {
			return d.date, d.precision, d.from()
		}
	}
	if undatedAllegation(h) || reactedNominal(st, h, lo) {
		return ctx.pubDate, dyad.Day, "published" // (date_reacted.go)
	}
	// the dates the hit's neighbours lend it, in this order; the first
	// that is no plan of a future or hypothetical hit (planned) dates it
	n := len(st.dates)
lend:
	for step := 0; ; step++ {
		var d dateExpr
		var ok bool
		switch {
		case step == 0:
			// a nominal takes the date of the verb whose object it is:
			// "brokered a meeting between Thai and Cambodian leaders in
			// Putrajaya on Monday"
			d, ok = c.governorDate(st, h, lo)
		case step == 1:
			// the occasion's date: "detained the mayor in a dawn raid on
			// Wednesday", "agreed to a ceasefire brokered by France on Tuesday"
			d, ok = c.occasionDate(st, h, hi)
		case step == 2:
			// a participle or appositive clause after a comma shares the main
			// clause's date: "launched an attack on Monday, prompting Poland to
			// scramble jets", "halted aid on Sunday, a move Hamas condemned"
			d, ok = c.participleDate(st, h, lo)
			if !ok {
				// "jailed him on Wednesday after convicting him, a
				// verdict Tokyo called regrettable": the main
				// clause's day (dates_apposed_reaction.go)
				d, ok = apposedReactionDate(st, h)
			}
			if !ok {
				// "resumed talks on Monday, … a dialogue brokered by
				// Norway": the mediator's 045 on the talks' day
				// (dates_mediator.go)
				d, ok = c.mediatorDate(st, h, lo)
			}
			if !ok {
				// "pledged aid on Sunday, as its foreign minister visited
				// Kyiv": the time of the clause before (dates_as_clause.go)
				d, ok = asClauseDate(st, h, lo)
			}
			if !ok {
				// "applied to join in May 2025, shortly after Russia
				// invaded": about the time of the clause before
				d, ok = shortlyAfterDate(st, h)
			}
			if !ok {
				// "pounded … on Thursday, two days after rebels
				// killed a guard": that day less the count
				// (dates_days_after.go)
				d, ok = daysAfterDate(st, h)
			}
		case step < 3+n:
			// a date earlier in the clause, the nearest first, not across a
			// comma: "Seoul last month suspended a deal and resumed drills"
			d = st.dates[n-1-(step-3)]
			ok = d.start >= lo && d.start < h.head && (!commaBetween(st.toks, d.start, h.head) || st.toks[h.head].Tag == "VBG" && st.toks[h.head-1].Text == ",")
		case step == 3+n:
			d, ok = c.frontedDate(st, h)
			ok = ok && h.status != dyad.Alleged && h.status != dyad.Denied
		case step == 4+n:
			// "imposed a curfew and deployed the army on Friday": coordinated
			// verbs of one subject share the date written after the last
			d, ok = c.coordinatedDate(st, h, hi)
		case step == 5+n:
			// "received X on Thursday, and the two agreed …": the clause
			// before ", and" lends its day (dates_and_clause.go)
			d, ok = c.andClauseDate(st, h, lo)
			if !ok {
				// "declared … on Saturday, suspended the constitution":
				// a series of one subject's verbs (dates_serial_verb.go)
				d, ok = c.serialVerbDate(st, h)
			}
		case step == 6+n:
			// "shot dead a man who set off a device … on Tuesday": the day
			// closing the clause dates the main verb (dates_trailing.go)
			d, ok = c.trailingDate(st, h, hi)
		case step == 7+n:
			// "tried to kill … by hurling a grenade … on Tuesday": the
			// day of the gerund of means (dates_means_gerund.go)
			d, ok = meansDate(st, h, hi)
		case step == 8+n:
			// "ordered residents to leave within 24 hours on Monday": a
			// past day after a planned infinitive is the order's
			// (dates_plan_complement.go)
			d, ok = c.planComplementDate(st, h, hi, ctx.pubDate)
		default:
			break lend
		}
		if ok && !planned(st, d, ctx.pubDate, h) {
			return d.date, d.precision, d.from()
		}
	}
	if g := meansGovernor(st, h, lo); g != nil {
		// "responded within hours by declaring …": the verb's date
		// (dates_means_gerund.go)
		if date, precision, from := c.textDateFrom(ctx, st, g); from == "text" {
			return date, precision, from
		}
	}
	if g := afterGovernor(st, h, lo); g != nil {
		// "struck Gaza on Monday after militants fired rockets": the
		// main clause's day (dates_after_clause.go)
		if date, precision, from := c.textDateFrom(ctx, st, g); from == "text" && precision == dyad.Day {
			return date, precision, from
		}
	}
	if g := afterStatement(st, h, lo); g != nil {
		// "threatened on Tuesday to shoot down … after government jets
		// bombed …": the main verb's day (dates_after_clause.go)
		if date, precision, from := c.textDateFrom(ctx, st, g); from == "text" && precision == dyad.Day {
			return date, precision, from
		}
	}
	if d, ok := afterEventlessDay(st, h, lo); ok {
		// "stocks were lower Friday after North Korea fired a missile":
		// the day of a main clause with no event (dates_after_clause.go)
		return d.date, d.precision, d.from()
	}
	// "… , state media reported on Monday": the report's date dates the event
	if st.reportDate != nil {
		return st.reportDate.date, st.reportDate.precision, st.reportDate.from()
	}
	if d, ok := c.tailDate(st, h); ok {
		return d.date, d.precision, d.from()
	}
	if st.then != nil && h.status != dyad.Future && h.status != dyad.Hypothetical {
		return st.then.date, st.then.precision, st.then.from() // "welcomed at the time" (dates_at_the_time.go)
	}
	return ctx.pubDate, dyad.Day, "published"
}

// planned reports whether d is the date of a planned action ("will meet
// in Seoul next month", "later this year", "will meet in Sochi on
// Wednesday") that dates a future or hypothetical event h: such an event
// takes the date of the statement that carries it, never the date of the
// plan (README "Conventions fixed here"). A date is planned when it is
// introduced by next, later, by, until or tomorrow, when it is not before
// the publication date pub ("2024-07-13"; at the date's own precision)
// unless "earlier" or "last" says it is past, or when h's verb is itself
// in the future ("will", "would", "shall" before it, or the infinitive of
// a plan: "is expected to meet") and the date follows it.
func planned(st *sentence, d dateExpr, pub string, h *verbHit) bool {
	if h.status != dyad.Future && h.status != dyad.Hypothetical {
		return false
	}
	if ahead(st, d) {
		return true
	}
	if behind(st, d) {
		return false
	}
	toks := st.toks
	if d.start > h.head {
		reach := 3
		if strings.HasPrefix(toks[h.head].Tag, "NN") {
			reach = 6 // a noun's verb: "would begin an indefinite general strike on Monday"
		}
		for k := h.head - 1; k >= 0 && k >= h.head-reach && toks[k].Text != "," && toks[k].Text != ";"; k-- {
			switch toks[k].Lower {
			case "will", "would", "shall", "'ll":
				return true
			case "to":
				if k == h.head-1 {
					return true // "is due to meet Wang on Friday": the infinitive of a plan
				}
			}
		}
	}
	if d.start < h.head {
		// "will on Monday hold talks": the date between the modal and its verb
		k := d.start - 1
		if k >= 0 && (toks[k].Lower == "on" || toks[k].Lower == "in") {
			k--
		}
		if k >= 0 && (toks[k].Lower == "will" || toks[k].Lower == "would" || toks[k].Lower == "shall") {
			return true
		}
		// "On Friday, he will visit Phuket": a date fronted before the
		// subject of a verb in the future, no other verb between
		if m := futureForm(toks, h.head); m > d.end {
			for k := d.end; k < m; k++ {
				if strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" || toks[k].Text == ";" {
					return false
				}
			}
			return true
		}
	}
	if len(d.date) > len(pub) {
		return false
	}
	return d.date >= pub[:len(d.date)]
}

// futureForm returns where the future form of the verb at i starts: its
// modal ("he will visit", "would also meet") or the verb of a plan before
// its infinitive ("is to visit", "plans to meet", "is due to travel",
// "is expected to sign"); -1 when the verb is in no such form.
func futureForm(toks []dyad.Token, i int) int {
	k := i - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
	}
	if k < 0 {
		return -1
	}
	switch toks[k].Lower {
	case "will", "shall", "'ll":
		return k
	case "to":
	default:
		return -1
	}
	k--
	if k < 0 {
		return -1
	}
	switch toks[k].Lower {
	case "plans", "plan", "planned", "intends":
		return k
	case "is", "are":
		return k
	case "due", "expected", "scheduled", "set", "slated":
		if k > 0 && (toks[k-1].Lower == "is" || toks[k-1].Lower == "are") {
			return k - 1
		}
	}
	return -1
}

// frontedDate finds a date expression in a phrase that opens the
// sentence and ends at its first comma, before the hit ("In June, Kim
// and Putin signed …", "Last month, Azerbaijan's army launched …", "In a
// telephone call on Monday, Wang and Lavrov discussed …"): it dates the
// clause that follows. The phrase opens with the date or a time
// preposition; a fronted time clause ("After talks on Monday,"), a
// comparison ("Like the enclave in 1995,") or a fronted phrase holding a
// verb of its own does not; nor does it
// date an alleged or denied act, which sits in a clause of its own.
func (c *Coder) frontedDate(st *sentence, h *verbHit) (dateExpr, bool) {
	toks := st.toks
	start := 0 // the clause's first token: the sentence's, or after a semicolon or a colon
	for k := h.head - 1; k > 0; k-- {
		if toks[k].Text == ";" || toks[k].Text == ":" || toks[k].Text == "—" || toks[k].Text == "–" || toks[k].Text == "--" {
			// "…; on Saturday, Isis members fired a guided missile", "…: In
			// 2008, he stepped down", "… ground for talks — in April, it
			// hosted talks between …"
			start = k + 1
			break
		}
	}
	if start+1 < h.head && connective(toks[start].Lower) && toks[start+1].Text == "," {
		// "Then, on 20 January, rebels attacked …": a sentence adverb
		// and its comma before the phrase (dates_connective.go)
		start += 2
	}
	switch toks[start].Lower {
	case "but", "and", "then", "yet":
		start++ // "But on Sunday night, …": the conjunction joins the clause to the one before
		if start+1 < h.head && connective(toks[start].Lower) && toks[start+1].Text == "," {
			start += 2 // "And then, on 20 January, …"
		}
	case "\"", "“":
		if start+1 < h.head {
			start++ // "\"On Monday, Russian troops shelled Kharkiv,\" the governor said on Wednesday": the quote's own day
		}
	}
	if start >= h.head {
		return dateExpr{}, false
	}
	comma := -1
	for k := start; k < h.head; k++ {
		if toks[k].Text == "," && !afterWeekdayOfDate(st, k) && !insideFrontedYear(st, k) {
			// (not the comma of "On Friday, Aug. 8,", nor of "Last year, on
			// June 12,": the phrase goes on)
			comma = k
			break
		}
	}
	if comma < 0 || comma-start > 8 && (comma-start > 16 || !frontedOccasion(st, start, comma)) {
		return dateExpr{}, false // none, or a long phrase of its own (occasion_premodifier.go)
	}
	if _, ok := clockLead(toks, start); ok {
		// "Shortly after 10 p.m. Sunday night,": a clock time, no clause
	} else {
		switch toks[start].Lower {
		case "in", "on", "at", "during", "over", "late", "early", "earlier", "last", "just", "this", "overnight":
		default:
			// "Like the Bosnian enclave in 1995,", "After talks on Monday,":
			// a comparison or a time clause, not the event's time
			if !dateStartsAt(st, start) {
				return dateExpr{}, false
			}
		}
	}
	for k := start; k < comma; k++ {
		if strings.HasPrefix(toks[k].Tag, "VB") && toks[k].Tag != "VBN" && toks[k].Tag != "VBG" {
			return dateExpr{}, false
		}
	}
	// "On Monday, three days after Trump and Erdogan spoke by phone,
	// Ankara pledged …": a hit inside a subordinate clause after the
	// comma is not the clause the phrase opens
	mainVerb := false // the clause the phrase opens told before a subordinate clause
	for k := comma + 1; k < h.head; k++ {
		if subordinator(toks[k].Lower) && !commaBetween(toks, k, h.head) && !(mainVerb && toks[k].Lower == "when") {
			// ("Last week, tensions rose when Chinese ships blocked …":
			// the when-clause says when the main clause happened)
			return dateExpr{}, false
		}
		if finite(toks[k].Tag) || toks[k].Tag == "VBN" {
			mainVerb = true
		}
	}
	for _, d := range st.dates {
		if d.start >= start && d.end <= comma {
			return d, true
		}
	}
	return dateExpr{}, false
}

// afterWeekdayOfDate reports a token of st inside a date expression
// opened by a weekday (findDates' weekdayFrom): the comma of "Friday, Aug.
// 8". (The comma of "July 12, 2024," is left alone: "On April 14, 2014,
// …" dated so becomes history, set aside, and a judged-right event with
// it.)
func afterWeekdayOfDate(st *sentence, k int) bool {
	for _, d := range st.dates {
		if d.start < k && k < d.end-1 && isWeekday(st.toks[d.start].Lower) {
			return true
		}
	}
	return false
}

// dateStartsAt reports a date expression of st that opens at token k.
func dateStartsAt(st *sentence, k int) bool {
	for _, d := range st.dates {
		if d.start == k {
			return true
		}
	}
	return false
}

// subordinator reports a word that opens a subordinate or relative
// clause, whose date expressions date that clause's own verb.
func subordinator(w string) bool {
	switch w {
	case "after", "before", "since", "when", "whenever", "while", "whereas", "until", "because", "if", "unless",
		"once", "though", "although", "where", "which", "who", "whom", "whose":
		return true
	}
	return false
}

// relativeThat reports "that" at k opening a relative clause on the
// noun before it, its finite verb next ("ending a deployment that began
// in 2020"): a date after that verb is the relative clause's. "said
// that", "the report that Russia …" are no relative.
func relativeThat(toks []dyad.Token, k int) bool {
	if toks[k].Lower != "that" || k == 0 || k+1 >= len(toks) || !strings.HasPrefix(toks[k-1].Tag, "NN") {
		return false
	}
	v := k + 1
	if toks[v].Tag == "RB" && v+1 < len(toks) {
		v++ // "a war that only began in 2022"
	}
	switch toks[v].Tag {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// coordinatedDate finds the date of a finite verb hit joined to h by
// "and" later in its clause, with no comma between ("imposed a curfew and
// deployed the army on Friday"): the date written after the last verb
// dates each verb of the coordination.
func (c *Coder) coordinatedDate(st *sentence, h *verbHit, hi int) (dateExpr, bool) {
	toks := st.toks
	if h.p.Noun || !finite(toks[h.head].Tag) {
		return dateExpr{}, false
	}
	for _, g := range st.hits {
		if g.head <= h.end || g.head >= hi || g.p.Noun || toks[g.head].Tag != toks[h.head].Tag {
			continue
		}
		a := g.head - 1
		for a > h.end && toks[a].Tag == "RB" {
			a-- // "shot and seriously wounded": past the adverb
		}
		if toks[a].Lower != "and" || commaBetween(toks, h.head, g.head) {
			continue
		}
		for _, d := range st.dates {
			if d.start > g.head && d.start < hi && c.nearestHit(st, d.start) == g.head && !ahead(st, d) {
				return d, true
			}
		}
	}
	return c.coordinatedVerbDate(st, h, hi)
}

// governorDate finds the date owned by the verb hit that governs the
// nominal hit h: the nearest verb hit before it in its clause, with no
// comma or subordinate clause between ("brokered a meeting … on Monday").
func (c *Coder) governorDate(st *sentence, h *verbHit, lo int) (dateExpr, bool) {
	toks := st.toks
	if !nounLike(st, h) && !strings.HasPrefix(toks[h.head].Tag, "NN") && visitingAt(st, h.head) == nil {
		return dateExpr{}, false // (a visit told by an attributive "visiting" takes its verb's date: visiting_guest.go)
	}
	gov := -1
	for _, g := range st.hits {
		if g.head >= lo && g.head < h.head && g.head > gov && !g.p.Noun && !nounLike(st, &g) && strings.HasPrefix(toks[g.head].Tag, "VB") {
			gov = g.head
		}
	}
	if gov < 0 || commaBetween(toks, gov, h.head) {
		return dateExpr{}, false
	}
	for k := gov + 1; k < h.head; k++ {
		if subordinator(toks[k].Lower) {
			return dateExpr{}, false
		}
	}
	for _, d := range st.dates {
		if d.start > gov && c.nearestHit(st, d.start) == gov {
			return d, true
		}
	}
	return dateExpr{}, false
}

// occasionDate finds the date of the occasion a verb hit h happened at,
// when a nominal event after it owns that date: one in a phrase opened by
// in, during or at ("detained the mayor in a dawn raid on Wednesday",
// "told his counterpart in a phone call on Friday", "did not strike oil
// facilities in its attack on Saturday"), or a reduced relative on h's
// object ("agreed to a ceasefire brokered by France on Tuesday"). Nothing
// between h and the date may open another clause (a comma, a
// conjunction, a subordinator).
func (c *Coder) occasionDate(st *sentence, h *verbHit, hi int) (dateExpr, bool) {
	toks := st.toks
	// a past act's: not a nominal's, nor a present claim's
	if nounLike(st, h) || strings.HasPrefix(toks[h.head].Tag, "NN") || toks[h.head].Tag == "VBZ" || toks[h.head].Tag == "VBP" {
		return dateExpr{}, false
	}
	for _, d := range st.dates {
		if d.start <= h.end || d.start >= hi || ahead(st, d) {
			continue
		}
		blocked := false
		for k := h.end; k < d.start && !blocked; k++ {
			// a conjunction joins clauses when a verb follows it
			blocked = toks[k].Text == "," || subordinator(toks[k].Lower) || toks[k].Tag == "MD" ||
				k > h.end && toks[k-1].Tag == "CC" && (finite(toks[k].Tag) || k+1 < d.start && finite(toks[k+1].Tag))
		}
		if blocked {
			return dateExpr{}, false
		}
		if _, ok := occasionPremodifier(st, d); ok {
			return d, true // "criticized Iran during his March 3 address to Congress" (occasion_premodifier.go)
		}
		g := c.nearestHit(st, d.start)
		if g < h.end || g >= d.start {
			continue // a possessive date ("in March's attack") is its noun's alone
		}
		np := true // only a noun phrase between h and the nominal
		for k := h.end; k < g && np; k++ {
			np = !strings.HasPrefix(toks[k].Tag, "VB") && toks[k].Tag != "TO"
		}
		if !np {
			continue
		}
		if strings.HasPrefix(toks[g].Tag, "NN") || toks[g].Tag == "VBZ" {
			j := g - 1
			for j > h.end && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$" || toks[j].Tag == "JJ" || toks[j].Tag == "CD" ||
				toks[j].Tag == "POS" || strings.HasPrefix(toks[j].Tag, "NN")) {
				j--
			}
			if w := toks[j].Lower; w == "in" || w == "during" || w == "at" {
				return d, true
			}
			continue
		}
		if (toks[g].Tag == "VBN" || toks[g].Tag == "VBD") && g > 0 && strings.HasPrefix(toks[g-1].Tag, "NN") {
			// on h's object itself, not on a noun of a phrase after it
			// ("met relatives of citizens abducted … decades ago")
			own := st.at[g-1] < 0 // people told by their past ("freed 21 schoolgirls kidnapped two years ago"): the participle's date, not the release's
			for k := h.end; k < g && own; k++ {
				own = toks[k].Tag != "IN"
			}
			if own {
				return d, true
			}
		}
	}
	return dateExpr{}, false
}

// participleDate finds the main clause's date for a hit in a participle
// or appositive clause after a comma: ", prompting Poland to scramble
// jets", ", with its vice president denouncing …", ", a move Hamas
// condemned", ", an accusation the group denied", and a time clause that
// says when the clause before happened: ", when U.S. officials endorsed
// it". The date is the last one before that comma in the clause.
func (c *Coder) participleDate(st *sentence, h *verbHit, lo int) (dateExpr, bool) {
	toks := st.toks
	comma := -1
	for k := h.head - 1; k > lo; k-- {
		if toks[k].Text == "," {
			comma = k
			break
		}
	}
	if comma < 0 || comma+2 >= len(toks) {
		return dateExpr{}, false
	}
	next := toks[comma+1]
	ok := next.Tag == "VBG"
	if next.Lower == "when" {
		ok = true // "Last week the banks came under pressure, when officials endorsed it": the time of the clause before
	}
	if next.Lower == "with" {
		for k := comma + 2; k <= h.head; k++ {
			if toks[k].Tag == "VBG" {
				ok = true
			}
		}
	}
	if next.Lower == "a" || next.Lower == "an" {
		switch toks[comma+2].Lower {
		case "move", "step", "decision", "measure", "accusation", "charge", "claim", "allegation":
			ok = true
		}
	}
	if !ok {
		return dateExpr{}, false
	}
	for k := len(st.dates) - 1; k >= 0; k-- {
		if d := st.dates[k]; d.start >= lo && d.end <= comma {
			if toks[d.start].Lower == "into" {
				// "Fighting continued into 2015, with Moscow denying …":
				// the last year the main act went on, no date of what
				// went on beside it
				return dateExpr{}, false
			}
			return d, true
		}
	}
	return dateExpr{}, false
}

// shortlyAfterDate returns the date of the clause before a time clause
// opened by "shortly after", "soon after", "hours before" (comma or not)
// whose verb is the hit: "Finland applied in May 2025, shortly after
// Russia invaded Ukraine" dates the invasion May 2025, near enough, not
// the publication day. The date is the last one of the clause before,
// after its own break.
func shortlyAfterDate(st *sentence, h *verbHit) (dateExpr, bool) {
	toks := st.toks
	if j := auxBefore(toks, h.head, false); j >= 0 && toks[j].Lemma == "have" {
		return dateExpr{}, false // "hours after the EU had criticised the move": a past perfect keeps its own time
	}
	k := h.head - 1
	for k > 0 && toks[k].Lower != "after" && toks[k].Lower != "before" {
		if toks[k].Text == "," || toks[k].Text == ";" || toks[k].Lower == "and" || toks[k].Lower == "when" {
			return dateExpr{}, false
		}
		k--
	}
	if k < 2 || k < h.head-8 {
		return dateExpr{}, false
	}
	switch toks[k-1].Lower {
	case "shortly", "soon", "just", "moments", "minutes", "hours", "immediately":
	default:
		return dateExpr{}, false
	}
	end := k - 1
	if toks[end-1].Text == "," {
		end--
	}
	d, _, ok := clauseLastDate(st, end, ",", ";")
	return d, ok
}

// ahead reports a date expression that looks forward ("next week",
// "later this month", "tomorrow", "by Friday"): no past act's date.
func ahead(st *sentence, d dateExpr) bool {
	for k := d.start - 1; k >= 0 && k >= d.start-2; k-- {
		switch st.toks[k].Lower {
		case "next", "later", "by", "until", "tomorrow":
			return true
		}
	}
	switch st.toks[d.start].Lower {
	case "next", "tomorrow", "later":
		return true
	}
	return false
}

// behind reports a date expression that looks back ("earlier this
// month", "last week", "the past year"), in the two words before it or
// its first: a date already past, whatever the publication date.
func behind(st *sentence, d dateExpr) bool {
	for k := d.start; k >= 0 && k >= d.start-2; k-- {
		switch st.toks[k].Lower {
		case "earlier", "last", "past":
			return true
		}
	}
	return false
}

func finite(tag string) bool { return tag == "VBD" || tag == "VBZ" || tag == "VBP" }

// tailDate finds the date of an attribution tail after h's clause
// ("…, Secretary-General Jasem Albudaiwi said in a statement on
// Monday"): a speech verb after a comma that owns a date dates the
// reported event also when its speaker is no known actor.
func (c *Coder) tailDate(st *sentence, h *verbHit) (dateExpr, bool) {
	for _, g := range st.hits {
		if !g.p.has(flagSpeech) || g.p.Code != "010" || g.head <= h.head || !commaBetween(st.toks, h.head, g.head) {
			continue
		}
		for _, d := range st.dates {
			if d.start > g.head && c.nearestHit(st, d.start) == g.head {
				return d, true
			}
		}
		// "…, the minister told his counterpart in a phone call on Friday"
		if _, hi := clauseBounds(st.toks, g.head); true {
			if d, ok := c.occasionDate(st, &g, hi); ok {
				return d, true
			}
		}
	}
	return dateExpr{}, false
}

// nearestHit returns the head of the hit that owns the date expression
// starting at token i, or -1. A date modifies the verb of its clause: the
// nearest verb hit before it, with no subordinate or relative clause
// between ("have retaken Ghouta, where the attack took place on Saturday"
// is not the retaking's date), or a verb right after it or after its
// subject ("Seoul on Monday accused", "Earlier this month Trump warned").
// A nominal hit owns it only when the date stands right after the noun
// ("its attack on Saturday", "the Brussels assault in March"), or when
// the clause has no verb hit the date can belong to ("killed 20 civilians
// in an attack on a village on Tuesday" dates the killing, "accused Kyiv
// on Thursday of trying to …" the accusation). A possessive or
// attributive date belongs to its noun ("ahead of Friday's protests",
// "Pyongyang's November 29 missile test"), or to the verb whose object it
// opens ("boycotted Tuesday's session").
func (c *Coder) nearestHit(st *sentence, i int) int {
	toks := st.toks
	end := i
	for end < len(toks) && end < len(st.isDate) && st.isDate[end] {
		end++
	}
	possessive := end < len(toks) && (toks[end].Text == "'s" || toks[end].Text == "’s")
	attributive := i > 0 && end < len(toks) && (toks[i-1].Tag == "POS" || toks[i-1].Tag == "PRP$" || toks[i-1].Tag == "DT") &&
		(strings.HasPrefix(toks[end].Tag, "NN") || toks[end].Tag == "JJ")
	if possessive || attributive {
		for _, g := range st.hits {
			// "boycotted Tuesday's session": the verb's object is the
			// occasion the date names
			if possessive && !g.p.Noun && g.end <= i && i-g.end <= 2 && (i == g.end || toks[i-1].Lower == "on" || toks[i-1].Tag == "DT") {
				return g.head
			}
		}
		for _, g := range st.hits {
			if g.head > end && g.head <= end+4 {
				return g.head
			}
		}
		return -1
	}
	best, bestDist := -1, math.MaxInt
	nominal, nominalDist := -1, math.MaxInt
	lo, hi := clauseBounds(toks, i)
	for _, g := range st.hits {
		if g.head < lo || g.head >= hi || g.undone {
			continue
		}
		if attributiveParticiple(toks, g.head, i) {
			continue // "broke off talks with striking doctors on Thursday": the talks' day (dates_attributive.go)
		}
		if visitingGoverned(st, g.head, i) {
			continue // "met visiting U.S. Secretary of State John Kerry on Sunday": the meeting's day (visiting_guest.go)
		}
		if i < g.head && commaBetween(toks, i, g.head) {
			continue // "fired … on Thursday, the military said": not the speech verb's
		}
		at := g.head
		// "a Palestinian state/VBP on Tuesday", "in Kachin state/VBP on Monday"
		noun := nounLike(st, &g) || strings.HasPrefix(toks[g.head].Tag, "NN") || g.p.has(flagSpeech) && toks[g.head].Lower == "state"
		if noun && g.end-1 > g.head && g.end-1 < i && finite(toks[g.end-1].Tag) {
			// a weapon noun and its finite verb ("when US airstrikes hit
			// Raqqa on 4 July"): a clause, dated as its verb is
			noun, at = false, g.end-1
		}
		d := 2 * (i - at)
		if d < 0 {
			d = -3*d/2 + 1 // a date after its verb is its own; before, a little less
		}
		own := false
		switch {
		case noun:
			// right after the noun ("the meeting late on Tuesday"); not
			// a speech verb read as a noun
			own = i >= g.end && (g.p.Noun || !g.p.has(flagSpeech))
			for k := g.end; k < i && own; k++ {
				own = k < len(st.isDate) && st.isDate[k] || toks[k].Lower == "late" || toks[k].Lower == "early"
			}
		case g.head < i:
			// a month or year after a reduced relative or a noun's agent
			// is the participle's or the noun's ("met relatives of
			// citizens abducted by agents decades ago", "visited Ankara to
			// row back on an announcement by Trump in December":
			// dateowner.go)
			blocked := nominalOwnsDate(toks, g.end, dateStartingAt(st, i))
			for k := g.end; k < i; k++ {
				// the date of a subordinate or relative clause between:
				// not this verb's (a when-clause's time is the verb's:
				// "arrested Robinson when he returned in November"), nor
				// of an occasion the act follows or precedes ("suspended
				// Niger following a coup in July": dateowner.go)
				if subordinator(toks[k].Lower) && toks[k].Lower != "when" && !clockPhrase(toks, k) || relativeThat(toks, k) || relativeOccasion(toks, k) {
					blocked = true
				}
			}
			if toks[i].Lower == "since" {
				for k := g.end; k < i; k++ {
					if toks[k].Lower == "first" {
						// "launched ground raids into Lebanon, the first
						// incursion of its kind since 2006": the reference
						// point, not the act's date
						blocked = true
					}
				}
			}
			if blocked {
				continue
			}
			own = true
		default:
			// a date before its verb is the subject's adverb ("Seoul on
			// Monday accused"): not when a finite verb precedes it in the
			// clause ("held talks in Ankara on Wednesday aimed at …")
			own = true
			for k := lo; k < i && own; k++ {
				own = !finite(toks[k].Tag) && toks[k].Tag != "MD"
			}
			for k := end; k < g.head && own; k++ {
				if k >= len(st.at) || st.at[k] < 0 && toks[k].Tag != "NNP" && toks[k].Tag != "POS" && toks[k].Tag != "DT" {
					own = false
				}
			}
		}
		if !own {
			if d < nominalDist {
				nominal, nominalDist = g.head, d
			}
			continue
		}
		if d < bestDist {
			best, bestDist = g.head, d
		}
	}
	if best < 0 {
		return nominal
	}
	return best
}

// dateStartingAt returns the date expression of st starting at token i
// (the zero dateExpr, of no precision, when none does).
func dateStartingAt(st *sentence, i int) dateExpr {
	for _, d := range st.dates {
		if d.start == i {
			return d
		}
	}
	return dateExpr{}
}

func commaBetween(toks []dyad.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].Text == "," {
			return true
		}
	}
	return false
}

// clauseBounds returns the token range of the clause around i: split at
// ";", ", but", ", while", ", and" before a new subject, and "that" after
// a speech verb.
func clauseBounds(toks []dyad.Token, i int) (int, int) {
	lo := 0
	for k := i - 1; k >= 0; k-- {
		w := toks[k].Lower
		if toks[k].Text == ";" || w == "but" || w == "while" || w == "whereas" || (w == "after" || w == "before") && !clockPhrase(toks, k) {
			lo = k + 1
			break
		}
	}
	hi := len(toks)
	for k := i + 1; k < len(toks); k++ {
		w := toks[k].Lower
		if toks[k].Text == ";" || w == "but" || w == "while" || w == "whereas" {
			hi = k
			break
		}
	}
	return lo, hi
}

// locationFor finds the city or region an attack struck ("shelled the
// city of Kharkiv"), else "in/at/near PLACE" in the hit's clause (not in
// a reason phrase after it: reasonclause.go; a country named there gives
// way to a dateline inside it where the event may have happened, as
// datelineFits says), else a country struck,
// else the dateline's place when the event may have happened there
// (datelineFits).
func (c *Coder) locationFor(ctx *articleCtx, st *sentence, h *verbHit, src, tgt *actors.Mention) *dyad.Location {
	struck, ok := c.struckPlace(st, h, tgt)
	if ok && struck.Kind != gazetteer.KindCountry {
		loc := struck.Location() // "struck Tyre in southern Lebanon": Tyre
		return &loc
	}
	if loc := c.sentencePlace(st, h); loc != nil {
		if l := c.listedCountryPlace(st, loc, src); l != nil {
			return l // "Courts in France, Germany and Sweden": Germany's in Germany (place_listed_countries.go)
		}
		if d := ctx.dateline; d != nil && loc.Kind == gazetteer.KindCountry && d.Kind != gazetteer.KindCountry &&
			d.Country == loc.Country && datelineFits(d.Country, h.code, src, tgt) && !c.countryArea(st, h) {
			// "BOUAKE, Ivory Coast (AP) - … killed in Ivory Coast air
			// raid": the dateline inside the country named is finer
			return d
		}
		return loc
	}
	if loc := c.sentenceRegion(st, h); loc != nil {
		return loc // "in northern Syria"
	}
	if loc := c.whereClausePlace(st, h); loc != nil {
		return loc // "travelled on to Cairo, where he met …" (where_place.go)
	}
	// "visited Baghdad", "test-fired a missile from Pyongyang" (venue.go)
	visited, isVisit := c.visitedPlace(st, h, src, tgt)
	if isVisit && visited.Kind != gazetteer.KindCountry {
		loc := visited.Location()
		return &loc
	}
	if p, ok := c.launchPlace(st, h); ok {
		loc := p.Location()
		return &loc
	}
	if isVisit {
		struck, ok = visited, true // "visited Iraq": the country, as one struck
	}
	// a country struck is less precise than a dateline inside it
	if ok && (ctx.dateline == nil || ctx.dateline.Country != struck.Country) {
		loc := struck.Location()
		return &loc
	}
	if ok && fightRoot(h.code) {
		return ctx.dateline // "KYIV - Russia attacked Ukraine": the dateline inside the country struck
	}
	if d := ctx.dateline; d != nil && !datelineFits(d.Country, h.code, src, tgt) {
		return nil // "KYIV (Reuters) - Al-Shabaab militants ambushed a patrol in …": not in Kyiv
	}
	return ctx.dateline
}

// datelineFits reports whether an event of CAMEO code and actors src and
// tgt may have happened at a dateline in country. A dateline is where
// the reporter is: an act happens in its source's country ("WASHINGTON -
// Russia expelled two US diplomats" happened in Russia, not at the
// dateline), so the source's country must be the dateline's, or, when
// the source has none, the target's (or neither has one); a meeting or a
// visit (root 04) may be in either party's country. Force (roots 18–20)
// by a source of another country is not placed at a dateline in its
// target's country: "PARIS (AP) - Ivory Coast's air force bombed a French
// base" struck French troops abroad, in Bouaké, and "KYIV - Russia
// shelled Ukrainian positions" struck the front, not Kyiv; the dateline
// is weaker than the actors' countries there, and the event stays
// unplaced rather than placed where the reporter sat. (A country struck
// by name, "KYIV - Russia attacked Ukraine", takes the dateline inside
// it: locationFor.)
func datelineFits(country, code string, src, tgt *actors.Mention) bool {
	if src != nil && src.Country != "" {
		if src.Country == country {
			return true
		}
		if cameo.Root(code) == "04" {
			return tgt != nil && tgt.Country == country
		}
		return false
	}
	return tgt == nil || tgt.Country == "" || tgt.Country == country
}

// fightRoot reports whether code is force: CAMEO roots 18–20.
func fightRoot(code string) bool {
	switch cameo.Root(code) {
	case "18", "19", "20":
		return true
	}
	return false
}

// sentencePlace finds "in/at/near PLACE" in the hit's clause.
func (c *Coder) sentencePlace(st *sentence, h *verbHit) *dyad.Location {
	toks := st.toks
	lo, hi := clauseBounds(toks, h.head)
	hi = reasonStart(st, max(h.head, h.end-1), hi, false) // "in retaliation for air strikes in Kunduz" (reasonclause.go)
	for k := lo; k < hi-1; k++ {
		switch toks[k].Lower {
		case "in", "at", "near", "outside":
		case "into":
			if cameo.QuadClassOf(cameo.Root(h.code)) != 2 && cameo.QuadClassOf(cameo.Root(h.code)) != 4 {
				continue // a force or aid sent into a place acts there: "sent troops into the town of Afrin"
			}
		default:
			continue
		}
		if k > 0 && st.words.topicNoun(toks[k-1].Lower) {
			continue // "discussed the war in Syria": the topic's place, not the act's
		}
		if !placeOwned(st, h, k) {
			continue // "accused Russia of shelling a hospital in Kherson": the shelling's (venue.go)
		}
		if speechPlace(st, h, k) {
			continue // "…, officials said in New Delhi": the speech's (speech_place.go)
		}
		if p, ok := c.namedPlace(st, k+1, hi); ok {
			loc := p.Location()
			return &loc
		}
		if toks[k].Lower == "in" || toks[k].Lower == "at" {
			if p, ok := c.seatPlace(st, k+1); ok {
				loc := p.Location() // "at the White House": Washington
				return &loc
			}
		}
	}
	return nil
}

// sentenceRegion finds "in northern Syria" in the hit's clause: a place
// after an adjective of direction (compassPlace).
func (c *Coder) sentenceRegion(st *sentence, h *verbHit) *dyad.Location {
	toks := st.toks
	lo, hi := clauseBounds(toks, h.head)
	hi = reasonStart(st, max(h.head, h.end-1), hi, false)
	for k := lo; k < hi-1; k++ {
		if toks[k].Lower != "in" && toks[k].Lower != "near" || k > 0 && st.words.topicNoun(toks[k-1].Lower) || !placeOwned(st, h, k) || speechPlace(st, h, k) {
			continue
		}
		if p, ok := c.compassPlace(st, k+1, hi); ok {
			loc := p.Location()
			return &loc
		}
	}
	return nil
}

// eventID is stable: the same article, sentence, verb position, code,
// source and target give the same id.
func eventID(ev dyad.Event, head int) string {
	key := fmt.Sprintf("%s|%d|%d|%s|%s|%s", ev.ArticleID, ev.Sentence, head, ev.CAMEO, code(ev.Source), code(ev.Target))
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:8])
}

// sidesCode reports the CAMEO roots of fighting and coercion (17-20),
// whose "A and B <verb> with C" is two sides, never a joint act of three
// participants.
func sidesCode(code string) bool {
	switch cameo.Root(code) {
	case "17", "18", "19", "20":
		return true
	}
	return false
}

// ownOrganProbed reports whether an investigation (root 09) by src aims at
// another body or official of src's own state, coded alike: "Kenya's
// anti-corruption commission opened an investigation into a county
// governor" is KENGOV 091 KENGOV, a state probing its own, where two
// mentions of one code are otherwise one actor and no event. The target
// must be a mention of its own in the sentence, not a pronoun nor one
// whose head noun is the source's ("the government opened an inquiry into
// the government").
func ownOrganProbed(st *sentence, h *verbHit, src, tgt *actors.Mention) bool {
	if cameo.Root(h.code) != "09" || len(tgt.Sectors) == 0 || tgt.Start == src.Start || tgt.Text == "" ||
		!inSentence(st, *src) || !inSentence(st, *tgt) || strings.HasPrefix(st.toks[tgt.Start].Tag, "PRP") {
		return false
	}
	return st.toks[tgt.End-1].Lower != st.toks[src.End-1].Lower
}

// inSentence reports whether m spans tokens of st (an implied actor spans
// none).
func inSentence(st *sentence, m actors.Mention) bool {
	return m.Start >= 0 && m.Start < m.End && m.End <= len(st.toks)
}

// probedAtHome reports whether the role target (bareRole: "a county
// governor", "the health minister", no state named) of an investigation
// (root 09) is of the investigating state's own: the investigator is a
// state's organ whose probes reach its own officials (GOV, JUD, COP, LEG),
// never a foreign or international body.
func probedAtHome(h *verbHit, src, tgt *actors.Mention) bool {
	return cameo.Root(h.code) == "09" && len(src.Country) == 3 && hasSector(*src, "GOV", "JUD", "COP", "LEG") && !src.Person
}

// ownersState is the bare state of an owners' mention ("Palestinian
// homes", actors.Mention.Owners: PSECVL), PSE, for an act whose source is
// coded as those same civilians: the homes are still the state's, and
// the act is not its source's own (dyads).
func ownersState(m *actors.Mention) *actors.Mention {
	t := *m
	t.Code, t.Sectors, t.Owners = t.Country, nil, false
	return &t
}
