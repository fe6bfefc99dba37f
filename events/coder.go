// Package events codes CAMEO events from an article's sentences: it finds
// event verbs and nouns with the pattern dictionary (events/data/verbs.txt),
// attaches their source and target actors, and sets each event's status,
// attribution, date, place and confidence following the conventions of
// CODING.md.
//
// The analysis is shallow and clause-based: subjects are the nearest actor
// noun phrase to the left of the verb within its clause, targets the first
// actor phrase to its right; passive voice, relative clauses, coordinated
// subjects ("Seoul and Washington"), reported speech, accusations, denials,
// negation, modality and infinitive complements ("agreed to meet") are
// handled by rules, not by a full parser.
package events

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/gazetteer"
	"github.com/dyad-events/dyad/sentences"
)

//go:embed data/verbs.txt
var defaultVerbs []byte

// Coder turns articles into events. Build one with New and share it: it
// is read-only and safe for concurrent use.
type Coder struct {
	ont      *cameo.Ontology
	matcher  *actors.Matcher
	gaz      *gazetteer.Gazetteer
	lex      *sentences.Lexicon
	patterns *Patterns
	topics   *topicIndex
}

// Config gives the dictionaries a Coder uses. Nil fields are loaded from
// the embedded defaults.
type Config struct {
	Ontology  *cameo.Ontology
	Actors    *actors.Dictionary
	Gazetteer *gazetteer.Gazetteer
	Patterns  *Patterns
}

// New builds a coder. It fails only when an embedded or given dictionary
// does not load.
func New(cfg Config) (*Coder, error) {
	var err error
	if cfg.Ontology == nil {
		if cfg.Ontology, err = cameo.Default(); err != nil {
			return nil, err
		}
	}
	if cfg.Actors == nil {
		if cfg.Actors, err = actors.Default(); err != nil {
			return nil, err
		}
	}
	if cfg.Gazetteer == nil {
		if cfg.Gazetteer, err = gazetteer.Default(); err != nil {
			return nil, err
		}
	}
	if cfg.Patterns == nil {
		if cfg.Patterns, err = ParsePatterns(bytes.NewReader(defaultVerbs), "events/data/verbs.txt", cfg.Ontology); err != nil {
			return nil, err
		}
	}
	lx := sentences.NewLexicon()
	for _, v := range cfg.Patterns.VerbLemmas() {
		lx.AddVerb(v)
	}
	for _, v := range extraVerbs {
		lx.AddVerb(v)
	}
	return &Coder{ont: cfg.Ontology, matcher: actors.NewMatcher(cfg.Actors), gaz: cfg.Gazetteer, lex: lx,
		patterns: cfg.Patterns, topics: newTopicIndex()}, nil
}

// extraVerbs are frequent verbs with no event of their own that the tagger
// should still see as verbs (they bound clauses).
var extraVerbs = strings.Fields(`include involve remain draw divide counter deter respond implement
	formalise formalize incite require fuel provide ramp drive draw grow rise fall increase decrease enter
	compare mark cause lead become reach seem look follow occur happen die live work play score
	prompt spark trigger raise cross enter exit flee gather arrive remain continue expect estimate
	face mark begin end open close rise fall reach pass approve adopt vote elect win lose hold serve
	run sign call meet need want try keep help show move turn ask give take make put set bring
	carry build buy sell pay spend cost grow drop cut send receive join leave stay seek`)

// Lexicon returns the tagger lexicon the coder uses.
func (c *Coder) Lexicon() *sentences.Lexicon { return c.lex }

// Matcher returns the actor matcher the coder uses.
func (c *Coder) Matcher() *actors.Matcher { return c.matcher }

// articleCtx carries what one sentence tells the next: the last actors
// seen, for coreference.
type articleCtx struct {
	art       *dyad.Article
	pub       time.Time
	pubDate   string
	lastSubj  *actors.Mention           // last subject actor with a country
	lastCtry  string                    // last country seen
	lastMed   *actors.Mention           // last news agency / media actor
	lastPers  *actors.Mention           // last person
	lastForce *actors.Mention           // source of the last use or show of force
	names     map[string]actors.Mention // a person's name words → the person
	accuser   *actors.Mention           // the last accusation's source …
	accused   string                    // … and its target's country
	countries map[string]int            // mentions per country so far
	order     []string                  // countries in order of first mention
	dateline  *dyad.Location
}

// Code returns the events of an article, in sentence order, deduplicated
// within the article (same date, source, target and code → the first).
// Articles on sport, entertainment, obituaries, weather or markets yield
// none.
func (c *Coder) Code(a *dyad.Article) []dyad.Event {
	if c.topics.discard(a) {
		return nil
	}
	ctx := newContext(c, a)
	var out []dyad.Event
	seen := map[string]int{} // event key → index in out
	sentences.Each(a, c.lex, func(s *dyad.Sentence) {
		if s.Index == -1 && isAllCaps(s.Text) {
			return
		}
		for _, ev := range c.codeSentence(ctx, s) {
			if history(ev.Date, ctx.pubDate) {
				continue // a history retrospective: "Iraq invaded Kuwait in 1990"
			}
			key := ev.Date + "|" + code(ev.Source) + "|" + code(ev.Target) + "|" + ev.CAMEO
			if k, ok := seen[key]; ok {
				if out[k].Sentence != ev.Sentence && len(out[k].Also) < maxAlso {
					out[k].Also = append(out[k].Also, dyad.Mention{Sentence: ev.Sentence, Evidence: ev.Evidence})
				}
				continue
			}
			seen[key] = len(out)
			out = append(out, ev)
		}
	})
	return out
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

// maxAlso caps the further evidence an event carries (a wire story tells
// an event two or three times; a scraped page may repeat it thousands).
const maxAlso = 16

// newContext starts the coreference and dating context of an article.
func newContext(c *Coder, a *dyad.Article) *articleCtx {
	ctx := &articleCtx{art: a}
	if t, ok := a.PublishedTime(); ok {
		ctx.pub = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		ctx.pubDate = ctx.pub.Format("2006-01-02")
	}
	if a.Dateline != "" {
		place := a.Dateline
		if i := strings.IndexByte(place, ','); i >= 0 {
			place = place[:i]
		}
		if p, ok := c.gaz.Lookup(strings.TrimSpace(place)); ok {
			loc := p.Location()
			ctx.dateline = &loc
		}
	}
	return ctx
}

func code(a *dyad.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

func isAllCaps(s string) bool {
	letters, upper := 0, 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			letters++
		} else if r >= 'A' && r <= 'Z' {
			letters++
			upper++
		}
	}
	return letters > 8 && upper == letters
}

// verbHit is a pattern matched in a sentence.
type verbHit struct {
	p          *Pattern
	head       int // token of the verb (or first noun)
	end        int // one past the last matched token
	passive    bool
	status     dyad.Status
	code       string
	source     []actors.Mention
	target     []actors.Mention
	sourceFrom int // how the source was found: 0 direct, 1 coreference
}

// sentence holds the per-sentence analysis.
type sentence struct {
	s      *dyad.Sentence
	toks   []dyad.Token
	ments  []actors.Mention
	at     []int // token → mention index, -1
	dates  []dateExpr
	isDate []bool // token belongs to a date expression (or its preposition)
	hits   []verbHit
	// reportDate is the date of the attribution verb ("said on Monday")
	reportDate *dateExpr
	reporter   *actors.Mention
}

// analyse finds and resolves the actors and dates of a sentence.
func (c *Coder) analyse(ctx *articleCtx, s *dyad.Sentence) *sentence {
	ms := c.matcher.Find(s, ctx.pubDate)
	st := &sentence{s: s, toks: s.Tokens, at: make([]int, len(s.Tokens))}
	st.ments = c.resolve(ctx, st, ms)
	for i := range st.at {
		st.at[i] = -1
	}
	for k, m := range st.ments {
		for i := m.Start; i < m.End; i++ {
			st.at[i] = k
		}
		if m.Kind == actors.KindCountry || m.Kind == actors.KindCapital || m.Kind == actors.KindOrg && m.Text != "" && strings.HasPrefix(m.Name, "Kremlin") {
			j := m.Start - 1
			for j >= 0 && (st.toks[j].Lower == "the" || st.toks[j].Tag == "NN" && !startsUpperASCII(st.toks[j].Text) && strings.HasSuffix(st.toks[j].Lower, "ern")) {
				j-- // "in the north", "in northern Israel"
			}
			if j >= 0 {
				switch st.toks[j].Lower {
				case "in", "at", "near", "into", "across", "around", "inside", "outside", "through", "within", "throughout":
					st.ments[k].Place = true
				}
			}
		}
	}
	st.dates = findDates(st.toks, ctx.pub)
	st.isDate = make([]bool, len(st.toks))
	marks := st.dates
	if ctx.pub.IsZero() {
		// no publication date: nothing resolves, but "on Tuesday" is still a
		// date expression, not a noun phrase
		marks = findDates(st.toks, time.Date(2000, 6, 15, 0, 0, 0, 0, time.UTC))
	}
	for _, d := range marks {
		for k := d.start; k < d.end; k++ {
			st.isDate[k] = true
		}
		if d.start > 0 && (st.toks[d.start-1].Lower == "on" || st.toks[d.start-1].Lower == "in" || st.toks[d.start-1].Lower == "since" || st.toks[d.start-1].Lower == "earlier" || st.toks[d.start-1].Lower == "late" || st.toks[d.start-1].Lower == "early") {
			st.isDate[d.start-1] = true
		}
	}
	return st
}

