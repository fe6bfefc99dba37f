package events

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/dyad-events/dyad/cameo"
	"github.com/dyad-events/dyad/internal/wordset"
	"github.com/dyad-events/dyad/sentences"
)

// Pattern flags (see events/data/verbs.txt).
const (
	flagMutual = 1 << iota
	flagSpeech
	flagAccuse
	flagDeny
	flagIntent
	flagThreat
	flagNoTarget
	flagNeedTarget
	// flagFrom marks a pattern whose actor after it ("drew a rebuke from
	// Seoul") is the source and the clause's subject the target
	flagFrom
	// flagAgreed marks a pattern made mutual by "agreed to" (set by the
	// coder, not in pattern files): "A and B agreed to share intelligence
	// with C" is each of A and B with C, not a three-party act
	flagAgreed
	// flagFar lets a pattern's first slot be up to 14 tokens after its
	// head, not 8: the verb's object may be long ("calling the police raid
	// on its embassy in Quito a violation of international law"), two
	// tokens more for the commas of an apposition in it
	flagFar
	// flagObject keeps a pattern's slot words inside its verb's object:
	// no verb, clause word or preposition but "of", "in", "with", "worth"
	// between ("gave Ukraine $2 billion in aid", not "has yet to give a
	// verdict on whether Syria used chemical weapons")
	flagObject
	// flagEach makes every named party of the act (the subjects and a
	// partner after "with") its own source, one event each with no
	// target: a show of force held jointly is each participant's
	// ("South Korean and US troops held a joint drill", "China began
	// joint drills with Russia": one 150 each)
	flagEach
	// flagForce keeps a pattern to clauses whose subject is an armed
	// force (troops, fighters, a force's unit): "Russian troops left
	// Kherson" withdraws, "Britain left the EU" does not (forces_leave.go)
	flagForce
	// flagUnarmed drops a finite pattern whose subject is an armed or
	// security force: "Police intervened in a dispute" mediates no
	// dispute (mediators.go)
	flagUnarmed
	// flagHosted keeps a deployment pattern ending in "to" to a host
	// country: a force sent "to its border" or "to the frontier" is a
	// build-up, not peacekeeping (peace_deployment.go)
	flagHosted
	// flagConsent keeps a pattern to sentences that name the host's request
	// or invitation or a U.N. or AU mandate: "approved the deployment of
	// troops to Gaza" is no peacekeeping (peace_deployment.go)
	flagConsent
	// flagNoClause drops a match whose object is the subject of a
	// complement clause, a finite verb right after its noun phrase:
	// "admitted soldiers from a conscript unit had been sent" confesses,
	// it admits no one (object_clause.go)
	flagNoClause
	// flagHeadNoun keeps a pattern to matches whose last word ends its
	// noun phrase, no noun compounded after it: "halted missile tests"
	// halts tests, "suspended its nuclear test ban treaty" a treaty
	// (testhalt.go)
	flagHeadNoun
	// flagSecurity keeps a pattern to acts whose source is a police,
	// military or intelligence force: "riot police cleared the streets"
	// repress, street sweepers who clear them do not (source_kind.go)
	flagSecurity
	// flagPolice, with flagForce, lets a police force (COP) be the armed
	// force too: a police contingent sent abroad to lead a mission
	// ("Kenyan police officers landed in Haiti to lead a U.N.-backed
	// mission", forces_leave.go, troops_abroad.go)
	flagPolice
	// flagLegislature keeps a pattern to acts whose source is a
	// legislature (LEG): "Congress removed the president from office",
	// "the House impeached the president" is legal action (173); a
	// president removing a minister from office, or prosecutors who
	// indict an "impeached president", do not impeach (source_kind.go)
	flagLegislature
	// flagState keeps a pattern to acts whose source is a state itself,
	// its bare name, its government (GOV) or, toward another state, its
	// police or intelligence (COP, SPY): "Peru handed a Shining Path commander to Bolivian
	// police" is judicial cooperation, villagers handing a thief to the
	// police are none (source_kind.go)
	flagState
	// flagCivil keeps a pattern to acts whose source is a civilian
	// collective or group (CVL, OPP, LAB, EDU, AGR, …: civil in
	// refine.go): "opposition supporters filled the avenue outside
	// parliament" demonstrate, police or shoppers who fill a street do not
	// (source_kind.go)
	flagCivil
	// flagAbroad keeps a pattern to acts aimed at another state than the
	// source's: "pledged to build houses for tea workers in Sri Lanka" is
	// aid, a government building houses for its own flood victims is none
	// (abroad.go)
	flagAbroad
)

