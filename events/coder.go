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
	"context"
	_ "embed"
	"strings"

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
	zones    *gazetteer.Zones
	lex      *sentences.Lexicon
	patterns *Patterns
	topics   *topicIndex
	past     pastHolders // people whose every role has ended, for background acts
	genders  actors.Genders
	scratch  *scratchPool // per-sentence buffers, shared by Code's callers
	conf     *confModel   // event confidence (confidence.go)
	words    *vocab       // the word lists of data/words.txt (vocab.go)
	dict     *dictWords   // the actor dictionary's country, role and UAF entries (dict_words.go)
}

// Config gives the dictionaries a Coder uses. Nil fields are loaded from
// the embedded defaults.
type Config struct {
	Ontology  *cameo.Ontology
	Actors    *actors.Dictionary
	Gazetteer *gazetteer.Gazetteer
	// Zones give the local day at a story's dateline.
	Zones    *gazetteer.Zones
	Patterns *Patterns
	// Genders tell whom "he" and "she" can mean.
	Genders actors.Genders
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
	if cfg.Zones == nil {
		if cfg.Zones, err = gazetteer.DefaultZones(); err != nil {
			return nil, err
		}
	}
	if cfg.Patterns == nil {
		if cfg.Patterns, err = ParsePatterns(bytes.NewReader(defaultVerbs), "events/data/verbs.txt", cfg.Ontology); err != nil {
			return nil, err
		}
	}
	if cfg.Genders == nil {
		if cfg.Genders, err = actors.DefaultGenders(); err != nil {
			return nil, err
		}
	}
	conf, err := parseConfModel(defaultConfidence, "events/data/confidence.txt")
	if err != nil {
		return nil, err
	}
	words, err := parseVocab(defaultWords, "events/data/words.txt")
	if err != nil {
		return nil, err
	}
	words.jointActions = wordList{}
	for _, w := range cfg.Patterns.class("$JOINT_ACTION") {
		words.jointActions[w] = true // the nouns of a joint operation (joint_ops.go)
	}
	lx := sentences.NewLexicon()
	for _, v := range cfg.Patterns.VerbLemmas() {
		lx.AddVerb(v)
	}
	for _, v := range extraVerbs {
		lx.AddVerb(v)
	}
	return &Coder{ont: cfg.Ontology, matcher: actors.NewMatcher(cfg.Actors), gaz: cfg.Gazetteer, zones: cfg.Zones, lex: lx,
		patterns: cfg.Patterns, topics: newTopicIndex(), past: newPastHolders(cfg.Actors), genders: cfg.Genders, scratch: &scratchPool{}, conf: conf, words: words,
		dict: newDictWords(cfg.Actors)}, nil
}

// extraVerbs are frequent verbs with no event of their own that the tagger
// should still see as verbs (they bound clauses).
var extraVerbs = strings.Fields(`include involve remain draw divide counter deter respond implement

	formalise formalize incite require fuel provide ramp drive draw grow rise fall increase decrease enter

	compare mark cause lead become reach seem look follow occur happen die live work play score

	prompt spark trigger raise cross enter exit flee gather arrive remain continue expect estimate

	face mark begin end open close rise fall reach pass approve adopt vote elect win lose hold serve

	run sign call meet need want try keep help show move turn ask give take make put set bring

	persuade convince induce

	carry build buy sell pay spend cost grow drop cut send receive join leave stay seek

	batter hit pound lash sweep rock devastate ravage flood hurl torch rally march allege suspect

	board rampage hint anger irritate wield brandish carry

	oversee supervise witness attend observe inspect ride belong affiliate

	unseal publish lodge recount`)

// Lexicon returns the tagger lexicon the coder uses.
func (c *Coder) Lexicon() *sentences.Lexicon { return c.lex }

// SentenceTexts returns the text of each sentence of a as Code splits it,
// by dyad.Event.Sentence index (-1 the title, 0 the body's first): what a
// gold line that refers to a corpus sentence is checked against.
func (c *Coder) SentenceTexts(a *dyad.Article) map[int]string {
	out := map[int]string{}
	sentences.Each(a, c.lex, func(s *dyad.Sentence) { out[s.Index] = s.Text })
	return out
}

// Matcher returns the actor matcher the coder uses.
func (c *Coder) Matcher() *actors.Matcher { return c.matcher }

// Code returns the events of an article, in sentence order, deduplicated
// within the article (same date, source, target, code and status → the
// first, with the later tellings' evidence in Also, one mention for each
// further sentence that tells it, however many, unless the two name
// different places; a headline's event told again in the body is one
// event too, foldTitle). A body sentence whose text (white space
// normalised) an earlier body sentence had is not coded again: it adds
// no event and no mention (repeat.go).
// Articles on sport, entertainment, obituaries, weather or markets yield
// none.
func (c *Coder) Code(a *dyad.Article) []dyad.Event {
	return c.code(a, nil, nil)
}

// CodeContext is Code stopping when ctx is done: it checks ctx before each
// sentence and, once ctx is done, returns no events and ctx.Err() (a 20
// MB article stops within one sentence's work, not the whole article's).
// Its events when ctx stays live are Code's, and so is its error then:
// nil.
func (c *Coder) CodeContext(ctx context.Context, a *dyad.Article) ([]dyad.Event, error) {
	return c.codeUntil(ctx, a, nil, nil, nil)
}

// code codes a; drops, when not nil, collects the set-aside candidates
// (Explain) and feats the confidence features of each event by its id
// (for fitting the confidence model).
func (c *Coder) code(a *dyad.Article, drops *[]Drop, feats map[string][nConfFeatures]float64) []dyad.Event {
	evs, _ := c.codeUntil(context.Background(), a, drops, feats, nil)
	return evs
}