func (c *Coder) codeSentence(ctx *articleCtx, s *dyad.Sentence) []dyad.Event {
	st := c.analyse(ctx, s)

	hits := c.findHits(st)
	// attribution: a speech verb's subject reports everything else
	for _, h := range hits {
		if h.p.has(flagSpeech) && h.p.Code == "010" && (st.toks[h.head].Tag == "VBD" || st.toks[h.head].Tag == "VBZ" || st.toks[h.head].Tag == "VBN" && !h.passive) && st.reporter == nil {
			if src := c.subject(st, h.head); len(src) > 0 {
				r := src[0]
				st.reporter = &r
				st.hits = hits
				for k := range st.dates {
					if c.nearestHit(st, st.dates[k].start) == h.head {
						st.reportDate = &st.dates[k]
					}
				}
			}
		}
	}
	if st.reporter == nil {
		st.reporter = c.accordingTo(st)
	}

	st.hits = hits
	scopeStatus := make([]dyad.Status, len(st.toks))
	scopeSubj := make([][]actors.Mention, len(st.toks))
	scopeAccuser := make([][]actors.Mention, len(st.toks))
	live := make([]bool, len(hits))
	var extra []verbHit // events implied by others: the accusation a denial answers
	for k := range hits {
		h := &hits[k]
		if h.p.has(flagSpeech) || h.p.has(flagIntent) && !h.p.has(flagThreat) && h.code == "030" {
			continue
		}
		switch {
		case scopeStatus[h.head] != "" && scopeSubj[h.head] != nil && c.hasPronounSubject(st, h.head):
			h.source = scopeSubj[h.head]
		case scopeStatus[h.head] == dyad.Alleged && scopeSubj[h.head] != nil && st.toks[h.head].Tag == "VBG":
			h.source = scopeSubj[h.head]
		case h.p.Noun:
			h.source = c.nounSource(st, h.head)
		case st.toks[h.head].Tag == "VBG" && h.head > 0 && st.toks[h.head-1].Lower == "for":
			continue // a reason, not an event: "praised Saudi Arabia for hosting the talks"
		case st.toks[h.head].Tag == "VBG" && h.head > 0 && (st.toks[h.head-1].Lower == "after" || st.toks[h.head-1].Lower == "before" || st.toks[h.head-1].Lower == "since" || st.toks[h.head-1].Lower == "while" || st.toks[h.head-1].Lower == "when"):
			continue // background in a time phrase: "after seizing El Fasher"
		default:
			h.source = c.subject(st, h.head)
		}
		if h.passive {
			if by := c.byAgent(st, h.end); len(by) > 0 {
				h.target, h.source = h.source, by
			} else {
				h.target, h.source = h.source, nil
			}
		} else if !h.p.has(flagNoTarget) {
			h.target = c.object(st, h)
			if len(h.target) == 0 {
				h.target = c.objectPronoun(st, h)
			}
		}
		if len(h.source) == 0 {
			// a clause complement of an accusation or denial takes its subject
			if scopeSubj[h.head] == nil {
				continue
			}
			h.source = scopeSubj[h.head]
		}
		if h.p.has(flagDeny) {
			// a denial answers an accuser: the one named with the accusation
			// ("Washington's accusation", "UN accusations", "a Saudi
			// accusation"), the accusation it sits in, or the article's last one
			h.target = c.accuserOf(st, h)
			if len(h.target) > 0 && h.target[0].Code != h.source[0].Code {
				acc := h.target[0]
				extra = append(extra, verbHit{p: accusePattern, head: h.head, end: h.end, code: "112", status: dyad.Asserted,
					source: []actors.Mention{acc}, target: []actors.Mention{h.source[0]}})
			}
			if acc := scopeAccuser[h.head]; acc != nil {
				h.target = acc
			} else if len(h.target) == 0 && ctx.accuser != nil && ctx.accused == h.source[0].Country {
				// "denied the accusation": the accuser of an earlier sentence,
				// evidenced here by the words that refer to it
				h.target = []actors.Mention{referent(*ctx.accuser, st, h.end, h.end+3)}
			}
			if len(h.target) > 0 && h.target[0].Code == h.source[0].Code {
				h.target = nil
			}
		} else if scopeStatus[h.head] != "" && h.status == dyad.Asserted {
			h.status = scopeStatus[h.head]
		}
		if cameo.Root(h.code) == "12" {
			// "rejected Seoul's offer of talks": the offer is an event too
			if x, ok := c.rejectedRequest(st, h); ok {
				extra = append(extra, x)
			}
		}
		// scopes opened by accusations and denials
		if (h.p.has(flagAccuse) || strings.HasPrefix(h.code, "11")) && len(h.target) > 0 {
			if h.p.has(flagAccuse) {
				ctx.accuser, ctx.accused = &h.source[0], h.target[0].Country
			}
			for i := h.end; i < len(st.toks) && !isClauseBreak(st.toks, i); i++ {
				if !h.p.has(flagAccuse) && st.toks[i].Tag != "VBG" {
					continue // "condemned X for providing …": only the gerund is alleged
				}
				scopeStatus[i] = dyad.Alleged
				scopeSubj[i] = h.target
				scopeAccuser[i] = h.source
			}
		}
		if h.p.has(flagDeny) {
			for i := h.end; i < len(st.toks) && !isClauseBreak(st.toks, i); i++ {
				scopeStatus[i] = dyad.Denied
				scopeSubj[i] = h.source
			}
		}
		live[k] = true
	}
	// what a signed treaty promises is not coded separately: "signed
	// agreements normalising relations"
	for k := range hits {
		if !live[k] || hits[k].code != "057" {
			continue
		}
		for j := k + 1; j < len(hits); j++ {
			g := &hits[j]
			if live[j] && st.toks[g.head].Tag == "VBG" && g.head-hits[k].end <= 4 && c.quad(g.code) <= 2 {
				live[j] = false
			}
		}
	}
	c.combine(st, hits, live)
	for k := range extra {
		hits = append(hits, extra[k])
		live = append(live, true)
	}
	var events []dyad.Event
	for k := range hits {
		if live[k] {
			h := &hits[k]
			c.refine(ctx, st, h)
			if h.code == "" {
				continue
			}
			if (h.code == "042" || h.code == "043" || h.p.has(flagNeedTarget)) && len(h.target) == 0 &&
				!(h.p.has(flagMutual) && len(h.source) >= 2) {
				continue // a visit with no host, a block with no one blocked
			}
			events = append(events, c.expand(ctx, st, h)...)
		}
	}
	c.remember(ctx, st)
	return events
}

// combine applies the rules that join two hits of a sentence: an appeal or
// demand and the act it asks for ("called on X to hold talks" → 026), a
// warning and the act it threatens ("warned it would strike" → 138).
func (c *Coder) combine(st *sentence, hits []verbHit, live []bool) {
	for k := range hits {
		h := &hits[k]
		if !live[k] {
			continue
		}
		root := cameo.Root(h.code)
		appeal := root == "02" && (h.code == "020" || h.code == "023")
		demand := h.code == "100"
		warn := h.code == "130"
		refuse := h.code == "120" && st.toks[h.head].Lemma == "refuse"
		if h.code == "014" || warn {
			// "considering vetoing the budget", "warned NATO against sending
			// troops": the act considered or warned against is not done
			for j := k + 1; j < len(hits); j++ {
				g := &hits[j]
				if st.toks[g.head].Tag == "VBG" && g.head > 0 && (g.head == h.end || st.toks[g.head-1].Lower == "against") && g.head-h.end <= 6 {
					if len(h.target) == 0 {
						h.target = g.target
					}
					live[j] = false
				}
			}
		}
		if refuse {
			// "refused to release X": a refusal to yield, and no release
			for j := k + 1; j < len(hits); j++ {
				g := &hits[j]
				if !infinitive(st.toks, h.end-1, g.head) {
					continue
				}
				h.code = refusalCode(g.code)
				if len(h.target) == 0 {
					h.target = g.target
				}
				live[j] = false
				break
			}
			continue
		}
		if !appeal && !demand && !warn {
			continue
		}
		for j := k + 1; j < len(hits); j++ {
			g := &hits[j]
			if g.p.has(flagSpeech) || g.head-h.end > 12 {
				continue
			}
			switch {
			case appeal || demand:
				if !infinitiveOrThat(st.toks, h.end, g.head) {
					continue
				}
				code := requestCode(g.code, demand)
				if code == "" {
					continue
				}
				if h.code == "023" && strings.HasPrefix(code, "023") || h.code != "023" {
					h.code = code
				}
				if len(h.target) == 0 && len(g.source) > 0 {
					h.target = g.source // "demanded that Moscow release him"
				}
				live[j] = false
			case warn:
				if conditional(st.toks, h.end, g.head) {
					continue // the condition, not the threatened act
				}
				if g.status != dyad.Future && g.status != dyad.Hypothetical && !strings.HasPrefix(g.code, "13") {
					continue
				}
				if c.quad(g.code) < 3 && !strings.HasPrefix(g.code, "13") {
					continue
				}
				h.code = threatCode(c.ont, g.code)
				if len(h.target) == 0 {
					h.target = g.target
				}
				live[j] = false
			}
			break
		}
		if warn && len(h.target) == 0 {
			h.target = c.conditionalActors(st, h.end)
		}
		if appeal || demand {
			if len(h.target) == 0 {
				h.target = c.thatSubject(st, h.end) // "demanded that Japan stop …"
			}
			// what is asked for is not done: nothing in the complement is an event
			for j := k + 1; j < len(hits); j++ {
				if hits[j].head > h.end && !clauseBreakBetween(st.toks, h.end, hits[j].head) {
					live[j] = false
				}
			}
		}
	}
}

// conditional reports an "if"/"unless" between from and head.
func conditional(toks []dyad.Token, from, head int) bool {
	for k := from; k < head; k++ {
		if toks[k].Lower == "if" || toks[k].Lower == "unless" {
			return true
		}
	}
	return false
}

// infinitiveOrThat reports whether the tokens between an appeal and a
// verb make the verb its complement: "to" right before it, or "that".
func infinitiveOrThat(toks []dyad.Token, from, head int) bool {
	if head > 0 && toks[head-1].Lower == "to" {
		return true
	}
	for k := from; k < head; k++ {
		if toks[k].Lower == "that" {
			return true
		}
	}
	return false
}