var flagNames = map[string]int{
	"mutual": flagMutual, "speech": flagSpeech, "accuse": flagAccuse, "deny": flagDeny,
	"intent": flagIntent, "threat": flagThreat, "notarget": flagNoTarget, "needtarget": flagNeedTarget,
	"from": flagFrom, "far": flagFar, "object": flagObject, "each": flagEach,
	"force": flagForce, "unarmed": flagUnarmed, "hosted": flagHosted, "consent": flagConsent,
	"noclause":    flagNoClause,
	"headnoun":    flagHeadNoun,
	"security":    flagSecurity,
	"police":      flagPolice,
	"legislature": flagLegislature,
	"state":       flagState,
	"civil":       flagCivil,
	"abroad":      flagAbroad,
}

// Pattern is one verb or noun pattern: a head word (verb lemma or the
// first noun) and the slots that must follow it, each a set of words.
type Pattern struct {
	Slots [][]string // Slots[0] is the head
	Code  string     // CAMEO event code
	Noun  bool       // a noun pattern ("@" line)
	Flags int
	Line  int // line in the source file, for error messages and debugging
	// barrier: an infinitive event verb ends the search for the slots
	// (see matchSlots); set by ParsePatterns from Code and Slots
	barrier bool
	// masks[k] is the wordSig bits of Slots[k]'s words (ParsePatterns):
	// a token whose bits miss it is in no slot word, without comparing
	masks []uint64
	// sets[k] holds Slots[k]'s words when they are many (word-class
	// grids: up to 95, whose bits fill masks[k]), nil otherwise: one
	// lookup instead of comparing with each (inSlotSet)
	sets []map[string]bool
	// adj[k] marks Slots[k] written "+word" or "+{a,b}": it must follow
	// the previous match at once, only adverbs between ("spoke with
	// Macron", "spoke separately with Macron"; not "spoke during a
	// meeting with the emir")
	adj []bool
}

// Has reports whether the pattern carries flag f.
func (p *Pattern) has(f int) bool { return p.Flags&f != 0 }

// with returns a copy of p with flags f set; p, shared by every hit of
// its line, is left as it is.
func (p *Pattern) with(f int) *Pattern {
	m := *p
	m.Flags |= f
	return &m
}

// Patterns is a parsed pattern file, indexed by head word.
type Patterns struct {
	verbs map[string][]*Pattern // by verb lemma
	nouns map[string][]*Pattern // by first noun word
	all   []*Pattern
	// name is the file the patterns were read from, as ParsePatterns was
	// given it ("events/data/verbs.txt"): --why names a pattern's line in it
	name string
	// nounFirst holds the keys of nouns: most tokens start no noun
	// pattern, and the filter says so faster than the map
	nounFirst wordset.Filter
	// classes holds the file's word classes ("$AID" → its words), for
	// rules that read the words a class names (class)
	classes map[string][]string
}

// class returns the words of the file's word class name ("$JOINT_ACTION"),
// nil when the file defines none.
func (ps *Patterns) class(name string) []string {
	return ps.classes[name]
}