// codeUntil is code stopping, with no events and stop's error, when stop
// is done before the last sentence is coded (CodeContext).
func (c *Coder) codeUntil(stop context.Context, a *dyad.Article, drops *[]Drop, feats map[string][nConfFeatures]float64, traces *[]EventTrace) ([]dyad.Event, error) {
	if err := stop.Err(); err != nil {
		return nil, err
	}
	if c.topics.discard(a) {
		if drops != nil {
			*drops = append(*drops, Drop{Sentence: -2, Reason: WhyOffTopic})
		}
		return nil, nil
	}
	ctx := newContext(c, a)
	ctx.drops, ctx.feats, ctx.traces = drops, feats, traces
	defer c.scratch.put(ctx.buf)
	var out []dyad.Event
	seen := map[string][]int{}           // event key → indices in out (one per place)
	gallery := galleryParagraphs(a.Body) // gallery.go
	repeats := sentenceSet{}             // body sentences coded so far, by normalised text (repeat.go)
	// one token buffer for all sentences: nothing keeps a sentence's tokens
	all := ctx.buf.sents.EachWhile(a, c.lex, func(s *dyad.Sentence) bool {
		if stop.Err() != nil {
			return false
		}
		if s.Index == -1 && isAllCaps(s.Text) {
			return true
		}
		if s.Paragraph >= 0 && s.Paragraph < len(gallery) && gallery[s.Paragraph] {
			if drops != nil {
				*drops = append(*drops, Drop{Sentence: s.Index, Text: s.Text, Reason: WhyCaption})
			}
			return true // a gallery slide's or a picture's caption (gallery.go)
		}
		if s.Index >= 0 && repeats.seen(s.Text) {
			// a body sentence told word for word earlier in the article
			// (a page repeating its text): the first telling stands, the
			// repeat adds no event and no mention (repeat.go)
			if drops != nil {
				*drops = append(*drops, Drop{Sentence: s.Index, Text: s.Text, Reason: WhyRepeated})
			}
			return true
		}
	events:
		for _, ev := range c.codeSentence(ctx, s) {
			key := ev.Date + "|" + code(ev.Source) + "|" + code(ev.Target) + "|" + ev.CAMEO
			for _, k := range seen[key] {
				// the same event told again, unless both tellings name
				// different places ("struck Gaza City …", "struck Rafah …")
				// or differ in status: an act told and then denied, or
				// alleged, negated, planned or only supposed, is two
				// events (sameTelling)
				if !sameTelling(out[k].Status, ev.Status) {
					continue
				}
				a, b := ctx.ownPlace(out[k].Location), ctx.ownPlace(ev.Location)
				if a != "" && b != "" && a != b && !(out[k].Sentence == ev.Sentence && nestedPlaces(out[k].Location, ev.Location)) {
					continue
				}
				// one mention a sentence, however often the sentence tells
				// it ("… attacked Ukraine on Monday and … attacked Ukraine
				// on Monday again"); sentences come in order, so a telling
				// of this sentence would be the last one kept
				if a == "" && b != "" {
					// the telling kept has only the dateline's place (or
					// none), this one names where it happened: the event
					// takes it ("ABIDJAN - … bomb French base" then
					// "… bombed a French base in Bouaké")
					out[k].Location = ev.Location
					ctx.noteChanges("a later telling naming the place", out[k:k+1]) // (--why only: why_changes.go)
				}
				if e := &out[k]; e.Sentence != ev.Sentence && (len(e.Also) == 0 || e.Also[len(e.Also)-1].Sentence != ev.Sentence) {
					e.Also = append(e.Also, mentionOf(&ev))
				}
				continue events
			}
			seen[key] = append(seen[key], len(out))
			out = append(out, ev)
			if ev.CAMEO == "016" {
				denyEarlier(out, ev)
				ctx.noteChanges("denyEarlier", out)
			}
		}
		return true
	})
	if !all {
		return nil, stop.Err()
	}
	out = foldDeniedRetold(out) // "accused Russia of shelling a hospital on Monday. Russia denied shelling the hospital.": one denied act
	ctx.noteChanges("foldDeniedRetold", out)
	out = foldTargetless(out) // "hurled bricks at police and set fire to a police van": one 145 on the police
	ctx.noteChanges("foldTargetless", out)
	out = foldBroader(out, ctx.ownPlace) // "Russia shelled Kharkiv" and "Russian forces shelled Kharkiv": one event
	ctx.noteChanges("foldBroader", out)
	out = foldTitle(out) // the headline's event told again in the body: one event
	ctx.noteChanges("foldTitle", out)
	ownTellingWords(out) // a telling's own words where the event's are not in its sentence
	out = c.stateNames(out)
	ctx.finishTraces(out) // (--why only: why_changes.go)
	return out, nil
}

// stateNames names each state actor of evs (a country's code alone or
// with its organs' roles only: USA, USAGOV, RUSMIL; actors.StateCode) by
// the dictionary's one name for the code, its country's ("United
// States"), however the sentence named it ("the White House", "Donald
// Trump", "a former Home Office minister"): a code has one name in every
// event and in the store's actor list, and the words are in Actor.Text.
func (c *Coder) stateNames(evs []dyad.Event) []dyad.Event {
	d := c.matcher.Dictionary()
	for i := range evs {
		as := []*dyad.Actor{evs[i].Source, evs[i].Target}
		for _, m := range evs[i].Also {
			as = append(as, m.Source, m.Target) // (a telling's own: ownTellingWords)
		}
		for _, a := range as {
			if a != nil && actors.StateCode(a.Code) {
				if n := d.Name(a.Code); n != "" {
					a.Name = n
				}
			}
		}
	}
	return evs
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