// requestCode maps the act an appeal (02) or demand (10) asks for to the
// CAMEO code of that request; "" when there is none.
func requestCode(act string, demand bool) string {
	type pair struct{ appeal, demand string }
	var p pair
	switch {
	case strings.HasPrefix(act, "04") || act == "036":
		p = pair{"026", "106"}
	case strings.HasPrefix(act, "087") || act == "0356" || act == "0256":
		p = pair{"0256", "1056"}
	case strings.HasPrefix(act, "084") || act == "0353":
		p = pair{"0253", "1053"}
	case act == "085" || act == "0354":
		p = pair{"0254", "1054"}
	case strings.HasPrefix(act, "086") || act == "0355":
		p = pair{"0255", "1055"}
	case strings.HasPrefix(act, "081"):
		p = pair{"0251", "1051"}
	case act == "071" || act == "0331":
		p = pair{"0231", "1031"}
	case act == "072" || act == "0332":
		p = pair{"0232", "1032"}
	case act == "073" || act == "0333":
		p = pair{"0233", "1033"}
	case act == "074" || act == "0334":
		p = pair{"0234", "1034"}
	case strings.HasPrefix(act, "07") || act == "033":
		p = pair{"023", "103"}
	case act == "061" || act == "0311":
		p = pair{"0211", "1011"}
	case act == "062" || act == "0312":
		p = pair{"0212", "1012"}
	case strings.HasPrefix(act, "06") || strings.HasPrefix(act, "031"):
		p = pair{"021", "101"}
	case act == "037":
		p = pair{"027", "107"}
	case act == "045" || act == "039" || act == "038":
		p = pair{"028", "108"}
	case strings.HasPrefix(act, "05") || act == "032":
		p = pair{"022", "102"}
	case act == "080":
		p = pair{"0241", "1041"}
	default:
		return ""
	}
	if demand {
		return p.demand
	}
	return p.appeal
}

// refusalCode maps what was refused to the CAMEO 12x code.
func refusalCode(act string) string {
	switch {
	case strings.HasPrefix(act, "084"):
		return "1243"
	case act == "085":
		return "1244"
	case strings.HasPrefix(act, "086"):
		return "1245"
	case strings.HasPrefix(act, "087"):
		return "1246"
	case strings.HasPrefix(act, "04"):
		return "125"
	case strings.HasPrefix(act, "06"):
		return "121"
	case strings.HasPrefix(act, "07"):
		return "122"
	case strings.HasPrefix(act, "08"):
		return "124"
	}
	return "120"
}

// thatSubject returns the actor right after "that" following token from:
// the subject of a demanded or requested act.
func (c *Coder) thatSubject(st *sentence, from int) []actors.Mention {
	for k := from; k < len(st.toks) && k < from+4; k++ {
		if st.toks[k].Lower != "that" {
			continue
		}
		for j := k + 1; j < len(st.toks) && j < k+4; j++ {
			if m := st.at[j]; m >= 0 {
				return c.group(st, m)
			}
		}
		return nil
	}
	return nil
}

func clauseBreakBetween(toks []dyad.Token, a, b int) bool {
	for k := a; k < b; k++ {
		if isClauseBreak(toks, k) {
			return true
		}
	}
	return false
}

// conditionalActors returns the actors of an "if"/"unless" clause after
// token from: who a bare warning is aimed at.
func (c *Coder) conditionalActors(st *sentence, from int) []actors.Mention {
	for k := from; k < len(st.toks); k++ {
		if st.toks[k].Lower == "if" || st.toks[k].Lower == "unless" {
			for j := k + 1; j < len(st.toks) && j < k+6; j++ {
				if m := st.at[j]; m >= 0 {
					return c.group(st, m)
				}
			}
			return nil
		}
	}
	return nil
}

// nounSource finds the actor of a noun event: the subject of the verb that
// governs it ("Pyongyang ramping up weapons testing", "Russia launched a
// drone attack"), else a possessive right before it ("Syria's airstrikes").
func (c *Coder) nounSource(st *sentence, i int) []actors.Mention {
	toks := st.toks
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := toks[k]
		if m := st.at[k]; m >= 0 {
			mt := st.ments[m]
			if mt.Possessive || k == i-1 && (mt.Modifier || mt.Kind != actors.KindCountry && mt.Kind != actors.KindCapital) {
				return c.group(st, m) // "Syria's airstrikes", "Russian airstrikes"
			}
			return nil // "the Mogadishu bombing": a place, not the bomber
		}
		if strings.HasPrefix(t.Tag, "VB") {
			return c.subject(st, k)
		}
		switch t.Tag {
		case "DT", "JJ", "NN", "RP", "RB", "CD", "PRP$", "POS", "CC":
			continue
		}
		if t.Lower == "-" || t.Lower == "," {
			continue
		}
		return nil
	}
	return nil
}

// findHits finds every verb and noun pattern in the sentence, with status
// and intent/threat rewriting applied.
func (c *Coder) findHits(st *sentence) []verbHit {
	toks := st.toks
	var hits []verbHit
	used := make([]bool, len(toks))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if used[i] {
			continue
		}
		isVerb := strings.HasPrefix(t.Tag, "VB")
		if isVerb && i+1 < len(toks) && toks[i+1].Tag == "CD" && t.Lower == "pounds" {
			isVerb = false // "pounds 3bn": money
		}
		if isVerb && adjectival(toks, i) {
			isVerb = false // "release detained journalists": a participle as adjective
		}
		if isVerb {
			if h, ok := c.matchVerb(st, i); ok {
				for k := h.head; k < h.end && k < len(used); k++ {
					used[k] = true
				}
				hits = append(hits, h)
				continue
			}
		}
		if st.at[i] >= 0 {
			continue
		}
		if h, ok := c.matchNoun(st, i); ok {
			for k := h.head; k < h.end; k++ {
				used[k] = true
			}
			hits = append(hits, h)
		}
	}
	// infinitive complements of intent and threat verbs: "agreed to meet"
	for k := range hits {
		h := &hits[k]
		if !h.p.has(flagIntent | flagThreat) {
			continue
		}
		for j := range hits {
			g := &hits[j]
			if g.head <= h.head || g.head > h.end+10 || g.p.has(flagSpeech) || !infinitive(toks, h.end, g.head) {
				continue
			}
			if h.p.has(flagThreat) || c.quad(g.code) >= 3 && (toks[h.head].Lemma == "vow" || toks[h.head].Lemma == "pledge" || toks[h.head].Lemma == "promise") {
				g.code = threatCode(c.ont, g.code) // "vowed to strike": an explicit threat
				g.status = dyad.Asserted
			} else if q := c.quad(g.code); q <= 2 {
				g.code = intentCode(g.code)
				g.status = dyad.Future
			} else {
				g.code = threatCode(c.ont, g.code)
				g.status = dyad.Future
			}
			g.p = withFlags(g.p, h.p)
			h.code = "" // the intent verb itself is no event
		}
		if h.code == "" {
			h.p = speechLike
		}
	}
	return hits
}

// infinitive reports "to" (perhaps with adverbs) right before the verb at
// head, with no clause break since from: "agreed on Friday to restore".
func infinitive(toks []dyad.Token, from, head int) bool {
	k := head - 1
	for k > from && toks[k].Tag == "RB" {
		k--
	}
	if k > from+1 && toks[head].Tag != "VB" {
		// a noun event as the object of the infinitive: "vowed to continue
		// missile attacks"
		j := k
		for j > from && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "NN" || toks[j].Tag == "PRP$") {
			j--
		}
		if j > from && toks[j].Tag == "VB" && toks[j-1].Lower == "to" {
			k = j - 1
		}
	}
	if k < 0 || toks[k].Lower != "to" {
		return false
	}
	for j := from; j < k; j++ {
		if toks[j].Text == ";" || toks[j].Lower == "that" || toks[j].Lower == "but" {
			return false
		}
	}
	return true
}

// adjectival reports a past participle used as a premodifier: after a
// determiner, preposition or verb and before a noun.
func adjectival(toks []dyad.Token, i int) bool {
	t := toks[i]
	if t.Tag != "VBN" && t.Tag != "VBD" || i == 0 || i+1 >= len(toks) {
		return false
	}
	switch toks[i-1].Tag {
	case "DT", "PRP$", "IN", "TO", "VB", "VBP", "VBZ", "VBG", "POS", "CD":
	default:
		return false
	}
	if toks[i-1].Lemma == "be" || toks[i-1].Lemma == "have" || toks[i-1].Lemma == "get" {
		return false
	}
	n := toks[i+1]
	return n.Tag == "NN" || n.Tag == "NNS" || n.Tag == "NNP" && i+2 < len(toks)
}

// rejectedRequest finds the request, offer or demand a rejection answers
// and who made it: "rejected Hamas's demands for a ceasefire" → Hamas 1056
// Israel, and the rejection becomes 1246.
func (c *Coder) rejectedRequest(st *sentence, h *verbHit) (verbHit, bool) {
	toks := st.toks
	if len(h.source) == 0 {
		return verbHit{}, false
	}
	for k := h.head + 1; k < len(toks) && k < h.head+6; k++ {
		w := strings.TrimSuffix(toks[k].Lower, "s")
		var code, reject string
		cease := strings.Contains(strings.Join(lowerWords(toks[k+1:min(len(toks), k+6)]), " "), "ceasefire") ||
			strings.Contains(strings.Join(lowerWords(toks[k+1:min(len(toks), k+6)]), " "), "truce")
		talks := strings.Contains(strings.Join(lowerWords(toks[k+1:min(len(toks), k+4)]), " "), "talk")
		switch w {
		case "demand":
			code, reject = "100", ""
			if cease {
				code, reject = "1056", "1246"
			}
		case "call", "appeal", "request":
			code = "020"
			if cease {
				code, reject = "0256", "1246"
			}
		case "offer", "proposal":
			code = "030"
			if talks {
				code, reject = "036", "125"
			}
		case "ultimatum":
			code = "139"
		default:
			continue
		}
		var by []actors.Mention
		for j := k - 1; j > h.head && j >= k-3; j-- {
			if m := st.at[j]; m >= 0 {
				by = []actors.Mention{st.ments[m]}
				break
			}
		}
		if by == nil && k+2 < len(toks) && toks[k+1].Lower == "by" {
			for j := k + 2; j < len(toks) && j < k+5; j++ {
				if m := st.at[j]; m >= 0 {
					by = []actors.Mention{st.ments[m]}
					break
				}
			}
		}
		if by == nil || by[0].Code == h.source[0].Code {
			return verbHit{}, false
		}
		if reject != "" && h.code == "120" {
			h.code = reject
		}
		status := dyad.Asserted
		if strings.HasPrefix(code, "03") {
			status = dyad.Future
		}
		return verbHit{p: accusePattern, head: k, end: k + 1, code: code, status: status,
			source: by, target: []actors.Mention{h.source[0]}}, true
	}
	return verbHit{}, false
}