// ParsePatterns reads a pattern file. Every code must exist in ont. A line
// "$NAME = word, word, …" defines a word class that later slots use as
// {$NAME} or {$NAME,other}; a class must be defined before its use. Errors
// name the file and line ("verbs.txt:12: unknown CAMEO code \"999\"") and
// are all returned, joined.
func ParsePatterns(r io.Reader, name string, ont *cameo.Ontology) (*Patterns, error) {
	ps := &Patterns{verbs: map[string][]*Pattern{}, nouns: map[string][]*Pattern{}, name: name}
	seen := map[string]int{}
	classes := map[string][]string{} // "$AID" → its words (a "$NAME = a, b" line)
	var errs []error
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		bad := func(format string, a ...any) {
			errs = append(errs, fmt.Errorf("%s:%d: %s", name, n, fmt.Sprintf(format, a...)))
		}
		if strings.HasPrefix(line, "$") {
			// a word class: "$AID = aid, assistance, loans"
			cname, list, ok := strings.Cut(line, "=")
			cname = strings.TrimSpace(cname)
			if !ok || !validClass(cname) {
				bad("want \"$NAME = word, word, …\" (NAME in capitals), got %q", line)
				continue
			}
			if _, dup := classes[cname]; dup {
				bad("word class %s defined twice", cname)
				continue
			}
			var ws []string
			for _, w := range strings.Split(list, ",") {
				if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
					if strings.ContainsAny(w, "{}|+$ ") {
						bad("malformed word %q in class %s", w, cname)
						continue
					}
					ws = append(ws, w)
				}
			}
			if len(ws) == 0 {
				bad("word class %s has no words", cname)
				continue
			}
			classes[cname] = ws
			continue
		}
		fields := strings.Split(line, " | ")
		if len(fields) < 2 || len(fields) > 3 {
			bad("want \"words | CODE [| flags]\", got %d fields", len(fields))
			continue
		}
		p := &Pattern{Code: strings.TrimSpace(fields[1]), Line: n}
		words := strings.TrimSpace(fields[0])
		if strings.HasPrefix(words, "@") {
			p.Noun = true
			words = strings.TrimSpace(words[1:])
		}
		if _, ok := ont.Lookup(p.Code); !ok {
			bad("unknown CAMEO code %q", p.Code)
			continue
		}
		if len(fields) == 3 {
			for _, f := range strings.Split(fields[2], ",") { // "mutual,needtarget"
				f = strings.TrimSpace(f)
				v, ok := flagNames[f]
				if !ok {
					bad("unknown flag %q", f)
					continue
				}
				p.Flags |= v
			}
		}
		for w := range strings.FieldsSeq(words) {
			var slot []string
			adjacent := false
			if strings.HasPrefix(w, "+") && len(p.Slots) > 0 {
				adjacent, w = true, w[1:]
			}
			if strings.HasPrefix(w, "{") && strings.HasSuffix(w, "}") {
				for _, alt := range strings.Split(w[1:len(w)-1], ",") {
					if alt = strings.TrimSpace(alt); strings.HasPrefix(alt, "$") {
						ws, ok := classes[alt]
						if !ok {
							bad("unknown word class %s (define it on a line above: \"%s = …\")", alt, alt)
							continue
						}
						slot = append(slot, ws...)
						continue
					}
					if alt = strings.ToLower(alt); alt != "" {
						slot = append(slot, alt)
					}
				}
			} else if strings.HasPrefix(w, "$") {
				bad("a word class is written in braces: {%s}", w)
				slot = nil
			} else if strings.ContainsAny(w, "{},|+") {
				bad("malformed word %q", w)
				slot = nil
			} else {
				slot = []string{strings.ToLower(w)}
			}
			if len(slot) == 0 {
				bad("empty slot in %q", words)
				continue
			}
			p.Slots = append(p.Slots, slot)
			p.adj = append(p.adj, adjacent)
		}
		if len(p.Slots) == 0 {
			bad("no words")
			continue
		}
		key := fmt.Sprint(p.Noun, p.Slots)
		if prev, ok := seen[key]; ok {
			bad("duplicate of line %d", prev)
			continue
		}
		seen[key] = n
		p.barrier = !strings.HasPrefix(p.Code, "13") && !strings.HasPrefix(p.Code, "086") && !slotHas(p.Slots, "to")
		p.masks = make([]uint64, len(p.Slots))
		p.sets = make([]map[string]bool, len(p.Slots))
		for k, slot := range p.Slots {
			for _, w := range slot {
				p.masks[k] |= wordSig(w)
			}
			if len(slot) > slotSetMin {
				p.sets[k] = make(map[string]bool, len(slot))
				for _, w := range slot {
					p.sets[k][w] = true
				}
			}
		}
		ps.all = append(ps.all, p)
		idx := ps.verbs
		if p.Noun {
			idx = ps.nouns
		}
		for _, h := range p.Slots[0] {
			idx[h] = append(idx[h], p)
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", name, err))
	}
	// longest patterns first, so "hold joint drills" wins over "hold drills"
	for _, idx := range []map[string][]*Pattern{ps.verbs, ps.nouns} {
		for _, list := range idx {
			sortByLength(list)
		}
	}
	for w := range ps.nouns {
		ps.nounFirst.Add(w)
	}
	ps.classes = classes
	return ps, errors.Join(errs...)
}