func lowerWords(toks []dyad.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Lower
	}
	return out
}

// accusePattern is the implied accusation behind "X denied Y's accusation".
var accusePattern = &Pattern{Code: "112", Flags: flagNoTarget}

// accuserOf finds the accuser named with the accusation a denial answers:
// "denied Washington's accusation", "denied UN accusations", "denied a
// Saudi accusation", "denied allegations by Kyiv".
func (c *Coder) accuserOf(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	for k := h.end; k < len(toks) && k < h.end+6; k++ {
		w := strings.TrimSuffix(toks[k].Lower, "s")
		if w != "accusation" && w != "allegation" && w != "claim" && w != "charge" && w != "report" {
			continue
		}
		// a modifier or possessive before the noun
		for j := k - 1; j >= h.end && j >= k-3; j-- {
			if m := st.at[j]; m >= 0 {
				return []actors.Mention{st.ments[m]}
			}
		}
		// "by X", "from X" after it
		if k+2 < len(toks) && (toks[k+1].Lower == "by" || toks[k+1].Lower == "from") {
			for j := k + 2; j < len(toks) && j < k+5; j++ {
				if m := st.at[j]; m >= 0 {
					return []actors.Mention{st.ments[m]}
				}
			}
		}
		return nil
	}
	return nil
}

// speechLike marks a hit that yields no event.
var speechLike = &Pattern{Code: "", Flags: flagSpeech}

// withFlags keeps g's pattern (its mutual flag in particular).
func withFlags(g, _ *Pattern) *Pattern { return g }

func (c *Coder) quad(code string) int {
	if k, ok := c.ont.Lookup(code); ok {
		return k.QuadClass
	}
	return 0
}

// matchVerb tries the verb patterns at token i.
func (c *Coder) matchVerb(st *sentence, i int) (verbHit, bool) {
	toks := st.toks
	lemma := toks[i].Lemma
	var best *Pattern
	bestEnd := 0
	for _, p := range c.patterns.verbs[lemma] {
		if best != nil && len(p.Slots) < len(best.Slots) {
			break // sorted longest first: nothing more specific follows
		}
		end, ok := matchSlots(toks, i, p.Slots[1:])
		if !ok {
			continue
		}
		if len(p.Slots) == 2 && len(p.Slots[1]) == 1 && isParticle(p.Slots[1][0]) && end < len(toks) && (st.isDate[end] || dateWord(toks[end])) {
			continue // "agreed on Thursday" is no "agree on"
		}
		if best == nil || specificity(p.Code) > specificity(best.Code) {
			best, bestEnd = p, end
		}
	}
	if best != nil {
		p, end := best, bestEnd
		h := verbHit{p: p, head: i, end: end, code: p.Code, status: dyad.Asserted}
		h.passive = isPassive(toks, i)
		h.status = verbStatus(toks, i, st)
		if h.status == dyad.Future {
			if c.quad(h.code) <= 2 {
				h.code = intentCode(h.code)
			} else if !p.has(flagThreat) && !strings.HasPrefix(h.code, "13") {
				h.code = threatCode(c.ont, h.code)
			}
		}
		return h, true
	}
	return verbHit{}, false
}

// dateWord reports a word that starts a date expression, whether or not
// the publication date lets it resolve: "on Tuesday", "on June 5".
func dateWord(t dyad.Token) bool {
	if weekdays[t.Lower] != 0 || t.Lower == "sunday" || months[t.Lower] != 0 && t.Lower != "may" && startsUpperASCII(t.Text) {
		return true
	}
	switch t.Lower {
	case "today", "tonight", "yesterday", "tomorrow", "monday", "last", "this", "next":
		return true
	}
	return false
}

// specificity ranks codes for ties between patterns: a 4-digit code over
// a 3-digit one, a specific code over a "not specified" one (ending in 0).
func specificity(code string) int {
	n := len(code) * 2
	if !strings.HasSuffix(code, "0") {
		n++
	}
	return n
}

// matchNoun tries the noun patterns starting at token i. A noun event is
// coded only when it is the object of a verb or the subject's own act:
// "Pyongyang ramping up weapons testing", "Syria's airstrikes".
func (c *Coder) matchNoun(st *sentence, i int) (verbHit, bool) {
	toks := st.toks
	for _, p := range c.patterns.nouns[toks[i].Lower] {
		end, ok := matchAdjacent(toks, i, p.Slots[1:])
		if !ok {
			continue
		}
		// background nominals in time or cause phrases are not events
		if j := i - 1; j >= 0 {
			for j >= 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "NN" || toks[j].Tag == "PRP$") {
				j--
			}
			if j >= 0 {
				switch toks[j].Lower {
				case "after", "before", "following", "since", "amid", "despite", "for", "of", "over", "against", "about", "to", "by":
					return verbHit{}, false
				case "in":
					if j > 0 && (toks[j-1].Lower == "involvement" || toks[j-1].Lower == "role" || toks[j-1].Lower == "part") {
						return verbHit{}, false // "involvement in the attack": an allegation's topic
					}
				}
			}
		}
		h := verbHit{p: p, head: i, end: end, code: p.Code, status: dyad.Asserted}
		return h, true
	}
	return verbHit{}, false
}

// matchSlots matches pattern slots after the head at i: each slot within
// 6 tokens of the previous match, inside the clause. Particles (a slot
// right after the head: "call for", "step down") must be adjacent.
func matchSlots(toks []dyad.Token, i int, slots [][]string) (int, bool) {
	pos := i + 1
	for k, slot := range slots {
		found := -1
		limit := pos + 8
		if k == 0 && len(slots) == 1 && len(slot) == 1 && isParticle(slot[0]) {
			limit = pos + 1
		}
		for j := pos; j < len(toks) && j < limit; j++ {
			if j > pos && isHardBreak(toks[j]) {
				break
			}
			if inSlot(toks[j], slot) {
				found = j
				break
			}
		}
		if found < 0 {
			return 0, false
		}
		pos = found + 1
	}
	return pos, true
}

// matchAdjacent matches noun slots right after i.
func matchAdjacent(toks []dyad.Token, i int, slots [][]string) (int, bool) {
	pos := i + 1
	for _, slot := range slots {
		if pos >= len(toks) || !inSlot(toks[pos], slot) {
			return 0, false
		}
		pos++
	}
	return pos, true
}

func inSlot(t dyad.Token, slot []string) bool {
	for _, w := range slot {
		if t.Lower == w || t.Lemma == w {
			return true
		}
	}
	return false
}

func isParticle(w string) bool {
	switch w {
	case "for", "on", "up", "down", "out", "off", "to", "with", "in", "at", "from", "of", "over", "by":
		return true
	}
	return false
}

func isHardBreak(t dyad.Token) bool {
	switch t.Text {
	case ".", ";", ":", "!", "?":
		return true
	}
	return t.Lower == "that" || t.Lower == "which" || t.Lower == "who"
}

// isClauseBreak marks where a scope opened by an accusation or denial ends.
func isClauseBreak(toks []dyad.Token, i int) bool {
	t := toks[i]
	if t.Text == ";" || t.Text == "." {
		return true
	}
	if t.Lower == "but" || t.Lower == "while" || t.Lower == "whereas" {
		return true
	}
	return false
}

// isPassive reports "was condemned", "has been attacked".
func isPassive(toks []dyad.Token, i int) bool {
	if toks[i].Tag != "VBN" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if toks[j].Tag == "RB" {
			continue
		}
		return toks[j].Lemma == "be" || toks[j].Lower == "get" || toks[j].Lower == "got"
	}
	return false
}

// verbStatus reads negation, modality and conditionals around the verb at i.
func verbStatus(toks []dyad.Token, i int, st *sentence) dyad.Status {
	status := dyad.Asserted
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := toks[j]
		switch {
		case t.Lower == "not" || t.Lower == "n't" || t.Lower == "never":
			return dyad.Negated
		case t.Lower == "will" || t.Lower == "shall" || t.Lower == "'ll" || t.Lower == "wo":
			status = dyad.Future
		case t.Lower == "would":
			status = dyad.Future
		case t.Lower == "could" || t.Lower == "might" || t.Lower == "may":
			status = dyad.Hypothetical
		case t.Lower == "to" && j >= 1 && (toks[j-1].Lower == "likely" || toks[j-1].Lower == "unlikely" || toks[j-1].Lower == "able"):
			if toks[j-1].Lower == "unlikely" || j >= 2 && (toks[j-2].Lower == "hardly" || toks[j-2].Lower == "not") {
				return dyad.Negated
			}
			return dyad.Hypothetical // "are likely to attack"
		case t.Lower == "to" && j >= 1 && (toks[j-1].Lemma == "be") && status == dyad.Asserted:
			status = dyad.Future // "is to visit"
		case t.Tag == "RB" || t.Tag == "MD" || t.Lemma == "be" || t.Lemma == "have" || t.Lemma == "do" || t.Tag == "VBG" && t.Lower == "going" || t.Lower == "to":
			continue
		default:
			j = -1
		}
	}
	// an infinitive states an aim, not a deed ("tried to attack", "efforts
	// to mediate"), unless its verb says it happened ("continued to pound")
	if k := i - 1; k >= 1 && toks[k].Lower == "to" && status == dyad.Asserted {
		gov := toks[k-1]
		switch gov.Lemma {
		case "continue", "begin", "start", "resume", "manage", "keep", "proceed", "go", "used", "use", "move", "appear", "seem", "have", "be", "had", "decide", "agree", "vote", "refuse", "fail", "threaten", "vow", "pledge", "promise", "plan", "intend", "prepare", "offer", "seek", "aim", "hope", "expect", "urge", "ask", "call", "appeal", "demand", "order", "warn":
			// realised, or handled by the intent, appeal and threat rules
		default:
			if gov.Tag != "VBN" || gov.Lemma != "drive" {
				status = dyad.Hypothetical
			}
		}
	}
	// a negated object: "expressed no sympathy", "showed no remorse"
	if i+1 < len(toks) && toks[i+1].Lower == "no" {
		return dyad.Negated
	}
	// a conditional clause: "if X attacks"
	for j := i - 1; j >= 0; j-- {
		t := toks[j]
		if t.Text == ";" {
			break
		}
		if t.Lower == "if" || t.Lower == "unless" {
			return dyad.Hypothetical
		}
		if t.Text == "," {
			break
		}
	}
	return status
}

// intentCode maps a cooperative code to its CAMEO 03x intent: meetings
// 036, diplomatic cooperation 032, material cooperation 031x, aid 033x,
// yielding 035x.
func intentCode(code string) string {
	if strings.HasPrefix(code, "03") {
		return code
	}
	switch {
	case code == "045":
		return "039" // to mediate
	case strings.HasPrefix(code, "04"):
		return "036"
	case strings.HasPrefix(code, "05"):
		return "032"
	case code == "061":
		return "0311"
	case code == "062":
		return "0312"
	case code == "063":
		return "0313"
	case code == "064":
		return "0314"
	case strings.HasPrefix(code, "06"):
		return "031"
	case code == "071":
		return "0331"
	case code == "072":
		return "0332"
	case code == "073":
		return "0333"
	case code == "074":
		return "0334"
	case strings.HasPrefix(code, "07"):
		return "033"
	case code == "0841" || code == "084":
		return "0353"
	case code == "085":
		return "0354"
	case strings.HasPrefix(code, "086"):
		return "0355"
	case strings.HasPrefix(code, "087"):
		return "0356"
	case strings.HasPrefix(code, "08"):
		return "035"
	case strings.HasPrefix(code, "02"), strings.HasPrefix(code, "01"):
		return code
	}
	return "030"
}

// threatCode maps a conflictual code to the CAMEO 13x threat of it:
// sanctions 1312, reduced relations 1313, reduced aid 1311, halting
// talks 134, repression 137, force 138x.
func threatCode(ont *cameo.Ontology, code string) string {
	switch {
	case strings.HasPrefix(code, "13"):
		return code
	case code == "163":
		return "1312"
	case strings.HasPrefix(code, "162"):
		return "1311"
	case strings.HasPrefix(code, "161"), code == "160":
		return "1313"
	case code == "164":
		return "134"
	case code == "165":
		return "135"
	case strings.HasPrefix(code, "166"):
		return "136"
	case strings.HasPrefix(code, "17"):
		return "137"
	case strings.HasPrefix(code, "191"):
		return "1381"
	case strings.HasPrefix(code, "192"):
		return "1382"
	case strings.HasPrefix(code, "18"), strings.HasPrefix(code, "19"):
		return "138"
	case strings.HasPrefix(code, "20"):
		return "1385"
	case strings.HasPrefix(code, "14"):
		return "133"
	case strings.HasPrefix(code, "15"):
		return code // a planned drill is still a show of force, in the future
	}
	return code // verbal conflict keeps its code, status future
}

// subjectStop reports tokens that end a leftward subject search.
func subjectStop(t dyad.Token) bool {
	switch t.Text {
	case ";", ":", "(", ")":
		return true
	}
	switch t.Lower {
	case "that", "which", "who", "because", "if", "when", "while", "but", "although", "though", "whereas", "unless":
		return true
	}
	return false
}

// subject finds the source group of the verb at i: the noun phrase right
// before it (past adverbs, auxiliaries and date expressions). When that
// phrase is not an actor ("a joint statement said") there is no source.
// Coordinated verbs share their subject ("suspended a deal and resumed
// drills"), and so do participle clauses (", calling …").
func (c *Coder) subject(st *sentence, i int) []actors.Mention {
	return c.subjectDepth(st, i, 0)
}

func (c *Coder) subjectDepth(st *sentence, i, depth int) []actors.Mention {
	toks := st.toks
	if depth > 3 {
		return nil
	}
	j := i - 1
	for j >= 0 && (st.isDate[j] || toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAux(toks[j]) || toks[j].Lower == "to" && j > 0 && isAux(toks[j-1])) {
		j--
	}
	if j < 0 {
		return nil
	}
	// relative clause: "a declaration … that condemned X": the antecedent
	if w := toks[j].Lower; w == "that" || w == "which" || w == "who" {
		if j > 0 && c.isSpeechOrCognition(toks[j-1]) {
			return nil // "said that" + verb: no subject
		}
		// the antecedent is the noun phrase right before: an actor, or an
		// actor modifying its head ("a NATO summit that …"); else none
		// ("the crash that killed …")
		k := j - 1
		if k >= 0 && toks[k].Text == "," {
			k--
		}
		if k >= 0 {
			if m := st.at[k]; m >= 0 && !st.ments[m].Modifier {
				return c.group(st, m)
			}
			if k >= 1 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") {
				if m := st.at[k-1]; m >= 0 && !st.ments[m].Modifier {
					return c.group(st, m)
				}
			}
		}
		return nil
	}
	// coordinated verb or participle clause: share the previous verb's subject
	if toks[j].Lower == "and" || toks[j].Lower == "or" || toks[j].Text == "," && toks[i].Tag == "VBG" {
		for k := j - 1; k >= 0 && k >= j-15; k-- {
			if subjectStop(toks[k]) || toks[k].Text == ";" {
				break
			}
			if st.at[k] < 0 && (toks[k].Tag == "VBD" || toks[k].Tag == "VBZ" || toks[k].Tag == "VBP" || toks[k].Tag == "VBN" && k > 0 && isAux(toks[k-1])) {
				return c.subjectDepth(st, k, depth+1)
			}
		}
	}
	if toks[i].Tag == "VBG" && depth == 0 {
		// "signed treaties on Friday annexing …": the participle's subject is
		// the clause's, when no actor stands right before it
		if k := j; k >= 0 && st.at[k] < 0 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") {
			for v := k - 1; v >= 0 && v >= k-12; v-- {
				if subjectStop(toks[v]) || toks[v].Text == ";" {
					break
				}
				if st.at[v] < 0 && (toks[v].Tag == "VBD" || toks[v].Tag == "VBZ") {
					if toks[v].Lemma == "sign" {
						return c.subjectDepth(st, v, depth+1) // "signed treaties annexing …"
					}
					break
				}
			}
			return nil // "a resolution demanding a ceasefire": the noun acts, no actor
		}
	}
	for k := j; k >= 0; k-- {
		t := toks[k]
		if m := st.at[k]; m >= 0 {
			mt := st.ments[m]
			if mt.Modifier {
				return nil // "Russian gas supplies fell"
			}
			g := c.group(st, m)
			k = g[0].Start // the whole list: "in Britain and the US"
			before := k - 1
			if before >= 0 && toks[before].Lower == "the" {
				before--
			}
			if before >= 0 && isPreposition(toks[before].Lower) && !quantityOf(toks, before) &&
				!(mt.End < len(toks) && toks[mt.End].Tag == "VBG") {
				continue // object of a preposition: "in Geneva", "to Moscow"
			}
			return g
		}
		if st.isDate[k] || t.Text == "," || t.Tag == "RB" {
			continue
		}
		if subjectStop(t) {
			return nil
		}
		switch {
		case t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "PRP" || t.Tag == "CD":
			return nil // the subject is not an actor
		case strings.HasPrefix(t.Tag, "VB") && c.isSpeechOrCognition(t):
			return nil // "X said Seoul will …" — a speech verb ends the clause
		}
		if k < i-25 {
			return nil
		}
	}
	return nil
}

func isAux(t dyad.Token) bool {
	return t.Lemma == "be" || t.Lemma == "have" || t.Lemma == "do" || t.Lower == "not" || t.Lower == "n't"
}

// isPreposition lists the prepositions whose object is never a clause's
// subject (subordinators such as "if" and "after" are not among them).
func isPreposition(w string) bool {
	switch w {
	case "in", "on", "at", "to", "from", "with", "against", "by", "for", "of", "over", "into", "onto", "near",
		"between", "among", "about", "across", "through", "toward", "towards", "under", "within", "without",
		"amid", "despite", "during", "via", "inside", "outside", "including", "around", "like", "than", "behind", "beyond":
		return true
	}
	return false
}

// quantityOf reports "thousands of", "dozens of": the "of" at i belongs to
// a quantity, so the phrase after it is the head.
func quantityOf(toks []dyad.Token, i int) bool {
	if toks[i].Lower != "of" || i == 0 {
		return false
	}
	switch toks[i-1].Lower {
	case "thousands", "hundreds", "dozens", "scores", "millions", "tens", "group", "groups", "number", "lot", "lots", "some", "many", "most", "all":
		return true
	}
	return toks[i-1].Tag == "CD"
}

func isVerbTag(toks []dyad.Token, i int) bool {
	return i < len(toks) && strings.HasPrefix(toks[i].Tag, "VB")
}

// possessiveHeadIsActorless reports "China's industrial support": the
// noun after the possessive is not an actor.
func (c *Coder) possessiveHeadIsActorless(st *sentence, mt actors.Mention) bool {
	k := mt.End + 1
	return k < len(st.toks) && st.at[k] < 0
}

func (c *Coder) isSpeechOrCognition(t dyad.Token) bool {
	for _, p := range c.patterns.verbs[t.Lemma] {
		if p.has(flagSpeech) && len(p.Slots) == 1 {
			return true
		}
	}
	switch t.Lemma {
	case "believe", "think", "fear", "hope", "know", "suggest", "show", "indicate", "argue", "warn", "signal":
		return strings.HasPrefix(t.Tag, "VB")
	}
	return false
}