// validClass reports a word-class name: "$" then capitals, digits and
// underscores ("$AID", "$MIL_AID").
func validClass(name string) bool {
	if len(name) < 2 || name[0] != '$' {
		return false
	}
	for _, r := range name[1:] {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

func sortByLength(list []*Pattern) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && len(list[j].Slots) > len(list[j-1].Slots); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

// VerbLemmas returns every verb head word, sorted, for the tagger's
// lexicon: where two heads share a form the lexicon keeps the first, so
// the order must not be a map's.
func (ps *Patterns) VerbLemmas() []string {
	out := make([]string, 0, len(ps.verbs))
	for w := range ps.verbs {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// Len returns the number of patterns.
func (ps *Patterns) Len() int { return len(ps.all) }

// Repeated lists the pattern lines of ps that repeat an earlier line: the
// same kind (verb or noun), code and flags and the same slots written
// alike (each "+" where the other has one), each slot the same words once
// a plural whose singular is beside it is set aside (a slot word matches a
// token's lemma too, sentences.Singular of a plural noun: "parties" is
// matched by {party}), so that the line
// adds nothing: "dissolve {party} | 1722" and "dissolve {party,parties} |
// 1722". Slots written identically are refused by ParsePatterns already
// ("duplicate of line …"). Each is "NAME:LINE: repeats line EARLIER
// (WORDS | CODE)", in line order.
func (ps *Patterns) Repeated(name string) []string {
	var out []string
	first := map[string]int{}
	for _, p := range ps.all {
		var b strings.Builder
		fmt.Fprintf(&b, "%v|%s|%d|", p.Noun, p.Code, p.Flags)
		var ws []string
		for k, slot := range p.Slots {
			set := map[string]bool{}
			for _, w := range slot {
				set[w] = true
			}
			var keep []string
			for _, w := range slot {
				if s := sentences.Singular(w); !set[s] || s == w {
					keep = append(keep, w)
				}
			}
			slices.Sort(keep)
			keep = slices.Compact(keep)
			fmt.Fprintf(&b, "%v%q", p.adj[k], keep)
			w := strings.Join(slot, ",")
			if len(slot) > 1 {
				w = "{" + w + "}"
			}
			if p.adj[k] {
				w = "+" + w
			}
			ws = append(ws, w)
		}
		key := b.String()
		if prev, ok := first[key]; ok {
			at := ""
			if p.Noun {
				at = "@"
			}
			out = append(out, fmt.Sprintf("%s:%d: repeats line %d (%s%s | %s)", name, p.Line, prev, at, strings.Join(ws, " "), p.Code))
			continue
		}
		first[key] = p.Line
	}
	return out
}