// group returns the mention m with the mentions coordinated with it
// ("Seoul and Washington", "A, B and C").
func (c *Coder) group(st *sentence, m int) []actors.Mention {
	toks := st.toks
	first, last := m, m
	joins := func(a, b int) bool { // tokens [a,b) only join two list items
		if b-a < 1 || b-a > 3 {
			return false
		}
		conj := false
		for k := a; k < b; k++ {
			switch toks[k].Lower {
			case "and", ",", "or":
				conj = true
			case "the":
			default:
				return false
			}
		}
		return conj
	}
	for first > 0 && !st.ments[first-1].Modifier && joins(st.ments[first-1].End, st.ments[first].Start) {
		first--
	}
	for last+1 < len(st.ments) && !st.ments[last+1].Modifier && joins(st.ments[last].End, st.ments[last+1].Start) {
		last++
	}
	// a list ends with "and"/"or": "A, B and C"; a bare comma joins nothing
	// ("48 people, the interior ministry said")
	hasConj := func(a, b int) bool {
		for k := a; k < b; k++ {
			if toks[k].Lower == "and" || toks[k].Lower == "or" {
				return true
			}
		}
		return false
	}
	for last > m && !hasConj(st.ments[last-1].End, st.ments[last].Start) {
		last--
	}
	if last == m && first < m && !hasConj(st.ments[m-1].End, st.ments[m].Start) {
		first = m
	}
	out := make([]actors.Mention, 0, last-first+1)
	for k := first; k <= last; k++ {
		out = append(out, st.ments[k])
	}
	return out
}

// object finds the target group of a hit: the first actor phrase after
// the verb within its clause.
func (c *Coder) object(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	if transfer(h.code) {
		// "handed over X to Iraqi authorities": the recipient follows "to"
		for k := h.head + 1; k < len(toks)-1 && k < h.end+12; k++ {
			if toks[k].Text == "," || toks[k].Text == ";" {
				break
			}
			if toks[k].Lower != "to" {
				continue
			}
			j := k + 1
			if toks[j].Lower == "the" && j+1 < len(toks) {
				j++
			}
			if m := st.at[j]; m >= 0 {
				return c.group(st, m)
			}
		}
	}
	start := h.head + 1
	for k := start; k < len(toks) && k < h.end+10; k++ {
		t := toks[k]
		if m := st.at[k]; m >= 0 {
			if k > 0 && toks[k-1].Lower == "by" && !h.passive {
				return nil
			}
			p := k - 1
			if st.ments[m].End == h.end-1 && h.end-1 > h.head && !h.p.Noun && !st.ments[m].Modifier && (toks[h.end-1].Tag == "NN" || toks[h.end-1].Tag == "NNS") {
				k = st.ments[m].End - 1
				continue // "restored UN sanctions": the organisation names the sanctions
			}
			if st.ments[m].Kind == "coref" && aerial(st.ments[m].Text) || st.ments[m].Kind == "coref" && equipment(toks[st.ments[m].End-1].Lower) {
				k = st.ments[m].End - 1
				continue // "delivered two armed drones to …": an instrument, not a target
			}
			if h.p.has(flagMutual) && !(k == h.head+1 && toks[h.head].Lemma == "meet") && !(p >= 0 && (toks[p].Lower == "with" || toks[p].Lower == "between" || toks[p].Lower == "the" && p > 0 && (toks[p-1].Lower == "with" || toks[p-1].Lower == "between"))) {
				return nil // a mutual verb's other party follows "with"
			}
			if cameo.Root(h.code) == "14" && p >= 0 && (toks[p].Lower == "outside" || toks[p].Lower == "near" || toks[p].Lower == "in" || toks[p].Lower == "at" || toks[p].Lower == "through") {
				k = st.ments[m].End - 1
				continue // where the protest was, not whom it was against
			}
			if p >= 0 && st.ments[m].Kind == "coref" && (toks[p].Lower == "its" || toks[p].Lower == "their" || toks[p].Lower == "his" || toks[p].Lower == "her") {
				k = st.ments[m].End - 1
				continue // "recalled its ambassador": the source's own
			}
			if r := cameo.Root(h.code); p >= 0 && (r == "04" || r == "05" || r == "06") && (toks[p].Lower == "on" || toks[p].Lower == "about" || toks[p].Lower == "over" || toks[p].Lower == "regarding") {
				k = st.ments[m].End - 1
				continue // the topic of talks, not a party
			}
			if (strings.HasPrefix(h.code, "16") || h.code == "1312") && !(p >= 0 && (toks[p].Lower == "on" || toks[p].Lower == "against")) && c.laterOnTarget(st, k) {
				k = st.ments[m].End - 1
				continue // "restore UN sanctions on Iran": the target follows "on"
			}
			for p >= 1 && toks[p].Tag == "NN" && !startsUpperASCII(toks[p].Text) && (toks[p-1].Lower == "in" || toks[p-1].Lower == "near" || toks[p-1].Tag == "NN") {
				p-- // "in northeastern Syria"
			}
			show := cameo.Root(h.code) == "15" // a show of force near a country is aimed at it
			if place := (st.ments[m].Kind == actors.KindCountry || st.ments[m].Kind == actors.KindCapital) && h.code != "042"; place && (p >= 0 && (toks[p].Lower == "in" || toks[p].Lower == "at" && strings.HasPrefix(h.code, "04") || toks[p].Lower == "near" && !show || toks[p].Lower == "outside" || toks[p].Lower == "inside") ||
				p >= 1 && toks[p].Lower == "the" && (toks[p-1].Lower == "in" || toks[p-1].Lower == "at")) {
				k = st.ments[m].End - 1
				continue // a place, not a target: "met in Brussels"
			}
			g := c.group(st, m)
			// keep only the mentions at or after k
			var out []actors.Mention
			for _, x := range g {
				if x.Start >= k {
					out = append(out, x)
				}
			}
			return out
		}
		if k >= h.end && (t.Text == "," || t.Text == ";" || t.Text == "." || t.Lower == "that" || t.Lower == "which" ||
			t.Lower == "who" || t.Lower == "and" && isVerbTag(toks, k+1) || t.Lower == "but" ||
			t.Lower == "after" || t.Lower == "because" || t.Lower == "while" || t.Lower == "as") {
			return nil
		}
		if k >= h.end && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP") {
			return nil
		}
		if r := cameo.Root(h.code); k >= h.end && (r == "13" || r == "15") && t.Lower == "to" && k+1 < len(toks) && toks[k+1].Tag == "VB" {
			return nil // a purpose clause: "threatened to use nuclear weapons to defend …"
		}
	}
	return nil
}

// laterOnTarget reports an "on/against ACTOR" phrase after token k.
func (c *Coder) laterOnTarget(st *sentence, k int) bool {
	for j := k + 1; j < len(st.toks)-1 && j < k+6; j++ {
		if (st.toks[j].Lower == "on" || st.toks[j].Lower == "against") && (st.at[j+1] >= 0 || j+2 < len(st.toks) && st.at[j+2] >= 0) {
			return true
		}
	}
	return false
}

// objectPronoun resolves "him", "her", "them" right after the verb to the
// nearest actor before the verb that is not its source: "expelled a
// British diplomat, accusing him of spying".
func (c *Coder) objectPronoun(st *sentence, h *verbHit) []actors.Mention {
	k := h.end
	if k >= len(st.toks) {
		return nil
	}
	switch st.toks[k].Lower {
	case "him", "her", "them":
	default:
		return nil
	}
	for j := h.head - 1; j >= 0; j-- {
		m := st.at[j]
		if m < 0 {
			continue
		}
		mt := st.ments[m]
		own := false
		for _, s := range h.source {
			own = own || s.Start == mt.Start
		}
		if !own && !mt.Modifier {
			return []actors.Mention{referent(mt, st, k, k+1)}
		}
		j = mt.Start
	}
	return nil
}

// transfer reports codes whose target is a recipient: extradition,
// handing over, aid, asylum.
func transfer(code string) bool {
	return code == "063" || code == "0842" || code == "075" || strings.HasPrefix(code, "07")
}

// byAgent finds "by X" after a passive verb.
func (c *Coder) byAgent(st *sentence, from int) []actors.Mention {
	for k := from; k < len(st.toks) && k < from+4; k++ {
		if st.toks[k].Lower == "by" && k+1 < len(st.toks) {
			for j := k + 1; j < len(st.toks) && j < k+4; j++ {
				if m := st.at[j]; m >= 0 {
					return c.group(st, m)
				}
			}
		}
	}
	return nil
}

// accordingTo finds "according to X" attribution.
func (c *Coder) accordingTo(st *sentence) *actors.Mention {
	toks := st.toks
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Lower == "according" && toks[k+1].Lower == "to" {
			for j := k + 2; j < len(toks) && j < k+6; j++ {
				if m := st.at[j]; m >= 0 {
					r := st.ments[m]
					return &r
				}
			}
		}
	}
	return nil
}

func (c *Coder) hasPronounSubject(st *sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch st.toks[k].Lower {
		case "it", "they", "he", "she":
			return true
		}
	}
	return false
}

// isGerundComplement reports "accused X of shipping": the verb at i is a
// gerund right after "of".
func (c *Coder) isGerundComplement(st *sentence, i int) bool {
	return st.toks[i].Tag == "VBG" && i > 0 && (st.toks[i-1].Lower == "of" || st.toks[i-1].Lower == "for")
}

// expand turns a hit into events: one per source × target, both
// directions for mutual verbs between two parties, one per participant
// (no target) for three or more.
func (c *Coder) expand(ctx *articleCtx, st *sentence, h *verbHit) []dyad.Event {
	var out []dyad.Event
	add := func(src, tgt *actors.Mention) {
		if tgt != nil && src.Code == tgt.Code {
			return
		}
		out = append(out, c.event(ctx, st, h, src, tgt))
	}
	srcs, tgts := h.source, h.target
	if r := cameo.Root(h.code); (r == "15" || r == "18" || r == "19" || r == "20") && len(srcs) > 0 && h.status == dyad.Asserted {
		f := srcs[0]
		ctx.lastForce = &f
	}
	if len(tgts) == 0 && len(srcs) == 2 && eachOther(st.toks, h.end) {
		// "accused each other", "shelled each other's positions"
		add(&srcs[0], &srcs[1])
		add(&srcs[1], &srcs[0])
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
	for a := range srcs {
		if len(tgts) == 0 {
			add(&srcs[a], nil)
			continue
		}
		for b := range tgts {
			add(&srcs[a], &tgts[b])
			switch {
			case h.p.has(flagMutual) && h.status != dyad.Future:
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

// refine sharpens a hit's code from its actors and place: missiles fired
// at an actor are a strike (195), not a show of force; strikes by jets or
// drones are aerial (195); a meeting in a third country is 044; a
// cooperative 03x intent is always future.
func (c *Coder) refine(ctx *articleCtx, st *sentence, h *verbHit) {
	head := st.toks[h.head].Lemma
	switch {
	case h.code == "150" && len(h.target) > 0 && (head == "fire" || head == "launch") && h.target[0].Start > h.head &&
		aimed(st.toks[h.head:h.target[0].Start]):
		h.code = "195"
		if words(st.toks, "rockets", "rocket", "shells", "mortars", "artillery") {
			h.code = "194" // rockets and shells fired at a target: artillery
		}
	case h.code == "090":
		switch {
		case words(st.toks, "corruption", "bribery", "bribes", "fraud", "criminal", "embezzlement", "laundering", "murder", "sabotage"):
			h.code = "091"
		case words(st.toks, "abuses", "rights", "executions", "torture", "killings", "disappearances"):
			h.code = "092"
		case words(st.toks, "strike", "airstrike", "attack", "raid", "shelling", "bombing"):
			h.code = "093"
		case words(st.toks, "war"):
			if words(st.toks, "crimes") {
				h.code = "094"
			}
		}
	case (h.code == "190" || h.code == "180") && head == "kill" && words(st.toks, "hundreds", "thousands", "massacre"):
		h.code = "202" // mass killing
	case h.code == "174" && words(st.toks, "thousands", "hundreds"):
		h.code = "201" // mass expulsion
	case h.code == "171" && objectNoun(st.toks, h.end, "village", "villages", "town", "towns", "city", "territory", "region", "side", "area", "areas", "land", "airport", "province", "district", "island", "islands", "hill", "border"):
		h.code = "192" // seizing territory is occupying it
	case h.code == "1712" && len(h.source) > 0 && aerial(h.source[0].Text):
		h.code = "195" // destroyed from the air
	case h.code == "190" && len(h.source) > 0 && aerial(h.source[0].Text):
		h.code = "195"
	case h.code == "040" && len(h.source) > 0:
		if loc := c.sentencePlace(st, h); loc != nil {
			third := loc.Country != h.source[0].Country
			for _, t := range h.target {
				third = third && loc.Country != t.Country
			}
			if len(h.source) > 1 {
				for _, s := range h.source {
					third = third && loc.Country != s.Country
				}
			}
			if third {
				h.code = "044"
			}
		}
	}
	if len(h.source) > 0 {
		src := h.source[0]
		state := len(src.Sectors) == 0 || hasSector(src, "GOV", "MIL", "COP")
		switch {
		case h.code == "144" && state && src.Country != "":
			h.code = "191" // a state blocking ports or roads imposes a blockade
		case h.code == "0874" && len(h.target) > 0 && strings.HasPrefix(h.target[0].Code, "IGO"):
			h.code = "160" // withdrawing from an organisation
		case h.code == "190" && head == "kill" && strings.Contains(strings.ToLower(src.Text), "suicide"):
			h.code = "1831"
		case h.code == "190" && head == "kill" && hasSector(src, "REB", "UAF", "CRM") || h.code == "190" && head == "kill" && strings.HasPrefix(src.Code, "IMG"):
			h.code = "180" // non-state killings are assaults
		}
		if (head == "release" || head == "free") && strings.HasPrefix(h.code, "084") &&
			(len(h.target) == 0 || h.target[0].Start > h.end+4) {
			h.code = "" // only freeing someone named right after the verb: not "released accounts of a call with X"
			return
		}
		if head == "consider" && !(h.end < len(st.toks) && st.toks[h.end].Tag == "VBG") {
			h.code = "" // only "considering imposing sanctions" is a policy option (014)
			return
		}
		if (head == "leave" || head == "join") && !(len(h.target) > 0 && strings.HasPrefix(h.target[0].Code, "IGO")) {
			h.code = "" // only joining or leaving an organisation is an event
			return
		}
		if cameo.Root(h.code) == "14" && !civil(src) {
			h.code = "" // only civilians protest; "fighters stormed a hotel" is no protest
			return
		}
		if cameo.Root(h.code) == "14" && len(h.target) == 0 && src.Country != "" && against(st.toks, h.end) {
			gov := src
			gov.Code, gov.Sectors, gov.Kind = src.Country+"GOV", []string{"GOV"}, "coref"
			gov.Name = c.matcher.Dictionary().Name(src.Country)
			h.target = []actors.Mention{gov} // "protested against the pension reform": the government
		}
		if r := cameo.Root(h.code); (r == "18" || r == "19" || r == "20") && len(h.target) == 0 {
			if t := c.attackPlace(st, h); t != nil && t.Country != src.Country {
				h.target = []actors.Mention{*t}
			}
		}
	}
	if strings.HasPrefix(h.code, "15") && len(h.target) > 0 && h.target[0].Start > 0 && st.toks[h.target[0].Start-1].Lower == "over" {
		h.target = nil // "launched a missile over Japan": a flight path, not a target
	}
	if len(h.target) > 0 && len(h.source) > 0 && h.target[0].Kind == "coref" && h.target[0].Country == h.source[0].Country &&
		(len(h.source[0].Sectors) == 0 || hasSector(h.source[0], "GOV", "MIL", "COP", "JUD", "LEG", "SPY")) &&
		!hasSector(h.target[0], "CVL", "OPP", "REB", "REF", "MED", "EDU", "LAB", "HRI", "CRM", "UAF", "JUD", "LEG", "BUS") {
		h.target = nil // "expelled diplomats from …": its own officials named by role are no target
	}
	if strings.HasPrefix(h.code, "15") && len(h.target) > 0 && h.target[0].Kind == "coref" {
		h.target = nil // "massing troops": its own forces
	}
	if strings.HasPrefix(h.code, "15") && len(h.target) > 0 && len(h.source) > 0 && h.target[0].Country == h.source[0].Country {
		h.target = nil // "scrambled fighter jets": its own forces are no target
	}
	if strings.HasPrefix(h.code, "07") && len(h.target) == 0 {
		h.target = c.placeTarget(st, h) // "delivered flour to northern Gaza"
	}
	if (strings.HasPrefix(h.code, "11") || strings.HasPrefix(h.code, "12") || strings.HasPrefix(h.code, "09")) && len(h.target) == 0 && ctx.lastForce != nil &&
		len(h.source) > 0 && ctx.lastForce.Country != h.source[0].Country && namesAct(st.toks, h.end) >= 0 {
		// "condemned the launch": whoever launched it, evidenced by "the launch"
		k := namesAct(st.toks, h.end)
		h.target = []actors.Mention{referent(*ctx.lastForce, st, k, k+1)}
	}
	if strings.HasPrefix(h.code, "03") && h.status == dyad.Asserted {
		h.status = dyad.Future
	}
}

// placeTarget makes the country of a "to PLACE" phrase the target of an
// aid delivery.
func (c *Coder) placeTarget(st *sentence, h *verbHit) []actors.Mention {
	toks := st.toks
	for k := h.end; k < len(toks)-1 && k < h.end+8; k++ {
		if toks[k].Lower != "to" {
			continue
		}
		for j := k + 1; j < len(toks) && j < k+4; j++ {
			if !startsUpperASCII(toks[j].Text) {
				continue
			}
			p, ok := c.gaz.Lookup(toks[j].Text)
			if !ok {
				continue
			}
			m := actors.Mention{Start: j, End: j + 1, Kind: "place"}
			m.Code, m.Country = p.Country, p.Country
			m.Sectors = []string{}
			m.Name = c.matcher.Dictionary().Name(p.Country)
			m.Text = toks[j].Text
			m.Span = [2]int{toks[j].Start, toks[j].End}
			return []actors.Mention{m}
		}
		return nil
	}
	return nil
}

// eachOther reports "each other" within a few tokens after from.
func eachOther(toks []dyad.Token, from int) bool {
	for k := from; k+1 < len(toks) && k < from+4; k++ {
		if toks[k].Lower == "each" && toks[k+1].Lower == "other" || toks[k].Lower == "one" && toks[k+1].Lower == "another" {
			return true
		}
	}
	return false
}

// aimed reports "at", "on" or "into" among toks: fire aimed at something.
func aimed(toks []dyad.Token) bool {
	for _, t := range toks {
		if t.Lower == "at" || t.Lower == "on" || t.Lower == "into" {
			return true
		}
	}
	return false
}

// namesAct reports an object noun phrase naming a use of force: "the
// launch", "Tuesday's strikes".
func namesAct(toks []dyad.Token, from int) int {
	for k := from; k < len(toks) && k < from+4; k++ {
		switch strings.TrimSuffix(toks[k].Lower, "s") {
		case "launch", "launche", "test", "attack", "strike", "airstrike", "drill", "exercise", "bombing",
			"incursion", "shelling", "raid", "offensive", "invasion", "missile":
			return k
		}
		if toks[k].Text == "," || toks[k].Text == "." {
			return -1
		}
	}
	return -1
}

// referent copies an actor found in an earlier sentence into this one:
// its text and span become the words here that refer to it (tokens
// [a, b), clipped to the sentence), so spans always index the evidence.
func referent(m actors.Mention, st *sentence, a, b int) actors.Mention {
	if a >= len(st.toks) {
		a = len(st.toks) - 1
	}
	if b > len(st.toks) {
		b = len(st.toks)
	}
	if a < 0 || b <= a {
		a, b = len(st.toks)-1, len(st.toks)
	}
	if a > 0 && st.toks[a-1].Lower == "the" {
		a--
	}
	m.Start, m.End, m.Kind = a, b, "coref"
	m.Span = [2]int{st.toks[a].Start, st.toks[b-1].End}
	m.Text = st.s.Text[m.Span[0]:m.Span[1]]
	return m
}

func equipment(w string) bool {
	switch w {
	case "drones", "jets", "warships", "missiles", "tanks", "aircraft", "helicopters", "ships", "vessels", "weapons", "rockets", "shells":
		return true
	}
	return false
}

// objectNoun reports one of the nouns within four tokens after from.
func objectNoun(toks []dyad.Token, from int, nouns ...string) bool {
	for k := from; k < len(toks) && k < from+5; k++ {
		for _, n := range nouns {
			if toks[k].Lower == n {
				return true
			}
		}
	}
	return false
}

// words reports whether the sentence has any of the lower-case words.
func words(toks []dyad.Token, ws ...string) bool {
	for _, t := range toks {
		for _, w := range ws {
			if t.Lower == w {
				return true
			}
		}
	}
	return false
}

func hasSector(m actors.Mention, codes ...string) bool {
	for _, s := range m.Sectors {
		for _, c := range codes {
			if s == c {
				return true
			}
		}
	}
	return false
}

// civil reports actors who protest: civilians, opposition, unions,
// students, professions — not states, armies or armed groups.
func civil(m actors.Mention) bool {
	return hasSector(m, "CVL", "OPP", "LAB", "EDU", "AGR", "HLH", "REF", "HRI", "PTY", "MED", "BUS", "ENV", "REL")
}

// against reports "against" after token from in the clause.
func against(toks []dyad.Token, from int) bool {
	for k := from; k < len(toks); k++ {
		if toks[k].Text == ";" {
			return false
		}
		if toks[k].Lower == "against" || toks[k].Lower == "over" {
			return true
		}
	}
	return false
}

// attackPlace makes the country of the place attacked the target: "struck
// targets in Iran", "missile strikes on Kyiv".
func (c *Coder) attackPlace(st *sentence, h *verbHit) *actors.Mention {
	toks := st.toks
	// a place right after the verb: "shelled Kherson", "struck the port of Hodeidah"
	if j := h.end; j < len(toks) && startsUpperASCII(toks[j].Text) && st.at[j] < 0 {
		if j+1 < len(toks) && startsUpperASCII(toks[j+1].Text) {
			if p, ok := c.gaz.Lookup(toks[j].Text + " " + toks[j+1].Text); ok {
				return c.placeMention(p.Country, toks[j:j+2], st.s.Text)
			}
		}
		if p, ok := c.gaz.Lookup(toks[j].Text); ok {
			return c.placeMention(p.Country, toks[j:j+1], st.s.Text)
		}
	}
	for k := h.end; k < len(toks)-1 && k < h.end+8; k++ {
		switch toks[k].Lower {
		case "in", "on", "at", "near", "into", "across":
		default:
			if toks[k].Text == "," || toks[k].Text == ";" {
				return nil
			}
			continue
		}
		for j := k + 1; j < len(toks) && j < k+4; j++ {
			if !startsUpperASCII(toks[j].Text) || toks[j-1].Lower == "of" {
				continue // "the Gulf of Oman" is a sea
			}
			name := toks[j].Text
			if j+1 < len(toks) && startsUpperASCII(toks[j+1].Text) {
				if p, ok := c.gaz.Lookup(name + " " + toks[j+1].Text); ok {
					return c.placeMention(p.Country, toks[j:j+2], st.s.Text)
				}
			}
			if p, ok := c.gaz.Lookup(name); ok {
				return c.placeMention(p.Country, toks[j:j+1], st.s.Text)
			}
		}
	}
	return nil
}

func (c *Coder) placeMention(country string, toks []dyad.Token, text string) *actors.Mention {
	m := actors.Mention{Kind: "place"}
	m.Code, m.Country, m.Sectors = country, country, []string{}
	m.Name = c.matcher.Dictionary().Name(country)
	m.Span = [2]int{toks[0].Start, toks[len(toks)-1].End}
	m.Text = text[m.Span[0]:m.Span[1]]
	return &m
}

func aerial(text string) bool {
	if strings.Contains(strings.ToLower(text), "suicide") {
		return false // suicide bombers are no aircraft
	}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch w {
		case "jets", "jet", "warplanes", "warplane", "aircraft", "drones", "drone", "helicopters", "bombers", "planes", "f-16", "f-35", "air":
			return true
		}
	}
	return false
}

// event builds one event record.
func (c *Coder) event(ctx *articleCtx, st *sentence, h *verbHit, src, tgt *actors.Mention) dyad.Event {
	k, _ := c.ont.Lookup(h.code)
	ev := dyad.Event{
		ArticleID: ctx.art.ID,
		Sentence:  st.s.Index,
		Source:    actorOf(src),
		Target:    actorOf(tgt),
		CAMEO:     h.code,
		CAMEORoot: cameo.Root(h.code),
		QuadClass: k.QuadClass,
		Goldstein: k.Goldstein,
		Plover:    k.Plover,
		Status:    h.status,
		Evidence: dyad.Evidence{
			Text: st.s.Text,
			Verb: st.s.Text[st.toks[h.head].Start:st.toks[h.end-1].End],
			Span: [2]int{st.toks[h.head].Start, st.toks[h.end-1].End},
		},
	}
	if st.reporter != nil && st.reporter.Code != src.Code {
		ev.ReportedBy = actorOf(st.reporter)
	}
	ev.Date, ev.DatePrecision, ev.DateFrom = c.dateFor(ctx, st, h)
	ev.Location = c.locationFor(ctx, st, h)
	ev.Confidence = confidence(h, src, tgt)
	ev.ID = eventID(ev, h.head)
	return ev
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
// publication date.
func (c *Coder) dateFor(ctx *articleCtx, st *sentence, h *verbHit) (string, string, string) {
	if ctx.pubDate == "" {
		return "", dyad.Unknown, ""
	}
	lo, hi := clauseBounds(st.toks, h.head)
	best := -1
	bestDist := math.MaxInt
	for k, d := range st.dates {
		if d.start < lo || d.start >= hi || c.nearestHit(st, d.start) != h.head {
			continue
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
		return d.date, d.precision, "text"
	}
	// a date earlier in the clause, not across a comma: "Seoul last month
	// suspended a deal and resumed drills"
	for k := len(st.dates) - 1; k >= 0; k-- {
		d := st.dates[k]
		if d.start >= lo && d.start < h.head && (!commaBetween(st.toks, d.start, h.head) || st.toks[h.head].Tag == "VBG" && st.toks[h.head-1].Text == ",") {
			return d.date, d.precision, "text"
		}
	}
	// "… , state media reported on Monday": the report's date dates the event
	if st.reportDate != nil {
		return st.reportDate.date, st.reportDate.precision, "text"
	}
	return ctx.pubDate, dyad.Day, "published"
}

// nearestHit returns the head of the hit nearest to token i, preferring
// one before it on a tie.
func (c *Coder) nearestHit(st *sentence, i int) int {
	best, bestDist := -1, math.MaxInt
	lo, hi := clauseBounds(st.toks, i)
	for _, g := range st.hits {
		if g.head < lo || g.head >= hi {
			continue
		}
		if i < g.head && commaBetween(st.toks, i, g.head) {
			continue // "fired … on Thursday, the military said": not the speech verb's
		}
		d := 2 * (i - g.head)
		if d < 0 {
			d = -3*d/2 + 1 // a date after its verb is its own; before, a little less
		}
		if d < bestDist {
			best, bestDist = g.head, d
		}
	}
	return best
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
		if toks[k].Text == ";" || w == "but" || w == "while" || w == "whereas" || w == "after" || w == "before" {
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

// locationFor finds "in/at/near PLACE" in the hit's clause, else the
// dateline's place.
func (c *Coder) locationFor(ctx *articleCtx, st *sentence, h *verbHit) *dyad.Location {
	if loc := c.sentencePlace(st, h); loc != nil {
		return loc
	}
	return ctx.dateline
}

// sentencePlace finds "in/at/near PLACE" in the hit's clause.
func (c *Coder) sentencePlace(st *sentence, h *verbHit) *dyad.Location {
	toks := st.toks
	lo, hi := clauseBounds(toks, h.head)
	for k := lo; k < hi-1; k++ {
		switch toks[k].Lower {
		case "in", "at", "near", "outside":
		default:
			continue
		}
		j := k + 1
		if j < hi && toks[j].Lower == "the" {
			j++
		}
		for n := 3; n >= 1; n-- {
			if j+n > hi {
				continue
			}
			if !startsUpperASCII(toks[j].Text) {
				break
			}
			name := st.s.Text[toks[j].Start:toks[j+n-1].End]
			if p, ok := c.gaz.Lookup(name); ok {
				loc := p.Location()
				return &loc
			}
		}
	}
	return nil
}

// confidence scores an event in [0,1]: direct subjects and targets,
// explicit verbs and asserted status score higher.
func confidence(h *verbHit, src, tgt *actors.Mention) float64 {
	c := 0.85
	if h.p.Noun {
		c -= 0.15
	}
	if src.Unresolved || src.Kind == "coref" {
		c -= 0.15
	}
	if tgt == nil && !h.p.has(flagNoTarget) {
		c -= 0.1
	}
	if h.status != dyad.Asserted {
		c -= 0.05
	}
	if h.end-h.head > 1 {
		c += 0.05
	}
	return math.Round(c*100) / 100
}

// eventID is stable: the same article, sentence, verb position, code,
// source and target give the same id.
func eventID(ev dyad.Event, head int) string {
	key := fmt.Sprintf("%s|%d|%d|%s|%s|%s", ev.ArticleID, ev.Sentence, head, ev.CAMEO, code(ev.Source), code(ev.Target))
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:8])
}
